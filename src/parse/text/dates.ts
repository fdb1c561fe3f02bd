/**
 * Month-name dates as review pages print them ("Jul 15, 2013", "September 5,
 * 2013"): the one reading of them, which every site's recognisers use.
 *
 * @module
 */
import { isDigit } from './numbers.js';

const MONTHS: ReadonlyMap<string, number> = new Map(
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((month, index) => [month, index + 1]),
);

/** A date line, valid or not. */
export interface DateLine {
  /** `YYYY-MM-DD`, or `null` when the day does not exist (Feb 30). */
  readonly iso: string | null;
}

//   ([a-z]{3,9})\.?  the month, short or long, with an optional dot
//   \s+(\d{1,2}),    the day, one or two digits, and its comma
//   \s*(\d{4})       the year
const DATE = /^([a-z]{3,9})\.?\s+(\d{1,2}),\s*(\d{4})$/iu;

/** `Jul 15, 2013`, `Sep 5, 2013`, `September 5, 2013` */
export function recogniseDate(text: string): DateLine | undefined {
  if (!isDigit(text.charCodeAt(text.length - 1))) return undefined;
  const match = DATE.exec(text);
  if (!match) return undefined;
  const name = (match[1] ?? '').toLowerCase();
  const month = MONTHS.get(name.slice(0, 3));
  if (month === undefined || !isMonthName(name)) return undefined;
  const day = Number(match[2]);
  const year = match[3] ?? '';
  // The year has four digits (the pattern says so); the month and day get a leading zero below 10.
  const valid = day >= 1 && day <= daysInMonth(Number(year), month);
  return { iso: valid ? `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}` : null };
}

//   ([a-z]{3,9})\.?    the month, short or long, with an optional dot
//   \s+\d{1,2}         the day
//   (?:,\s*\d{0,3})?   its comma and a year of fewer than four digits, or neither
const CUT_DATE = /^([a-z]{3,9})\.?\s+\d{1,2}(?:,\s*\d{0,3})?$/iu;

/**
 * `Jun 3, 20`, `Jun 3,`, `September 1`: a month-name date cut before the end
 * of its year, as the last line of a truncated page is; never a whole date.
 */
export function recogniseCutDate(text: string): boolean {
  const match = CUT_DATE.exec(text);
  const name = (match?.[1] ?? '').toLowerCase();
  return match !== null && MONTHS.has(name.slice(0, 3)) && isMonthName(name);
}

const LONG_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function isMonthName(name: string): boolean {
  return name.length === 3 || LONG_MONTHS.includes(name) || name === 'sept';
}

/** The days of a month of the Gregorian calendar: counted, with no Date made for each date line. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
