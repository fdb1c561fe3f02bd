/**
 * A profile page's printed statistics against those recomputed from the
 * reviews it lists.
 *
 * @module
 */
import { type AggregateOptions, type AggregateResult, aggregate } from '../aggregate/index.js';
import { type Band, SENTIMENTS } from '../classify/index.js';
import type { MediaType, Page, ProfilePage, Sentiment } from '../types/page.js';
import { normalizeName } from './names.js';
import { roundRatio, roundTo } from './rounding.js';
import { type CompareWithMetascoreResult, comparePairs } from './vs-metascore.js';
import { type BandOptions, type CheckedPage, checkBandOptions, checkPage, describeValue, isRecord, ownValue } from './validate.js';

/**
 * Options of {@link checkProfile} and {@link summarizeProfile}.
 *
 * @example
 * ```ts
 * const options: CheckProfileOptions = { media: 'game' };
 * ```
 */
export interface CheckProfileOptions {
  /** Picks the sentiment bands for the distribution; default: the page's `media`, else the movie/TV/music bands. */
  readonly media?: MediaType;
  /** Custom sentiment bands, highest first (validated); they win over `media`. */
  readonly sentimentBands?: readonly Band<Sentiment>[];
}

/**
 * Options of {@link summarizeProfile}: the same as {@link CheckProfileOptions}.
 *
 * @example
 * ```ts
 * const options: SummarizeProfileOptions = { media: 'movie' };
 * ```
 */
export type SummarizeProfileOptions = CheckProfileOptions;

/**
 * A printed statistic of a profile page that {@link checkProfile} recomputes:
 * the fields of `page.profile`, with the distribution's three classes by name.
 *
 * @example
 * ```ts
 * const statistic: ProfileStatistic = 'pointsVsAverage';
 * ```
 */
export type ProfileStatistic =
  | 'reviewsGraded'
  | 'listedCount'
  | 'percentHigher'
  | 'percentSame'
  | 'percentLower'
  | 'pointsVsAverage'
  | 'averageScore'
  | 'highest'
  | 'lowest'
  | 'positive'
  | 'mixed'
  | 'negative';

/**
 * One printed statistic beside the same statistic recomputed from the listed reviews.
 *
 * @example
 * ```ts
 * // Sheri Linden (corpus case 031): 75% printed; 2 of the 3 comparable listed reviews are higher.
 * const comparison: ProfileComparison = { statistic: 'percentHigher', printed: 75, recomputed: 67,
 *   exact: 66.66666666666667, difference: -8, sampleSize: 3, complete: false };
 * ```
 */
export interface ProfileComparison {
  readonly statistic: ProfileStatistic;
  /** As printed; `null` when the page does not print it. */
  readonly printed: number | null;
  /** From the listed reviews, rounded as the page prints it; `undefined` when the sample is empty. */
  readonly recomputed: number | undefined;
  /** From the listed reviews at full precision; `undefined` when the sample is empty. */
  readonly exact: number | undefined;
  /** recomputed − printed, in printed units; `undefined` when either is missing. */
  readonly difference: number | undefined;
  /** How many listed reviews the statistic is recomputed from. */
  readonly sampleSize: number;
  /** True when the sample is every graded review: `sampleSize` equals the printed `reviewsGraded`. */
  readonly complete: boolean;
}

/**
 * Every contradiction code {@link checkProfile} can report, with its meaning.
 * This is the catalogue: codes are added, never renamed or reused.
 *
 * @example
 * ```ts
 * Object.keys(PROFILE_CONTRADICTION_CODES).length;
 * //=> 6
 * ```
 */
