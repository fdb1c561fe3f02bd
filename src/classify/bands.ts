import type { MediaType, Sentiment, Verdict } from '../types/page.js';
import { describeValue as describe, rangeMisuse, typeMisuse } from '../shared/checks.js';

/**
 * One class of a 0-100 scale: the scores from `min` to `max`, both included.
 *
 * Bounds are integers. A score that is not an integer belongs to the band whose
 * `min` it reaches and whose next higher band's `min` it does not: with the
 * default sentiment bands 60.5 is `mixed` (40-60), not `positive` (61-100).
 *
 * @typeParam L - The labels the bands carry, such as {@link Sentiment} or {@link Verdict}.
 *
 * @example
 * ```ts
 * const mixed: Band<Sentiment> = { label: 'mixed', min: 40, max: 60 };
 * mixed.max - mixed.min + 1;
 * //=> 21
 * ```
 */
export interface Band<L extends string> {
  readonly label: L;
  readonly min: number;
  readonly max: number;
}

/**
 * Which of Metacritic's two band sets applies: `game` for games, `default`
 * for movies, TV and music.
 *
 * @example
 * ```ts
 * const set: BandSetName = bandSetFor('game');
 * //=> 'game'
 * ```
 */
export type BandSetName = 'default' | 'game';

/**
 * The three sentiments in order from best to worst.
 *
 * @example
 * ```ts
 * SENTIMENTS;
 * //=> ['positive', 'mixed', 'negative']
 * ```
 */
export const SENTIMENTS: readonly Sentiment[] = /* @__PURE__ */ Object.freeze<Sentiment[]>(['positive', 'mixed', 'negative']);

/**
 * The five verdicts in order from best to worst, in Metacritic's canonical wording.
 *
 * @example
 * ```ts
 * VERDICTS[0];
 * //=> 'Universal acclaim'
 * VERDICTS.length;
 * //=> 5
 * ```
 */
export const VERDICTS: readonly Verdict[] = /* @__PURE__ */ Object.freeze<Verdict[]>([
  'Universal acclaim',
  'Generally favorable reviews',
  'Mixed or average reviews',
  'Generally unfavorable reviews',
  'Overwhelming dislike',
]);

/**
 * The bands of `labels`, highest first, each from its `mins` entry to one below the band above it (the
 * first to 100), each band and the list frozen, so shared band sets cannot be changed.
 */
function bandsFrom<L extends string>(labels: readonly L[], mins: readonly number[]): readonly Band<L>[] {
  return Object.freeze(
    labels.map((label, index) => Object.freeze({ label, min: mins[index] as number, max: index === 0 ? 100 : (mins[index - 1] as number) - 1 })),
  );
}

/**
 * Metacritic's classes of one review's score, highest band first (deeply frozen).
 *
 * - `default` (movies, TV, music): positive 61-100, mixed 40-60, negative 0-39.
 * - `game`: positive 75-100, mixed 50-74, negative 0-49.
 *
 * @example
 * ```ts
 * SENTIMENT_BANDS.game[1];
 * //=> { label: 'mixed', min: 50, max: 74 }
 * ```
 */
export const SENTIMENT_BANDS: Readonly<Record<BandSetName, readonly Band<Sentiment>[]>> = /* @__PURE__ */ Object.freeze({
  default: /* @__PURE__ */ bandsFrom(SENTIMENTS, [61, 40, 0]),
  game: /* @__PURE__ */ bandsFrom(SENTIMENTS, [75, 50, 0]),
});

/**
 * Metacritic's verdicts of an overall score (a Metascore), highest band first (deeply frozen).
 *
 * | verdict | default | game |
 * |---|---|---|
 * | Universal acclaim | 81-100 | 90-100 |
 * | Generally favorable reviews | 61-80 | 75-89 |
 * | Mixed or average reviews | 40-60 | 50-74 |
 * | Generally unfavorable reviews | 20-39 | 20-49 |
 * | Overwhelming dislike | 0-19 | 0-19 |
 *
 * @example
 * ```ts
 * VERDICT_BANDS.default[1];
 * //=> { label: 'Generally favorable reviews', min: 61, max: 80 }
 * ```
 */
