import type { ScoreRange } from '../aggregate/index.js';
import { checkNumber, checkOptions, describeValue, isRecord } from './shared.js';

/**
 * A letter grade of Metacritic's conversion table.
 *
 * @example
 * ```ts
 * const grade: LetterGrade = 'B+';
 * ```
 */
export type LetterGrade = 'A+' | 'A' | 'A-' | 'B+' | 'B' | 'B-' | 'C+' | 'C' | 'C-' | 'D+' | 'D' | 'D-' | 'F';

/**
 * Metacritic's published conversion of letter grades to its 0-100 scale
 * (frozen): A+ and A 100, A- 91, B+ 83, B 75, B- 67, C+ 58, C 50, C- 42,
 * D+ 33, D 25, D- 16, F 0.
 *
 * It is a lookup table, not a formula: the steps are uneven (A- to A is 9,
 * B- to B is 8). Source: Metacritic's "How We Create the Metascore Magic"
 * page, the grade conversion chart.
 *
 * @example
 * ```ts
 * LETTER_GRADE_SCORES['B+'];
 * //=> 83
 * LETTER_GRADE_SCORES['A+'] === LETTER_GRADE_SCORES.A;
 * //=> true
 * ```
 */
export const LETTER_GRADE_SCORES: Readonly<Record<LetterGrade, number>> = /* @__PURE__ */ Object.freeze({
  'A+': 100,
  A: 100,
  'A-': 91,
  'B+': 83,
  B: 75,
  'B-': 67,
  'C+': 58,
  C: 50,
  'C-': 42,
  'D+': 33,
  D: 25,
  'D-': 16,
  F: 0,
});

/**
 * How a mark was printed: a letter grade, stars (glyphs or the word "stars"),
 * a fraction ("8/10", "8 out of 10"), a percentage ("85%"), or a bare number
 * read on the caller's `numberOutOf` scale.
 *
 * @example
 * ```ts
 * const result = normalizeScore('8/10');
 * if (result.ok) result.scale;
 * //=> 'fraction'
 * ```
 */
export type MarkScale = 'letter' | 'stars' | 'fraction' | 'percent' | 'number';

/**
 * Where a mark's maximum came from: printed in the mark ("/4", "out of 5",
 * "%"), counted from star glyphs (filled, half and empty), the caller's
 * option (`starsOutOf`, `numberOutOf`), or the documented default (5 stars).
 *
 * @example
 * ```ts
 * const result = normalizeScore('★★★☆');
 * if (result.ok) [result.max, result.maxFrom];
 * //=> [4, 'glyphs']
 * ```
 */
export type MaxSource = 'printed' | 'glyphs' | 'option' | 'default';

/**
 * Why a mark was not read.
 *
 * - `empty`: nothing but whitespace.
 * - `no-score`: the mark says there is no score ("N/A", "NR", "tbd", "-").
 * - `unrecognised`: no known form of mark.
 * - `no-scale`: a bare number ("85") without the `numberOutOf` option.
 * - `out-of-range`: a value above its maximum ("6/5", "120%") or a maximum of 0.
 *
 * @example
 * ```ts
 * const result = normalizeScore('N/A');
 * if (!result.ok) result.code;
 * //=> 'no-score'
 * ```
 */
export type MarkFailure = 'empty' | 'no-score' | 'unrecognised' | 'no-scale' | 'out-of-range';

/**
 * A mark that was read: its score on the 0-100 scale beside the mark as given.
 *
 * @example
 * ```ts
 * const read: ReadMark = { ok: true, mark: '3.5/4', score: 88, scale: 'fraction', max: 4,
 *   maxFrom: 'printed', range: undefined };
 * ```
 */
export interface ReadMark {
  readonly ok: true;
  /** The mark exactly as given. */
  readonly mark: string;
  /**
   * 0-100. Letter grades: the table's value (a range: the mean of its two
   * ends, rounded half up). Everything else: the exact fraction of the
   * maximum times 100, rounded half up to an integer (a range: its midpoint's).
   */
  readonly score: number;
  readonly scale: MarkScale;
  /** The maximum the value was read against (4 for "3.5/4", 100 for "85%"); `undefined` for letters. */
  readonly max: number | undefined;
  /** Where `max` came from; `undefined` for letters. */
  readonly maxFrom: MaxSource | undefined;
  /** For a range ("3-3.5/4", "B/B+"): the scores of its lower and upper ends; otherwise `undefined`. */
  readonly range: ScoreRange | undefined;
}

