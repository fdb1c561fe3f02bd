import { type Band, SENTIMENTS, VERDICTS, parseVerdictLabel, sentimentBandsFor, verdictBandsFor } from '../classify/index.js';
import { checkBandsOption, labelForScore } from '../classify/internal.js';
import type { Distribution, MediaType, Page, Review, Sentiment, Verdict } from '../types/page.js';
import { checkMediaOption, checkOptions, checkReviews, isMediaType, isParseResult, isRecord, rangeMisuse, roundHalfUp, typeMisuse } from '../shared/checks.js';
import { mediaFromFigures } from './media-from-figures.js';
import { checkTomatometer, type TomatometerReport } from './tomatometer.js';

/**
 * Options of {@link checkConsistency}.
 *
 * @example
 * ```ts
 * const options: CheckConsistencyOptions = { media: 'game' };
 * ```
 */
export interface CheckConsistencyOptions {
  /** Picks Metacritic's bands; default: the page's `media`, else the movie/TV/music bands. */
  readonly media?: MediaType;
  /** Custom sentiment bands, highest first (validated); they win over `media`. */
  readonly sentimentBands?: readonly Band<Sentiment>[];
  /** Custom verdict bands, highest first (validated); they win over `media`. */
  readonly verdictBands?: readonly Band<Verdict>[];
}

/**
 * Scores from `min` to `max`, both included.
 *
 * @example
 * ```ts
 * const favorable: ScoreRange = { min: 61, max: 80 };
 * ```
 */
export interface ScoreRange {
  readonly min: number;
  readonly max: number;
}

/**
 * What a page prints about its critics, as printed (`null` where absent).
 *
 * @example
 * ```ts
 * const { page } = parse('Generally favorable reviews - based on 3 Critics\n' +
 *   'Critic score distribution:\n  1. Positive: 2 out of 3\n  2. Negative: 0 out of 3\n' +
 *   '  1. Reviewed by: Noel Murray\n    Jul 15, 2013\n    A nail-biter.\n  2. 80\n    Each film stands alone.\n' +
 *   '  3. Reviewed by: Staff [Not Credited]\n    A promising debut.\n');
 * checkConsistency(page).declared;
 * //=> { criticCount: 3, distribution: { positive: 2, mixed: null, negative: 0 },
 * //     verdict: 'Generally favorable reviews', metascore: null }
 * ```
 */
export interface DeclaredFacts {
  readonly criticCount: number | null;
  readonly distribution: Distribution | null;
  readonly verdict: string | null;
  readonly metascore: number | null;
}

/**
 * A printed distribution with what can be inferred of its absent lines.
 * `inferred` lists the buckets that were `null` as printed and are now known.
 *
 * @example
 * ```ts
 * const { page } = parse('Generally favorable reviews - based on 3 Critics\n' +
 *   'Critic score distribution:\n  1. Positive: 2 out of 3\n  2. Negative: 0 out of 3\n' +
 *   '  1. Reviewed by: Noel Murray\n    Jul 15, 2013\n    A nail-biter.\n  2. 80\n    Each film stands alone.\n' +
 *   '  3. Reviewed by: Staff [Not Credited]\n    A promising debut.\n');
 * checkConsistency(page).inferredDistribution; // the page prints no Mixed line: 3 − 2 − 0
 * //=> { positive: 2, mixed: 1, negative: 0, inferred: ['mixed'] }
 * ```
 */
export interface InferredDistribution extends Distribution {
  readonly inferred: readonly Sentiment[];
}

/**
 * What a bound on the Metascore comes from: the declared verdict's band, the
 * distribution with the listed scores, or the printed Metascore itself.
 *
 * @example
 * ```ts
 * const source: MetascoreIntervalSourceName = 'distribution';
 * ```
 */
export type MetascoreIntervalSourceName = 'verdict' | 'distribution' | 'metascore';

/**
 * One bound on the Metascore and what it comes from.
 *
 * @example
 * ```ts
 * const source: MetascoreIntervalSource = { source: 'verdict', min: 61, max: 80 };
 * ```
 */
export interface MetascoreIntervalSource extends ScoreRange {
  readonly source: MetascoreIntervalSourceName;
}

