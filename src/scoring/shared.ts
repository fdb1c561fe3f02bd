// Checks and small helpers shared by the scoring module; only the two marks
// types are public.
import type { Page, Review } from '../types/page.js';
import { checkReviews, describeValue, isMediaType, isRecord, ownValue } from '../shared/checks.js';

export { checkMediaOption, checkOptions, checkReviews, describeValue, isRecord, ownValue, roundHalfUp } from '../shared/checks.js';

/**
 * Checks a finite number in `[min, max]` (either bound may be open-ended with
 * `Infinity`); `what` names it in messages.
 *
 * @internal
 */
export function checkNumber(fn: string, what: string, value: unknown, min: number, max: number, accepted: string): number {
  if (typeof value !== 'number') {
    throw new TypeError(`${fn}: ${what} must be ${accepted}; got ${describeValue(value)}.`);
  }
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new RangeError(`${fn}: ${what} must be ${accepted}; got ${value}.`);
  }
  return value;
}

/**
 * Checks a non-negative integer; `what` names it in messages.
 *
 * @internal
 */
export function checkCount(fn: string, what: string, value: unknown): number {
  const checked = checkNumber(fn, what, value, 0, Number.MAX_SAFE_INTEGER, 'a non-negative integer');
  if (!Number.isInteger(checked)) {
    throw new RangeError(`${fn}: ${what} must be a non-negative integer; got ${checked}.`);
  }
  return checked;
}

/**
 * Checks a parsed page: an object with a `reviews` array; returns it typed.
 *
 * @internal
 */
export function checkPage(fn: string, value: unknown, path: string): Page {
  if (!isRecord(value) || !Array.isArray(ownValue(value, 'reviews'))) {
    throw new TypeError(`${fn}: ${path} must be a parsed page (an object with a reviews array); got ${describeValue(value)}.`);
  }
  checkReviews(fn, ownValue(value, 'reviews'), `${path}.reviews`);
  const media = ownValue(value, 'media');
  if (media !== null && media !== undefined && !isMediaType(media)) {
    throw new TypeError(`${fn}: ${path}.media must be a media type or null; got ${describeValue(media)}.`);
  }
  return value as unknown as Page;
}

/**
 * How a caller marks reviews positive (fresh, recommended): a predicate of the
 * review and its 0-based position in the list, or a Map from that position to
 * a verdict. `undefined` from either leaves the review to the default rule.
 *
 * @example
 * ```ts
 * const marks: PositiveMarks = new Map([[0, true], [3, false]]);
 * const byText: PositiveMarks = (review) => (review.excerpt.includes('masterpiece') ? true : undefined);
 * ```
 */
export type PositiveMarks = ((review: Review, position: number) => boolean | undefined) | ReadonlyMap<number, boolean>;

/**
 * How a caller marks top critics: a predicate of the review and its 0-based
 * position, or a set of critic names (matched exactly against `review.critic.name`).
 *
 * @example
 * ```ts
 * const top: TopCriticMarks = new Set(['Manohla Dargis', 'A.O. Scott']);
 * ```
 */
export type TopCriticMarks = ((review: Review, position: number) => boolean) | ReadonlySet<string>;

/**
 * Checks a {@link PositiveMarks} option and returns a lookup.
 *
 * @internal
 */
export function checkPositiveMarks(fn: string, value: unknown): ((review: Review, position: number) => boolean | undefined) | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'function') {
    const predicate = value as (review: Review, position: number) => unknown;
    return (review, position) => {
      const verdict = predicate(review, position);
      if (verdict === undefined || typeof verdict === 'boolean') return verdict;
      throw new TypeError(`${fn}: option positive must return true, false or undefined; got ${describeValue(verdict)} for the review at position ${position}.`);
    };
  }
  if (value instanceof Map) {
    for (const [key, verdict] of value as ReadonlyMap<unknown, unknown>) {
      if (typeof key !== 'number' || !Number.isInteger(key) || key < 0) {
        throw new TypeError(`${fn}: option positive must be keyed by 0-based review positions (non-negative integers); got the key ${describeValue(key)}.`);
      }
      if (typeof verdict !== 'boolean') {
        throw new TypeError(`${fn}: option positive must map positions to true or false; got ${describeValue(verdict)} at ${key}.`);
      }
    }
    const map = value as ReadonlyMap<number, boolean>;
    return (_review, position) => map.get(position);
  }
  throw new TypeError(
    `${fn}: option positive must be a function (review, position) => boolean | undefined or a Map of position → boolean; got ${describeValue(value)}.`,
  );
}

/**
 * Checks a {@link TopCriticMarks} option and returns a predicate.
 *
 * @internal
 */
export function checkTopCriticMarks(fn: string, value: unknown): ((review: Review, position: number) => boolean) | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'function') {
    const predicate = value as (review: Review, position: number) => unknown;
    return (review, position) => {
      const verdict = predicate(review, position);
      if (typeof verdict === 'boolean') return verdict;
      throw new TypeError(`${fn}: option topCritics must return true or false; got ${describeValue(verdict)} for the review at position ${position}.`);
    };
  }
  if (value instanceof Set) {
    for (const name of value as ReadonlySet<unknown>) {
      if (typeof name !== 'string') {
        throw new TypeError(`${fn}: option topCritics must be a set of critic names (strings); got ${describeValue(name)}.`);
      }
    }
    const names = value as ReadonlySet<string>;
    return (review) => review.critic !== null && names.has(review.critic.name);
  }
  throw new TypeError(`${fn}: option topCritics must be a function (review, position) => boolean or a Set of critic names; got ${describeValue(value)}.`);
}
