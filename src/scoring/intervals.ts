import { classifyScore } from '../classify/index.js';
import type { MediaType, Page, Review } from '../types/page.js';
import { type PositiveMarks, checkCount, checkMediaOption, checkNumber, checkOptions, checkPage, checkPositiveMarks, describeValue } from './shared.js';

/**
 * The Wilson score interval of a share of positive reviews.
 *
 * @example
 * ```ts
 * const interval: WilsonInterval = { positive: 8, total: 10, estimate: 0.8, z: 1.96,
 *   lower: 0.4901568, upper: 0.9433191 };
 * ```
 */
export interface WilsonInterval {
  readonly positive: number;
  readonly total: number;
  /** positive ÷ total, the point estimate. */
  readonly estimate: number;
  readonly z: number;
  /** The lower bound, in [0, estimate]. */
  readonly lower: number;
  /** The upper bound, in [estimate, 1]. */
  readonly upper: number;
}

/**
 * Options of {@link wilsonInterval}.
 *
 * @example
 * ```ts
 * const options: WilsonIntervalOptions = { z: 2.576 }; // 99%
 * ```
 */
export interface WilsonIntervalOptions {
  /** The standard normal quantile: 1.96 (95%, the default), 1.645 (90%), 2.576 (99%). Positive, finite. */
  readonly z?: number;
}

const DEFAULT_Z = 1.96;

/** Checks the `z` option. */
function checkZ(fn: string, value: unknown): number {
  if (value === undefined) return DEFAULT_Z;
  const z = checkNumber(fn, 'option z', value, 0, 100, 'a positive number such as 1.96');
  if (z === 0) throw new RangeError(`${fn}: option z must be a positive number such as 1.96; got 0.`);
  return z;
}

/** The Wilson interval of checked counts and z; `undefined` for a total of 0. */
function wilsonOf(positive: number, total: number, z: number): WilsonInterval | undefined {
  if (total === 0) return undefined;
  const estimate = positive / total;
  const z2 = z * z;
  const denominator = 1 + z2 / total;
  const centre = (estimate + z2 / (2 * total)) / denominator;
  const margin = (z / denominator) * Math.sqrt((estimate * (1 - estimate)) / total + z2 / (4 * total * total));
  // Exactly, 0 <= lower <= estimate <= upper <= 1; the guards hold it through float rounding.
  const lower = Math.min(estimate, Math.max(0, centre - margin));
  const upper = Math.max(estimate, Math.min(1, centre + margin));
  return { positive, total, estimate, z, lower, upper };
}

/**
 * Computes the Wilson score interval for the share of positive reviews: an
 * honest range for a share measured on few reviews (2 of 2 is not "100%").
 *
 * With p̂ = positive ÷ total, n = total:
 *
 * ```text
 * centre = (p̂ + z²/2n) / (1 + z²/n)
 * margin = z / (1 + z²/n) × √(p̂(1 − p̂)/n + z²/4n²)
 * [lower, upper] = [centre − margin, centre + margin]
 * ```
 *
 * Source: E. B. Wilson, "Probable inference, the law of succession, and
 * statistical inference", JASA 22 (1927). The bounds lie in [0, 1] and
 * contain p̂ (guarded against floating-point rounding). No rounding is applied.
 *
 * @param positive - Positive reviews, a non-negative integer.
 * @param total - All judged reviews, an integer at least `positive`.
 * @param options - `z`, default 1.96 (a 95% interval).
 * @returns The interval, or `undefined` for a total of 0 (no share to bound).
 * @throws `TypeError` when a count or `z` is not a number, or an option is unknown.
 * @throws `RangeError` when a count is not a non-negative integer, `positive`
 *   exceeds `total`, or `z` is not positive and finite.
 *
 * @example
 * ```ts
 * const interval = wilsonInterval(8, 10);
 * [interval?.lower.toFixed(4), interval?.upper.toFixed(4)];
 * //=> ['0.4902', '0.9433']
 * wilsonInterval(0, 0);
 * //=> undefined
 * ```
 */
export function wilsonInterval(positive: number, total: number, options?: WilsonIntervalOptions): WilsonInterval | undefined {
  const fn = 'wilsonInterval';
  const given = checkOptions(fn, options, ['z']);
  const z = checkZ(fn, given['z']);
  const checkedPositive = checkCount(fn, 'positive', positive);
  const checkedTotal = checkCount(fn, 'total', total);
  if (checkedPositive > checkedTotal) {
    throw new RangeError(`${fn}: positive must be at most total (${checkedTotal}); got ${checkedPositive}.`);
  }
  return wilsonOf(checkedPositive, checkedTotal, z);
}