/**
 * The integer interval a page's true Metascore must lie in.
 *
 * `min` and `max` are the intersection of `sources`; when the sources
 * contradict each other (`contradictory: true`), they are the declared
 * verdict's band instead, or the printed Metascore when no verdict band is known.
 *
 * @example
 * ```ts
 * const { page } = parse('Generally favorable reviews - based on 3 Critics\n' +
 *   'Critic score distribution:\n  1. Positive: 2 out of 3\n  2. Negative: 0 out of 3\n' +
 *   '  1. Reviewed by: Noel Murray\n    Jul 15, 2013\n    A nail-biter.\n  2. 80\n    Each film stands alone.\n' +
 *   '  3. Reviewed by: Staff [Not Credited]\n    A promising debut.\n');
 * checkConsistency(page).metascoreInterval;
 * //=> { min: 61, max: 80, contradictory: false, sources: [
 * //     { source: 'verdict', min: 61, max: 80 }, { source: 'distribution', min: 60, max: 80 } ] }
 * ```
 */
export interface MetascoreInterval extends ScoreRange {
  readonly sources: readonly MetascoreIntervalSource[];
  readonly contradictory: boolean;
}

/**
 * Every discrepancy code {@link checkConsistency} can report, with its meaning.
 * This is the catalogue: codes are added, never renamed or reused.
 *
 * @example
 * ```ts
 * Object.keys(DISCREPANCY_CODES).length;
 * //=> 14
 * ```
 */
export const DISCREPANCY_CODES: {
  readonly 'fewer-reviews-than-declared': string;
  readonly 'more-reviews-than-declared': string;
  readonly 'distribution-sum-mismatch': string;
  readonly 'class-count-exceeded': string;
  readonly 'unknown-verdict-label': string;
  readonly 'verdict-mismatch': string;
  readonly 'mean-verdict-mismatch': string;
  readonly 'distribution-outside-verdict-band': string;
  readonly 'metascore-outside-interval': string;
  readonly 'fresh-rotten-sum-mismatch': string;
  readonly 'tomatometer-mismatch': string;
  readonly 'tomatometer-count-impossible': string;
  readonly 'freshness-count-exceeded': string;
  readonly 'tomatometer-sample-mismatch': string;
} = /* @__PURE__ */ Object.freeze({
  'fewer-reviews-than-declared': 'The page lists fewer reviews than its critic count: it is truncated, and figures from its reviews cover only those listed.',
  'more-reviews-than-declared': 'The page lists more reviews than its critic count.',
  'distribution-sum-mismatch':
    'The printed distribution lines add up to more than the critic count, or all three are printed and add up to a different number.',
  'class-count-exceeded': 'More listed reviews have a score in a class (positive, mixed or negative) than the distribution counts for it.',
  'unknown-verdict-label': 'The verdict as printed is none of the known verdict labels.',
  'verdict-mismatch': 'The declared verdict is not the verdict of the printed Metascore.',
  'mean-verdict-mismatch':
    'Every declared review is listed with a score, and the verdict of their unweighted mean, rounded half up, is not the declared verdict (a hint: Metascores are weighted).',
  'distribution-outside-verdict-band': "The Metascores the distribution and the listed scores allow lie outside the declared verdict's band.",
  'metascore-outside-interval': 'The printed Metascore lies outside the interval the distribution and the listed scores allow.',
  'fresh-rotten-sum-mismatch': "A Rotten Tomatoes page's Fresh and Rotten counts do not add up to its critic count (or one alone exceeds it).",
  'tomatometer-mismatch': 'The printed Tomatometer is not the percent of Fresh reviews that the Fresh and Rotten counts give, rounded half up.',
  'tomatometer-count-impossible': 'No count of Fresh reviews out of the critic count gives the printed Tomatometer, rounded half up.',
  'freshness-count-exceeded': 'More listed reviews are marked fresh (or rotten) than the page counts Fresh (or Rotten).',
  'tomatometer-sample-mismatch': 'Every review is listed with its freshness, and their fresh share is not the printed Tomatometer.',
});

/**
 * A discrepancy's stable code: one of the keys of {@link DISCREPANCY_CODES}.
 *
 * @example
 * ```ts
 * const code: DiscrepancyCode = 'class-count-exceeded';
 * ```
 */
export type DiscrepancyCode = keyof typeof DISCREPANCY_CODES;

