/**
 * Counts as a page prints them ("1,095"), checked: one with more digits than
 * a page ever has (beyond `Number.MAX_SAFE_INTEGER`, where a number no longer
 * keeps every digit, up to `Infinity`) is reported on its digits as
 * `count-out-of-range`, and its field is kept `null`.
 *
 * @module
 */
import type { MetacriticState } from './state.js';

// A run of digits with thousands separators, as a count is printed: each match starts after the last.
const DIGITS = /\d[\d,]*/gu;

/**
 * `value`, the count read from line `line`, when it is a safe integer;
 * otherwise `null`, with a `count-out-of-range` warning over its digits: the
 * `which` run of digits on the line (the first, or the last).
 */
export function checkedCount(state: MetacriticState, line: number, value: number, which: 'first' | 'last'): number | null {
  if (Number.isSafeInteger(value)) return value;
  const { lines } = state.tokens;
  const text = lines.text(line);
  let found: RegExpExecArray | null = null;
  DIGITS.lastIndex = 0;
  for (let match = DIGITS.exec(text); match !== null; match = DIGITS.exec(text)) {
    found = match;
    if (which === 'first') break;
  }
  // The recognisers read every count from such a run, so there is one; the line is the span otherwise.
  const start = (lines.textStarts[line] as number) + (found?.index ?? 0);
  const end = found ? start + found[0].length : (lines.textEnds[line] as number);
  state.report.report('count-out-of-range', `The count ${clipDigits(found?.[0] ?? text)} has more digits than a page ever has; it is not read.`, {
    start: lines.pointOn(line, start),
    end: lines.pointOn(line, end),
  });
  return null;
}

/** A long run of digits cut for a message: its first and last digits and how many there are. */
function clipDigits(digits: string): string {
  return digits.length > 24 ? `${digits.slice(0, 8)}...${digits.slice(-4)} (${digits.length} characters)` : digits;
}