/**
 * A mark that was not read: no score, never a guess, and why.
 *
 * @example
 * ```ts
 * const unread: UnreadMark = { ok: false, mark: 'N/A', score: undefined, code: 'no-score',
 *   reason: 'The mark "N/A" says there is no score.' };
 * ```
 */
export interface UnreadMark {
  readonly ok: false;
  /** The mark exactly as given. */
  readonly mark: string;
  readonly score: undefined;
  readonly code: MarkFailure;
  /** One sentence for people. */
  readonly reason: string;
}

/**
 * What {@link normalizeScore} returns; narrow it on `ok` (or read `score`,
 * which is `undefined` when the mark was not read).
 *
 * @example
 * ```ts
 * const result: NormalizeScoreResult = normalizeScore('B+');
 * result.ok ? result.score : result.reason;
 * //=> 83
 * ```
 */
export type NormalizeScoreResult = ReadMark | UnreadMark;

/**
 * Options of {@link normalizeScore}.
 *
 * @example
 * ```ts
 * const options: NormalizeScoreOptions = { starsOutOf: 4, numberOutOf: 10 };
 * ```
 */
export interface NormalizeScoreOptions {
  /**
   * A letter-grade table that REPLACES {@link LETTER_GRADE_SCORES}: a Map or a
   * plain object of grade → score (finite, 0-100). Grades match ignoring case
   * and surrounding whitespace, with "−" (minus sign) and "–" (en dash) read as "-".
   * To extend the default, spread it: `{ ...LETTER_GRADE_SCORES, E: 10 }`.
   */
  readonly letterGrades?: ReadonlyMap<string, number> | Readonly<Record<string, number>>;
  /**
   * The maximum of stars printed without one ("3 stars", "★★★½"): a positive
   * integer, default 5. Glyph marks that print empty stars ("★★★☆") use their
   * own glyph count instead.
   */
  readonly starsOutOf?: number;
  /**
   * The scale of a bare number ("85", "8.5"): a positive number such as 100 or
   * 10. Without it a bare number is not read (`no-scale`): it is not guessed.
   */
  readonly numberOutOf?: number;
}

/** A non-negative rational number n/d with d > 0, exact. */
interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

const FN = 'normalizeScore';
const OPTION_KEYS: readonly string[] = ['letterGrades', 'starsOutOf', 'numberOutOf'];
const DEFAULT_STARS_OUT_OF = 5;
/** Marks longer than this are no mark; it also bounds the exact arithmetic. */
const MAX_MARK_LENGTH = 64;

/** Lower-cased, whitespace-collapsed marks that say there is no score. */
const NO_SCORE_MARKS: ReadonlySet<string> = new Set(['n/a', 'na', 'n.a.', 'nr', 'not rated', 'unrated', 'no score', 'none', 'tbd', '-', '--', '–', '—']);

/** Dashes and minus signs read as "-" in letter grades. */
const MINUS_SIGNS: ReadonlySet<string> = new Set(['\u2212', '\u2013', '\u2010', '\u2011']);

const FULL_STAR = '\u2605'; // ★
const EMPTY_STAR = '\u2606'; // ☆
const HALF_STAR = '\u00bd'; // ½

/** Unicode vulgar fractions read as part of a number ("3½"). */
const VULGAR_FRACTIONS: ReadonlyMap<string, Rational> = new Map([
  ['\u00bd', { n: 1n, d: 2n }],
  ['\u00bc', { n: 1n, d: 4n }],
  ['\u00be', { n: 3n, d: 4n }],
]);

const DEFAULT_LETTER_TABLE: ReadonlyMap<string, number> = /* @__PURE__ */ new Map(/* @__PURE__ */ Object.entries(LETTER_GRADE_SCORES));

/** Upper-cases a grade and reads every dash and minus sign as "-". */
function normaliseGrade(grade: string): string {
  let result = '';
  for (const char of grade.trim().toUpperCase()) result += MINUS_SIGNS.has(char) ? '-' : char;
  return result;
}

