import { type Band, type BandSetName, VERDICTS, VERDICT_BANDS } from '../classify/index.js';
import { checkBandList } from '../classify/bands.js';
import type { Verdict } from '../types/page.js';
import { checkCount, checkNumber, describeValue, isRecord, ownValue } from './shared.js';

/**
 * The scoring methods {@link scoreWith} knows by name: Metacritic, Rotten
 * Tomatoes (`rt`), OpenCritic and Steam.
 *
 * @example
 * ```ts
 * const name: ScoringProfileName = 'rt';
 * ```
 */
export type ScoringProfileName = 'metacritic' | 'rt' | 'opencritic' | 'steam';

/**
 * Every {@link ScoringProfileName}, in a fixed order (frozen); for a command's
 * `--profile` choices and its error message.
 *
 * @example
 * ```ts
 * SCORING_PROFILE_NAMES;
 * //=> ['metacritic', 'rt', 'opencritic', 'steam']
 * SCORING_PROFILE_NAMES.includes('rt');
 * //=> true
 * ```
 */
export const SCORING_PROFILE_NAMES: readonly ScoringProfileName[] = Object.freeze<ScoringProfileName[]>(['metacritic', 'rt', 'opencritic', 'steam']);

/**
 * Metacritic's method: the (weighted) mean of the critics' 0-100 scores,
 * rounded half up, named by the verdict bands; no verdict ("tbd") below
 * `minReviews` scored reviews.
 *
 * @example
 * ```ts
 * const strict: MetacriticProfile = { ...METACRITIC, minReviews: 7 };
 * ```
 */
export interface MetacriticProfile {
  readonly name: 'metacritic';
  /** The name people read, for summaries. */
  readonly title: string;
  /** Fewer scored reviews than this give `'tbd'`; a non-negative integer. */
  readonly minReviews: number;
  /** The verdict bands of each band set, highest first (validated as `validateBands` validates bands). */
  readonly verdictBands: Readonly<Record<BandSetName, readonly Band<Verdict>[]>>;
}

/**
 * The three release kinds of Rotten Tomatoes' Certified Fresh criteria.
 *
 * @example
 * ```ts
 * const release: ReleaseKind = 'limited';
 * ```
 */
export type ReleaseKind = 'wide' | 'limited' | 'tv';

/**
 * Rotten Tomatoes' method: the Tomatometer is the share of reviews that are
 * positive ("fresh"), as a whole percentage; Fresh at `freshMinPercent` or
 * more, Certified Fresh when the further criteria hold.
 *
 * @example
 * ```ts
 * const lenient: RottenTomatoesProfile = { ...ROTTEN_TOMATOES, certifiedMinTopCritics: 3 };
 * ```
 */
export interface RottenTomatoesProfile {
  readonly name: 'rt';
  readonly title: string;
  /** A review scored this or more (0-100) is fresh unless the caller marks it. */
  readonly freshMinScore: number;
  /** No Tomatometer below this many judged reviews. */
  readonly minReviews: number;
  /** Fresh at this Tomatometer (a whole percentage) or more; Rotten below. */
  readonly freshMinPercent: number;
  /** Certified Fresh needs this Tomatometer or more... */
  readonly certifiedMinPercent: number;
  /** ...and this many judged reviews for the release kind... */
  readonly certifiedMinReviews: Readonly<Record<ReleaseKind, number>>;
  /** ...of which this many by top critics. */
  readonly certifiedMinTopCritics: number;
}

/**
 * One OpenCritic tier: reached by a displayed score of `minScore` or more and,
 * when `minPercentRecommended` is above 0, that displayed percentage recommended.
 *
 * @example
 * ```ts
 * const mighty: OpenCriticTier = { label: 'Mighty', minScore: 84, minPercentRecommended: 0 };
 * ```
 */
export interface OpenCriticTier {
  readonly label: string;
  readonly minScore: number;
  readonly minPercentRecommended: number;
}

