/**
 * The title, its credits and the heading that repeats the title: `Godfather, The` /
 * `Paramount Pictures` / `Godfather, The reviews`. The credit right above the heading is the
 * company (`Distributor`: a film's distributor, an album's label, a game's publisher); one above
 * it is a `Credit` (an album's artist).
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
    for (; !tokens.is(line, 'titleReviews'); line = tokens.nextNonBlank(line + 1)) {
      const label = tokens.is(tokens.nextNonBlank(line + 1), 'titleReviews') ? 'Distributor' : 'Credit';
      draft.details.push({ label, value: tokens.text(line), span: tokens.lines.span(line) });
    }
    report.furnish(line);
    return line + 1;
  },
};