export const PROFILE_CONTRADICTION_CODES: {
  readonly 'more-listed-than-graded': string;
  readonly 'more-listed-than-printed': string;
  readonly 'listed-above-highest': string;
  readonly 'listed-below-lowest': string;
  readonly 'class-count-exceeded': string;
  readonly 'complete-sample-disagrees': string;
} = Object.freeze({
  'more-listed-than-graded': 'The page lists more reviews than "For N reviews" says the profile has graded.',
  'more-listed-than-printed': 'The page lists more reviews than its "N movie reviews" line counts.',
  'listed-above-highest': 'A listed review scores above the printed highest review score.',
  'listed-below-lowest': 'A listed review scores below the printed lowest review score.',
  'class-count-exceeded': 'More listed reviews fall in a sentiment class than the printed score distribution counts for it.',
  'complete-sample-disagrees':
    'The listed reviews are every graded review, yet a statistic recomputed from them is one the printed figure cannot be a rounding of.',
});

/**
 * A contradiction's stable code: one of the keys of {@link PROFILE_CONTRADICTION_CODES}.
 *
 * @example
 * ```ts
 * const code: ProfileContradictionCode = 'listed-above-highest';
 * ```
 */
export type ProfileContradictionCode = keyof typeof PROFILE_CONTRADICTION_CODES;

/**
 * A printed statistic that the listed reviews cannot be a sample of.
 *
 * @example
 * ```ts
 * const contradiction: ProfileContradiction = { code: 'listed-above-highest', statistic: 'highest',
 *   message: 'A listed review scores 95, above the printed highest review score 90.', printed: 90, found: 95 };
 * ```
 */
export interface ProfileContradiction {
  readonly code: ProfileContradictionCode;
  readonly statistic: ProfileStatistic;
  /** One sentence, for people. */
  readonly message: string;
  /** The page's figure. */
  readonly printed: number;
  /** The figure recomputed from the listed reviews, rounded as printed. */
  readonly found: number;
}

/**
 * What {@link checkProfile} finds about a profile page.
 *
 * @example
 * ```ts
 * const sheriLinden = 'For 4 reviews, this critic has graded:\n  • 75% higher than the average critic\n' +
 *   '  • 0% same as the average critic\n  • 25% lower than the average critic\n' +
 *   'On average, this critic grades 12.7 points higher than other critics. (0-100 point scale)\n\n' +
 *   "Sheri Linden's Scores\n\nAverage review score: 80\n4 tv reviews\n" +
 *   '    • 72 Metascore\n    • 80 Sheri Linden\n    A revealing spark.\n    • 67 Metascore\n    • 90 Sheri Linden\n    Gripping.\n' +
 *   '    • 72 Metascore\n    • 70 Sheri Linden\n    Purple now and then.\n    • tbd Metascore\n    • 80 Sheri Linden\n    A call to act.\n';
 * checkProfile(parse(sheriLinden).page).coverage; // 4 listed of 4 graded
 * //=> 1
 * ```
 */
export interface CheckProfileResult {
  readonly kind: ProfilePage['kind'];
  /** The profile's name as printed, or `null`. */
  readonly name: string | null;
  /** The page's media, or `null` when it does not say. */
  readonly media: MediaType | null;
  /** The reviews the page lists, scored or not. */
  readonly sampleSize: number;
  /** Listed reviews with a score. */
  readonly scoredCount: number;
  /** Listed reviews with a score and a numeric Metascore. */
  readonly comparedCount: number;
  /** The printed "For N reviews" figure, or `null`. */
  readonly reviewsGraded: number | null;
  /** sampleSize ÷ reviewsGraded, full precision; `undefined` when `reviewsGraded` is `null` or 0. */
  readonly coverage: number | undefined;
  /** One per {@link ProfileStatistic}, in the order of that type. */
  readonly comparisons: readonly ProfileComparison[];
  /** At most one per statistic, in the order of `comparisons`. */
  readonly contradictions: readonly ProfileContradiction[];
}

/**
 * The listed reviews' own statistics: those fields of {@link aggregate}'s result.
 *
 * @example
 * ```ts
 * const listed: ProfileListedStats = { count: 4, scoredCount: 4, mean: 80, median: 80, min: 70, max: 90,
 *   distribution: { positive: 4, mixed: 0, negative: 0 } };
 * ```
 */