/**
 * OpenCritic's method: an unweighted average of the critics' scores (the Top
 * Critic Average when top critics are marked), the percentage of critics
 * recommending, and a tier.
 *
 * @example
 * ```ts
 * const picky: OpenCriticProfile = { ...OPENCRITIC, tiers: [
 *   { label: 'Mighty', minScore: 84, minPercentRecommended: 80 },
 *   ...OPENCRITIC.tiers.slice(1),
 * ] };
 * ```
 */
export interface OpenCriticProfile {
  readonly name: 'opencritic';
  readonly title: string;
  /** A review scored this or more (0-100) recommends the game unless the caller marks it. */
  readonly recommendedMinScore: number;
  /** No tier below this many averaged reviews. */
  readonly minReviews: number;
  /** Highest first; the first tier reached is the label. The last must have minScore 0 and no percentage. */
  readonly tiers: readonly OpenCriticTier[];
}

/**
 * One rung of Steam's review-summary ladder: the label of a whole-number
 * positive percentage from `minPercent` to `maxPercent` with `minReviews` to
 * `maxReviews` reviews (`null`: no upper limit), all bounds included.
 *
 * @example
 * ```ts
 * const rung: SteamRung = { label: 'Mixed', minPercent: 40, maxPercent: 69, minReviews: 10, maxReviews: null };
 * ```
 */
export interface SteamRung {
  readonly label: string;
  readonly minPercent: number;
  readonly maxPercent: number;
  readonly minReviews: number;
  readonly maxReviews: number | null;
}

/**
 * Steam's method: the share of reviews that recommend, named by a ladder of
 * rungs by share and review count; below `minReviews` Steam shows only the
 * count ("3 user reviews").
 *
 * @example
 * ```ts
 * const steam: SteamProfile = { ...STEAM, minReviews: 5 };
 * ```
 */
export interface SteamProfile {
  readonly name: 'steam';
  readonly title: string;
  /** Below this many judged reviews the label is the count. */
  readonly minReviews: number;
  /** Tried in order; the first rung that holds the share and the count is the label. */
  readonly ladder: readonly SteamRung[];
}

/**
 * A scoring method's criteria as data: one of the exported profiles, or a
 * caller's copy with other values.
 *
 * @example
 * ```ts
 * const profile: ScoringProfile = { ...ROTTEN_TOMATOES, freshMinScore: 70 };
 * ```
 */
export type ScoringProfile = MetacriticProfile | RottenTomatoesProfile | OpenCriticProfile | SteamProfile;

/**
 * Metacritic's criteria (frozen): verdicts from the existing
 * {@link VERDICT_BANDS} (games have their own bands), and no verdict below 4
 * scored reviews, Metacritic's published minimum for a Metascore.
 *
 * @example
 * ```ts
 * METACRITIC.minReviews;
 * //=> 4
 * METACRITIC.verdictBands.game[0];
 * //=> { label: 'Universal acclaim', min: 90, max: 100 }
 * ```
 */
export const METACRITIC: MetacriticProfile = Object.freeze({
  name: 'metacritic',
  title: 'Metacritic',
  minReviews: 4,
  verdictBands: VERDICT_BANDS,
});

/**
 * Rotten Tomatoes' published criteria (frozen), from its "About" page: a
 * Tomatometer from 5 reviews; Fresh when at least 60% are positive;
 * Certified Fresh at 75% or more with at least 80 reviews for a wide release,
 * 40 for a limited one or 20 for a TV season, 5 of them by top critics.
 *
 * A review scored 60 or more counts as fresh unless the caller marks it: our
 * choice, since Rotten Tomatoes takes each critic's own word. The site also
 * applies judgement (it may withhold Certified Fresh, and takes it away below
 * 70%); this profile reads the published numbers only.
 *
 * @example
 * ```ts
 * ROTTEN_TOMATOES.certifiedMinReviews;
 * //=> { wide: 80, limited: 40, tv: 20 }
 * ```
 */
