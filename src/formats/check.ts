/**
 * Checks shared by the writers: that a caller passed a page and known
 * options, and the one whitespace rule every written text follows.
 */
import type { Page, PageKind } from '../types/page.js';
import { checkReviews, rangeMisuse, rejectParseResult, typeMisuse } from '../shared/checks.js';

export { checkMediaOption, checkOptions, describeValue as describeInput, MEDIA_TYPES } from '../shared/checks.js';

const KINDS: readonly PageKind[] = ['film', 'critic', 'publication'];

/** A parsed page, told from anything else by its `kind` and its `reviews` list. */
export function isPage(value: unknown): value is Page {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, reviews } = value as { kind?: unknown; reviews?: unknown };
  return typeof kind === 'string' && (KINDS as readonly string[]).includes(kind) && Array.isArray(reviews);
}

/** What a parsed page is, for the messages that ask for one. */
export const PAGE_ACCEPTED = 'a parsed page (an object with kind "film", "critic" or "publication" and a reviews list)';

/**
 * Throws a TypeError naming `fn` unless `value` is a parsed page (saying to
 * pass `.page` for parse's result), and a RangeError naming the review when a
 * score is outside 0-100: no writer prints a score no page can hold.
 */
export function checkPage(fn: string, value: unknown, what = 'page'): asserts value is Page {
  rejectParseResult(fn, value, what);
  if (!isPage(value)) throw typeMisuse(fn, what, PAGE_ACCEPTED, value);
  checkReviews(fn, value.reviews, `${what}.reviews`);
}

/** An option that must be one of `values` when given. */
export function checkChoice<T extends string>(fn: string, name: string, value: unknown, values: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  const accepted = `one of ${values.map((choice) => JSON.stringify(choice)).join(', ')}`;
  if (typeof value !== 'string') throw typeMisuse(fn, `option ${name}`, accepted, value);
  if (!(values as readonly string[]).includes(value)) throw rangeMisuse(fn, `option ${name}`, accepted, value);
  return value as T;
}

/** Runs of whitespace (line breaks included) as one space, ends trimmed: how the parser normalises text. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