export type ProfileListedStats = Pick<AggregateResult, 'count' | 'scoredCount' | 'mean' | 'median' | 'min' | 'max' | 'distribution'>;

/**
 * Everything {@link summarizeProfile} says of one profile page: the
 * {@link checkProfile} report, the profile's key, the listed reviews'
 * statistics and how they compare with their Metascores.
 *
 * @example
 * ```ts
 * const sheriLinden = 'For 4 reviews, this critic has graded:\n  • 75% higher than the average critic\n' +
 *   '  • 0% same as the average critic\n  • 25% lower than the average critic\n' +
 *   'On average, this critic grades 12.7 points higher than other critics. (0-100 point scale)\n\n' +
 *   "Sheri Linden's Scores\n\nAverage review score: 80\n4 tv reviews\n" +
 *   '    • 72 Metascore\n    • 80 Sheri Linden\n    A revealing spark.\n    • 67 Metascore\n    • 90 Sheri Linden\n    Gripping.\n' +
 *   '    • 72 Metascore\n    • 70 Sheri Linden\n    Purple now and then.\n    • tbd Metascore\n    • 80 Sheri Linden\n    A call to act.\n';
 * summarizeProfile(parse(sheriLinden).page)?.vsMetascore.pointsVsAverage; // (8 + 23 − 2) ÷ 3
 * //=> 9.7
 * ```
 */
export interface ProfileSummary extends CheckProfileResult {
  /** {@link normalizeName} of the name, or `null` without a name. */
  readonly key: string | null;
  readonly listed: ProfileListedStats;
  /** {@link compareWithMetascore} of the listed reviews (not `undefined` when nothing is compared: its counts say so). */
  readonly vsMetascore: CompareWithMetascoreResult;
}

/** The printed statistics of a profile, checked; `highest` and `lowest` as their scores. */
interface PrintedFacts {
  readonly reviewsGraded: number | null;
  readonly listedCount: number | null;
  readonly percentHigher: number | null;
  readonly percentSame: number | null;
  readonly percentLower: number | null;
  readonly pointsVsAverage: number | null;
  readonly averageScore: number | null;
  readonly highest: number | null;
  readonly lowest: number | null;
  readonly positive: number | null;
  readonly mixed: number | null;
  readonly negative: number | null;
}

/** Reads a printed number: `null` (or absent) or a finite number. */
function readNumber(fn: string, record: Readonly<Record<string, unknown>>, key: string, path: string): number | null {
  const value = ownValue(record, key) ?? null;
  if (value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new TypeError(`${fn}: ${path}.${key} must be a finite number or null; got ${describeValue(value)}.`);
  }
  return value;
}

/** Reads `highest` or `lowest`: `null` or `{ score, title }`; returns the score. */
function readTitledScore(fn: string, profile: Readonly<Record<string, unknown>>, key: string): number | null {
  const value = ownValue(profile, key) ?? null;
  if (value === null) return null;
  if (!isRecord(value)) {
    throw new TypeError(`${fn}: page.profile.${key} must be an object { score, title } or null; got ${describeValue(value)}.`);
  }
  const score = readNumber(fn, value, 'score', `page.profile.${key}`);
  if (score === null) {
    throw new TypeError(`${fn}: page.profile.${key}.score must be a finite number; got null.`);
  }
  return score;
}

