/**
 * Checks of caller input shared by the statistics functions. Internal: not
 * exported from the module's index.
 *
 * @module
 */
import { type Band, SENTIMENTS } from '../classify/index.js';
import { checkBandsOption } from '../classify/internal.js';
import type { MediaType, Page, Review, Sentiment, TitleMetascore } from '../types/page.js';
import { checkMediaOption, checkOptions, checkScoreRange, isMediaType, isParseResult, isRecord, typeMisuse } from '../shared/checks.js';
import { FieldReader, isOneOf, isString } from '../shared/fields.js';

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

/** What a score must be, in an error. */
const SCORE = 'a number from 0 to 100';

/**
 * Checks a score: `null` or a finite number from 0 to 100 (the range is
 * checkScoreRange's, the writers' too).
 *
 * @internal
 */
export function checkScore(fn: string, value: unknown, path: string): number | null {
  if (value === null) return null;
  if (typeof value !== 'number') throw typeMisuse(fn, path, `${SCORE} or null`, value);
  checkScoreRange(fn, path, value);
  return value;
}

/**
 * Checks a title's Metascore: `null`, `'tbd'` or a finite number from 0 to 100.
 *
 * @internal
 */
export function checkTitleMetascore(fn: string, value: unknown, path: string): TitleMetascore {
  if (value === null || value === 'tbd') return value;
  if (typeof value !== 'number') throw typeMisuse(fn, path, `${SCORE}, "tbd" or null`, value);
  checkScoreRange(fn, path, value, 'from 0 to 100, "tbd" or null');
  return value;
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
 * or 0-100), `critic` (`null` or `{ name }`) and `publication` (`null` or a
 * string), each read as the writers read a page's fields (src/shared/fields.ts).
 *
 * @internal
 */
export function checkReview(fn: string, value: unknown, path: string): CheckedReview {
  if (!isRecord(value)) throw typeMisuse(fn, path, 'a review object', value);
  const fields = new FieldReader(fn, value, path);
  const score = fields.checked('score', (item, at) => checkScore(fn, item, at));
  const metascore = fields.checked('metascore', (item, at) => checkTitleMetascore(fn, item ?? null, at));
  const critic = fields.object('critic', (read) => read.required('name', isString, 'a string'), 'an object { name, credited }');
  const publication = fields.string('publication');
  return { review: value as unknown as Review, score, metascore, critic, publication };
}

/**
 * Checks a list of reviews (see {@link checkReview}).
 *
 * @internal
 */
export function checkReviewList(fn: string, value: unknown, path: string): readonly CheckedReview[] {
  if (!Array.isArray(value)) {
    throw typeMisuse(fn, path, 'an array of reviews', value);
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

const KINDS: readonly Page['kind'][] = ['film', 'critic', 'publication'];

/**
 * Checks one page: its `kind`, `media`, `metascore`, its reviews and, on a
 * profile page, that it has a `profile` and the profile's `name`.
 *
 * @internal
 */
export function checkPage(fn: string, value: unknown, path: string): CheckedPage {
  if (!isRecord(value) || isParseResult(value)) throw typeMisuse(fn, path, 'a parsed page object', value);
  const fields = new FieldReader(fn, value, path);
  const kind = fields.required('kind', isOneOf(KINDS), '"film", "critic" or "publication"');
  const media = fields.nullable('media', isMediaType, 'a media type');
  const metascore = fields.checked('metascore', (item, at) => checkScore(fn, item ?? null, at));
  const reviews = fields.checked('reviews', (item, at) => checkReviewList(fn, item, at));
  const profile = kind === 'film' ? null : fields.required('profile', isRecord, `an object on a ${kind} page`);
  const profileName = profile === null ? null : new FieldReader(fn, profile, fields.name('profile')).string('name');
  return { page: value as unknown as Page, kind, media, metascore, profileName, reviews };
}

/**
 * Checks a list of pages (see {@link checkPage}).
 *
 * @internal
 */
export function checkPageList(fn: string, value: unknown): readonly CheckedPage[] {
  if (!Array.isArray(value)) {
    throw typeMisuse(fn, 'pages', 'an array of parsed pages', value);
  }
  return (value as unknown[]).map((page, index) => checkPage(fn, page, `pages[${index}]`));
}
