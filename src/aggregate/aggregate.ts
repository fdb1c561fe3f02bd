import { type Band, SENTIMENTS, VERDICTS, sentimentBandsFor, verdictBandsFor } from '../classify/index.js';
import { checkBandsOption, labelForScore } from '../classify/internal.js';
import type { MediaType, Page, Review, Sentiment, Verdict } from '../types/page.js';
import { type CheckConsistencyOptions, type ConsistencyReport, checkConsistencyOf } from './consistency.js';
import {
  checkMediaOption,
  checkOptions,
  checkReviews,
  describeValue,
  isParseResult,
  isRecord,
  rangeMisuse,
  roundHalfUp,
  typeMisuse,
  withoutNegativeZero,
} from '../shared/checks.js';

/**
 * What a weight is looked up by: a review's `publication`, or its critic's `name`.
 *
 * @example
 * ```ts
 * const by: WeightKey = 'publication';
 * ```
 */
export type WeightKey = 'publication' | 'critic';

/**
 * The `weights` option of {@link aggregate}.
 *
 * Names match exactly (case and spacing as in the review). Every name is a
 * plain name, `__proto__`, `constructor` and `toString` included: a record's
 * own enumerable keys are read, never its prototype.
 *
 * @example
 * ```ts
 * const weights: AggregateWeightsOption = {
 *   by: 'publication',
 *   values: new Map([['The New York Times', 2]]),
 *   defaultWeight: 1,
 * };
 * ```
 */
export interface AggregateWeightsOption {
  readonly by: WeightKey;
  /** Finite, non-negative weights by name. */
  readonly values: ReadonlyMap<string, number> | Readonly<Record<string, number>>;
  /** The weight of a review whose name is `null` or not in `values`; default 1. Finite, non-negative. */
  readonly defaultWeight?: number;
}

/**
 * Options of {@link aggregate}.
 *
 * @example
 * ```ts
 * const options: AggregateOptions = { media: 'game', minReviewsForVerdict: 7 };
 * ```
 */
export interface AggregateOptions {
  /** Picks Metacritic's bands; default: the page's `media`, else the movie/TV/music bands. */
  readonly media?: MediaType;
  /** Custom sentiment bands, highest first (validated); they win over `media`. */
  readonly sentimentBands?: readonly Band<Sentiment>[];
  /** Custom verdict bands, highest first (validated); they win over `media`. */
  readonly verdictBands?: readonly Band<Verdict>[];
  /** Fewer scored reviews than this give the verdict `'tbd'`; a non-negative integer, default 4 (Metacritic's rule). */
  readonly minReviewsForVerdict?: number;
  /** Weights for {@link AggregateResult.weightedMean}; without them it is `undefined`. */
  readonly weights?: AggregateWeightsOption;
}

/**
 * A weight that {@link aggregate} applied: to `count` scored reviews named `name`
 * (`null` for reviews without a name).
 *
 * @example
 * ```ts
 * const used: UsedWeight = { name: 'Variety', weight: 2, count: 1 };
 * ```
 */
export interface UsedWeight {
  readonly name: string | null;
  readonly weight: number;
  readonly count: number;
}

/**
 * A weighted mean of the scored reviews and the weights behind it.
 *
 * @example
 * ```ts
 * const weighted: WeightedMean = { value: 85, by: 'critic', defaultWeight: 1,
 *   weights: [{ name: 'A', weight: 3, count: 1 }, { name: null, weight: 1, count: 1 }] };
 * ```
 */
export interface WeightedMean {
  /** Σ weight × score ÷ Σ weight over the scored reviews, full precision; `undefined` when every weight used is 0. */
  readonly value: number | undefined;
  readonly by: WeightKey;
  /** One entry per distinct name among the scored reviews, in order of first appearance. */
  readonly weights: readonly UsedWeight[];
  readonly defaultWeight: number;
}

/**
 * How many scored reviews fall in each sentiment.
 *
 * @example
 * ```ts
 * const counts: SentimentCounts = { positive: 1, mixed: 0, negative: 0 };
 * ```
 */
export interface SentimentCounts {
  readonly positive: number;
  readonly mixed: number;
  readonly negative: number;
}

