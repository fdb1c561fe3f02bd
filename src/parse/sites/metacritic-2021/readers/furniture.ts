/**
 * Lines that carry no data: the crawl's pipes (`|`, `| ||`), widget leftovers (`Watch Now`,
 * `Stream On`, `Buy on`, `Critic Reviews`, `Expand`), a `Read full review` or a `METASCORE`
 * label that no review or number comes with.
 *
 * @module
 */
import type { Reader } from '../../../engine/index.js';
import type { Values } from '../lines.js';
import type { State, Tokens } from '../state.js';

export const furnitureReader: Reader<Values, State> = {
  name: 'furniture',
  opens: ['pipes', 'furniture', 'tail', 'metascoreLabel'],
  read: (_tokens, at, state) => {
    state.report.furnish(at);
    return at + 1;
  },
};

/** True when line `line` is furniture that a part passes over: a widget leftover (`Watch Now`) or the crawl's pipes. */
function isPassedOver(tokens: Tokens, line: number): boolean {
  return tokens.is(line, 'furniture') || tokens.is(line, 'pipes');
}

/**
 * The first line after `at` that is neither blank nor furniture (`Watch Now`, pipes), or
 * `tokens.count`: furniture carries no data, so it parts neither a number from its `METASCORE`
 * label nor a review's lines from each other.
 */
export function nextPastFurniture(tokens: Tokens, at: number): number {
  let line = tokens.nextNonBlank(at + 1);
  while (line < tokens.count && isPassedOver(tokens, line)) line = tokens.nextNonBlank(line + 1);
  return line;
}

/** Records as furniture the lines between `from` and `to` (both excluded) that a part passed over. */
export function furnishBetween(tokens: Tokens, state: State, from: number, to: number): void {
  for (let line = from + 1; line < to; line++) if (isPassedOver(tokens, line)) state.report.furnish(line);
}
