/**
 * Month-name dates as review pages print them ("Jul 15, 2013", "September 5,
 * 2013"): the one reading of them, which every site's recognisers use.
 *
 * @module
 */
import { hasWordAt, isWhitespaceCode, KELVIN, LONG_S } from './codes.js';
import { isDigit } from './numbers.js';

/** A date line, valid or not. */
export interface DateLine {
  /** `YYYY-MM-DD`, or `null` when the day does not exist (Feb 30). */
  readonly iso: string | null;
}

/** `Jul 15, 2013`, `Sep 5, 2013`, `September 5, 2013` */
export function recogniseDate(text: string): DateLine | undefined {
  return recogniseDateAt(text, 0, text.length);
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
  return match !== null && monthNamedAt(text, 0, (match[1] as string).length) !== 0;
}

/**
 * The month (1 to 12) that the letters `input` holds from `start` to `end`
 * name, in any case: its first three letters, its whole name, or "Sept"; 0
 * when they name none. The month is known by its first three letters.
 */
function monthNamedAt(input: string, start: number, end: number): number {
  const letters = end - start;
  const month = MONTH_OF_KEY.get(keyAt(input, start)) ?? 0;
  const name = LONG_MONTHS[month - 1] ?? '';
  return month !== 0 &&
    (letters === 3 ||
      (letters === name.length && hasWordAt(input, start, name, false)) ||
      (letters === 4 && month === 9 && (input.charCodeAt(start + 3) | 0x20) === 0x74))
    ? month
    : 0;
}

const LONG_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The month (1 to 12) of each month's first three letters in lower case, as one number ({@link keyAt}): by them a date's month is known. */
const MONTH_OF_KEY: ReadonlyMap<number, number> = new Map(LONG_MONTHS.map((name, index) => [keyAt(name, 0), index + 1]));

/** The three ASCII letters at `at`, in lower case, as one number. */
function keyAt(input: string, at: number): number {
  return ((input.charCodeAt(at) | 0x20) << 16) | ((input.charCodeAt(at + 1) | 0x20) << 8) | (input.charCodeAt(at + 2) | 0x20);
}

/**
 * {@link recogniseDate} of the text `input` holds from `start` to `end`, read
 * by character codes as the pattern `^([a-z]{3,9})\.?\s+(\d{1,2}),\s*(\d{4})$`
 * (case-blind) reads it: the month, short or long, with an optional dot; the
 * day, one or two digits, and its comma; the year. The month is known by its
 * first three letters, and must be those three, its whole name, or "Sept".
 */
export function recogniseDateAt(input: string, start: number, end: number): DateLine | undefined {
  if (!isDigit(input.charCodeAt(end - 1)) || end - start < 10) return undefined;
  // The month's letters: ASCII, or "ſ" and the Kelvin sign, which the pattern takes for "s" and "k" (no month is written with them).
  let at = start;
  for (
    let code = input.charCodeAt(at);
    at < end && (((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) || code === LONG_S || code === KELVIN);
    code = input.charCodeAt(++at)
  );
  const letters = at - start;
  if (input.charCodeAt(at) === 0x2e) at++;
  const day = spacesEnd(input, at, end);
  let comma = day;
  while (comma < end && isDigit(input.charCodeAt(comma))) comma++;
  const year = spacesEnd(input, comma + 1, end);
  if (letters < 3 || letters > 9 || day === at || comma === day || comma - day > 2 || input.charCodeAt(comma) !== 0x2c || end - year !== 4) return undefined;
  for (let digit = year; digit < end; digit++) if (!isDigit(input.charCodeAt(digit))) return undefined;
  // "ſ" and the Kelvin sign name no month: neither is among a month's first three letters, nor in a month's name.
  const month = monthNamedAt(input, start, start + letters);
  if (month === 0) return undefined;
  const days = digitsAt(input, day, comma);
  const yearNumber = digitsAt(input, year, end);
  if (days < 1 || days > daysInMonth(yearNumber, month)) return NO_SUCH_DAY;
  const monthDay = month * 32 + days;
  if (yearNumber < FIRST_SHARED_YEAR || yearNumber >= FIRST_SHARED_YEAR + SHARED_YEARS) return { iso: isoDate(yearNumber, monthDay) };
  const key = (yearNumber - FIRST_SHARED_YEAR) * 13 * 32 + monthDay;
  let date = SHARED_DATES.get(key);
  if (date === undefined) {
    date = { iso: isoDate(yearNumber, monthDay) };
    SHARED_DATES.set(key, date);
  }
  return date;
}

/** The date line of a day that does not exist (`Feb 30, 2013`), one for all. */
const NO_SUCH_DAY: DateLine = { iso: null };

/**
 * The date line of each day of the years reviews are dated in that has been
 * read, made once, so that a page's many reviews of the same few hundred days
 * share their dates (a page of a million reviews keeps a few thousand, not a
 * million); its `((year - FIRST_SHARED_YEAR) * 13 + month) * 32 + day`. The
 * years are bounded, and so is what it can grow to (about 37,000 days).
 */
const SHARED_DATES = new Map<number, DateLine>();
const FIRST_SHARED_YEAR = 1950;
const SHARED_YEARS = 100;

/** `YYYY-MM-DD` of a year (of four digits as printed) and `month * 32 + day`. */
function isoDate(year: number, monthDay: number): string {
  return String(year).padStart(4, '0') + (MONTH_DAYS[monthDay] as string);
}

/** `-MM-DD` of each month and day (at `month * 32 + day`), made once: a date's ISO form is its year and one of these. */
const MONTH_DAYS: readonly string[] = Array.from({ length: 13 * 32 }, (_, at) => `-${String(at >> 5).padStart(2, '0')}-${String(at & 31).padStart(2, '0')}`);

/** The number the ASCII digits from `start` to `end` make. */
function digitsAt(input: string, start: number, end: number): number {
  let number = 0;
  for (let at = start; at < end; at++) number = number * 10 + input.charCodeAt(at) - 0x30;
  return number;
}

/** The offset after the whitespace (as the pattern's `\s` has it) from `at` on, before `end`. */
function spacesEnd(input: string, at: number, end: number): number {
  let stop = at;
  while (stop < end && isWhitespaceCode(input.charCodeAt(stop))) stop++;
  return stop;
}

/** The days of a month of the Gregorian calendar: counted, with no Date made for each date line. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
