/**
 * The rating widget in copied text, its bullets dropped: a run of bare
 * digits from `10` down to `0`, and the bare digits right under it that no
 * review text follows (a page prints its `0` twice).
 * ```
 * Rate this:
 * 10
 * 9
 * ...
 * 0
 * 0
 * ```
 * Where a copy dropped some of the bullets, the run goes on over the digits
 * that kept theirs (`10` / `• 9` / `8` ...). On a page partly indented, the
 * run goes on bare from the widget's last
 * bullet (`• 8` / `7` ... `0`). A bare digit under the run with text under
 * it is a widget's digit or a user review's score: it is read as the widget's, and reported
 * (`copied-number-open`).
 *
 * @module
 */
import { recogniseDate } from '../../../text/dates.js';
import { recogniseBareNumber } from '../../../text/numbers.js';
import type { MetacriticTokens } from '../kinds.js';
import type { MetacriticReader } from '../state.js';
import { endsCopiedItem } from './copied-list.js';

/** The widget's digit on line `line`, when it is a bare number from 0 to 10. */
function digitAt(tokens: MetacriticTokens, line: number): number | undefined {
  if (!tokens.is(line, 'text')) return undefined;
  const value = recogniseBareNumber(tokens.text(line));
  return value !== undefined && value <= 10 ? value : undefined;
}

/**
 * The digit the widget's bare run opens with at line `at`: `10`, or, on a page partly indented,
 * the digit under the widget's bullets where a copy dropped the markers from there on (`• 8` /
 * `7`, or the page's second `0` under `• 0`); then each next digit down to `0` on the next
 * non-blank line, bare or with its bullet (a copy that dropped some of the bullets). Undefined
 * where no run opens.
 */
function widgetRunAt(tokens: MetacriticTokens, at: number): number | undefined {
  const top = digitAt(tokens, at);
  const above = tokens.previousNonBlank(at - 1);
  // Under the bullets, the run goes on from the last one's digit, or prints its `0` again (`• 0` / `0`).
  if (top === undefined || (top < 10 && !isBulletDigit(tokens, above, top + 1) && !(top === 0 && isBulletDigit(tokens, above, 0)))) return undefined;
  let line = at;
  for (let digit = top; digit >= 0; digit--) {
    if (digitAt(tokens, line) !== digit && !isBulletDigit(tokens, line, digit)) return undefined;
    line = tokens.nextNonBlank(line + 1);
  }
  return top;
}

/** True when line `line` is the widget's bullet of digit `digit` (`• 8`). */
function isBulletDigit(tokens: MetacriticTokens, line: number, digit: number): boolean {
  const bullet = line >= 0 ? tokens.valueAs(line, 'widgetBullet') : undefined;
  return bullet !== undefined && recogniseBareNumber(bullet) === digit;
}

/** Reads the rating widget's bare digits as furniture. */
export const copiedWidgetReader: MetacriticReader = {
  name: 'copied rating widget',
  opens: ['text'],
  when: (_, tokens, at) => widgetRunAt(tokens, at) !== undefined,
  read(tokens, at, state) {
    let line = at;
    for (let digit = widgetRunAt(tokens, at) ?? 0; digit >= 0; digit--) {
      state.report.furnish(line);
      line = tokens.nextNonBlank(line + 1);
    }
    // The digits under the run: the widget's, unless review text follows (then it is said to be open).
    while (digitAt(tokens, line) !== undefined) {
      const below = tokens.nextNonBlank(line + 1);
      if (below < tokens.count && !endsCopiedItem(tokens, below) && digitAt(tokens, below) === undefined && recogniseDate(tokens.text(below)) === undefined) {
        state.report.reportLine(
          'copied-number-open',
          `The number ${tokens.text(line)} under the rating widget has text under it: it is read as the widget's digit, but the copied text does not say whether it is a user review's score.`,
          line,
        );
      }
      state.report.furnish(line);
      line = below;
    }
    return line;
  },
};