export const ROTTEN_TOMATOES: RottenTomatoesProfile = Object.freeze({
  name: 'rt',
  title: 'Rotten Tomatoes',
  freshMinScore: 60,
  minReviews: 5,
  freshMinPercent: 60,
  certifiedMinPercent: 75,
  certifiedMinReviews: Object.freeze({ wide: 80, limited: 40, tv: 20 }),
  certifiedMinTopCritics: 5,
});

/**
 * OpenCritic's criteria (frozen): Mighty at a score of 84 or more, Strong
 * 75-83, Fair 66-74, Weak 65 or less; a review scored 80 or more recommends.
 *
 * Sources: the 84/75/66 cut-offs are those OpenCritic published with its tiers
 * (quoted by mydpad.com); OpenCritic's co-founder has said they are
 * percentiles of all games (top 10%, next 30%, ...) that drift as scores come
 * in, so set your own when they move. The 8.0-of-10 recommendation threshold
 * is the one the co-founder stated (2017). No percentage is required for a
 * tier by default. One averaged review is enough for a tier: our choice.
 *
 * @example
 * ```ts
 * OPENCRITIC.tiers.map((tier) => `${tier.label} ${tier.minScore}`);
 * //=> ['Mighty 84', 'Strong 75', 'Fair 66', 'Weak 0']
 * ```
 */
export const OPENCRITIC: OpenCriticProfile = Object.freeze({
  name: 'opencritic',
  title: 'OpenCritic',
  recommendedMinScore: 80,
  minReviews: 1,
  tiers: Object.freeze([
    Object.freeze({ label: 'Mighty', minScore: 84, minPercentRecommended: 0 }),
    Object.freeze({ label: 'Strong', minScore: 75, minPercentRecommended: 0 }),
    Object.freeze({ label: 'Fair', minScore: 66, minPercentRecommended: 0 }),
    Object.freeze({ label: 'Weak', minScore: 0, minPercentRecommended: 0 }),
  ]),
});

/** Freezes a rung. */
function rung(label: string, minPercent: number, maxPercent: number, minReviews: number, maxReviews: number | null): SteamRung {
  return Object.freeze({ label, minPercent, maxPercent, minReviews, maxReviews });
}

/**
 * Steam's review-summary ladder (frozen), tried in this order. Steam publishes
 * no exact table; these are the commonly documented thresholds, which match
 * the labels its store shows:
 *
 * | label | positive | reviews |
 * |---|---|---|
 * | Overwhelmingly Positive | 95-100% | 500+ |
 * | Very Positive | 80-100% | 50+ |
 * | Positive | 80-100% | 10-49 |
 * | Mostly Positive | 70-79% | 10+ |
 * | Mixed | 40-69% | 10+ |
 * | Mostly Negative | 20-39% | 10+ |
 * | Overwhelmingly Negative | 0-19% | 500+ |
 * | Very Negative | 0-19% | 50-499 |
 * | Negative | 0-19% | 10-49 |
 *
 * Below 10 reviews Steam shows "N user reviews". A review counts as
 * recommending when Metacritic would call its score positive (the media's
 * sentiment bands) unless the caller marks it: our choice.
 *
 * @example
 * ```ts
 * STEAM.ladder[0];
 * //=> { label: 'Overwhelmingly Positive', minPercent: 95, maxPercent: 100, minReviews: 500, maxReviews: null }
 * ```
 */
export const STEAM: SteamProfile = Object.freeze({
  name: 'steam',
  title: 'Steam',
  minReviews: 10,
  ladder: Object.freeze([
    rung('Overwhelmingly Positive', 95, 100, 500, null),
    rung('Very Positive', 80, 100, 50, null),
    rung('Positive', 80, 100, 10, 49),
    rung('Mostly Positive', 70, 79, 10, null),
    rung('Mixed', 40, 69, 10, null),
    rung('Mostly Negative', 20, 39, 10, null),
    rung('Overwhelmingly Negative', 0, 19, 500, null),
    rung('Very Negative', 0, 19, 50, 499),
    rung('Negative', 0, 19, 10, 49),
  ]),
});