/**
 * A value a discrepancy compares: a count, a score, a verdict or a score range.
 *
 * @example
 * ```ts
 * const found: DiscrepancyValue = { min: 59, max: 91 };
 * ```
 */
export type DiscrepancyValue = number | string | ScoreRange;

/**
 * One difference between what a page declares and what its reviews give.
 * `declared` is the page's side and `found` the other, when they are values.
 *
 * @example
 * ```ts
 * const finding: Discrepancy = { code: 'fewer-reviews-than-declared',
 *   message: 'The page lists 8 reviews of the 11 its critic count declares.', declared: 11, found: 8 };
 * ```
 */
export interface Discrepancy {
  readonly code: DiscrepancyCode;
  /** One sentence, for people. */
  readonly message: string;
  readonly declared?: DiscrepancyValue;
  readonly found?: DiscrepancyValue;
}

/**
 * What {@link checkConsistency} finds about a page.
 *
 * @example
 * ```ts
 * const { page } = parse('Generally favorable reviews - based on 3 Critics\n' +
 *   'Critic score distribution:\n  1. Positive: 2 out of 3\n  2. Negative: 0 out of 3\n' +
 *   '  1. Reviewed by: Noel Murray\n    Jul 15, 2013\n    A nail-biter.\n  2. 80\n    Each film stands alone.\n' +
 *   '  3. Reviewed by: Staff [Not Credited]\n    A promising debut.\n');
 * checkConsistency(page);
 * //=> { declared: { criticCount: 3, distribution: { positive: 2, mixed: null, negative: 0 },
 * //       verdict: 'Generally favorable reviews', metascore: null },
 * //     listedCount: 3, truncated: false,
 * //     inferredDistribution: { positive: 2, mixed: 1, negative: 0, inferred: ['mixed'] },
 * //     metascoreInterval: { min: 61, max: 80, contradictory: false, sources: [
 * //       { source: 'verdict', min: 61, max: 80 }, { source: 'distribution', min: 60, max: 80 }] },
 * //     discrepancies: [] }
 * ```
 */
export interface ConsistencyReport {
  /** What the page prints. */
  readonly declared: DeclaredFacts;
  /** How many reviews the page lists. */
  readonly listedCount: number;
  /** True when the page lists fewer reviews than its critic count: a finding, not an error. */
  readonly truncated: boolean;
  /** The printed distribution with absent lines inferred where possible; `undefined` when none is printed. */
  readonly inferredDistribution: InferredDistribution | undefined;
  /** Where the true Metascore must lie; `undefined` when nothing bounds it. */
  readonly metascoreInterval: MetascoreInterval | undefined;
  /**
   * On a Rotten Tomatoes page (`source` "rottentomatoes"), what its Fresh and
   * Rotten counts, Tomatometer and reviews' freshness imply; absent on other pages.
   */
  readonly tomatometer?: TomatometerReport;
  /** In the order of {@link DISCREPANCY_CODES}; class findings in the order positive, mixed, negative. */
  readonly discrepancies: readonly Discrepancy[];
  /**
   * Present when neither the page nor the `media` option says the media and
   * the page's printed Metascore and verdict fit only the game bands (73 with
   * "Mixed or average reviews"): the report is then made with the game bands,
   * and says so here, instead of a `verdict-mismatch` by the movie bands.
   */
  readonly mediaFromFigures?: 'game';
}

/** The page's facts that the report reads, checked. */
interface PageFacts {
  readonly media: MediaType | null;
  /** True for a page of Rotten Tomatoes' figures, whose distribution counts Fresh and Rotten reviews. */
  readonly rottenTomatoes: boolean;
  readonly tomatometer: number | null;
  readonly declared: DeclaredFacts;
  readonly reviews: readonly Review[];
}

/** Reads a nullable count: null (or absent), or a non-negative integer (a percent or score, with `max` 100: at most 100). */
function readCount(fn: string, value: unknown, path: string, max = Number.POSITIVE_INFINITY): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number') {
    throw typeMisuse(fn, path, 'a number or null', value);
  }
  if (!Number.isInteger(value) || value < 0) {
    throw rangeMisuse(fn, path, 'a non-negative integer or null', value);
  }
  if (value > max) throw rangeMisuse(fn, path, 'an integer from 0 to 100 or null', value);
  return value;
}

