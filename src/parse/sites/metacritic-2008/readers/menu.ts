/**
 * The site menu above the title (`CNET Networks Entertainment GameSpot | ...`, `Metacritic.com: We
 * Deal With Criticism`, `Film Video/DVD Music Games Books TV`, the sidebar's links): furniture.
 *
 * @module
 */
import { ANY_KIND, type Reader } from '../../../engine/index.js';
import type { Values } from '../lines.js';
import type { State } from '../state.js';

export const menuReader: Reader<Values, State> = {
  name: 'menu',
  opens: ANY_KIND,
  when: (state, _tokens, at) => at < state.bodyAt,
  read: (_tokens, at, state) => {
    state.report.furnish(at);
    return at + 1;
  },
};