const PROFILES: ReadonlyMap<string, ScoringProfile> = new Map<string, ScoringProfile>([
  ['metacritic', METACRITIC],
  ['rt', ROTTEN_TOMATOES],
  ['opencritic', OPENCRITIC],
  ['steam', STEAM],
]);

const NAMES_TEXT = SCORING_PROFILE_NAMES.map((name) => JSON.stringify(name)).join(', ');

/** Reads a field of a custom profile: a number within bounds. */
function field(fn: string, profile: Readonly<Record<string, unknown>>, key: string, accepted: string, max = 100): number {
  return checkNumber(fn, `profile.${key}`, ownValue(profile, key), 0, max, accepted);
}

/** Reads a count field of a custom profile. */
function countField(fn: string, profile: Readonly<Record<string, unknown>>, key: string): number {
  return checkCount(fn, `profile.${key}`, ownValue(profile, key));
}

function checkTitle(fn: string, profile: Readonly<Record<string, unknown>>): void {
  const title = ownValue(profile, 'title');
  if (typeof title !== 'string') {
    throw new TypeError(`${fn}: profile.title must be a string; got ${describeValue(title)}.`);
  }
}

function checkRecordOf(fn: string, value: unknown, path: string, keys: readonly string[]): Readonly<Record<string, unknown>> {
  if (!isRecord(value)) {
    throw new TypeError(`${fn}: ${path} must be an object with ${keys.join(', ')}; got ${describeValue(value)}.`);
  }
  return value;
}

function checkMetacritic(fn: string, profile: Readonly<Record<string, unknown>>): MetacriticProfile {
  checkTitle(fn, profile);
  countField(fn, profile, 'minReviews');
  const sets = checkRecordOf(fn, ownValue(profile, 'verdictBands'), 'profile.verdictBands', ['default', 'game']);
  for (const set of ['default', 'game'] as const) {
    const bands = ownValue(sets, set);
    checkBandList(fn, `profile.verdictBands.${set}`, bands, VERDICTS);
  }
  return profile as unknown as MetacriticProfile;
}

function checkRottenTomatoes(fn: string, profile: Readonly<Record<string, unknown>>): RottenTomatoesProfile {
  checkTitle(fn, profile);
  field(fn, profile, 'freshMinScore', 'a score from 0 to 100');
  countField(fn, profile, 'minReviews');
  field(fn, profile, 'freshMinPercent', 'a percentage from 0 to 100');
  field(fn, profile, 'certifiedMinPercent', 'a percentage from 0 to 100');
  countField(fn, profile, 'certifiedMinTopCritics');
  const minReviews = checkRecordOf(fn, ownValue(profile, 'certifiedMinReviews'), 'profile.certifiedMinReviews', ['wide', 'limited', 'tv']);
  for (const release of ['wide', 'limited', 'tv']) {
    checkCount(fn, `profile.certifiedMinReviews.${release}`, ownValue(minReviews, release));
  }
  return profile as unknown as RottenTomatoesProfile;
}

function checkOpenCritic(fn: string, profile: Readonly<Record<string, unknown>>): OpenCriticProfile {
  checkTitle(fn, profile);
  field(fn, profile, 'recommendedMinScore', 'a score from 0 to 100');
  countField(fn, profile, 'minReviews');
  const tiers = ownValue(profile, 'tiers');
  if (!Array.isArray(tiers) || tiers.length === 0) {
    throw new TypeError(`${fn}: profile.tiers must be a non-empty array of { label, minScore, minPercentRecommended }; got ${describeValue(tiers)}.`);
  }
  let previous = Infinity;
  for (const [index, tier] of (tiers as unknown[]).entries()) {
    const path = `profile.tiers[${index}]`;
    const checked = checkRecordOf(fn, tier, path, ['label', 'minScore', 'minPercentRecommended']);
    const label = ownValue(checked, 'label');
    if (typeof label !== 'string') throw new TypeError(`${fn}: ${path}.label must be a string; got ${describeValue(label)}.`);
    const minScore = checkNumber(fn, `${path}.minScore`, ownValue(checked, 'minScore'), 0, 100, 'a score from 0 to 100');
    const percent = ownValue(checked, 'minPercentRecommended');
    checkNumber(fn, `${path}.minPercentRecommended`, percent, 0, 100, 'a percentage from 0 to 100 (0 for none)');
    if (minScore >= previous) {
      throw new RangeError(`${fn}: ${path}.minScore must be below the minScore of the tier before (tiers highest first); got ${minScore}.`);
    }
    previous = minScore;
  }
  const last = tiers[tiers.length - 1] as OpenCriticTier;
  if (last.minScore !== 0 || last.minPercentRecommended !== 0) {
    throw new RangeError(
      `${fn}: profile.tiers must end with a tier for every score (minScore 0 and minPercentRecommended 0); got minScore ${last.minScore} and minPercentRecommended ${last.minPercentRecommended}.`,
    );
  }
  return profile as unknown as OpenCriticProfile;
}

