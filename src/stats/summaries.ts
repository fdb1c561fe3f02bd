/**
 * Summaries across many parsed pages: per critic and per publication.
 *
 * @module
 */
import { type AggregateOptions, type SentimentCounts, aggregate } from '../aggregate/index.js';
import type { Band } from '../classify/index.js';
import type { MediaType, Page, Review, Sentiment } from '../types/page.js';
import { cleanName, criticDisplayName, normalizeCriticName, normalizeName } from './names.js';
import { type ComparableReview, type CompareWithMetascoreResult, comparePairs } from './vs-metascore.js';
import { type BandOptions, type CheckedPage, type CheckedReview, checkBandOptions, checkPageList } from './validate.js';

/**
 * Options of {@link summarizeCritics}.
 *
 * @example
 * ```ts
 * const options: SummarizeCriticsOptions = { media: 'movie' };
 * ```
 */
export interface SummarizeCriticsOptions {
  /** Classifies every review with this media's bands; default: each page's own `media`, else the movie/TV/music bands. */
  readonly media?: MediaType;
  /** Custom sentiment bands, highest first (validated); they win over `media`. */
  readonly sentimentBands?: readonly Band<Sentiment>[];
}

/**
 * Options of {@link summarizePublications}: the same as {@link SummarizeCriticsOptions}.
 *
 * @example
 * ```ts
 * const options: SummarizePublicationsOptions = { media: 'game' };
 * ```
 */
export type SummarizePublicationsOptions = SummarizeCriticsOptions;

/**
 * The statistics of one critic or one publication across the pages given.
 * Score statistics cover the scored reviews and are `undefined`, never NaN,
 * when there are none.
 *
 * @example
 * ```ts
 * const musetto: NameSummary = { name: 'V.A. Musetto', key: 'v.a. musetto', spellings: ['V.A. Musetto'],
 *   count: 2, scoredCount: 0, mean: undefined, median: undefined,
 *   distribution: { positive: 0, mixed: 0, negative: 0 }, vsMetascore: undefined };
 * ```
 */
export interface NameSummary {
  /** The display form: the first spelling seen, cleaned (NFC, single spaces, no "[Not Credited]"). */
  readonly name: string;
  /** The key every spelling shares: {@link normalizeName}, or {@link normalizeCriticName} for critics. */
  readonly key: string;
  /** Every distinct cleaned spelling seen, in order of first appearance; `name` is the first. */
  readonly spellings: readonly string[];
  /** Reviews attributed, scored or not. */
  readonly count: number;
  /** Reviews attributed with a score. */
  readonly scoredCount: number;
  /** The mean score, full precision. */
  readonly mean: number | undefined;
  /** The middle score; the mean of the two middle scores for an even count. */
  readonly median: number | undefined;
  /** Scored reviews by sentiment, each classified with its own page's bands (see the options). */
  readonly distribution: SentimentCounts;
  /** {@link compareWithMetascore} of the reviews; `undefined` when none could be compared. */
  readonly vsMetascore: CompareWithMetascoreResult | undefined;
}

/**
 * What {@link summarizeCritics} returns.
 *
 * @example
 * ```ts
 * summarizeCritics([]);
 * //=> { critics: [], reviewCount: 0, unattributed: 0 }
 * ```
 */
export interface SummarizeCriticsResult {
  /** One entry per critic key, sorted by `count` descending, then by `key` in code-unit order. */
  readonly critics: readonly NameSummary[];
  /** Every critic review on the pages given. */
  readonly reviewCount: number;
  /** Reviews attributed to no critic: no critic printed (nor a critic profile's name), or a name with an empty key. */
  readonly unattributed: number;
}

/**
 * What {@link summarizePublications} returns.
 *
 * @example
 * ```ts
 * summarizePublications([]);
 * //=> { publications: [], reviewCount: 0, unattributed: 0 }
 * ```
 */
export interface SummarizePublicationsResult {
  /** One entry per publication key, sorted by `count` descending, then by `key` in code-unit order. */
  readonly publications: readonly NameSummary[];
  /** Every critic review on the pages given. */
  readonly reviewCount: number;
  /** Reviews attributed to no publication: none printed (nor a publication profile's name), or a name with an empty key. */
  readonly unattributed: number;
}

/** Who a review is attributed to. */
interface Attribution {
  readonly key: string;
  readonly display: string;
}

/** The reviews attributed to one key, as they are collected. */
interface Group {
  readonly key: string;
  readonly spellings: string[];
  readonly reviews: Review[];
  /** The media whose bands classify each review, parallel to `reviews`. */
  readonly media: (MediaType | null)[];
  readonly pairs: ComparableReview[];
}

/**
 * The Metascore a review is compared with: its own `metascore` (profile pages),
 * else, on a title page, the page's printed Metascore.
 */
function metascoreFor(page: CheckedPage, review: CheckedReview): ComparableReview['metascore'] {
  if (review.metascore !== null) return review.metascore;
  return page.kind === 'film' ? page.metascore : null;
}