/** Reads the printed statistics of a checked profile page. */
function readPrinted(fn: string, page: CheckedPage): PrintedFacts {
  const profile = ownValue(page.page as unknown as Readonly<Record<string, unknown>>, 'profile') as Readonly<Record<string, unknown>>;
  const path = 'page.profile';
  const distribution = ownValue(profile, 'distribution') ?? null;
  if (distribution !== null && !isRecord(distribution)) {
    throw new TypeError(`${fn}: ${path}.distribution must be an object or null; got ${describeValue(distribution)}.`);
  }
  const bucket = (sentiment: Sentiment): number | null => (distribution === null ? null : readNumber(fn, distribution, sentiment, `${path}.distribution`));
  return {
    reviewsGraded: readNumber(fn, profile, 'reviewsGraded', path),
    listedCount: readNumber(fn, profile, 'listedCount', path),
    percentHigher: readNumber(fn, profile, 'percentHigher', path),
    percentSame: readNumber(fn, profile, 'percentSame', path),
    percentLower: readNumber(fn, profile, 'percentLower', path),
    pointsVsAverage: readNumber(fn, profile, 'pointsVsAverage', path),
    averageScore: readNumber(fn, profile, 'averageScore', path),
    highest: readTitledScore(fn, profile, 'highest'),
    lowest: readTitledScore(fn, profile, 'lowest'),
    positive: bucket('positive'),
    mixed: bucket('mixed'),
    negative: bucket('negative'),
  };
}

/** How a statistic is recomputed and judged. */
interface Recomputed {
  readonly statistic: ProfileStatistic;
  readonly exact: number | undefined;
  readonly recomputed: number | undefined;
  readonly sampleSize: number;
  /** Decimals the page prints the statistic with. */
  readonly decimals: number;
  /**
   * How a complete sample is judged: `unit` when the printed figure may be any
   * rounding of the exact value (off by less than one printed unit), `exact`
   * when it must be equal, `none` when another code covers it.
   */
  readonly tolerance: 'unit' | 'exact' | 'none';
}

/** Words for each statistic in messages. */
const LABELS: Readonly<Record<ProfileStatistic, string>> = Object.freeze({
  reviewsGraded: 'reviews graded',
  listedCount: 'reviews listed',
  percentHigher: 'percent graded higher than the Metascore',
  percentSame: 'percent graded the same as the Metascore',
  percentLower: 'percent graded lower than the Metascore',
  pointsVsAverage: 'points against the Metascore',
  averageScore: 'average score',
  highest: 'highest score',
  lowest: 'lowest score',
  positive: 'positive reviews',
  mixed: 'mixed reviews',
  negative: 'negative reviews',
});

/** Allowance for floating-point error when a difference is compared with one printed unit. */
const EPSILON = 1e-9;

/** The contradiction a listed figure above (or below) a printed bound shows, if any. */
function boundContradiction(
  statistic: ProfileStatistic,
  printed: number,
  found: number,
): { readonly code: ProfileContradictionCode; readonly message: string } | undefined {
  switch (statistic) {
    case 'reviewsGraded':
      if (found <= printed) return undefined;
      return {
        code: 'more-listed-than-graded',
        message: `The page lists ${found} reviews, more than the ${printed} it says the profile has graded.`,
      };
    case 'listedCount':
      if (found <= printed) return undefined;
      return {
        code: 'more-listed-than-printed',
        message: `The page lists ${found} reviews, more than the ${printed} its list heading counts.`,
      };
    case 'highest':
      if (found <= printed) return undefined;
      return {
        code: 'listed-above-highest',
        message: `A listed review scores ${found}, above the printed highest review score ${printed}.`,
      };
    case 'lowest':
      if (found >= printed) return undefined;
      return {
        code: 'listed-below-lowest',
        message: `A listed review scores ${found}, below the printed lowest review score ${printed}.`,
      };
    case 'positive':
    case 'mixed':
    case 'negative':
      if (found <= printed) return undefined;
      return {
        code: 'class-count-exceeded',
        message: `The page lists ${found} review${found === 1 ? '' : 's'} with a ${statistic} score, more than the ${printed} its distribution prints.`,
      };
    default:
      return undefined;
  }
}