/** Checks the fields of a page that the report reads; absent fields count as null. */
function readPage(fn: string, page: unknown): PageFacts {
  if (!isRecord(page) || isParseResult(page)) {
    throw typeMisuse(fn, 'page', 'a parsed page object', page);
  }
  const reviews = checkReviews(fn, page['reviews'], 'page.reviews');
  const media = page['media'] ?? null;
  if (media !== null && !isMediaType(media)) {
    throw typeMisuse(fn, 'page.media', 'a media type or null', media);
  }
  const verdict = page['verdict'] ?? null;
  if (verdict !== null && typeof verdict !== 'string') {
    throw typeMisuse(fn, 'page.verdict', 'a string or null', verdict);
  }
  const metascore = readCount(fn, page['metascore'], 'page.metascore', 100);
  const criticCount = readCount(fn, page['criticCount'], 'page.criticCount');
  const printed = page['distribution'] ?? null;
  if (printed !== null && !isRecord(printed)) {
    throw typeMisuse(fn, 'page.distribution', 'an object or null', printed);
  }
  const distribution = printed === null ? null : bySentiment((sentiment) => readCount(fn, printed[sentiment], `page.distribution.${sentiment}`));
  return {
    media: media,
    rottenTomatoes: page['source'] === 'rottentomatoes',
    tomatometer: readCount(fn, page['tomatometer'], 'page.tomatometer', 100),
    declared: { criticCount, distribution, verdict, metascore },
    reviews,
  };
}

/** A distribution with each sentiment's count from `count`, in the order positive, mixed, negative. */
function bySentiment(count: (sentiment: Sentiment) => number | null): Distribution {
  return Object.fromEntries(SENTIMENTS.map((sentiment) => [sentiment, count(sentiment)])) as Record<Sentiment, number | null>;
}

/** Fills a single absent distribution line from the critic count, reporting sums that cannot be. */
function inferDistribution(printed: Distribution | null, criticCount: number | null, discrepancies: Discrepancy[]): InferredDistribution | undefined {
  if (printed === null) return undefined;
  const missing = SENTIMENTS.filter((sentiment) => printed[sentiment] === null);
  const printedSum = SENTIMENTS.reduce((sum, sentiment) => sum + (printed[sentiment] ?? 0), 0);
  const asPrinted: InferredDistribution = { ...printed, inferred: [] };
  if (criticCount === null) return asPrinted;
  if (printedSum > criticCount) {
    discrepancies.push({
      code: 'distribution-sum-mismatch',
      message: `The printed distribution lines add up to ${printedSum}, more than the ${criticCount} critics declared.`,
      declared: criticCount,
      found: printedSum,
    });
    return asPrinted;
  }
  if (missing.length === 0) {
    if (printedSum !== criticCount) {
      discrepancies.push({
        code: 'distribution-sum-mismatch',
        message: `The printed distribution lines add up to ${printedSum}, not the ${criticCount} critics declared.`,
        declared: criticCount,
        found: printedSum,
      });
    }
    return asPrinted;
  }
  const remainder = criticCount - printedSum;
  // One absent line holds the remainder; several absent lines are known only when nothing remains.
  if (missing.length > 1 && remainder !== 0) return asPrinted;
  return { ...bySentiment((sentiment) => printed[sentiment] ?? (missing.length === 1 ? remainder : 0)), inferred: missing };
}

/** The listed known scores of each class, in document order. */
interface KnownScores {
  readonly positive: number[];
  readonly mixed: number[];
  readonly negative: number[];
}

/** Assigns each listed score to its class with the given (validated) bands. */
function knownScoresByClass(reviews: readonly Review[], bands: readonly Band<Sentiment>[]): KnownScores {
  const known: KnownScores = { positive: [], mixed: [], negative: [] };
  for (const review of reviews) {
    if (review.score === null) continue;
    const score = review.score;
    const band = bands.find((candidate) => candidate.min <= score);
    if (band !== undefined) known[band.label].push(score);
  }
  return known;
}

/**
 * The unweighted-mean bound from complete class counts: known scores count at
 * their value, the other members of a class at its band's min (lower bound) or
 * max (upper bound); the bounds are means over the class total, rounded half up.
 */