function checkSteam(fn: string, profile: Readonly<Record<string, unknown>>): SteamProfile {
  checkTitle(fn, profile);
  countField(fn, profile, 'minReviews');
  const ladder = ownValue(profile, 'ladder');
  if (!Array.isArray(ladder)) {
    throw new TypeError(`${fn}: profile.ladder must be an array of rungs; got ${describeValue(ladder)}.`);
  }
  for (const [index, item] of (ladder as unknown[]).entries()) {
    const path = `profile.ladder[${index}]`;
    const checked = checkRecordOf(fn, item, path, ['label', 'minPercent', 'maxPercent', 'minReviews', 'maxReviews']);
    const label = ownValue(checked, 'label');
    if (typeof label !== 'string') throw new TypeError(`${fn}: ${path}.label must be a string; got ${describeValue(label)}.`);
    const percent = 'a whole percentage from 0 to 100';
    const minPercent = checkNumber(fn, `${path}.minPercent`, ownValue(checked, 'minPercent'), 0, 100, percent);
    const maxPercent = checkNumber(fn, `${path}.maxPercent`, ownValue(checked, 'maxPercent'), 0, 100, percent);
    if (minPercent > maxPercent) {
      throw new RangeError(`${fn}: ${path}.minPercent must be at most its maxPercent (${maxPercent}); got ${minPercent}.`);
    }
    const minReviews = checkCount(fn, `${path}.minReviews`, ownValue(checked, 'minReviews'));
    const maxReviews = ownValue(checked, 'maxReviews');
    if (maxReviews !== null) {
      const max = checkCount(fn, `${path}.maxReviews (or null for no limit)`, maxReviews);
      if (minReviews > max) {
        throw new RangeError(`${fn}: ${path}.minReviews must be at most its maxReviews (${max}); got ${minReviews}.`);
      }
    }
  }
  return profile as unknown as SteamProfile;
}

/**
 * Resolves a profile name or checks a custom profile.
 *
 * @internal
 */
export function resolveProfile(fn: string, value: unknown): ScoringProfile {
  if (typeof value === 'string') {
    const known = PROFILES.get(value);
    if (known === undefined) {
      throw new TypeError(`${fn}: profile must be one of ${NAMES_TEXT} or a profile object; got ${describeValue(value)}.`);
    }
    return known;
  }
  if (!isRecord(value)) {
    throw new TypeError(`${fn}: profile must be one of ${NAMES_TEXT} or a profile object; got ${describeValue(value)}.`);
  }
  const name = ownValue(value, 'name');
  const known: unknown = typeof name === 'string' ? PROFILES.get(name) : undefined;
  // The exported profiles are frozen and known good.
  if (known === value) return known as ScoringProfile;
  switch (name) {
    case 'metacritic':
      return checkMetacritic(fn, value);
    case 'rt':
      return checkRottenTomatoes(fn, value);
    case 'opencritic':
      return checkOpenCritic(fn, value);
    case 'steam':
      return checkSteam(fn, value);
    default:
      throw new TypeError(`${fn}: profile.name must be one of ${NAMES_TEXT}; got ${describeValue(name)}.`);
  }
}
