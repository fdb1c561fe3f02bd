/**
 * How the layout writers print numbers and dates, each checked: a value with
 * no printed form in a layout is a RangeError naming its field.
 *
 * @module
 */

import { rangeMisuse } from '../shared/checks.js';
import type { Review } from '../types/page.js';
import { collapseSpace } from './check.js';

const FN = 'formatPage';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Jul 15, 2013" from "2013-07-15"; the printed text of a date that does not exist ("Feb 30, 2013"). */
export function printedDate(iso: string | null, printed: string | null, path: string): string | null {
  if (iso === null) return printed === null ? null : collapseSpace(printed);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  if (!match || month < 1 || month > 12 || day < 1 || day > 31) {
    throw rangeMisuse(FN, path, 'a date written YYYY-MM-DD', iso);
  }
  return `${MONTHS[month - 1] ?? ''} ${day}, ${match[1] ?? ''}`;
}

/** The value when it is a whole number in [min, max]; a RangeError naming the field otherwise. */
export function checkWhole(value: number, min: number, max: number, path: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw rangeMisuse(FN, path, `a whole number from ${min} to ${max}`, value);
  }
  return value;
}

/** A count's digits when it is a whole number of 0 or more; a RangeError naming the field otherwise. */
export function checkCount(value: number, path: string): string {
  if (!Number.isInteger(value) || value < 0) {
    throw rangeMisuse(FN, path, 'a whole number of 0 or more', value);
  }
  return printedCount(value);
}

/** "1095", "100000000000000000000": a whole number's every digit (never "1e+21"). */
export function printedCount(value: number): string {
  return BigInt(value).toString();
}

/** "5,034", "459,059": a count's digits grouped by thousands, as profiles and Rotten Tomatoes print counts. */
export function groupThousands(digits: string): string {
  let result = '';
  for (let at = 0; at < digits.length; at++) {
    if (at > 0 && (digits.length - at) % 3 === 0) result += ',';
    result += digits.charAt(at);
  }
  return result;
}

/** The blocks of a page's text, the empty ones left out, a blank line between two; the text ends with LF. */
export function joinBlocks(blocks: readonly (readonly string[])[]): string {
  return blocks
    .filter((block) => block.length > 0)
    .map((block) => block.join('\n'))
    .join('\n\n')
    .concat('\n');
}

/** A review's critic as the review lists print it: `Staff (Not Credited)` for an uncredited one; `undefined` for none. */
export function printedCritic(review: Review): string | undefined {
  if (review.critic === null) return undefined;
  const name = collapseSpace(review.critic.name);
  return review.critic.credited ? name : `${name} (Not Credited)`;
}
