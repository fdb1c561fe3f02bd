/**
 * The critics' list under `What The Critics Said`: per review `[<score>]` / `[<Publication>[ <Critic>]]`
 * / `[<Critic>]` / `<excerpt>` / `[Read full review]`. A name line joined by one space is not split
 * (the text cannot settle where): it is the publication, which the layout prints first. Under the
 * heading, a line that reads as a detail (`BOTTOM LINE: ...`, `Starring ...`), as the title's
 * heading (`... rave reviews`) or as the User Score (`9 out of 10`) is a review's text: the details,
 * the heading and the score table come above it.
 *
 * @module
 */
import type { Critic } from '../../../../types/page.js';
import { criticOf } from '../../glued-names.js';
import type { Reader } from '../../../engine/index.js';
import { addReview, scoreOn } from '../../page-draft.js';
import type { Values } from '../lines.js';
import type { Phase, State, Tokens } from '../state.js';

/** A reader of a section's heading (`kind`): furniture that starts the section's `phase`. */
export function headingReader(name: string, kind: keyof Values, phase: Phase): Reader<Values, State> {
  return {
    name,
    opens: [kind],
    read: (_tokens, at, state) => {
      state.phase = phase;
      state.report.furnish(at);
      return at + 1;
    },
  };
}

export const criticsHeadingReader: Reader<Values, State> = headingReader('critics heading', 'criticsHeading', 'critics');

/** The kinds of line that are a review's text under the critics' heading. */
export const TEXT_KINDS: readonly (keyof Values)[] = ['text', 'detail', 'titleReviews', 'userScore'];

/** True when the line at `at` is text of a review: a line no row takes, or a detail's or heading's. */
function isText(tokens: Tokens, at: number): boolean {
  return TEXT_KINDS.includes(tokens.kind(at) as keyof Values);
}

export const criticReader: Reader<Values, State> = {
  name: 'critic review',
  opens: ['number', ...TEXT_KINDS],
  when: (state) => state.phase === 'critics',
  read: (tokens, at, state) => {
    let line = at;
    const score = tokens.value(at, 'number') ?? null;
    if (score !== null) line = tokens.nextNonBlank(at + 1);
    const texts: number[] = [];
    for (; isText(tokens, line) && texts.length < 3; line = tokens.nextNonBlank(line + 1)) texts.push(line);
    const last = tokens.is(line, 'tail') ? line : (texts[texts.length - 1] ?? at);
    const excerptAt = texts.pop();
    const [publicationAt, criticAt] = texts;
    const critic: Critic | null = criticAt === undefined ? null : criticOf(tokens.text(criticAt));
    const span = tokens.lines.span(at, last);
    addReview(state.draft, state.report, {
      critic,
      publication: publicationAt === undefined ? null : tokens.text(publicationAt),
      score: score === null ? null : scoreOn(state.report, score, at),
      text: excerptAt === undefined ? '' : tokens.text(excerptAt),
      span,
    });
    return last + 1;
  },
};