/** The contradiction a comparison shows, if any: a bound crossed, else a complete sample that disagrees. */
function contradictionOf(item: Recomputed, comparison: ProfileComparison): ProfileContradiction | undefined {
  const { statistic, printed, recomputed, exact, sampleSize } = comparison;
  if (printed === null || recomputed === undefined || exact === undefined) return undefined;
  const bound = boundContradiction(statistic, printed, recomputed);
  if (bound !== undefined) return { ...bound, statistic, printed, found: recomputed };
  if (!comparison.complete || item.tolerance === 'none') return undefined;
  const unit = 10 ** -item.decimals;
  const disagrees = item.tolerance === 'exact' ? exact !== printed : Math.abs(exact - printed) >= unit - EPSILON;
  if (!disagrees) return undefined;
  return {
    code: 'complete-sample-disagrees',
    statistic,
    message: `The listed reviews are all ${sampleSize} graded ones, yet their ${LABELS[statistic]} is ${recomputed} where the page prints ${printed}.`,
    printed,
    found: recomputed,
  };
}

/** The listed reviews' statistics with the bands the options and the page pick. */
function listedStatsOf(page: CheckedPage, bands: BandOptions): ProfileListedStats {
  const media = bands.media ?? page.media;
  let options: AggregateOptions = {};
  if (bands.sentimentBands !== undefined) options = { sentimentBands: bands.sentimentBands };
  else if (media !== null) options = { media };
  const result = aggregate(
    page.reviews.map((review) => review.review),
    options,
  );
  return {
    count: result.count,
    scoredCount: result.scoredCount,
    mean: result.mean,
    median: result.median,
    min: result.min,
    max: result.max,
    distribution: result.distribution,
  };
}

/** One statistic to recompute. */
function recompute(
  statistic: ProfileStatistic,
  exact: number | undefined,
  recomputed: number | undefined,
  sampleSize: number,
  tolerance: Recomputed['tolerance'],
  decimals = 0,
): Recomputed {
  return { statistic, exact, recomputed, sampleSize, decimals, tolerance };
}

/** Builds the report from a checked profile page, its listed statistics and their Metascore comparison. */
function buildReport(fn: string, page: CheckedPage, listed: ProfileListedStats, vs: CompareWithMetascoreResult): CheckProfileResult {
  const printed = readPrinted(fn, page);
  const sampleSize = page.reviews.length;
  const scoredSum = page.reviews.reduce((sum, review) => sum + (review.score ?? 0), 0);
  const n = listed.scoredCount;
  const m = vs.comparedCount;
  // count × 100 ÷ compared, not fraction × 100: 200 / 3 is 66.66666666666667, 2 / 3 × 100 is 66.66666666666666.
  const percentOf = (count: number): number | undefined => (m === 0 ? undefined : (count * 100) / m);
  const items: readonly Recomputed[] = [
    recompute('reviewsGraded', sampleSize, sampleSize, sampleSize, 'none'),
    recompute('listedCount', sampleSize, sampleSize, sampleSize, 'none'),
    recompute('percentHigher', percentOf(vs.higher), vs.percentHigher, m, 'unit'),
    recompute('percentSame', percentOf(vs.same), vs.percentSame, m, 'unit'),
    recompute('percentLower', percentOf(vs.lower), vs.percentLower, m, 'unit'),
    recompute('pointsVsAverage', vs.meanDifference, vs.pointsVsAverage, m, 'unit', 1),
    recompute('averageScore', listed.mean, n === 0 ? undefined : roundRatio(scoredSum, n, 0), n, 'unit'),
    recompute('highest', listed.max, listed.max, n, 'exact'),
    recompute('lowest', listed.min, listed.min, n, 'exact'),
    ...SENTIMENTS.map((sentiment) => recompute(sentiment, listed.distribution[sentiment], listed.distribution[sentiment], n, 'exact')),
  ];
  const graded = printed.reviewsGraded;
  const comparisons: ProfileComparison[] = [];
  const contradictions: ProfileContradiction[] = [];
  for (const item of items) {
    const shown = printed[item.statistic];
    const comparison: ProfileComparison = {
      statistic: item.statistic,
      printed: shown,
      recomputed: item.recomputed,
      exact: item.exact,
      difference: shown === null || item.recomputed === undefined ? undefined : roundTo(item.recomputed - shown, item.decimals),
      sampleSize: item.sampleSize,
      complete: graded !== null && item.sampleSize === graded,
    };
    comparisons.push(comparison);
    const contradiction = contradictionOf(item, comparison);
    if (contradiction !== undefined) contradictions.push(contradiction);
  }
  return {
    kind: page.kind === 'critic' ? 'critic' : 'publication',
    name: page.profileName,
    media: page.media,
    sampleSize,
    scoredCount: n,
    comparedCount: m,
    reviewsGraded: graded,
    coverage: graded === null || graded === 0 ? undefined : sampleSize / graded,
    comparisons,
    contradictions,
  };
}