function distributionBound(
  counts: InferredDistribution | undefined,
  criticCount: number | null,
  known: KnownScores,
  bands: readonly Band<Sentiment>[],
): ScoreRange | undefined {
  if (counts === undefined) return undefined;
  let total = 0;
  let low = 0;
  let high = 0;
  for (const sentiment of SENTIMENTS) {
    const count = counts[sentiment];
    if (count === null) return undefined;
    const scores = known[sentiment];
    if (scores.length > count) return undefined;
    total += count;
    const knownSum = scores.reduce((sum, score) => sum + score, 0);
    const unknown = count - scores.length;
    low += knownSum;
    high += knownSum;
    if (unknown === 0) continue;
    const classBands = bands.filter((band) => band.label === sentiment);
    if (classBands.length === 0) return undefined;
    low += unknown * Math.min(...classBands.map((band) => band.min));
    high += unknown * Math.max(...classBands.map((band) => band.max));
  }
  if (total === 0 || (criticCount !== null && total !== criticCount)) return undefined;
  return { min: roundHalfUp(low / total), max: roundHalfUp(high / total) };
}

/** Formats a range as "59-91" (or "61" for a single score). */
function formatRange(range: ScoreRange): string {
  return range.min === range.max ? `${range.min}` : `${range.min}-${range.max}`;
}

/** Builds the report from checked facts and validated bands. */
function buildReport(
  facts: PageFacts,
  sentimentBands: readonly Band<Sentiment>[],
  verdictBands: readonly Band<Verdict>[],
  mediaUnknown: boolean,
): ConsistencyReport {
  const { declared, reviews } = facts;
  const { criticCount, metascore } = declared;
  const discrepancies: Discrepancy[] = [];
  const listedCount = reviews.length;
  const truncated = criticCount !== null && listedCount < criticCount;

  if (criticCount !== null && listedCount < criticCount) {
    discrepancies.push({
      code: 'fewer-reviews-than-declared',
      message: `The page lists ${listedCount} review${listedCount === 1 ? '' : 's'} of the ${criticCount} its critic count declares.`,
      declared: criticCount,
      found: listedCount,
    });
  }
  if (criticCount !== null && listedCount > criticCount) {
    discrepancies.push({
      code: 'more-reviews-than-declared',
      message: `The page lists ${listedCount} reviews, more than the ${criticCount} its critic count declares.`,
      declared: criticCount,
      found: listedCount,
    });
  }

  // A Rotten Tomatoes page's distribution counts Fresh and Rotten reviews, not Metacritic's classes:
  // its meaning is the Tomatometer's, and it bounds no Metascore.
  const tomatometerFindings: Discrepancy[] = [];
  const tomatometer = facts.rottenTomatoes
    ? checkTomatometer({ criticCount, distribution: declared.distribution, tomatometer: facts.tomatometer, reviews }, tomatometerFindings)
    : undefined;
  const inferredDistribution = facts.rottenTomatoes ? undefined : inferDistribution(declared.distribution, criticCount, discrepancies);
  const known = knownScoresByClass(reviews, sentimentBands);
  if (inferredDistribution !== undefined) {
    for (const sentiment of SENTIMENTS) {
      const count = inferredDistribution[sentiment];
      const found = known[sentiment].length;
      if (count !== null && found > count) {
        const how = inferredDistribution.inferred.includes(sentiment) ? 'infers' : 'prints';
        discrepancies.push({
          code: 'class-count-exceeded',
          message: `The page lists ${found} review${found === 1 ? '' : 's'} with a ${sentiment} score, but its distribution ${how} ${count}.`,
          declared: count,
          found,
        });
      }
    }
  }

  const verdict = declared.verdict === null ? undefined : parseVerdictLabel(declared.verdict);
  if (declared.verdict !== null && verdict === undefined) {
    discrepancies.push({
      code: 'unknown-verdict-label',
      message: `The verdict ${JSON.stringify(declared.verdict)} is none of the known verdict labels.`,
      declared: declared.verdict,
    });
  }
  if (verdict !== undefined && metascore !== null) {
    const found = labelForScore(metascore, verdictBands);
    if (found !== verdict) {
      discrepancies.push({
        code: 'verdict-mismatch',
        message: `The page declares "${verdict}", but its Metascore ${metascore} is "${found}"${mediaUnknown ? ' by the movie, TV and music bands (the media is unknown: a game has other bands)' : ''}.`,
        declared: verdict,
        found,
      });
    }
  }
  const scores = reviews.flatMap((review) => (review.score === null ? [] : [review.score]));
  if (verdict !== undefined && criticCount !== null && criticCount > 0 && listedCount === criticCount && scores.length === listedCount) {
    const rounded = roundHalfUp(scores.reduce((sum, score) => sum + score, 0) / scores.length);
    const found = labelForScore(rounded, verdictBands);
    if (found !== verdict) {
      discrepancies.push({
        code: 'mean-verdict-mismatch',
        message: `The page declares "${verdict}", but the unweighted mean of its ${criticCount} scores rounds to ${rounded}, which is "${found}".`,
        declared: verdict,
        found,
      });
    }
  }

  const sources: MetascoreIntervalSource[] = [];
  const verdictBand = verdict === undefined ? undefined : verdictBands.find((band) => band.label === verdict);
  if (verdictBand !== undefined) sources.push({ source: 'verdict', min: verdictBand.min, max: verdictBand.max });
  const bound = distributionBound(inferredDistribution, criticCount, known, sentimentBands);
  if (bound !== undefined) {
    sources.push({ source: 'distribution', ...bound });
    if (verdictBand !== undefined && (bound.max < verdictBand.min || bound.min > verdictBand.max)) {
      discrepancies.push({
        code: 'distribution-outside-verdict-band',
        message: `The distribution and the listed scores allow Metascores ${formatRange(bound)}, outside the ${formatRange(verdictBand)} of "${verdictBand.label}".`,
        declared: { min: verdictBand.min, max: verdictBand.max },
        found: bound,
      });
    }
    if (metascore !== null && (metascore < bound.min || metascore > bound.max)) {
      discrepancies.push({
        code: 'metascore-outside-interval',
        message: `The printed Metascore ${metascore} lies outside the ${formatRange(bound)} that the distribution and the listed scores allow.`,
        declared: metascore,
        found: bound,
      });
    }
  }
  if (metascore !== null) sources.push({ source: 'metascore', min: metascore, max: metascore });
  discrepancies.push(...tomatometerFindings);

  return {
    declared,
    listedCount,
    truncated,
    inferredDistribution,
    metascoreInterval: intersect(sources),
    ...(tomatometer === undefined ? {} : { tomatometer }),
    discrepancies,
  };
}

