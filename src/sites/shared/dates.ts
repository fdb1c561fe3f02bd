/**
 * Review dates as other sites print them: "Aug 13, 2019" and "August 13,
 * 2019" (as Metacritic's pages), "02/19/2020" (month/day) and "12 Mar 2010".
 *
 * @module
 */
// The one reading of month-name dates, which every site shares.
import { recogniseDate } from '../../parse/text/dates.js';

/** A date as printed and as `YYYY-MM-DD` (`null` for a day that does not exist). */
export interface ReadDate {
  readonly iso: string | null;
  readonly text: string;
}

//   (\d{2})\/(\d{2})\/(\d{4})  month, day and year, two, two and four digits
const SLASHED = /^(\d{2})\/(\d{2})\/(\d{4})$/u;
//   (\d{1,2}) ([a-z]{3,9})\.? (\d{4})  day, month name (short or long, optional dot), year
const DAY_FIRST = /^(\d{1,2}) ([a-z]{3,9})\.? (\d{4})$/iu;

/** `Feb 19, 2020`, `February 19, 2020`, `02/19/2020`, `19 Feb 2020`: the date, or `undefined` for any other text. */
export function readDate(text: string): ReadDate | undefined {
  const named = recogniseDate(text);
  if (named) return { iso: named.iso, text };
  const slashed = SLASHED.exec(text);
  if (slashed) return fromParts(text, slashed[3] ?? '', Number(slashed[1]), Number(slashed[2]));
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) {
    const read = recogniseDate(`${dayFirst[2] ?? ''} ${dayFirst[1] ?? ''}, ${dayFirst[3] ?? ''}`);
    return read ? { iso: read.iso, text } : undefined;
  }
  return undefined;
}

function fromParts(text: string, year: string, month: number, day: number): ReadDate | undefined {
  if (month < 1 || month > 12) return undefined;
  const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const read = recogniseDate(`${names[month - 1] ?? ''} ${day}, ${year}`);
  return read ? { iso: read.iso, text } : undefined;
}

const MONTH_PREFIXES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * `Jun 30`, `February 20, 20`, `Mar`: the start of a date, cut before its year
 * (the last line of a truncated page).
 */
export function isCutDate(text: string): boolean {
  //   ([a-z]{3,9})\.?      a month name
  //   (?: \d{1,2})?        its day
  //   (?:,(?: \d{0,3})?)?  its comma, and the first digits of its year
  const match = /^([a-z]{3,9})\.?(?: \d{1,2})?(?:,(?: \d{0,3})?)?$/iu.exec(text);
  if (!match) return /^\d{2}\/(?:\d{2}(?:\/\d{0,3})?)?$/u.test(text);
  const name = (match[1] ?? '').toLowerCase();
  return MONTH_PREFIXES.includes(name.slice(0, 3));
}
