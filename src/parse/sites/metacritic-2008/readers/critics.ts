/**
 * The critics' list under `What The Critics Said`: per review `[<score>]` / `[<Publication>[ <Critic>]]`
 * / `[<Critic>]` / `<excerpt>` (hard-wrapped, maybe: a line of prose goes on in a line that starts in
 * lower case) / `[Read full review]`. A name line joined by one space is not split
 * (the text cannot settle where): it is the publication, which the layout prints first. Under the
 * heading, a line that reads as a detail (`BOTTOM LINE: ...`, `Starring ...`), as the title's
 * heading (`... rave reviews`) or as the User Score (`9 out of 10`) is a review's text: the details,
 * the heading and the score table come above it.
 *
 * @module
 */
import type { Critic } from '../../../../types/page.js';
import { criticOf } from '../../glued-names.js';
import { continuesExcerpt } from '../../metacritic/readers/critic-items.js';
import type { Reader } from '../../../engine/index.js';
import { addReview, isCutScore, scoreOn } from '../../page-draft.js';
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

/** True when `text` reads as prose, not a name: it has a word of four letters or more in lower case (`Cahiers du Cinéma` has none). */
function isProse(text: string): boolean {
  return /(?:^|\s)\p{Ll}{4}/u.test(text);
}

export const criticReader: Reader<Values, State> = {
  name: 'critic review',
  opens: ['number', ...TEXT_KINDS],
  when: (state) => state.phase === 'critics',
  read: (tokens, at, state) => {
    let line = at;
    const score = tokens.value(at, 'number') ?? null;
    if (score !== null && isCutScore(tokens, state.report, score, at)) return at + 1;
    if (score !== null) line = tokens.nextNonBlank(at + 1);
    // Up to three parts: the publication, the critic and the excerpt, the last of them; a line of prose goes on in a
    // hard-wrapped line under it ("... that drinks" / "your milkshake ...").
    const parts: number[][] = [];
    for (; isText(tokens, line); line = tokens.nextNonBlank(line + 1)) {
      const part = parts.at(-1);
      const above = part === undefined ? '' : tokens.text(part.at(-1) as number);
      if (part !== undefined && isProse(above) && continuesExcerpt([above], tokens.text(line))) part.push(line);
      else if (parts.length < 3) parts.push([line]);
      else break;
    }
    const excerpt = parts.pop() ?? [];
    const last = tokens.is(line, 'tail') ? line : (excerpt.at(-1) ?? at);
    const texts = parts.map((part) => part[0] as number);
    const [publicationAt, criticAt] = texts;
    const critic: Critic | null = criticAt === undefined ? null : criticOf(tokens.text(criticAt));
    const span = tokens.lines.span(at, last);
    addReview(state.draft, state.report, {
      critic,
      publication: publicationAt === undefined ? null : tokens.text(publicationAt),
      score: score === null ? null : scoreOn(state.report, score, at),
      text: excerpt.map((part) => tokens.text(part)).join(' '),
      span,
    });
    return last + 1;
  },
};