/** Intersects the sources; on a contradiction, falls back to the verdict band, else the printed Metascore. */
function intersect(sources: readonly MetascoreIntervalSource[]): MetascoreInterval | undefined {
  if (sources.length === 0) return undefined;
  const min = Math.max(...sources.map((source) => source.min));
  const max = Math.min(...sources.map((source) => source.max));
  if (min <= max) return { min, max, sources, contradictory: false };
  const fallback = sources.find((source) => source.source === 'verdict') ?? sources.find((source) => source.source === 'metascore');
  // Two sources contradict only when one is the verdict or the Metascore, so a fallback exists.
  const range = fallback ?? { min, max };
  return { min: range.min, max: range.max, sources, contradictory: true };
}

const CONSISTENCY_OPTION_KEYS: readonly string[] = ['media', 'sentimentBands', 'verdictBands'];

/**
 * Compares what a page declares (critic count, distribution, verdict, Metascore)
 * with what its listed reviews give, infers what partial data allows, and
 * bounds the true Metascore.
 *
 * - `truncated` is true when fewer reviews are listed than the critic count declares.
 * - `inferredDistribution` fills a single absent (`null`) line with the critic
 *   count minus the printed lines (the seed prints Positive 9, Negative 0 of 11,
 *   so mixed is 2). Several absent lines are inferred only when the printed ones
 *   already reach the critic count: they are then 0. Nothing is inferred when
 *   the printed lines exceed the critic count (a `distribution-sum-mismatch`).
 * - `metascoreInterval` intersects (a) the band of the declared verdict (read
 *   with {@link parseVerdictLabel}), (b) the distribution bound and (c) the
 *   printed Metascore as a single point. The distribution bound needs all three
 *   class counts (printed or inferred) adding up to the critic count: each
 *   listed review with a score counts at that score in its own class; the
 *   other members of a class count at the class band's min for the lower bound
 *   and at its max for the upper bound; each bound is the UNWEIGHTED mean over
 *   the critic count (Metacritic's weights are unpublished), then rounded half
 *   up to an integer, since a Metascore is its mean rounded half up (so a bound
 *   of 58.9 gives 59 and 90.9 gives 91: no Metascore those means allow is left
 *   out). Verdict bands and Metascores are integers already, so `min` and `max`
 *   are integers. When the sources contradict, the interval is the verdict's
 *   band (or, with no verdict band, the printed Metascore) and `contradictory`
 *   is true; a discrepancy names the conflict.
 * - Profile pages print none of these facts at the top level: their report is
 *   neutral (all `null`, no interval, no discrepancies).
 *
 * Discrepancy codes (see {@link DISCREPANCY_CODES}), in the order reported:
 * `fewer-reviews-than-declared` (a finding on a truncated page),
 * `more-reviews-than-declared`, `distribution-sum-mismatch`,
 * `class-count-exceeded` (one per class), `unknown-verdict-label`,
 * `verdict-mismatch` (declared verdict vs the printed Metascore's; when the
 * media is unknown its message says the movie/TV/music bands were used),
 * `mean-verdict-mismatch` (declared verdict vs that of the unweighted mean
 * rounded half up, only when every declared review is listed with a score),
 * `distribution-outside-verdict-band`, `metascore-outside-interval` (vs the
 * distribution bound). `declared` holds the page's side: a count, the
 * canonical verdict, a band's range or the Metascore.
 *
 * @param page - A parsed page of any kind.
 * @param options - `media` picks the bands (default: the page's media, else
 *   the game bands when the printed Metascore and verdict fit only those, in
 *   which case the report's `mediaFromFigures` says so, else movie/TV/music);
 *   custom `sentimentBands` and `verdictBands` win over it.
 * @returns The report; bad or partial data never throws.
 * @throws `TypeError` when the page is not a page object or an option is unknown
 *   or of the wrong type; `RangeError` when custom bands are invalid, `media` is
 *   not one of movie, tv, music, game, or the page holds impossible numbers (a
 *   score outside 0-100, a negative count).
 *
 * @example
 * ```ts
 * const { page } = parse('Generally favorable reviews - based on 3 Critics\n' +
 *   'Critic score distribution:\n  1. Positive: 2 out of 3\n  2. Negative: 0 out of 3\n' +
 *   '  1. Reviewed by: Noel Murray\n    Jul 15, 2013\n    A nail-biter.\n  2. 80\n    Each film stands alone.\n' +
 *   '  3. Reviewed by: Staff [Not Credited]\n    A promising debut.\n');
 * const report = checkConsistency(page);
 * report.inferredDistribution;
 * //=> { positive: 2, mixed: 1, negative: 0, inferred: ['mixed'] }
 * [report.metascoreInterval?.min, report.metascoreInterval?.max];
 * //=> [61, 80]
 * report.discrepancies;
 * //=> []
 * ```
 */