/**
 * What {@link aggregate} computes. Statistics cover the scored reviews (those
 * with a non-null score) and are `undefined`, never NaN, when there are none.
 * No figure is rounded; only the verdict rounds the mean (see {@link aggregate}).
 *
 * @example
 * ```ts
 * aggregate([]);
 * //=> { count: 0, scoredCount: 0, mean: undefined, median: undefined, min: undefined,
 * //     max: undefined, standardDeviation: undefined, weightedMean: undefined,
 * //     distribution: { positive: 0, mixed: 0, negative: 0 }, percentPositive: undefined,
 * //     verdict: 'tbd', consistency: undefined }
 * ```
 */
export interface AggregateResult {
  /** All reviews, scored or not. */
  readonly count: number;
  /** Reviews with a non-null score. */
  readonly scoredCount: number;
  readonly mean: number | undefined;
  /** The middle score; the mean of the two middle scores for an even count. */
  readonly median: number | undefined;
  readonly min: number | undefined;
  readonly max: number | undefined;
  /** Population standard deviation: the root of the mean squared deviation (divides by n). */
  readonly standardDeviation: number | undefined;
  /** `undefined` without the `weights` option or without scored reviews. */
  readonly weightedMean: WeightedMean | undefined;
  readonly distribution: SentimentCounts;
  /** positive × 100 ÷ scoredCount, full precision. */
  readonly percentPositive: number | undefined;
  /** The verdict of the mean rounded half up; `'tbd'` below `minReviewsForVerdict` scored reviews. */
  readonly verdict: Verdict | 'tbd';
  /** {@link checkConsistency}'s report when the input is a page; `undefined` for a list of reviews. */
  readonly consistency: ConsistencyReport | undefined;
}

const FN = 'aggregate';
const AGGREGATE_OPTION_KEYS: readonly string[] = ['media', 'sentimentBands', 'verdictBands', 'minReviewsForVerdict', 'weights'];
const WEIGHTS_OPTION_KEYS: ReadonlySet<string> = new Set(['by', 'values', 'defaultWeight']);
const DEFAULT_MIN_REVIEWS_FOR_VERDICT = 4;

/**
 * The `weights` option, checked.
 *
 * @internal
 */
export interface CheckedWeights {
  readonly by: WeightKey;
  readonly values: ReadonlyMap<string, number>;
  readonly defaultWeight: number;
}

/** Throws unless a weight is a finite, non-negative number. */
function checkWeight(fn: string, value: unknown, where: string): number {
  if (typeof value !== 'number') {
    throw typeMisuse(fn, `option ${where}`, 'a number', value);
  }
  if (!Number.isFinite(value) || value < 0) {
    throw rangeMisuse(fn, `option ${where}`, 'a finite, non-negative number', value);
  }
  return value;
}

/**
 * Checks the `weights` option and copies its values into a Map; errors name
 * `fn`, the function the caller called (scoring's functions take the option too).
 *
 * @internal
 */
export function checkWeightsOption(fn: string, value: unknown): CheckedWeights | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) {
    throw typeMisuse(fn, 'option weights', 'an object { by, values, defaultWeight? }', value);
  }
  for (const key of Object.keys(value)) {
    if (!WEIGHTS_OPTION_KEYS.has(key)) {
      throw new TypeError(`${fn}: each key of option weights must be one of by, values, defaultWeight; got ${JSON.stringify(key)}.`);
    }
  }
  const by = value['by'];
  if (by !== 'publication' && by !== 'critic') {
    throw typeMisuse(fn, 'option weights.by', '"publication" or "critic"', by);
  }
  const given = value['values'];
  const values = new Map<string, number>();
  if (given instanceof Map) {
    for (const [name, weight] of given as ReadonlyMap<unknown, unknown>) {
      if (typeof name !== 'string') {
        throw new TypeError(`${fn}: option weights.values must have string keys; got ${describeValue(name)}.`);
      }
      values.set(name, checkWeight(fn, weight, `weights.values[${JSON.stringify(name)}]`));
    }
  } else if (isRecord(given) && isPlainObject(given)) {
    for (const name of Object.keys(given)) {
      values.set(name, checkWeight(fn, given[name], `weights.values[${JSON.stringify(name)}]`));
    }
  } else {
    throw typeMisuse(fn, 'option weights.values', 'a Map or a plain object of name → weight', given);
  }
  const defaultWeight = value['defaultWeight'] === undefined ? 1 : checkWeight(fn, value['defaultWeight'], 'weights.defaultWeight');
  return { by, values, defaultWeight };
}