/**
 * Options of {@link bayesianAverage}: the prior the average is pulled toward.
 *
 * @example
 * ```ts
 * const options: BayesianAverageOptions = { priorMean: 62, priorWeight: 10 };
 * ```
 */
export interface BayesianAverageOptions {
  /** C: the mean a title with no reviews is given, 0-100 (typically the mean over all titles). */
  readonly priorMean: number;
  /** m: how many reviews' worth the prior counts for; finite, non-negative. */
  readonly priorWeight: number;
}

/** The Bayesian average of checked inputs. */
function bayesianOf(mean: number | undefined, count: number, priorMean: number, priorWeight: number): number | undefined {
  if (count + priorWeight === 0) return undefined;
  const observed = count === 0 ? 0 : (mean ?? 0);
  // (v·R + m·C) / (v + m): the same as v/(v+m)·R + m/(v+m)·C, with one division.
  return (count * observed + priorWeight * priorMean) / (count + priorWeight);
}

/**
 * Computes a Bayesian average: a title's mean pulled toward a prior mean C
 * with the weight of m reviews, so a title with two reviews does not top a
 * list on luck. This is IMDb's weighted-rating formula:
 *
 * ```text
 * WR = v/(v + m) × R + m/(v + m) × C
 * ```
 *
 * with R the title's mean, v its number of reviews, C the prior mean and m
 * the prior weight. With no reviews it is C; as v grows it tends to R. No
 * rounding is applied.
 *
 * @param mean - R, the title's mean score (0-100); ignored, and may be
 *   `undefined`, when `count` is 0.
 * @param count - v, the title's number of scored reviews, a non-negative integer.
 * @param options - `priorMean` (C) and `priorWeight` (m).
 * @returns The weighted rating, or `undefined` when both `count` and `priorWeight` are 0.
 * @throws `TypeError` when an argument or option is missing or not a number, or an option is unknown.
 * @throws `RangeError` when `mean` or `priorMean` is outside 0-100, `count` is
 *   not a non-negative integer, or `priorWeight` is negative or not finite.
 *
 * @example
 * ```ts
 * bayesianAverage(100, 2, { priorMean: 60, priorWeight: 8 });
 * //=> 68
 * bayesianAverage(85, 40, { priorMean: 60, priorWeight: 10 });
 * //=> 80
 * bayesianAverage(undefined, 0, { priorMean: 60, priorWeight: 10 });
 * //=> 60
 * ```
 */
export function bayesianAverage(mean: number | undefined, count: number, options: BayesianAverageOptions): number | undefined {
  const fn = 'bayesianAverage';
  if ((options as unknown) === undefined) {
    throw new TypeError(`${fn}: options must be { priorMean, priorWeight }; got undefined.`);
  }
  const given = checkOptions(fn, options, ['priorMean', 'priorWeight']);
  const priorMean = checkNumber(fn, 'option priorMean', given['priorMean'], 0, 100, 'a mean score from 0 to 100');
  const priorWeight = checkNumber(fn, 'option priorWeight', given['priorWeight'], 0, 1e12, 'a non-negative number of reviews up to 1e12');
  const checkedCount = checkCount(fn, 'count', count);
  if (checkedCount > 0) checkNumber(fn, 'mean', mean, 0, 100, 'a mean score from 0 to 100 when count is above 0');
  else if (mean !== undefined) checkNumber(fn, 'mean', mean, 0, 100, 'a mean score from 0 to 100, or undefined');
  return bayesianOf(mean, checkedCount, priorMean, priorWeight);
}

/**
 * What {@link rankPages} ranks by: the lower bound of the Wilson interval of
 * the share of positive reviews, or the Bayesian average of the scores.
 *
 * @example
 * ```ts
 * const by: RankBy = 'wilson-lower';
 * ```
 */
export type RankBy = 'wilson-lower' | 'bayesian';

/**
 * Options of {@link rankPages}.
 *
 * @example
 * ```ts
 * const options: RankPagesOptions = { by: 'bayesian', priorMean: 65, priorWeight: 7 };
 * ```
 */
export interface RankPagesOptions {
  readonly by: RankBy;
  /** `wilson-lower`: the z of the interval, default 1.96. */
  readonly z?: number;
  /** `bayesian`: C, default the mean of every scored review on every page (pooled). */
  readonly priorMean?: number;
  /** `bayesian`: m, default the median number of scored reviews of the pages that have any. */
  readonly priorWeight?: number;
  /**
   * `wilson-lower`: marks reviews positive or not, by their position on their
   * page; unmarked reviews are positive when Metacritic would colour them
   * green (the sentiment bands of the page's media, or of `media`).
   */
  readonly positive?: PositiveMarks;
  /** Picks the sentiment bands for the default positive rule; default: each page's own media. */
  readonly media?: MediaType;
}

