/**
 * The critics' list under `What The Critics Said`: per review `[<score>]` / `[<Publication>[ <Critic>]]`
 * / `[<Critic>]` / `<excerpt>` / `[Read full review]`. A name line joined by one space is not split
 * (the text cannot settle where): it is the publication, which the layout prints first.
 *
 * @module
 */
import type { Critic } from '../../../../types/page.js';
import { criticOf } from '../../glued-names.js';
import type { Reader } from '../../../engine/index.js';
import { addReview, scoreOn } from '../../page-draft.js';
import type { Values } from '../lines.js';
import type { State } from '../state.js';

export const criticsHeadingReader: Reader<Values, State> = {
  name: 'critics heading',
  opens: ['criticsHeading'],
  read: (_tokens, at, state) => {
    state.phase = 'critics';
    state.report.furnish(at);
    return at + 1;
  },
};

export const criticReader: Reader<Values, State> = {
  name: 'critic review',
  opens: ['number', 'text'],
  when: (state) => state.phase === 'critics',
  read: (tokens, at, state) => {
    let line = at;
    const score = tokens.value(at, 'number') ?? null;
    if (score !== null) line = tokens.nextNonBlank(at + 1);
    const texts: number[] = [];
    for (; tokens.is(line, 'text') && texts.length < 3; line = tokens.nextNonBlank(line + 1)) texts.push(line);
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