/** Checks the `letterGrades` option and builds the lookup table. */
function checkLetterGrades(value: unknown): ReadonlyMap<string, number> {
  if (value === undefined) return DEFAULT_LETTER_TABLE;
  let entries: [unknown, unknown][];
  if (value instanceof Map) {
    entries = [...(value as ReadonlyMap<unknown, unknown>)];
  } else if (isRecord(value) && !(value instanceof Set)) {
    entries = Object.keys(value).map((key) => [key, value[key]]);
  } else {
    throw new TypeError(`${FN}: option letterGrades must be a Map or a plain object of grade → score; got ${describeValue(value)}.`);
  }
  const table = new Map<string, number>();
  for (const [grade, score] of entries) {
    if (typeof grade !== 'string' || grade.trim() === '') {
      throw new TypeError(`${FN}: option letterGrades must have non-empty string grades; got ${describeValue(grade)}.`);
    }
    checkNumber(FN, `option letterGrades[${JSON.stringify(grade)}]`, score, 0, 100, 'a finite score from 0 to 100');
    const key = normaliseGrade(grade);
    if (table.has(key)) {
      throw new RangeError(
        `${FN}: each grade of option letterGrades must be given once (grades match ignoring case and dash style); got ${JSON.stringify(grade)} twice.`,
      );
    }
    table.set(key, score as number);
  }
  return table;
}

