/**
 * Lines that carry no data: the crawl's pipes (`|`, `| ||`), widget leftovers (`Watch Now`,
 * `Stream On`, `Buy on`, `Critic Reviews`, `Expand`), a `Read full review` or a `METASCORE`
 * label that no review or number comes with.
 *
 * @module
 */
import type { Reader } from '../../../engine/index.js';
import type { Values } from '../lines.js';
import type { State } from '../state.js';

export const furnitureReader: Reader<Values, State> = {
  name: 'furniture',
  opens: ['pipes', 'furniture', 'tail', 'metascoreLabel'],
  read: (_tokens, at, state) => {
    state.report.furnish(at);
    return at + 1;
  },
};