export const VERDICT_BANDS: Readonly<Record<BandSetName, readonly Band<Verdict>[]>> = /* @__PURE__ */ Object.freeze({
  default: /* @__PURE__ */ bandsFrom(VERDICTS, [81, 61, 40, 20, 0]),
  game: /* @__PURE__ */ bandsFrom(VERDICTS, [90, 75, 50, 20, 0]),
});

/**
 * Names the band set for a media type: `game` for games, `default` for
 * anything else, an unknown media (`null` or `undefined`) included.
 *
 * @param media - The media type, or `null`/`undefined` when unknown.
 * @returns `'game'` when `media` is `'game'`, otherwise `'default'`.
 *
 * @example
 * ```ts
 * bandSetFor('game');
 * //=> 'game'
 * bandSetFor(null);
 * //=> 'default'
 * ```
 */
export function bandSetFor(media: MediaType | null | undefined): BandSetName {
  return media === 'game' ? 'game' : 'default';
}

/**
 * Returns Metacritic's sentiment bands for a media type (see {@link SENTIMENT_BANDS}).
 *
 * @param media - The media type, or `null`/`undefined` for the movie/TV/music bands.
 * @returns The frozen bands, highest first.
 *
 * @example
 * ```ts
 * sentimentBandsFor('music')[0];
 * //=> { label: 'positive', min: 61, max: 100 }
 * ```
 */
export function sentimentBandsFor(media: MediaType | null | undefined): readonly Band<Sentiment>[] {
  return SENTIMENT_BANDS[bandSetFor(media)];
}

/**
 * Returns Metacritic's verdict bands for a media type (see {@link VERDICT_BANDS}).
 *
 * @param media - The media type, or `null`/`undefined` for the movie/TV/music bands.
 * @returns The frozen bands, highest first.
 *
 * @example
 * ```ts
 * verdictBandsFor('game')[0];
 * //=> { label: 'Universal acclaim', min: 90, max: 100 }
 * ```
 */
export function verdictBandsFor(media: MediaType | null | undefined): readonly Band<Verdict>[] {
  return VERDICT_BANDS[bandSetFor(media)];
}

/** Names a band in messages: "band 1 ('mixed', 40-60)". */
function nameBand(index: number, band: Band<string>): string {
  return `band ${index} (${JSON.stringify(band.label)}, ${band.min}-${band.max})`;
}

/**
 * Checks that a list of bands classifies every score from 0 to 100 exactly once.
 *
 * Bands must be given highest first: in strictly descending order of `min`,
 * as {@link SENTIMENT_BANDS} and {@link VERDICT_BANDS} are. Each band's bounds
 * are integers from 0 to 100 with `min <= max`; each band starts one above the
 * next lower band's `max` (no overlap, no gap); the first ends at 100 and the
 * last starts at 0; no label appears twice. Checks run in that order and the
 * first failure is thrown.
 *
 * @param bands - The bands to check, highest first.
 * @param labels - When given, every band's label must be one of these.
 * @returns Nothing; it returns normally when the bands are valid.
 * @throws `TypeError` when `bands` is not an array of `{ label, min, max }` objects
 *   with string labels and number bounds, or `labels` is not an array.
 * @throws `RangeError` naming the problem and the band: an empty list; a
 *   non-finite, non-integer or out-of-0-100 bound; `min` above `max`; a repeated
 *   label; a label not in `labels`; bands out of order; overlapping bands; a gap
 *   between bands; bands that do not reach 100 or 0.
 *
 * @example
 * ```ts
 * validateBands(SENTIMENT_BANDS.default);
 * //=> undefined
 * validateBands([{ label: 'high', min: 50, max: 100 }, { label: 'low', min: 0, max: 40 }]);
 * //=> throws RangeError: validateBands: bands must leave no score out; got 41-49 in no band, between band 0 ("high", 50-100) and band 1 ("low", 0-40).
 * ```
 */
export function validateBands<L extends string>(bands: readonly Band<L>[], labels?: readonly L[]): void {
  checkBandList('validateBands', 'bands', bands, labels);
}

/**
 * {@link validateBands}'s checks, with messages naming `fn`, the function
 * called, and `what`, the argument or option that holds the bands.
 *
 * @internal
 */
