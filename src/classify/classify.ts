import type { MediaType, Sentiment, Verdict } from '../types/page.js';
import { type Band, SENTIMENTS, VERDICTS, checkBandsOption, sentimentBandsFor, verdictBandsFor } from './bands.js';
import { checkMediaOption, checkOptions, rangeMisuse, typeMisuse } from '../shared/checks.js';

/**
 * Options of {@link classifyScore}.
 *
 * @example
 * ```ts
 * const options: ClassifyScoreOptions = { media: 'game' };
 * ```
 */
export interface ClassifyScoreOptions {
  /** Picks Metacritic's bands: games have their own; movies, TV and music share one set (the default). */
  readonly media?: MediaType;
  /** Custom bands, highest first; they are validated with {@link validateBands} and win over `media`. */
  readonly bands?: readonly Band<Sentiment>[];
}

/**
 * Options of {@link verdictForScore}.
 *
 * @example
 * ```ts
 * const options: VerdictForScoreOptions = { media: 'game' };
 * ```
 */
export interface VerdictForScoreOptions {
  /** Picks Metacritic's bands: games have their own; movies, TV and music share one set (the default). */
  readonly media?: MediaType;
  /** Custom bands, highest first; they are validated with {@link validateBands} and win over `media`. */
  readonly bands?: readonly Band<Verdict>[];
}

const CLASSIFY_OPTION_KEYS: readonly string[] = ['media', 'bands'];

/** Throws unless `score` is a finite number from 0 to 100. */
function checkScore(fn: string, score: unknown): number {
  if (typeof score !== 'number') {
    throw typeMisuse(fn, 'score', 'a number from 0 to 100', score);
  }
  if (!Number.isFinite(score) || score < 0 || score > 100) {
    throw rangeMisuse(fn, 'score', 'a finite number from 0 to 100', score);
  }
  return score;
}

/** Validates `{ media?, bands? }` and returns the bands to use. */
function resolveBands<L extends string>(
  fn: string,
  options: unknown,
  labels: readonly L[],
  bandsFor: (media: MediaType | undefined) => readonly Band<L>[],
): readonly Band<L>[] {
  const given = checkOptions(fn, options, CLASSIFY_OPTION_KEYS);
  const media = checkMediaOption(fn, given['media']);
  return checkBandsOption(fn, 'bands', given['bands'], labels) ?? bandsFor(media);
}

/**
 * The band a score falls in: the first (highest) band whose min the score
 * reaches. Neither is checked: for callers that checked both already, such as
 * `aggregate` over a page's scores, which would otherwise check its bands
 * again for every score.
 *
 * @internal
 */
export function labelForScore<L extends string>(score: number, bands: readonly Band<L>[]): L {
  for (const band of bands) {
    if (band.min <= score) return band.label;
  }
  // Unreachable: validated bands always end at 0.
  /* v8 ignore next */
  throw rangeMisuse('labelForScore', 'score', 'in one of the bands', score);
}

/**
 * Classifies one review's score as positive, mixed or negative with
 * Metacritic's bands (see {@link SENTIMENT_BANDS}).
 *
 * Bounds are inclusive integers. A score that is not an integer belongs to the
 * band whose `min` it reaches and whose next higher band's `min` it does not,
 * so 60.5 is `mixed` (40-60) and 61 is `positive` (61-100).
 *
 * @param score - The score on the 0-100 scale.
 * @param options - `media` picks the game bands or the movie/TV/music bands (the
 *   default); custom `bands` win over `media`.
 * @returns The sentiment of the band the score falls in.
 * @throws `RangeError` naming the value when the score is not finite or outside 0-100,
 *   or naming the problem when custom bands are invalid or `media` is not one of
 *   movie, tv, music, game.
 * @throws `TypeError` when the score is not a number or an option is unknown or of the wrong type.
 *
 * @example
 * ```ts
 * classifyScore(61);
 * //=> 'positive'
 * classifyScore(60.5);
 * //=> 'mixed'
 * classifyScore(74, { media: 'game' });
 * //=> 'mixed'
 * ```
 */