/**
 * Compares a profile page's printed statistics with those recomputed from the
 * reviews it lists.
 *
 * The listed reviews are usually a sample of those the profile has graded, so
 * most differences are sampling, not errors: each statistic is reported as
 * printed, recomputed, their difference and the sample size, and only what a
 * sample cannot explain is a contradiction. A page with no comparable (or no
 * scored, or no) reviews is reported, never an error.
 *
 * - `sampleSize` is the number of reviews the page lists, scored or not;
 *   `coverage` is sampleSize ÷ the printed `reviewsGraded`.
 * - `reviewsGraded` and `listedCount` are compared with the number listed;
 *   the shares and `pointsVsAverage` with {@link compareWithMetascore} of the
 *   listed reviews (sample: those with a score and a numeric Metascore);
 *   `averageScore`, `highest`, `lowest` and the distribution with the scored
 *   listed reviews, classified with the page's media's bands (or the options').
 * - Rounding: `recomputed` is rounded as the page prints the statistic: the
 *   shares half up to whole numbers, `pointsVsAverage` to one decimal half away
 *   from zero, `averageScore` half up to a whole number; counts and extremes
 *   are exact. `exact` is full precision (shares as percentages, 0-100).
 *   `difference` is recomputed − printed, rounded to the printed precision.
 * - `complete` is true when the statistic's sample is every graded review
 *   (`sampleSize` = `reviewsGraded`).
 * - Contradictions (codes in {@link PROFILE_CONTRADICTION_CODES}), at most one
 *   per statistic: more reviews listed than graded (`more-listed-than-graded`)
 *   or than the list heading counts (`more-listed-than-printed`); a listed
 *   score above the printed highest (`listed-above-highest`) or below the
 *   printed lowest (`listed-below-lowest`); more listed reviews in a class than
 *   the printed distribution (`class-count-exceeded`); and, for a complete
 *   sample only, a figure the printed one cannot stand for
 *   (`complete-sample-disagrees`): a share, the points or the average whose
 *   exact value is a full printed unit (1, or 0.1 for points) or more from the
 *   printed figure, so that no rounding gives it, or an extreme or a class count
 *   that differs at all.
 *
 * @param page - A critic's or a publication's profile page.
 * @param options - The bands for the distribution; see {@link CheckProfileOptions}.
 * @returns The report; see {@link CheckProfileResult}.
 * @throws `TypeError` when `page` is a title page or no parsed page, a field has
 *   the wrong type, or an option is unknown or of the wrong type; `RangeError`
 *   for invalid custom bands, an unknown `media`, or a score or Metascore outside 0-100.
 *
 * @example
 * ```ts
 * // Sheri Linden (031): 4 listed of 4 graded; 3 comparable (80 vs 72, 90 vs 67, 70 vs 72; one tbd).
 * const sheriLinden = 'For 4 reviews, this critic has graded:\n  • 75% higher than the average critic\n' +
 *   '  • 0% same as the average critic\n  • 25% lower than the average critic\n' +
 *   'On average, this critic grades 12.7 points higher than other critics. (0-100 point scale)\n\n' +
 *   "Sheri Linden's Scores\n\nAverage review score: 80\n4 tv reviews\n" +
 *   '    • 72 Metascore\n    • 80 Sheri Linden\n    A revealing spark.\n    • 67 Metascore\n    • 90 Sheri Linden\n    Gripping.\n' +
 *   '    • 72 Metascore\n    • 70 Sheri Linden\n    Purple now and then.\n    • tbd Metascore\n    • 80 Sheri Linden\n    A call to act.\n';
 * const report = checkProfile(parse(sheriLinden).page);
 * [report.sampleSize, report.coverage, report.contradictions.length];
 * //=> [4, 1, 0]
 * report.comparisons.find((c) => c.statistic === 'pointsVsAverage');
 * //=> { statistic: 'pointsVsAverage', printed: 12.7, recomputed: 9.7, exact: 9.666666666666666,
 * //     difference: -3, sampleSize: 3, complete: false }
 * ```
 */
