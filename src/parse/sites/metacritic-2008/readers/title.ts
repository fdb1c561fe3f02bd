/**
 * The title, the distributor and the heading that repeats the title: `Godfather, The` /
 * `Paramount Pictures` / `Godfather, The reviews`.
 *
 * @module
 */
import { ANY_KIND, type Reader } from '../../../engine/index.js';
import type { Values } from '../lines.js';
import type { State } from '../state.js';

export const titleReader: Reader<Values, State> = {
  name: 'title',
  opens: ANY_KIND,
  when: (state, _tokens, at) => at === state.titleAt,
  read: (tokens, at, state) => {
    const { draft, report } = state;
    draft.title = { value: tokens.text(at), span: tokens.lines.span(at) };
    state.phase = 'title';
    let line = tokens.nextNonBlank(at + 1);
    if (!tokens.is(line, 'titleReviews')) {
      draft.details.push({ label: 'Distributor', value: tokens.text(line), span: tokens.lines.span(line) });
      line = tokens.nextNonBlank(line + 1);
    }
    report.furnish(line);
    return line + 1;
  },
};