export function classifyScore(score: number, options?: ClassifyScoreOptions): Sentiment {
  const checked = checkScore('classifyScore', score);
  return labelForScore(checked, resolveBands('classifyScore', options, SENTIMENTS, sentimentBandsFor));
}

/**
 * Names the verdict of an overall score (a Metascore) with Metacritic's bands
 * (see {@link VERDICT_BANDS}).
 *
 * Bounds are inclusive integers. A score that is not an integer belongs to the
 * band whose `min` it reaches and whose next higher band's `min` it does not,
 * so 80.5 is 'Generally favorable reviews' (61-80). Round a mean first if it
 * stands for a Metascore.
 *
 * @param score - The overall score on the 0-100 scale.
 * @param options - `media` picks the game bands or the movie/TV/music bands (the
 *   default); custom `bands` win over `media`.
 * @returns The verdict of the band the score falls in.
 * @throws `RangeError` naming the value when the score is not finite or outside 0-100,
 *   or naming the problem when custom bands are invalid or `media` is not one of
 *   movie, tv, music, game.
 * @throws `TypeError` when the score is not a number or an option is unknown or of the wrong type.
 *
 * @example
 * ```ts
 * verdictForScore(81);
 * //=> 'Universal acclaim'
 * verdictForScore(81, { media: 'game' });
 * //=> 'Generally favorable reviews'
 * ```
 */
export function verdictForScore(score: number, options?: VerdictForScoreOptions): Verdict {
  const checked = checkScore('verdictForScore', score);
  return labelForScore(checked, resolveBands('verdictForScore', options, VERDICTS, verdictBandsFor));
}

/** Lower-cased verdict labels without a trailing "reviews", mapped to the canonical verdict. */
const VERDICT_BY_STEM: ReadonlyMap<string, Verdict> = new Map(VERDICTS.map((verdict) => [stemOf(verdict.toLowerCase()), verdict] as const));

/** Drops one trailing " reviews" or " review" from a normalised, lower-cased label. */
function stemOf(normalised: string): string {
  if (normalised.endsWith(' reviews')) return normalised.slice(0, -' reviews'.length);
  if (normalised.endsWith(' review')) return normalised.slice(0, -' review'.length);
  return normalised;
}

/**
 * Reads a verdict label in any of its printed spellings.
 *
 * Matching ignores case and surrounding whitespace, counts every run of inner
 * whitespace (no-break spaces included) as one space, and accepts every label
 * with or without a trailing "reviews" (or "review"): "universal acclaim",
 * "Generally Favorable", "GENERALLY FAVORABLE REVIEWS", "Mixed or average",
 * "Overwhelming dislike reviews". Nothing else is accepted: no other words,
 * punctuation or spelling ("favourable" is not read).
 *
 * @param text - The label as printed.
 * @returns The canonical {@link Verdict}, or `undefined` when the text is no verdict label.
 * @throws `TypeError` when `text` is not a string.
 *
 * @example
 * ```ts
 * parseVerdictLabel('  generally   FAVORABLE ');
 * //=> 'Generally favorable reviews'
 * parseVerdictLabel('Mixed or average');
 * //=> 'Mixed or average reviews'
 * parseVerdictLabel('tbd');
 * //=> undefined
 * ```
 */
export function parseVerdictLabel(text: string): Verdict | undefined {
  const value: unknown = text;
  if (typeof value !== 'string') {
    throw typeMisuse('parseVerdictLabel', 'text', 'a string', value);
  }
  // \s+ matches each whitespace run once: linear, no backtracking.
  const normalised = value.trim().replace(/\s+/g, ' ').toLowerCase();
  return VERDICT_BY_STEM.get(stemOf(normalised));
}