/**
 * One page in a {@link rankPages} list.
 *
 * @typeParam P - The type of the pages ranked.
 *
 * @example
 * ```ts
 * const pages = [parse('Universal acclaim - based on 2 Critics\n  1. 100\n    A marvel.\n  2. 60\n    Uneven.\n').page];
 * const first: RankedPage = rankPages(pages, { by: 'bayesian' }).ranked[0]!;
 * [first.rank, first.position, first.value, first.scored, first.mean, first.judged, first.positive];
 * //=> [1, 0, 80, 2, 80, 2, 1]
 * ```
 */
export interface RankedPage<P extends Page = Page> {
  /** 1-based place in the list; every page has its own place (ties are broken by input order). */
  readonly rank: number;
  /** The page's 0-based position in the input. */
  readonly position: number;
  readonly page: P;
  /** The ranking key: a Wilson lower bound (0-1) or a Bayesian average (0-100); `undefined` when the page has none. */
  readonly value: number | undefined;
  /** Reviews with a score. */
  readonly scored: number;
  /** Their mean, or `undefined` when none. */
  readonly mean: number | undefined;
  /** Reviews judged positive or not (scored, or marked by the caller). */
  readonly judged: number;
  readonly positive: number;
}

/**
 * What {@link rankPages} returns: the ranked pages and the parameters used.
 *
 * @typeParam P - The type of the pages ranked.
 *
 * @example
 * ```ts
 * const result: RankPagesResult = { by: 'bayesian', ranked: [], z: undefined, priorMean: undefined, priorWeight: undefined };
 * ```
 */
export interface RankPagesResult<P extends Page = Page> {
  readonly by: RankBy;
  readonly ranked: readonly RankedPage<P>[];
  /** `wilson-lower`: the z used; otherwise `undefined`. */
  readonly z: number | undefined;
  /** `bayesian`: the C used (`undefined` when no page has a score); otherwise `undefined`. */
  readonly priorMean: number | undefined;
  /** `bayesian`: the m used; otherwise `undefined`. */
  readonly priorWeight: number | undefined;
}

/** Counts of one page. */
interface PageCounts {
  readonly scored: number;
  readonly sum: number;
  readonly judged: number;
  readonly positive: number;
}

/** Counts a page's scored, judged and positive reviews. */
function countPage(
  reviews: readonly Review[],
  marks: ((review: Review, position: number) => boolean | undefined) | undefined,
  media: MediaType | null,
): PageCounts {
  let scored = 0;
  let sum = 0;
  let judged = 0;
  let positive = 0;
  for (const [position, review] of reviews.entries()) {
    if (review.score !== null) {
      scored += 1;
      sum += review.score;
    }
    const marked = marks?.(review, position);
    const verdict = marked ?? (review.score === null ? undefined : classifyScore(review.score, media === null ? {} : { media }) === 'positive');
    if (verdict === undefined) continue;
    judged += 1;
    if (verdict) positive += 1;
  }
  return { scored, sum, judged, positive };
}

/** The median of a list of numbers; the mean of the two middle values for an even count. */
function medianOf(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const half = Math.floor(sorted.length / 2);
  const upper = sorted[half] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[half - 1] as number) + upper) / 2;
}