export function checkConsistency(page: Page, options?: CheckConsistencyOptions): ConsistencyReport {
  return checkConsistencyOf('checkConsistency', page, options);
}

/**
 * {@link checkConsistency}, its errors naming `fn`, the function the caller
 * called (`aggregate` reports a page's consistency with it).
 *
 * @internal
 */
export function checkConsistencyOf(fn: string, page: Page, options?: CheckConsistencyOptions): ConsistencyReport {
  const given = checkOptions(fn, options, CONSISTENCY_OPTION_KEYS);
  const media = checkMediaOption(fn, given['media']);
  const sentimentBands = checkBandsOption(fn, 'sentimentBands', given['sentimentBands'], SENTIMENTS);
  const verdictBands = checkBandsOption(fn, 'verdictBands', given['verdictBands'], VERDICTS);
  const facts = readPage(fn, page);
  // Where neither the page nor the caller says the media, the page's own figures may: only the game bands fit them.
  const said = media !== undefined || facts.media !== null || sentimentBands !== undefined || verdictBands !== undefined;
  const figured = said ? undefined : mediaFromFigures(facts.declared.verdict, facts.declared.metascore);
  const bandMedia = media ?? facts.media ?? figured ?? null;
  const report = buildReport(
    facts,
    sentimentBands ?? sentimentBandsFor(bandMedia),
    verdictBands ?? verdictBandsFor(bandMedia),
    bandMedia === null && verdictBands === undefined,
  );
  return figured === undefined ? report : { ...report, mediaFromFigures: figured };
}
