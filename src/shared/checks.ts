/**
 * Checks of what callers pass, shared by every module of the library: how a
 * value is named in an error message, own-property reads that never reach a
 * prototype, and the rounding Metascores use. Internal: not exported from the
 * package.
 *
 * @module
 */
import type { MediaType } from '../types/page.js';

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