/**
 * Ranks parsed pages best first by a small-sample-honest key, for lists of
 * "the best" that a title with two reviews cannot win.
 *
 * - `wilson-lower`: the lower bound of {@link wilsonInterval} (z default 1.96)
 *   of the share of positive reviews. A review is positive when the caller's
 *   `positive` marks say so, else when its score is in the positive sentiment
 *   band of the page's media (or of `media`); unscored, unmarked reviews are
 *   not counted.
 * - `bayesian`: {@link bayesianAverage} of the page's mean score over its
 *   scored reviews, with C = `priorMean` (default: the pooled mean of every
 *   scored review on every page) and m = `priorWeight` (default: the median
 *   number of scored reviews of the pages that have any; the IMDb formula
 *   takes m as a minimum number of votes, and the median is a neutral stand-in).
 *
 * Order: descending by value; pages without a value (no judged or no scored
 * review, or no prior) come last. Ties, including pages without a value, keep
 * their input order (a stable sort); `rank` is the 1-based place, so tied
 * pages get consecutive ranks. No value is rounded.
 *
 * @typeParam P - The type of the pages ranked.
 * @param pages - Parsed pages.
 * @param options - `by` (required), then `z`, `priorMean`, `priorWeight`, `positive`, `media`.
 * @returns The ranked pages and the parameters used.
 * @throws `TypeError` when `pages` is not an array of pages, `by` is not
 *   "wilson-lower" or "bayesian", or another option is unknown or of the wrong type.
 * @throws `RangeError` when `z`, `priorMean` or `priorWeight` is out of range,
 *   `media` is not one of movie, tv, music, game, or a page holds a score outside 0-100.
 *
 * @example
 * ```ts
 * const twoPerfectReviews = parse('Universal acclaim - based on 2 Critics\n  1. 100\n    A marvel.\n  2. 100\n    Alive.\n').page;
 * const fortyGoodReviews = parse('Generally favorable reviews - based on 40 Critics\n' +
 *   Array.from({ length: 40 }, (_, at) => `  ${at + 1}. ${at < 34 ? 85 : 50}\n    Good.\n`).join('')).page;
 * const { ranked } = rankPages([twoPerfectReviews, fortyGoodReviews], { by: 'wilson-lower' });
 * ranked.map((entry) => [entry.position, entry.value]); // 34 of 40 positive beats 2 of 2
 * //=> [[1, 0.7092737396097997], [0, 0.34237195288961925]]
 * ```
 */
export function rankPages<P extends Page>(pages: readonly P[], options: RankPagesOptions): RankPagesResult<P> {
  const fn = 'rankPages';
  if ((options as unknown) === undefined) {
    throw new TypeError(`${fn}: options must be { by: "wilson-lower" | "bayesian", ... }; got undefined.`);
  }
  const given = checkOptions(fn, options, ['by', 'z', 'priorMean', 'priorWeight', 'positive', 'media']);
  const by = given['by'];
  if (by !== 'wilson-lower' && by !== 'bayesian') {
    throw new TypeError(`${fn}: option by must be "wilson-lower" or "bayesian"; got ${describeValue(by)}.`);
  }
  const list: unknown = pages;
  if (!Array.isArray(list)) throw new TypeError(`${fn}: pages must be an array of parsed pages; got ${describeValue(list)}.`);
  const checked = (list as unknown[]).map((page, index) => checkPage(fn, page, `pages[${index}]`) as P);
  const z = by === 'wilson-lower' ? checkZ(fn, given['z']) : undefined;
  const marks = checkPositiveMarks(fn, given['positive']);
  const media = checkMediaOption(fn, given['media']);
  const counts = checked.map((page) => countPage(page.reviews, marks, media ?? page.media ?? null));

  let priorMean: number | undefined;
  let priorWeight: number | undefined;
  if (by === 'bayesian') {
    const scored = counts.reduce((total, count) => total + count.scored, 0);
    const sum = counts.reduce((total, count) => total + count.sum, 0);
    priorMean =
      given['priorMean'] === undefined
        ? scored === 0
          ? undefined
          : sum / scored
        : checkNumber(fn, 'option priorMean', given['priorMean'], 0, 100, 'a mean score from 0 to 100');
    priorWeight =
      given['priorWeight'] === undefined
        ? (medianOf(counts.filter((count) => count.scored > 0).map((count) => count.scored)) ?? 0)
        : checkNumber(fn, 'option priorWeight', given['priorWeight'], 0, 1e12, 'a non-negative number of reviews up to 1e12');
  }

  const entries = checked.map((page, position) => {
    const count = counts[position] as PageCounts;
    const mean = count.scored === 0 ? undefined : count.sum / count.scored;
    let value: number | undefined;
    if (z !== undefined) value = wilsonOf(count.positive, count.judged, z)?.lower;
    else if (priorMean !== undefined && priorWeight !== undefined) {
      value = bayesianOf(mean, count.scored, priorMean, priorWeight);
    }
    return { position, page, value, scored: count.scored, mean, judged: count.judged, positive: count.positive };
  });
  // Array.prototype.sort is stable, so equal values keep their input order.
  entries.sort((a, b) => {
    if (a.value === undefined || b.value === undefined) return (a.value === undefined ? 1 : 0) - (b.value === undefined ? 1 : 0);
    return b.value - a.value;
  });
  return {
    by,
    ranked: entries.map((entry, index) => ({ rank: index + 1, ...entry })),
    z,
    priorMean,
    priorWeight,
  };
}