/** True for an object literal or an object without a prototype. */
function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Checks `minReviewsForVerdict`: a non-negative integer, default 4. */
function checkMinReviews(fn: string, value: unknown): number {
  if (value === undefined) return DEFAULT_MIN_REVIEWS_FOR_VERDICT;
  if (typeof value !== 'number') {
    throw typeMisuse(fn, 'option minReviewsForVerdict', 'a number', value);
  }
  if (!Number.isInteger(value) || value < 0) {
    throw rangeMisuse(fn, 'option minReviewsForVerdict', 'a non-negative integer', value);
  }
  return value;
}

/** The name a weight is looked up by. */
function nameOf(review: Review, by: WeightKey): string | null {
  return by === 'publication' ? review.publication : (review.critic?.name ?? null);
}

/** Applies the weights to the scored reviews. */
function weightedMeanOf(scored: readonly Review[], weights: CheckedWeights): WeightedMean {
  const used = new Map<string | null, { weight: number; count: number }>();
  let weightSum = 0;
  let weightedSum = 0;
  for (const review of scored) {
    const name = nameOf(review, weights.by);
    const weight = (name === null ? undefined : weights.values.get(name)) ?? weights.defaultWeight;
    const entry = used.get(name);
    if (entry === undefined) used.set(name, { weight, count: 1 });
    else entry.count += 1;
    weightSum += weight;
    weightedSum += weight * (review.score ?? 0);
  }
  // Weights so large that their sum overflows (1e308 and more) are scaled down by the largest first: the mean is the same.
  if (!Number.isFinite(weightSum) || !Number.isFinite(weightedSum)) {
    const largest = Math.max(...[...used.values()].map((entry) => entry.weight));
    weightSum = 0;
    weightedSum = 0;
    for (const review of scored) {
      const name = nameOf(review, weights.by);
      const weight = ((name === null ? undefined : weights.values.get(name)) ?? weights.defaultWeight) / largest;
      weightSum += weight;
      weightedSum += weight * (review.score ?? 0);
    }
  }
  return {
    value: weightSum === 0 ? undefined : withoutNegativeZero(weightedSum / weightSum),
    by: weights.by,
    weights: [...used].map(([name, { weight, count }]) => ({ name, weight: withoutNegativeZero(weight), count })),
    defaultWeight: withoutNegativeZero(weights.defaultWeight),
  };
}

/** The middle value of an ascending list; the mean of the two middle values for an even count. */
function medianOf(sorted: readonly number[]): number | undefined {
  if (sorted.length === 0) return undefined;
  const half = Math.floor(sorted.length / 2);
  const upper = sorted[half] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[half - 1] as number) + upper) / 2;
}

/**
 * Computes the statistics of a page's critic reviews, or of a list of reviews.
 *
 * Statistics cover the scored reviews (a non-null `score`); each is `undefined`,
 * never NaN, when there are none.
 *
 * - Rounding: none. `mean`, `median`, `standardDeviation`, `weightedMean.value`
 *   and `percentPositive` are full-precision numbers; round them for display.
 * - `median` of an even count is the mean of the two middle scores.
 * - `standardDeviation` is the population one: √(Σ(score − mean)² ÷ n).
 * - `percentPositive` is positive × 100 ÷ scoredCount.
 * - `weightedMean` (only with the `weights` option) is Σ w × score ÷ Σ w over the
 *   scored reviews, so weights are renormalised over the reviews present; a
 *   review whose name is `null` or absent from `values` weighs `defaultWeight`.
 *   Its `value` is `undefined` when every weight used is 0.
 * - `verdict`: the mean rounded half up to an integer (as a Metascore: 60.5 is
 *   61), then classified with the verdict bands; `'tbd'` when there are fewer
 *   scored reviews than `minReviewsForVerdict` (default 4) or none at all.
 * - `distribution` counts the scored reviews by sentiment with the sentiment bands.
 * - `consistency` is {@link checkConsistency}'s report, given the same `media`
 *   and bands, when the input is a page; `undefined` for a list of reviews.
 *
 * @param input - A parsed page, or its reviews.
 * @param options - Bands, the verdict threshold and weights; see {@link AggregateOptions}.
 * @returns The statistics; see {@link AggregateResult}.
 * @throws `TypeError` naming the option and what it accepts for an unknown
 *   option or one of the wrong type, or for input that is not a page or an array of reviews.
 * @throws `RangeError` naming the key for a negative or non-finite weight; naming
 *   the problem for invalid custom bands, a `media` that is not one of movie,
 *   tv, music, game, or a `minReviewsForVerdict` that is not a non-negative
 *   integer; naming the review for a score outside 0-100.
 *
 * @example
 * ```ts
 * const { page } = parse('Generally favorable reviews - based on 3 Critics\n' +
 *   '  1. 70\n    Solid.\n  2. 91\n    A marvel.\n  3. Reviewed by: Noel Murray\n    Jul 15, 2013\n    A nail-biter.\n');
 * const result = aggregate(page);
 * [result.count, result.scoredCount, result.mean, result.median, result.verdict];
 * //=> [3, 2, 80.5, 80.5, 'tbd']
 * aggregate(page.reviews, { minReviewsForVerdict: 2 }).verdict; // 80.5 rounds half up to 81
 * //=> 'Universal acclaim'
 * ```
 */
