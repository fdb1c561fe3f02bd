/**
 * Checks of what callers pass, shared by every module of the library: how a
 * value is named in an error message, the one form of every message for a
 * caller's mistake (`<function>: <what> must be <accepted>; got <value>.`),
 * own-property reads that never reach a prototype, and the rounding
 * Metascores use. Internal: not exported from the package.
 *
 * @module
 */
import type { MediaType, Review } from '../types/page.js';

/** The media a page can be about, in the order the docs list them. */
export const MEDIA_TYPES: readonly MediaType[] = ['movie', 'tv', 'music', 'game'];

/** Whether `value` is one of {@link MEDIA_TYPES}. */
export function isMediaType(value: unknown): value is MediaType {
  return (MEDIA_TYPES as readonly unknown[]).includes(value);
}

/**
 * Whether `value` is what `parse` returns (`{ page, diagnostics, ... }`)
 * rather than a page: the mistake of passing `parse(text)` for `parse(text).page`.
 */
export function isParseResult(value: unknown): boolean {
  return isRecord(value) && Object.hasOwn(value, 'page') && Array.isArray(ownValue(value, 'diagnostics')) && !Object.hasOwn(value, 'reviews');
}

/**
 * Names a value for an error message without trusting its type: a string in
 * quotes, a number as written, "an array", "a Map", "an object", ...; parse's
 * result, with what to pass instead.
 */
export function describeValue(value: unknown): string {
  if (isParseResult(value)) return "parse's result { page, diagnostics, ... }: pass its .page";
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Map) return 'a Map';
  if (value instanceof Set) return 'a Set';
  if (value instanceof Uint8Array) return 'a Uint8Array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * The error for a caller's mistake, in the library's one form:
 * `<function>: <what> must be <accepted>; got <value>.` (the value named by
 * {@link describeValue}). A `TypeError` for a value of the wrong type, a
 * `RangeError` for one of the right type but outside what is accepted.
 */
export function misuse(kind: 'type' | 'range', fn: string, what: string, accepted: string, value: unknown): TypeError | RangeError {
  const message = `${fn}: ${what} must be ${accepted}; got ${describeValue(value)}.`;
  return kind === 'type' ? new TypeError(message) : new RangeError(message);
}

/** {@link misuse} for a value of the wrong type. */
export function typeMisuse(fn: string, what: string, accepted: string, value: unknown): TypeError {
  return misuse('type', fn, what, accepted, value);
}

/** {@link misuse} for a value of the right type outside what is accepted. */
export function rangeMisuse(fn: string, what: string, accepted: string, value: unknown): RangeError {
  return misuse('range', fn, what, accepted, value);
}

/**
 * Throws the TypeError that says to pass `.page` when `value` is parse's
 * result where a page (`what`) is expected.
 */
export function rejectParseResult(fn: string, value: unknown, what = 'page'): void {
  if (isParseResult(value)) throw typeMisuse(fn, what, 'a parsed page', value);
}

/**
 * Checks an options argument: undefined (no options) or an object whose own
 * keys are all `accepted`. Returns its own values by key, never one inherited
 * from a prototype, in a record with no prototype of its own.
 */
export function checkOptions(fn: string, options: unknown, accepted: readonly string[]): Readonly<Record<string, unknown>> {
  const checked = Object.create(null) as Record<string, unknown>;
  if (options === undefined) return checked;
  if (!isRecord(options) || options instanceof Map || options instanceof Set) {
    throw typeMisuse(fn, 'options', `an object { ${accepted.join('?, ')}? }`, options);
  }
  for (const key of Object.keys(options)) {
    if (!accepted.includes(key)) {
      throw typeMisuse(fn, 'each option', `one of ${accepted.join(', ')}`, key);
    }
  }
  for (const key of accepted) checked[key] = ownValue(options, key);
  return checked;
}

/**
 * Checks a `media` option: undefined or one of {@link MEDIA_TYPES}. Not a
 * string is a TypeError; a string that names no media a RangeError.
 */
export function checkMediaOption(fn: string, value: unknown): MediaType | undefined {
  if (value === undefined || isMediaType(value)) return value;
  throw misuse(typeof value === 'string' ? 'range' : 'type', fn, 'option media', 'one of "movie", "tv", "music", "game"', value);
}

/** True for a non-null, non-array object. */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property of a record, never one inherited from its prototype: `__proto__` or `constructor` is an ordinary, absent key. */
export function ownValue(record: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** `value`, with -0 as 0: no figure the library returns is -0. */
export function withoutNegativeZero(value: number): number {
  return value === 0 ? 0 : value;
}

/** Rounds half up to an integer, as a Metascore is rounded: 60.5 is 61, 60.49 is 60. */
export function roundHalfUp(value: number): number {
  return Math.floor(value + 0.5);
}

/**
 * Checks a list of reviews: an array of objects whose `score` is `null` or a
 * finite number from 0 to 100.
 */
export function checkReviews(fn: string, value: unknown, path: string): readonly Review[] {
  if (!Array.isArray(value)) throw typeMisuse(fn, path, 'an array of reviews', value);
  for (const [index, review] of (value as unknown[]).entries()) {
    if (!isRecord(review)) throw typeMisuse(fn, `${path}[${index}]`, 'a review object', review);
    const score = ownValue(review, 'score');
    if (score === null) continue;
    if (typeof score !== 'number') throw typeMisuse(fn, `${path}[${index}].score`, 'a number or null', score);
    checkScoreRange(fn, `${path}[${index}].score`, score);
  }
  return value as readonly Review[];
}

/**
 * Throws a RangeError naming `what` unless `score` is a finite number from 0 to 100, as a review's score is (and a
 * Metascore); `accepted` says what else the field takes.
 */
export function checkScoreRange(fn: string, what: string, score: number, accepted = 'from 0 to 100 or null'): void {
  if (!Number.isFinite(score) || score < 0 || score > 100) throw rangeMisuse(fn, what, accepted, score);
}
