/**
 * The rating widget in copied text, its bullets dropped: a run of bare
 * digits from `10` down to `0`, and the bare digits right under it (a page
 * prints its `0` twice).
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
 * run goes on bare from the widget's last bullet (`• 8` / `7` ... `0`). A run
 * edited on its way (its `10` dropped or moved under `Rate this:`, a digit
 * doubled, two swapped, furniture moved into it) is the widget's still: any run of six different
 * digits or more with no text between them is (no list of reviews has six
 * scores in a row with none). So is a run right under the widget's `Rate this:` that
 * counts down from `10` to `0` (a page may print some digits only: `10` / `0`).
 * Under the count down, a digit over a date other than the `0` printed again
 * is no widget's: a user's name (`10`). A bare digit under the count down with text
 * under it is a widget's digit or a user review's score: it is read as the
 * widget's, and reported (`copied-number-open`).
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

/** The most lines a widget's run holds: its eleven digits and the page's second `0`, with room for lines a copy doubled. */
const MOST_RUN_LINES = 24;

/** The fewest different digits in a run that make it the widget's: no list of reviews has six scores in a row with no text between them. */
const FEWEST_RUN_DIGITS = 6;

/**
 * The rating widget's bare run that opens at line `at`: the lines from `at` on, each a digit
 * from 0 to 10, bare or with its bullet (a copy that dropped some of the bullets), with the
 * widget's bullets right above it (on a page partly indented, the run goes on bare from the
 * widget's last bullet: `• 8` / `7`, or the page's second `0` under `• 0`), when they hold at
 * least {@link FEWEST_RUN_DIGITS} different digits, or go on from the last bullet's digit down to
 * `0`. So a run read from `10` down to `0` is the
 * widget's, and so is one whose `10` a copy dropped or moved (`Rate this:` swapped with it), one
 * with a digit doubled or two swapped. `end` is the first line after it, and `counted` whether
 * its last line comes after a `0` (a digit under the count down, which may be a user review's
 * score). Undefined where no run opens, or where the run is longer than a widget's.
 */
function widgetRunAt(tokens: MetacriticTokens, at: number): { readonly end: number; readonly counted: boolean } | undefined {
  const top = digitAt(tokens, at);
  if (top === undefined) return undefined;
  // Right under the bullets, the run goes on from the last one's digit, or prints its `0` again (`• 0` / `0`);
  // right under the widget's own `Rate this:`, it counts down from its `10` (a widget may print some digits only: `10` / `0`).
  const above = tokens.previousNonBlank(at - 1);
  const bullet = bulletDigitAt(tokens, above);
  const goesOn = (bullet !== undefined && (top === bullet - 1 || (top === 0 && bullet === 0))) || (top === 10 && isWidgetHeading(tokens, above));
  let digits = 0;
  let lines = 0;
  for (let line = tokens.previousNonBlank(at - 1); line >= 0 && lines < MOST_RUN_LINES; line = tokens.previousNonBlank(line - 1)) {
    const digit = bulletDigitAt(tokens, line);
    if (digit === undefined) break;
    digits |= 1 << digit;
    lines++;
  }
  let line = at;
  let last = at;
  let zero = false;
  let counted = false;
  for (; line < tokens.count; line = tokens.nextNonBlank(line + 1)) {
    const digit = digitAt(tokens, line) ?? bulletDigitAt(tokens, line);
    if (++lines > MOST_RUN_LINES) return undefined;
    if (digit === undefined) {
      // The widget's furniture moved into the run (`Rate this:` swapped with its `10`, `1. Submit` with its last `0`) is passed over.
      if (isFurnitureLine(tokens, line) && isDigitLine(tokens, tokens.nextNonBlank(line + 1))) continue;
      break;
    }
    // Under the count down, a digit over a date is no widget's (the page prints its `0` twice, no other): a user's name (`10`).
    if (zero && digit !== 0 && tokens.accepts(tokens.nextNonBlank(line + 1), 'date')) break;
    counted = zero;
    zero ||= digit === 0;
    digits |= 1 << digit;
    last = line;
  }
  let different = 0;
  for (let rest = digits; rest !== 0; rest &= rest - 1) different++;
  return (goesOn && zero) || different >= FEWEST_RUN_DIGITS ? { end: tokens.nextNonBlank(last + 1), counted } : undefined;
}

/** True when line `line` is the rating widget's heading, `Rate this:`. */
function isWidgetHeading(tokens: MetacriticTokens, line: number): boolean {
  return tokens.is(line, 'furniture') && tokens.text(line).toLowerCase() === 'rate this:';
}

/** True when line `line` is a digit of the widget, bare or with its bullet. */
function isDigitLine(tokens: MetacriticTokens, line: number): boolean {
  return line < tokens.count && (digitAt(tokens, line) ?? bulletDigitAt(tokens, line)) !== undefined;
}

/** True when line `line` is furniture (`Rate this:`, `1. Submit`). */
function isFurnitureLine(tokens: MetacriticTokens, line: number): boolean {
  return tokens.is(line, 'furniture') || tokens.is(line, 'numberedFurniture');
}

/** The digit of the widget's bullet on line `line` (`• 8`), or undefined. */
function bulletDigitAt(tokens: MetacriticTokens, line: number): number | undefined {
  const bullet = line < 0 ? undefined : tokens.valueAs(line, 'widgetBullet');
  const digit = bullet === undefined ? undefined : recogniseBareNumber(bullet);
  return digit !== undefined && digit <= 10 ? digit : undefined;
}

/** Reads the rating widget's bare digits as furniture. */
export const copiedWidgetReader: MetacriticReader = {
  name: 'copied rating widget',
  opens: ['text'],
  when: (_, tokens, at) => widgetRunAt(tokens, at) !== undefined,
  read(tokens, at, state) {
    const run = widgetRunAt(tokens, at) as NonNullable<ReturnType<typeof widgetRunAt>>;
    let last = at;
    for (let line = at; line < run.end; line = tokens.nextNonBlank(line + 1)) {
      state.report.furnish(line);
      last = line;
    }
    // A digit under the count down with review text under it: the widget's, but said to be open.
    const below = run.end;
    if (
      run.counted &&
      digitAt(tokens, last) !== undefined &&
      below < tokens.count &&
      !endsCopiedItem(tokens, below) &&
      recogniseDate(tokens.text(below)) === undefined
    ) {
      state.report.reportLine(
        'copied-number-open',
        `The number ${tokens.text(last)} under the rating widget has text under it: it is read as the widget's digit, but the copied text does not say whether it is a user review's score.`,
        last,
      );
    }
    return run.end;
  },
};
