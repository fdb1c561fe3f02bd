/**
 * Lines that carry no data: the score table's links (`Critic Score`, `Read critic reviews`,
 * `How did we calculate this?`, `Read user comments`) and a `Read full review` with no review.
 *
 * @module
 */
import type { Reader } from '../../../engine/index.js';
import type { Values } from '../lines.js';
import type { State } from '../state.js';

export const furnitureReader: Reader<Values, State> = {
  name: 'furniture',
  opens: ['link', 'tail', 'titleReviews'],
  read: (_tokens, at, state) => {
    state.report.furnish(at);
    return at + 1;
  },
};