export function checkBandList(fn: string, what: string, bands: unknown, labels?: readonly string[]): void {
  const list: unknown = bands;
  if (!Array.isArray(list)) throw typeMisuse(fn, what, 'an array of { label, min, max } objects', list);
  const allowed: unknown = labels;
  if (allowed !== undefined && !Array.isArray(allowed)) throw typeMisuse(fn, 'labels', 'an array of strings', allowed);
  if (list.length === 0) throw new RangeError(`${fn}: ${what} must be one band or more, covering 0 to 100 together; got an empty array.`);
  const checked: Band<string>[] = [];
  for (const [index, item] of (list as unknown[]).entries()) {
    checked.push(checkBand(fn, `${what}[${index}]`, item));
  }
  const seen = new Set<string>();
  const allowedSet: ReadonlySet<unknown> | undefined = allowed === undefined ? undefined : new Set(allowed);
  for (const [index, band] of checked.entries()) {
    if (seen.has(band.label)) throw rangeMisuse(fn, `${what}[${index}].label`, 'a label no earlier band has', band.label);
    seen.add(band.label);
    if (allowedSet !== undefined && !allowedSet.has(band.label)) {
      const names = [...allowedSet].map((label) => describe(label)).join(', ');
      throw rangeMisuse(fn, `${what}[${index}].label`, `one of ${names}`, band.label);
    }
  }
  for (let index = 1; index < checked.length; index++) {
    const higher = checked[index - 1] as Band<string>;
    const lower = checked[index] as Band<string>;
    const pair = `${nameBand(index - 1, higher)} and ${nameBand(index, lower)}`;
    if (lower.min >= higher.min) throw new RangeError(`${fn}: ${what} must be in descending order of min (highest first); got ${pair}.`);
    if (lower.max >= higher.min)
      throw new RangeError(`${fn}: ${what} must not overlap; got ${pair}, which share ${higher.min}-${Math.min(lower.max, higher.max)}.`);
    if (lower.max < higher.min - 1) {
      const gap = lower.max + 1 === higher.min - 1 ? `${lower.max + 1}` : `${lower.max + 1}-${higher.min - 1}`;
      throw new RangeError(`${fn}: ${what} must leave no score out; got ${gap} in no band, between ${pair}.`);
    }
  }
  const top = checked[0] as Band<string>;
  if (top.max !== 100) throw rangeMisuse(fn, `${what}[0].max`, '100 (the highest band ends at 100)', top.max);
  const bottomIndex = checked.length - 1;
  const bottom = checked[bottomIndex] as Band<string>;
  if (bottom.min !== 0) throw rangeMisuse(fn, `${what}[${bottomIndex}].min`, '0 (the lowest band starts at 0)', bottom.min);
}

/** Checks one band's shape and bounds; returns it typed. */
function checkBand(fn: string, path: string, item: unknown): Band<string> {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    throw typeMisuse(fn, path, 'an object { label, min, max }', item);
  }
  const { label, min, max } = item as { label?: unknown; min?: unknown; max?: unknown };
  if (typeof label !== 'string') throw typeMisuse(fn, `${path}.label`, 'a string', label);
  for (const [key, value] of [
    ['min', min],
    ['max', max],
  ] as const) {
    if (typeof value !== 'number') throw typeMisuse(fn, `${path}.${key}`, 'a number', value);
    if (!Number.isInteger(value) || value < 0 || value > 100) throw rangeMisuse(fn, `${path}.${key}`, 'a whole number from 0 to 100', value);
  }
  const band = { label, min: min as number, max: max as number };
  if (band.min > band.max) throw rangeMisuse(fn, `${path}.min`, `at most its max (${band.max})`, band.min);
  return band;
}

/**
 * Checks a custom bands option with {@link validateBands}; undefined passes.
 *
 * @internal
 */
export function checkBandsOption<L extends string>(fn: string, name: string, value: unknown, labels: readonly L[]): readonly Band<L>[] | undefined {
  if (value === undefined) return undefined;
  checkBandList(fn, `option ${name}`, value, labels);
  return value as readonly Band<L>[];
}