export function aggregate(input: Page | readonly Review[], options?: AggregateOptions): AggregateResult {
  return aggregateOf(FN, input, options);
}

/**
 * {@link aggregate}, its errors naming `fn`, the function the caller called
 * (`weightedScore` and `scoreWith` aggregate the reviews they are given).
 *
 * @internal
 */
export function aggregateOf(fn: string, input: Page | readonly Review[], options?: AggregateOptions): AggregateResult {
  const given = checkOptions(fn, options, AGGREGATE_OPTION_KEYS);
  const media = checkMediaOption(fn, given['media']);
  const customSentimentBands = checkBandsOption(fn, 'sentimentBands', given['sentimentBands'], SENTIMENTS);
  const customVerdictBands = checkBandsOption(fn, 'verdictBands', given['verdictBands'], VERDICTS);
  const minReviewsForVerdict = checkMinReviews(fn, given['minReviewsForVerdict']);
  const weights = checkWeightsOption(fn, given['weights']);

  const value: unknown = input;
  let reviews: readonly Review[];
  let consistency: ConsistencyReport | undefined;
  let pageMedia: MediaType | null = null;
  if (Array.isArray(value)) {
    reviews = checkReviews(fn, value, 'reviews');
  } else if (isRecord(value) && !isParseResult(value)) {
    const consistencyOptions: CheckConsistencyOptions = {
      ...(media === undefined ? {} : { media }),
      ...(customSentimentBands === undefined ? {} : { sentimentBands: customSentimentBands }),
      ...(customVerdictBands === undefined ? {} : { verdictBands: customVerdictBands }),
    };
    consistency = checkConsistencyOf(fn, value as unknown as Page, consistencyOptions);
    const page = value as unknown as Page;
    reviews = page.reviews;
    pageMedia = page.media ?? null;
  } else {
    throw typeMisuse(fn, 'input', 'a parsed page or an array of reviews', value);
  }

  const bandMedia = media ?? pageMedia;
  const sentimentBands = customSentimentBands ?? sentimentBandsFor(bandMedia);
  const verdictBands = customVerdictBands ?? verdictBandsFor(bandMedia);

  const scored = reviews.filter((review) => review.score !== null);
  // A score of -0 is 0: no figure comes back as -0.
  const scores = scored.map((review) => withoutNegativeZero(review.score ?? 0));
  const n = scores.length;
  const sorted = [...scores].sort((a, b) => a - b);
  const mean = n === 0 ? undefined : scores.reduce((sum, score) => sum + score, 0) / n;
  const standardDeviation = mean === undefined ? undefined : Math.sqrt(scores.reduce((sum, score) => sum + (score - mean) ** 2, 0) / n);

  const counts = { positive: 0, mixed: 0, negative: 0 };
  for (const score of scores) counts[labelForScore(score, sentimentBands)] += 1;

  const verdict: Verdict | 'tbd' = mean === undefined || n < minReviewsForVerdict ? 'tbd' : labelForScore(roundHalfUp(mean), verdictBands);

  return {
    count: reviews.length,
    scoredCount: n,
    mean,
    median: medianOf(sorted),
    min: sorted[0],
    max: sorted[n - 1],
    standardDeviation,
    weightedMean: weights === undefined || n === 0 ? undefined : weightedMeanOf(scored, weights),
    distribution: counts,
    percentPositive: n === 0 ? undefined : (counts.positive * 100) / n,
    verdict,
    consistency,
  };
}
