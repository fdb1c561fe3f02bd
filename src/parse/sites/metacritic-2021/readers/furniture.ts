/**
 * Lines that carry no data: the crawl's pipes (`|`, `| ||`), widget leftovers (`Watch Now`,
 * `Stream On`, `Buy on`, `Expand`, `3 of 4 users found this helpful`), a `Read full review` or a
 * `METASCORE` or `USER SCORE` label that no review or number comes with, and the headings `Critic
 * Reviews` and `User Reviews`, which say whose the reviews under them are.
 *
 * @module
 */
import type { Reader } from '../../../engine/index.js';
import type { Values } from '../lines.js';
import type { State, Tokens } from '../state.js';
import { settleBySection } from './block.js';

export const furnitureReader: Reader<Values, State> = {
  name: 'furniture',
  opens: ['pipes', 'furniture', 'tail', 'metascoreLabel', 'userScoreLabel', 'section'],
  read: (tokens, at, state) => {
    const section = tokens.value(at, 'section');
    if (section !== undefined) settleBySection(state, section);
    state.report.furnish(at);
    return at + 1;
  },
};

/** True when line `line` is furniture that a part passes over: a widget leftover (`Watch Now`), the crawl's pipes, a `Critic Reviews` heading. */
function isPassedOver(tokens: Tokens, line: number): boolean {
  return tokens.is(line, 'furniture') || tokens.is(line, 'pipes') || tokens.is(line, 'section');
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
  for (let line = from + 1; line < to; line++) {
    if (!isPassedOver(tokens, line)) continue;
    const section = tokens.value(line, 'section');
    if (section !== undefined) settleBySection(state, section);
    state.report.furnish(line);
  }
}