/** The greatest common divisor of two non-negative integers. */
function gcd(a: bigint, b: bigint): bigint {
  let x = a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function rational(n: bigint, d: bigint): Rational {
  const divisor = gcd(n, d);
  return divisor === 0n ? { n: 0n, d: 1n } : { n: n / divisor, d: d / divisor };
}

function add(a: Rational, b: Rational): Rational {
  return rational(a.n * b.d + b.n * a.d, a.d * b.d);
}

function compare(a: Rational, b: Rational): number {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** A finite, non-negative JavaScript number as an exact rational (from its shortest decimal form). */
function fromNumber(value: number): Rational {
  const [mantissa = '0', exponentText = '0'] = String(value).split('e');
  const point = mantissa.indexOf('.');
  const decimals = point === -1 ? 0 : mantissa.length - point - 1;
  const digits = point === -1 ? mantissa : mantissa.slice(0, point) + mantissa.slice(point + 1);
  const exponent = Number(exponentText) - decimals;
  return exponent >= 0 ? { n: BigInt(digits) * 10n ** BigInt(exponent), d: 1n } : rational(BigInt(digits), 10n ** BigInt(-exponent));
}

function toNumber(value: Rational): number {
  return Number(value.n) / Number(value.d);
}

/** value ÷ max × 100, rounded half up to an integer, exactly. */
function percentOf(value: Rational, max: Rational): number {
  const numerator = 100n * value.n * max.d;
  const denominator = value.d * max.n;
  return Number((2n * numerator + denominator) / (2n * denominator));
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

function isLetter(char: string | undefined): boolean {
  return char !== undefined && char >= 'a' && char <= 'z';
}

/** The end of the run of ASCII digits starting at `start`. */
function digitsEnd(text: string, start: number): number {
  let end = start;
  while (isDigit(text[end])) end += 1;
  return end;
}

/** Skips one space (marks are whitespace-collapsed, so there is at most one). */
function skipSpace(text: string, at: number): number {
  return text[at] === ' ' ? at + 1 : at;
}

/** The end of `word` at `at` when it stands there as a whole word, else -1. */
function wordEnd(text: string, at: number, word: string): number {
  if (!text.startsWith(word, at)) return -1;
  const end = at + word.length;
  return isLetter(text[end]) ? -1 : end;
}

/** A number read from a mark, and where it ends. */
interface NumberToken {
  readonly value: Rational;
  readonly end: number;
}

/**
 * Reads a plain decimal number: "3", "3.5", ".5". Digits, then optionally a
 * point and more digits; nothing else.
 */
function readDecimal(text: string, at: number): NumberToken | undefined {
  const integerEnd = digitsEnd(text, at);
  let end = integerEnd;
  let digits = text.slice(at, integerEnd);
  let scale = 1n;
  if (text[end] === '.' && isDigit(text[end + 1])) {
    const fractionEnd = digitsEnd(text, end + 1);
    digits += text.slice(end + 1, fractionEnd);
    scale = 10n ** BigInt(fractionEnd - end - 1);
    end = fractionEnd;
  }
  if (end === at) return undefined;
  return { value: rational(BigInt(digits), scale), end };
}

/**
 * Reads a quantity: a decimal, optionally followed by a fraction of one
 * ("3½", "3 ½", "3 1/2" — the last only after a whole number, with the
 * numerator below the denominator), or a vulgar fraction alone ("½").
 */
function readQuantity(text: string, at: number): NumberToken | undefined {
  const vulgar = VULGAR_FRACTIONS.get(text[at] ?? '');
  if (vulgar !== undefined) return { value: vulgar, end: at + 1 };
  const whole = readDecimal(text, at);
  if (whole === undefined) return undefined;
  const { end } = whole;
  // "3½"
  const attached = VULGAR_FRACTIONS.get(text[end] ?? '');
  if (attached !== undefined) return { value: add(whole.value, attached), end: end + 1 };
  if (text[end] !== ' ') return whole;
  // "3 ½"
  const spaced = VULGAR_FRACTIONS.get(text[end + 1] ?? '');
  if (spaced !== undefined) return { value: add(whole.value, spaced), end: end + 2 };
  // "3 1/2": only after a whole number, numerator below denominator.
  if (whole.value.d !== 1n || !isDigit(text[end + 1])) return whole;
  const numeratorEnd = digitsEnd(text, end + 1);
  if (text[numeratorEnd] !== '/' || !isDigit(text[numeratorEnd + 1])) return whole;
  const denominatorEnd = digitsEnd(text, numeratorEnd + 1);
  if (text[denominatorEnd] === '.') return whole;
  const numerator = BigInt(text.slice(end + 1, numeratorEnd));
  const denominator = BigInt(text.slice(numeratorEnd + 1, denominatorEnd));
  if (denominator === 0n || numerator >= denominator) return whole;
  return { value: add(whole.value, rational(numerator, denominator)), end: denominatorEnd };
}

/** Reads " star" or " stars" (the space optional); returns its end, or -1. */
function starsWordEnd(text: string, at: number): number {
  const start = skipSpace(text, at);
  const plural = wordEnd(text, start, 'stars');
  return plural === -1 ? wordEnd(text, start, 'star') : plural;
}

/** Reads " out of N" or " of N"; returns the maximum and its end. */
function readOutOf(text: string, at: number): NumberToken | undefined {
  if (text[at] !== ' ') return undefined;
  let end = wordEnd(text, at + 1, 'out');
  if (end !== -1) {
    if (text[end] !== ' ') return undefined;
    end = wordEnd(text, end + 1, 'of');
  } else {
    end = wordEnd(text, at + 1, 'of');
  }
  if (end === -1 || text[end] !== ' ') return undefined;
  return readDecimal(text, end + 1);
}

/** A numeric mark's parts, before its maximum is resolved. */
interface NumericMark {
  readonly low: Rational;
  readonly high: Rational | undefined;
  readonly scale: MarkScale;
  /** A printed maximum; `undefined` when the mark prints none. */
  readonly max: Rational | undefined;
}

/**
 * Reads a numeric mark from a lower-cased, whitespace-collapsed string:
 *
 * ```text
 * quantity [ ("-" | "–" | "—" | "to") quantity ] suffix
 * suffix:  "%"                          85%  80-85%
 *        | "/" max [ "stars" ]          8/10  3.5/4  3-3.5/4  4/5 stars
 *        | ("out of" | "of") max ["stars"]  8 out of 10  3 out of 5 stars
 *        | "stars" [ ("out of" | "of") max ]  3 1/2 stars  3 stars out of 4
 *        | nothing                       85  (read with numberOutOf)
 * ```
 *
 * Spaces are optional around "/" and the range dash.
 */
function readNumeric(text: string): NumericMark | undefined {
  const first = readQuantity(text, 0);
  if (first === undefined) return undefined;
  let at = first.end;
  let high: Rational | undefined;
  // The range separator.
  const separator = skipSpace(text, at);
  const separatorChar = text[separator];
  let afterSeparator = -1;
  if (separatorChar === '-' || separatorChar === '\u2013' || separatorChar === '\u2014') afterSeparator = separator + 1;
  else if (separator > at) afterSeparator = wordEnd(text, separator, 'to');
  if (afterSeparator !== -1) {
    const second = readQuantity(text, skipSpace(text, afterSeparator));
    if (second === undefined) return undefined;
    high = second.value;
    at = second.end;
  }
  const done = (end: number, scale: MarkScale, max: Rational | undefined): NumericMark | undefined =>
    end === text.length ? { low: first.value, high, scale, max } : undefined;

  if (text[at] === '%') return done(at + 1, 'percent', { n: 100n, d: 1n });
  const slash = skipSpace(text, at);
  if (text[slash] === '/') {
    const max = readDecimal(text, skipSpace(text, slash + 1));
    if (max === undefined) return undefined;
    const stars = starsWordEnd(text, max.end);
    return stars === -1 ? done(max.end, 'fraction', max.value) : done(stars, 'stars', max.value);
  }
  const outOf = readOutOf(text, at);
  if (outOf !== undefined) {
    const stars = text[outOf.end] === ' ' ? starsWordEnd(text, outOf.end) : -1;
    return stars === -1 ? done(outOf.end, 'fraction', outOf.value) : done(stars, 'stars', outOf.value);
  }
  const stars = starsWordEnd(text, at);
  if (stars !== -1) {
    const starsMax = readOutOf(text, stars);
    return starsMax === undefined ? done(stars, 'stars', undefined) : done(starsMax.end, 'stars', starsMax.value);
  }
  return done(at, 'number', undefined);
}

/** Star glyphs read from a mark: filled, half and empty counts. */
interface GlyphStars {
  readonly full: number;
  readonly half: number;
  readonly empty: number;
}

/**
 * Reads a row of star glyphs: "★★★½", "★★★☆☆", "★★½☆". Filled stars first,
 * then at most one "½", then empty stars; spaces between glyphs are ignored.
 */
function readGlyphs(text: string): GlyphStars | undefined {
  let full = 0;
  let half = 0;
  let empty = 0;
  for (const char of text) {
    if (char === ' ') continue;
    if (char === FULL_STAR && half === 0 && empty === 0) full += 1;
    else if (char === HALF_STAR && half === 0 && empty === 0) half = 1;
    else if (char === EMPTY_STAR) empty += 1;
    else return undefined;
  }
  return full + half + empty === 0 ? undefined : { full, half, empty };
}

/** The checked options. */
interface Settings {
  readonly letters: ReadonlyMap<string, number>;
  readonly starsOutOf: number;
  readonly starsFrom: MaxSource;
  readonly numberOutOf: number | undefined;
}

function checkSettings(options: unknown): Settings {
  const given = checkOptions(FN, options, OPTION_KEYS);
  const starsGiven = given['starsOutOf'];
  let starsOutOf = DEFAULT_STARS_OUT_OF;
  if (starsGiven !== undefined) {
    const accepted = 'a positive integer up to 1000 (the number of stars)';
    starsOutOf = checkNumber(FN, 'option starsOutOf', starsGiven, 1, 1000, accepted);
    if (!Number.isInteger(starsOutOf)) {
      throw new RangeError(`${FN}: option starsOutOf must be ${accepted}; got ${starsOutOf}.`);
    }
  }
  const numberGiven = given['numberOutOf'];
  let numberOutOf: number | undefined;
  if (numberGiven !== undefined) {
    const accepted = 'a positive number up to 1e9, such as 100 or 10';
    numberOutOf = checkNumber(FN, 'option numberOutOf', numberGiven, 0, 1e9, accepted);
    if (numberOutOf === 0) throw new RangeError(`${FN}: option numberOutOf must be ${accepted}; got 0.`);
  }
  return {
    letters: checkLetterGrades(given['letterGrades']),
    starsOutOf,
    starsFrom: starsGiven === undefined ? 'default' : 'option',
    numberOutOf,
  };
}

function unread(mark: string, code: MarkFailure, reason: string): UnreadMark {
  return { ok: false, mark, score: undefined, code, reason };
}

/** Reads a letter grade, or two joined by "/" or "to" ("B/B+", "B to B+"). */
function readLetters(mark: string, text: string, letters: ReadonlyMap<string, number>): ReadMark | undefined {
  const grade = normaliseGrade(text);
  const whole = letters.get(grade);
  if (whole !== undefined) {
    return { ok: true, mark, score: whole, scale: 'letter', max: undefined, maxFrom: undefined, range: undefined };
  }
  const slash = grade.indexOf('/');
  const to = grade.indexOf(' TO ');
  let parts: readonly string[] | undefined;
  if (slash !== -1 && slash === grade.lastIndexOf('/')) parts = [grade.slice(0, slash), grade.slice(slash + 1)];
  else if (to !== -1 && to === grade.lastIndexOf(' TO ')) parts = [grade.slice(0, to), grade.slice(to + 4)];
  if (parts === undefined) return undefined;
  const [first, second] = parts.map((part) => letters.get(part.trim()));
  if (first === undefined || second === undefined) return undefined;
  return {
    ok: true,
    mark,
    score: Math.floor((first + second) / 2 + 0.5),
    scale: 'letter',
    max: undefined,
    maxFrom: undefined,
    range: { min: Math.min(first, second), max: Math.max(first, second) },
  };
}

/** Scores a value (or a range) against a maximum, checking the bounds. */
function scoreAgainst(mark: string, low: Rational, high: Rational | undefined, max: Rational, scale: MarkScale, maxFrom: MaxSource): NormalizeScoreResult {
  const maxNumber = toNumber(max);
  if (max.n === 0n) return unread(mark, 'out-of-range', `The mark ${JSON.stringify(mark)} has a maximum of 0.`);
  for (const value of high === undefined ? [low] : [low, high]) {
    if (compare(value, max) > 0) {
      return unread(mark, 'out-of-range', `The mark ${JSON.stringify(mark)} gives ${toNumber(value)}, above its maximum of ${maxNumber}.`);
    }
  }
  if (high === undefined) {
    return { ok: true, mark, score: percentOf(low, max), scale, max: maxNumber, maxFrom, range: undefined };
  }
  const ends = [percentOf(low, max), percentOf(high, max)];
  const middle = rational(low.n * high.d + high.n * low.d, 2n * low.d * high.d);
  return {
    ok: true,
    mark,
    score: percentOf(middle, max),
    scale,
    max: maxNumber,
    maxFrom,
    range: { min: Math.min(...ends), max: Math.max(...ends) },
  };
}

/**
 * Converts a printed mark (a letter grade, stars, a fraction, a percentage) to
 * the 0-100 scale, keeping the mark beside the score.
 *
 * Forms read, in this order (case and surrounding whitespace ignored, inner
 * whitespace runs read as one space):
 *
 * 1. No score: "N/A", "NA", "NR", "not rated", "unrated", "no score", "none",
 *    "tbd" and a lone dash give `no-score`.
 * 2. Letter grades, by Metacritic's table {@link LETTER_GRADE_SCORES} (or the
 *    `letterGrades` option, which replaces it): "B+" is 83. "−" and "–" read as "-".
 * 3. Star glyphs: "★" filled, "½" half, "☆" empty, in that order ("★★★½",
 *    "★★★☆☆"). The maximum is the number of glyphs (a half star takes one
 *    place) when any empty star is printed; otherwise `starsOutOf` (default 5):
 *    "★★★½" is 3.5 of 5 (70), or of 4 with `starsOutOf: 4` (88).
 * 4. Numbers: "8/10", "8 out of 10", "4.5/5", "3.5/4", "85/100", "85%",
 *    "3 1/2 stars", "3½ stars", "3 out of 5 stars", "3 stars" (of `starsOutOf`),
 *    and a bare "85" only with `numberOutOf`.
 *
 * Rounding: the value divided by its maximum, times 100, rounded half up to
 * an integer, in exact arithmetic (3.5 of 4 is 87.5, so 88; 85.5% is 86). A
 * letter grade's score is its table value.
 *
 * Ranges ("3-3.5/4", "3 to 4 stars", "80-85%", "B/B+", "B to B+"): the score is
 * the midpoint's (3.25 of 4 is 81; B/B+ is the mean of 75 and 83, 79), and
 * `range` holds the score of each end ({ min: 75, max: 88 } for "3-3.5/4").
 *
 * Not read (`ok: false`, `score: undefined`, a `code` and a `reason`, never a
 * guess): unknown forms, a bare number without `numberOutOf`, a value above
 * its maximum ("6/5", "120%"), a maximum of 0, marks over 64 characters.
 *
 * @param mark - The mark as printed.
 * @param options - `letterGrades` (a replacement table), `starsOutOf` (default 5),
 *   `numberOutOf` (the scale of a bare number; none by default).
 * @returns The score with the mark, its scale and maximum, or why it was not read.
 * @throws `TypeError` when `mark` is not a string, or an option is unknown or of the wrong type.
 * @throws `RangeError` when `starsOutOf` is not a positive integer, `numberOutOf`
 *   is not positive, or a `letterGrades` score is outside 0-100 or a grade repeats.
 *
 * @example
 * ```ts
 * normalizeScore('3.5/4');
 * //=> { ok: true, mark: '3.5/4', score: 88, scale: 'fraction', max: 4, maxFrom: 'printed', range: undefined }
 * normalizeScore('B+').score;
 * //=> 83
 * normalizeScore('★★★☆☆').score;
 * //=> 60
 * normalizeScore('3-3.5/4');
 * //=> { ok: true, mark: '3-3.5/4', score: 81, scale: 'fraction', max: 4, maxFrom: 'printed', range: { min: 75, max: 88 } }
 * normalizeScore('N/A');
 * //=> { ok: false, mark: 'N/A', score: undefined, code: 'no-score', reason: 'The mark "N/A" says there is no score.' }
 * ```
 */
export function normalizeScore(mark: string, options?: NormalizeScoreOptions): NormalizeScoreResult {
  const value: unknown = mark;
  if (typeof value !== 'string') {
    throw new TypeError(`${FN}: mark must be a string; got ${describeValue(value)}.`);
  }
  const settings = checkSettings(options);
  // \s+ matches each whitespace run once: linear, no backtracking.
  const text = value.trim().replace(/\s+/g, ' ');
  const lower = text.toLowerCase();
  if (text === '') return unread(value, 'empty', 'The mark is empty.');
  if (text.length > MAX_MARK_LENGTH) {
    return unread(value, 'unrecognised', `The mark is ${text.length} characters long; no mark is longer than ${MAX_MARK_LENGTH}.`);
  }
  if (NO_SCORE_MARKS.has(lower)) return unread(value, 'no-score', `The mark ${JSON.stringify(value)} says there is no score.`);
  const letter = readLetters(value, text, settings.letters);
  if (letter !== undefined) return letter;

  const glyphs = readGlyphs(text);
  if (glyphs !== undefined) {
    const stars = rational(BigInt(glyphs.full * 2 + glyphs.half), 2n);
    if (glyphs.empty > 0) {
      const slots = BigInt(glyphs.full + glyphs.half + glyphs.empty);
      return scoreAgainst(value, stars, undefined, { n: slots, d: 1n }, 'stars', 'glyphs');
    }
    return scoreAgainst(value, stars, undefined, fromNumber(settings.starsOutOf), 'stars', settings.starsFrom);
  }

  const numeric = readNumeric(lower);
  if (numeric === undefined) {
    return unread(value, 'unrecognised', `The mark ${JSON.stringify(value)} is no known form of score.`);
  }
  if (numeric.max !== undefined) {
    return scoreAgainst(value, numeric.low, numeric.high, numeric.max, numeric.scale, 'printed');
  }
  if (numeric.scale === 'stars') {
    return scoreAgainst(value, numeric.low, numeric.high, fromNumber(settings.starsOutOf), 'stars', settings.starsFrom);
  }
  if (settings.numberOutOf === undefined) {
    return unread(value, 'no-scale', `The mark ${JSON.stringify(value)} is a bare number without a scale; pass numberOutOf (such as 100 or 10) to read it.`);
  }
  return scoreAgainst(value, numeric.low, numeric.high, fromNumber(settings.numberOutOf), 'number', 'option');
}