/** Adds the sentiment counts of one aggregate to a running total. */
function addCounts(total: { positive: number; mixed: number; negative: number }, counts: SentimentCounts): void {
  total.positive += counts.positive;
  total.mixed += counts.mixed;
  total.negative += counts.negative;
}

/** Builds one entry: `aggregate` for count, mean, median and distribution; {@link comparePairs} for the rest. */
function summarizeGroup(group: Group, bands: BandOptions): NameSummary {
  const custom: AggregateOptions = bands.sentimentBands === undefined ? {} : { sentimentBands: bands.sentimentBands };
  const all = aggregate(group.reviews, custom);
  let distribution: SentimentCounts = all.distribution;
  if (bands.sentimentBands === undefined) {
    // Reviews from pages of different media are classified with their own media's bands.
    const byMedia = new Map<MediaType | null, Review[]>();
    group.reviews.forEach((review, index) => {
      const media = group.media[index] ?? null;
      const list = byMedia.get(media);
      if (list === undefined) byMedia.set(media, [review]);
      else list.push(review);
    });
    const total = { positive: 0, mixed: 0, negative: 0 };
    for (const [media, reviews] of byMedia) {
      addCounts(total, aggregate(reviews, media === null ? {} : { media }).distribution);
    }
    distribution = total;
  }
  const vsMetascore = comparePairs(group.pairs);
  return {
    name: group.spellings[0] ?? group.key,
    key: group.key,
    spellings: group.spellings,
    count: all.count,
    scoredCount: all.scoredCount,
    mean: all.mean,
    median: all.median,
    distribution,
    vsMetascore: vsMetascore.comparedCount === 0 ? undefined : vsMetascore,
  };
}

/** Orders entries by count descending, then key in code-unit order (keys are unique). */
function compareEntries(a: NameSummary, b: NameSummary): number {
  if (a.count !== b.count) return b.count - a.count;
  return a.key < b.key ? -1 : 1;
}

/** Groups the reviews of every page by the attribution `attribute` gives and summarises each group. */
function summarizeBy(
  fn: string,
  pages: unknown,
  options: unknown,
  attribute: (page: CheckedPage, review: CheckedReview) => Attribution | undefined,
): { entries: readonly NameSummary[]; reviewCount: number; unattributed: number } {
  const bands = checkBandOptions(fn, options);
  const checked = checkPageList(fn, pages);
  const groups = new Map<string, Group>();
  let reviewCount = 0;
  let unattributed = 0;
  for (const page of checked) {
    const media = bands.media ?? page.media;
    for (const review of page.reviews) {
      reviewCount += 1;
      const who = attribute(page, review);
      if (who === undefined) {
        unattributed += 1;
        continue;
      }
      let group = groups.get(who.key);
      if (group === undefined) {
        group = { key: who.key, spellings: [], reviews: [], media: [], pairs: [] };
        groups.set(who.key, group);
      }
      if (!group.spellings.includes(who.display)) group.spellings.push(who.display);
      group.reviews.push(review.review);
      group.media.push(media);
      group.pairs.push({ score: review.score, metascore: metascoreFor(page, review) });
    }
  }
  const entries = [...groups.values()].map((group) => summarizeGroup(group, bands));
  entries.sort(compareEntries);
  return { entries, reviewCount, unattributed };
}

/** A review's critic: the printed one, else a critic profile's own name. */
function attributeCritic(page: CheckedPage, review: CheckedReview): Attribution | undefined {
  const name = review.critic ?? (page.kind === 'critic' ? page.profileName : null);
  if (name === null) return undefined;
  const publication = review.publication ?? (page.kind === 'publication' ? page.profileName : null);
  const key = normalizeCriticName(name, publication);
  return key === '' ? undefined : { key, display: criticDisplayName(name, publication) };
}

/** A review's publication: the printed one, else a publication profile's own name. */
function attributePublication(page: CheckedPage, review: CheckedReview): Attribution | undefined {
  const name = review.publication ?? (page.kind === 'publication' ? page.profileName : null);
  if (name === null) return undefined;
  const key = normalizeName(name);
  return key === '' ? undefined : { key, display: cleanName(name) };
}