export function checkProfile(page: ProfilePage, options?: CheckProfileOptions): CheckProfileResult {
  const fn = 'checkProfile';
  const bands = checkBandOptions(fn, options);
  const checked = checkPage(fn, page, 'page');
  if (checked.kind === 'film') {
    throw new TypeError(`${fn}: page must be a critic or publication profile page (kind "critic" or "publication"); got kind "film".`);
  }
  return buildReport(fn, checked, listedStatsOf(checked, bands), comparePairs(checked.reviews));
}

/**
 * Summarises one parsed page's profile statistics, for a command's `--json`
 * output or a report: `undefined` for a title page; for a profile page the
 * {@link checkProfile} report plus the profile's key, the listed reviews'
 * statistics ({@link aggregate}'s count, scoredCount, mean, median, min, max and
 * distribution, unrounded) and {@link compareWithMetascore} of them.
 *
 * @param page - A parsed page of any kind.
 * @param options - The bands for the distribution; see {@link SummarizeProfileOptions}.
 * @returns The summary, or `undefined` when the page is a title page.
 * @throws As {@link checkProfile}, except that a title page gives `undefined`.
 *
 * @example
 * ```ts
 * summarizeProfile(parse('Generally favorable reviews - based on 11 Critics\n').page); // a title page
 * //=> undefined
 * const sheriLinden = 'For 4 reviews, this critic has graded:\n  • 75% higher than the average critic\n' +
 *   '  • 0% same as the average critic\n  • 25% lower than the average critic\n' +
 *   'On average, this critic grades 12.7 points higher than other critics. (0-100 point scale)\n\n' +
 *   "Sheri Linden's Scores\n\nAverage review score: 80\n4 tv reviews\n" +
 *   '    • 72 Metascore\n    • 80 Sheri Linden\n    A revealing spark.\n    • 67 Metascore\n    • 90 Sheri Linden\n    Gripping.\n' +
 *   '    • 72 Metascore\n    • 70 Sheri Linden\n    Purple now and then.\n    • tbd Metascore\n    • 80 Sheri Linden\n    A call to act.\n';
 * const summary = summarizeProfile(parse(sheriLinden).page);
 * [summary?.key, summary?.listed.mean, summary?.vsMetascore.percentHigher];
 * //=> ['sheri linden', 80, 67]
 * ```
 */
export function summarizeProfile(page: Page, options?: SummarizeProfileOptions): ProfileSummary | undefined {
  const fn = 'summarizeProfile';
  const bands = checkBandOptions(fn, options);
  const checked = checkPage(fn, page, 'page');
  if (checked.kind === 'film') return undefined;
  const listed = listedStatsOf(checked, bands);
  const vsMetascore = comparePairs(checked.reviews);
  const report = buildReport(fn, checked, listed, vsMetascore);
  return {
    ...report,
    key: report.name === null ? null : normalizeName(report.name),
    listed,
    vsMetascore,
  };
}
