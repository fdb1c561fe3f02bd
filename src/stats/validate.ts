/**
 * Checks of caller input shared by the statistics functions. Internal: not
 * exported from the module's index.
 *
 * @module
 */
import { type Band, SENTIMENTS } from '../classify/index.js';
import { checkBandsOption } from '../classify/internal.js';
import type { MediaType, Page, Review, Sentiment, TitleMetascore } from '../types/page.js';
import { checkMediaOption, checkOptions, describeValue, isMediaType, isParseResult, isRecord, ownValue } from '../shared/checks.js';

export { describeValue, isRecord, ownValue } from '../shared/checks.js';

/**
 * The checked `{ media?, sentimentBands? }` options every statistics function takes.
 *
 * @internal
 */
export interface BandOptions {
  readonly media: MediaType | undefined;
  readonly sentimentBands: readonly Band<Sentiment>[] | undefined;
}

const BAND_OPTION_KEYS: readonly string[] = ['media', 'sentimentBands'];

/**
 * Checks `{ media?, sentimentBands? }`: unknown keys and wrong types throw
 * `TypeError`, invalid bands `RangeError`, each naming the function and the option.
 *
 * @internal
 */
export function checkBandOptions(fn: string, options: unknown): BandOptions {
  const given = checkOptions(fn, options, BAND_OPTION_KEYS);
  return {
    media: checkMediaOption(fn, given['media']),
    sentimentBands: checkBandsOption(fn, 'sentimentBands', given['sentimentBands'], SENTIMENTS),
  };
}

/**
 * Checks a score: `null` or a finite number from 0 to 100.
 *
 * @internal
 */
export function checkScore(fn: string, value: unknown, path: string): number | null {
  if (value === null) return null;
  if (typeof value !== 'number') {
    throw new TypeError(`${fn}: ${path} must be a number from 0 to 100 or null; got ${describeValue(value)}.`);
  }
  if (!Number.isFinite(value) || value < 0 || value > 100) {
    throw new RangeError(`${fn}: ${path} must be a number from 0 to 100 or null; got ${value}.`);
  }
  return value;
}

/**
 * Checks a title's Metascore: `null`, `'tbd'` or a finite number from 0 to 100.
 *
 * @internal
 */
export function checkTitleMetascore(fn: string, value: unknown, path: string): TitleMetascore {
  if (value === null || value === 'tbd') return value;
  if (typeof value !== 'number') {
    throw new TypeError(`${fn}: ${path} must be a number from 0 to 100, "tbd" or null; got ${describeValue(value)}.`);
  }
  if (!Number.isFinite(value) || value < 0 || value > 100) {
    throw new RangeError(`${fn}: ${path} must be a number from 0 to 100, "tbd" or null; got ${value}.`);
  }
  return value;
}

/**
 * Checks a name: `null` or a string.
 *
 * @internal
 */
export function checkName(fn: string, value: unknown, path: string): string | null {
  if (value === null || typeof value === 'string') return value;
  throw new TypeError(`${fn}: ${path} must be a string or null; got ${describeValue(value)}.`);
}

/**
 * The fields of one review that the statistics read, checked; absent
 * `metascore`, `critic` and `publication` read as `null`.
 *
 * @internal
 */
export interface CheckedReview {
  readonly review: Review;
  readonly score: number | null;
  readonly metascore: TitleMetascore;
  readonly critic: string | null;
  readonly publication: string | null;
}

/**
 * Checks one review: `score` (`null` or 0-100), `metascore` (`null`, `'tbd'`
 * or 0-100), `critic` (`null` or `{ name }`) and `publication` (`null` or a string).
 *
 * @internal
 */
export function checkReview(fn: string, value: unknown, path: string): CheckedReview {
  if (!isRecord(value)) {
    throw new TypeError(`${fn}: ${path} must be a review object; got ${describeValue(value)}.`);
  }
  const score = checkScore(fn, ownValue(value, 'score'), `${path}.score`);
  const metascore = checkTitleMetascore(fn, ownValue(value, 'metascore') ?? null, `${path}.metascore`);
  const critic = ownValue(value, 'critic') ?? null;
  let criticName: string | null = null;
  if (critic !== null) {
    if (!isRecord(critic)) {
      throw new TypeError(`${fn}: ${path}.critic must be an object { name, credited } or null; got ${describeValue(critic)}.`);
    }
    const name = ownValue(critic, 'name');
    if (typeof name !== 'string') {
      throw new TypeError(`${fn}: ${path}.critic.name must be a string; got ${describeValue(name)}.`);
    }
    criticName = name;
  }
  const publication = checkName(fn, ownValue(value, 'publication') ?? null, `${path}.publication`);
  return { review: value as unknown as Review, score, metascore, critic: criticName, publication };
}

/**
 * Checks a list of reviews (see {@link checkReview}).
 *
 * @internal
 */
export function checkReviewList(fn: string, value: unknown, path: string): readonly CheckedReview[] {
  if (!Array.isArray(value)) {
    throw new TypeError(`${fn}: ${path} must be an array of reviews; got ${describeValue(value)}.`);
  }
  return (value as unknown[]).map((review, index) => checkReview(fn, review, `${path}[${index}]`));
}

/**
 * The fields of one page that the statistics read, checked.
 *
 * @internal
 */
export interface CheckedPage {
  readonly page: Page;
  readonly kind: Page['kind'];
  readonly media: MediaType | null;
  readonly metascore: number | null;
  /** The profile's name on a profile page; `null` on a title page. */
  readonly profileName: string | null;
  readonly reviews: readonly CheckedReview[];
}

/**
 * Checks one page: its `kind`, `media`, `metascore`, its reviews and, on a
 * profile page, that it has a `profile` and the profile's `name`.
 *
 * @internal
 */
export function checkPage(fn: string, value: unknown, path: string): CheckedPage {
  if (!isRecord(value) || isParseResult(value)) {
    throw new TypeError(`${fn}: ${path} must be a parsed page object; got ${describeValue(value)}.`);
  }
  const kind = ownValue(value, 'kind');
  if (kind !== 'film' && kind !== 'critic' && kind !== 'publication') {
    throw new TypeError(`${fn}: ${path}.kind must be "film", "critic" or "publication"; got ${describeValue(kind)}.`);
  }
  const media = ownValue(value, 'media') ?? null;
  if (media !== null && !isMediaType(media)) {
    throw new TypeError(`${fn}: ${path}.media must be a media type or null; got ${describeValue(media)}.`);
  }
  const metascore = checkScore(fn, ownValue(value, 'metascore') ?? null, `${path}.metascore`);
  const reviews = checkReviewList(fn, ownValue(value, 'reviews'), `${path}.reviews`);
  let profileName: string | null = null;
  if (kind !== 'film') {
    const profile = ownValue(value, 'profile');
    if (!isRecord(profile)) {
      throw new TypeError(`${fn}: ${path}.profile must be an object on a ${kind} page; got ${describeValue(profile)}.`);
    }
    profileName = checkName(fn, ownValue(profile, 'name') ?? null, `${path}.profile.name`);
  }
  return { page: value as unknown as Page, kind, media: media, metascore, profileName, reviews };
}

/**
 * Checks a list of pages (see {@link checkPage}).
 *
 * @internal
 */
export function checkPageList(fn: string, value: unknown): readonly CheckedPage[] {
  if (!Array.isArray(value)) {
    throw new TypeError(`${fn}: pages must be an array of parsed pages; got ${describeValue(value)}.`);
  }
  return (value as unknown[]).map((page, index) => checkPage(fn, page, `pages[${index}]`));
}
