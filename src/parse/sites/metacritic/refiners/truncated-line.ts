/**
 * A truncated page's last line can stop inside a part, which would read as
 * another (`  1. Positive: 9 out of` as an excerpt, `    • 49 Met` as a critic
 * named "Met"). The site finds that line before reading, reads the page as if
 * it ended there, and reports the line as `truncated-line`.
 *
 * @module
 */
import { isWord, recogniseCutShort, recogniseWidgetTail } from '../recognise.js';
import { isFurnitureRowLine, type MetacriticTokens } from '../kinds.js';
import { clip } from '../../../text/strings.js';
import type { MetacriticState } from '../state.js';

/**
 * The page's last line of data (furniture after it aside) when it is a part
 * cut short: one {@link recogniseCutShort} knows, an item's number alone
 * (`2.`), or a digit under a distribution's label or line, a list's heading or
 * an item's "Expand" (`  2`, the start of `  2. Negative: ...`; `Critic
 * Reviews` / `  1`), where no score line comes. -1 when it is not.
 */
export function findTruncatedLine(tokens: MetacriticTokens): number {
  for (let at = tokens.previousNonBlank(tokens.count - 1); at >= 0; at = tokens.previousNonBlank(at - 1)) {
    // A page ends in furniture, line after line: each told by its row, with no kind looked up by name.
    if (isFurnitureRowLine(tokens, at)) continue;
    const text = tokens.text(at);
    if (isWholeEmptyListLine(tokens, at)) return -1;
    if (recogniseCutShort(text) || tokens.valueAs(at, 'numbered')?.rest === '') return at;
    if (!/^\d$/u.test(text)) return -1;
    const above = tokens.previousNonBlank(at - 1);
    const aboveText = tokens.text(above);
    const opensList =
      tokens.accepts(above, 'distributionLabel') ||
      tokens.accepts(above, 'distributionLine') ||
      isWord(aboveText, 'critic reviews') ||
      isWord(aboveText, 'user reviews') ||
      recogniseWidgetTail(aboveText);
    return opensList ? at : -1;
  }
  return -1;
}

/**
 * `  3. Negative: 0 out of`, a distribution line with no total, is whole (a
 * main page's empty user list prints its lines so) when the line above it is
 * one too; under anything else, at the page's end, it may be cut.
 */
function isWholeEmptyListLine(tokens: MetacriticTokens, at: number): boolean {
  return tokens.value(at, 'distributionLine')?.total === null && tokens.value(tokens.previousNonBlank(at - 1), 'distributionLine')?.total === null;
}

/** Reports the truncated line at `line`, which is not read. */
export function reportTruncatedLine(state: MetacriticState, line: number): void {
  state.report.reportLine(
    'truncated-line',
    `The page ends inside a line: "${clip(state.tokens.text(line))}" is cut short of a page part, and is not read.`,
    line,
  );
}
