/**
 * Checks of what callers pass, shared by every module of the library: how a
 * value is named in an error message, own-property reads that never reach a
 * prototype, and the rounding Metascores use. Internal: not exported from the
 * package.
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
 * Names a value for an error message without trusting its type: a string in
 * quotes, a number as written, "an array", "a Map", "an object", ...
 */
export function describeValue(value: unknown): string {
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
 * Checks an options argument: undefined (no options) or an object whose own
 * keys are all `accepted`. Returns its own values by key, never one inherited
 * from a prototype, in a record with no prototype of its own.
 */
export function checkOptions(fn: string, options: unknown, accepted: readonly string[]): Readonly<Record<string, unknown>> {
  const checked = Object.create(null) as Record<string, unknown>;
  if (options === undefined) return checked;
  if (!isRecord(options) || options instanceof Map || options instanceof Set) {
    throw new TypeError(`${fn} options must be an object { ${accepted.join('?, ')}? }; got ${describeValue(options)}.`);
  }
  for (const key of Object.keys(options)) {
    if (!accepted.includes(key)) {
      throw new TypeError(`${fn} has no option ${JSON.stringify(key)}; accepted options are ${accepted.join(', ')}.`);
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
  const message = `${fn} option media must be one of "movie", "tv", "music", "game"; got ${describeValue(value)}.`;
  throw typeof value === 'string' ? new RangeError(message) : new TypeError(message);
}

/** True for a non-null, non-array object. */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property of a record, never one inherited from its prototype: `__proto__` or `constructor` is an ordinary, absent key. */
export function ownValue(record: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
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
  if (!Array.isArray(value)) {
    throw new TypeError(`${fn}: ${path} must be an array of reviews; got ${describeValue(value)}.`);
  }
  for (const [index, review] of (value as unknown[]).entries()) {
    if (!isRecord(review)) {
      throw new TypeError(`${fn}: ${path}[${index}] must be a review object; got ${describeValue(review)}.`);
    }
    const score = ownValue(review, 'score');
    if (score === null) continue;
    if (typeof score !== 'number') {
      throw new TypeError(`${fn}: ${path}[${index}].score must be a number or null; got ${describeValue(score)}.`);
    }
    if (!Number.isFinite(score) || score < 0 || score > 100) {
      throw new RangeError(`${fn}: ${path}[${index}].score must be from 0 to 100 or null; got ${score}.`);
    }
  }
  return value as readonly Review[];
}
