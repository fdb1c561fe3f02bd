/**
 * Checks shared by the writers: that a caller passed a page and known
 * options, and the one whitespace rule every written text follows.
 */
import type { Page, PageKind } from '../types/page.js';
import { describeValue } from '../shared/checks.js';

export { checkMediaOption, checkOptions, describeValue as describeInput, MEDIA_TYPES } from '../shared/checks.js';

const KINDS: readonly PageKind[] = ['film', 'critic', 'publication'];

/** A parsed page, told from anything else by its `kind` and its `reviews` list. */
export function isPage(value: unknown): value is Page {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, reviews } = value as { kind?: unknown; reviews?: unknown };
  return typeof kind === 'string' && (KINDS as readonly string[]).includes(kind) && Array.isArray(reviews);
}

/** Throws a TypeError naming `fn` unless `value` is a parsed page. */
export function checkPage(fn: string, value: unknown, what = 'page'): asserts value is Page {
  if (!isPage(value)) {
    throw new TypeError(`${fn} expects a parsed ${what} (an object with kind "film", "critic" or "publication" and a reviews list), but got ${describeValue(value)}.`);
  }
}

/** An option that must be one of `values` when given. */
export function checkChoice<T extends string>(fn: string, name: string, value: unknown, values: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  const accepted = values.map((choice) => JSON.stringify(choice)).join(', ');
  if (typeof value !== 'string') throw new TypeError(`${fn} option ${name} must be one of ${accepted}; got ${describeValue(value)}.`);
  if (!(values as readonly string[]).includes(value)) throw new RangeError(`${fn} option ${name} must be one of ${accepted}; got ${describeValue(value)}.`);
  return value as T;
}

/** Runs of whitespace (line breaks included) as one space, ends trimmed: how the parser normalises text. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
