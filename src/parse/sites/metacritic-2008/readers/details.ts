/**
 * The details under the score table: a label in capitals and its value (`MPAA RATING: R`,
 * `RELEASE DATE: DVD: October 9, 2001`), `Starring ...`, with the lines right under a label that
 * carry on its value (`Video: May 21, 2002`); and a paragraph of its own, the first the synopsis
 * (`Summary`), any later one `Text`.
 *
 * @module
 */
import type { Reader } from '../../../engine/index.js';
import type { Values } from '../lines.js';
import type { State } from '../state.js';

export const detailReader: Reader<Values, State> = {
  name: 'detail',
  opens: ['detail', 'text'],
  when: (state) => state.phase === 'title',
  read: (tokens, at, state) => {
    const detail = tokens.value(at, 'detail');
    const { details } = state.draft;
    const parts = [detail?.value ?? tokens.text(at)];
    let last = at;
    // A labelled value goes on in the text lines right under it, with no blank line between.
    while (detail !== undefined && tokens.is(last + 1, 'text')) parts.push(tokens.text(++last));
    const label = detail?.label ?? (details.some((one) => one.label === 'Summary') ? 'Text' : 'Summary');
    details.push({ label, value: parts.filter((part) => part !== '').join('; '), span: tokens.lines.span(at, last) });
    return last + 1;
  },
};