/**
 * Summarises the critic reviews of any parsed pages per critic: how many, the
 * mean and median score, the distribution by sentiment, and how the critic
 * grades against the Metascore.
 *
 * - Who: a review's printed critic; on a critic's profile page, a review with
 *   no critic printed is the profile's critic (`page.profile.name`). Names
 *   match by {@link normalizeCriticName}: case, spacing, curly apostrophes and
 *   a trailing full stop aside; uncredited "Staff" is one critic per
 *   publication ("Staff (Boston Globe)"), and all staff of unknown
 *   publications are one critic "Staff". Reviews with no critic, or a name with
 *   an empty key, count in `unattributed`.
 * - `count`, `scoredCount`, `mean` and `median` are {@link aggregate}'s, full
 *   precision (no rounding); `median` of an even count is the mean of the two
 *   middle scores.
 * - `distribution` classifies each scored review with the sentiment bands of
 *   its page's media (the game bands for games, else the movie/TV/music ones),
 *   or of the `media` option for every page; `sentimentBands` win over both.
 * - `vsMetascore` is {@link compareWithMetascore} over the critic's reviews,
 *   each compared with its title's Metascore: on a profile page the review's
 *   own `metascore`; on a title page, where reviews carry none, the page's
 *   printed Metascore when there is one. (That Metascore includes the critic's
 *   own review, so it leans toward the critic's score; it is the figure the
 *   site compares with.) It is `undefined` when no review could be compared.
 * - Nothing is deduplicated: a review read from two pages (a title page and the
 *   critic's profile) counts twice.
 * - Order: by `count` descending, then by `key` in code-unit order.
 *
 * @param pages - Parsed pages of any kind: title pages and profile pages alike.
 * @param options - The bands; see {@link SummarizeCriticsOptions}.
 * @returns One entry per critic, the number of reviews read and how many were unattributed.
 * @throws `TypeError` naming the option or the page field for an unknown option,
 *   a value of the wrong type, or input that is not an array of parsed pages;
 *   `RangeError` for invalid custom bands, an unknown `media`, or a score or
 *   Metascore outside 0-100.
 *
 * @example
 * ```ts
 * // V.A. Musetto reviews Pusher and Death by China (corpus cases 000 and 006).
 * const pusher = parse('Generally favorable reviews - based on 2 Critics\n' +
 *   '  1. Reviewed by: V.A. Musetto\n    Jul 15, 2013\n    Nightmarish.\n  2. 80\n    Fun to watch.\n').page;
 * const deathByChina = parse('Mixed or average reviews - based on 2 Critics\n' +
 *   '  1. Reviewed by: V.A. Musetto\n    Aug 23, 2012\n    Hardly worth a run.\n' +
 *   '  2. Reviewed by: Nick Schager\n    Aug 19, 2012\n    A formula.\n').page;
 * const { critics, reviewCount, unattributed } = summarizeCritics([pusher, deathByChina]);
 * critics[0];
 * //=> { name: 'V.A. Musetto', key: 'v.a. musetto', spellings: ['V.A. Musetto'], count: 2,
 * //     scoredCount: 0, mean: undefined, median: undefined,
 * //     distribution: { positive: 0, mixed: 0, negative: 0 }, vsMetascore: undefined }
 * [critics.length, reviewCount, unattributed]; // the scored review names no critic
 * //=> [2, 4, 1]
 * ```
 */
export function summarizeCritics(pages: readonly Page[], options?: SummarizeCriticsOptions): SummarizeCriticsResult {
  const { entries, reviewCount, unattributed } = summarizeBy('summarizeCritics', pages, options, attributeCritic);
  return { critics: entries, reviewCount, unattributed };
}

/**
 * Summarises the critic reviews of any parsed pages per publication, as
 * {@link summarizeCritics} does per critic.
 *
 * - Which: a review's printed publication; on a publication's profile page, a
 *   review with none printed is the profile's publication (`page.profile.name`).
 *   Names match by {@link normalizeName}. Reviews with no publication (title
 *   pages that print none, a critic's profile, a publication profile without a
 *   name) count in `unattributed`.
 * - The statistics, the bands, the Metascore each review is compared with
 *   (its own on a profile page, the title page's printed one otherwise), the
 *   absence of deduplication and the order (`count` descending, then `key`)
 *   are as in {@link summarizeCritics}.
 *
 * @param pages - Parsed pages of any kind.
 * @param options - The bands; see {@link SummarizePublicationsOptions}.
 * @returns One entry per publication, the number of reviews read and how many were unattributed.
 * @throws `TypeError` naming the option or the page field for an unknown option,
 *   a value of the wrong type, or input that is not an array of parsed pages;
 *   `RangeError` for invalid custom bands, an unknown `media`, or a score or
 *   Metascore outside 0-100.
 *
 * @example
 * ```ts
 * // Empire's profile page (corpus case 039), its first three reviews.
 * const empire = "Empire's Scores\n\nAverage Movie review score: 65\n4888 movie reviews\n" +
 *   '    • 71 Metascore\n    • 80 Critic Score\n    Nerve-shredding.\n' +
 *   '    • 83 Metascore\n    • 80 Critic Score\n    Dirt-caked and absorbing.\n' +
 *   '    • 95 Metascore\n    • 100 Critic Score\n    A love poem.\n';
 * const { publications, unattributed } = summarizePublications([parse(empire).page]);
 * const empireSummary = publications[0];
 * [empireSummary?.name, empireSummary?.count, empireSummary?.scoredCount, empireSummary?.mean, unattributed];
 * //=> ['Empire', 3, 3, 86.66666666666667, 0]
 * empireSummary?.vsMetascore?.pointsVsAverage; // (9 − 3 + 5) ÷ 3 = 3.67, to one decimal
 * //=> 3.7
 * ```
 */
export function summarizePublications(pages: readonly Page[], options?: SummarizePublicationsOptions): SummarizePublicationsResult {
  const { entries, reviewCount, unattributed } = summarizeBy('summarizePublications', pages, options, attributePublication);
  return { publications: entries, reviewCount, unattributed };
}
