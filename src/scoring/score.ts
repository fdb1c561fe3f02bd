import { checkWeightsOption } from '../aggregate/aggregate.js';
import { mediaFromFigures } from '../aggregate/media-from-figures.js';
import { type AggregateWeightsOption, aggregate } from '../aggregate/index.js';
import { type Band, type BandSetName, bandSetFor, classifyScore, verdictForScore } from '../classify/index.js';
import type { MediaType, Page, ProfilePage, Review, Verdict } from '../types/page.js';
import { type WilsonInterval, wilsonInterval } from './intervals.js';
import {
  type MetacriticProfile,
  type OpenCriticProfile,
  type ScoringProfileName,
  type ReleaseKind,
  type RottenTomatoesProfile,
  type ScoringProfile,
  type SteamProfile,
  resolveProfile,
} from './profiles.js';
import {
  type PositiveMarks,
  type TopCriticMarks,
  checkCount,
  checkMediaOption,
  checkNumber,
  checkOptions,
  checkPage,
  checkPositiveMarks,
  checkReviews,
  checkTopCriticMarks,
  describeValue,
  isRecord,
  ownValue,
  roundHalfUp,
} from './shared.js';

/**
 * Counts from elsewhere, for scoring without the reviews themselves (a Steam
 * page's "12,345 reviews, 96% positive", a Tomatometer's counts).
 *
 * @example
 * ```ts
 * const tally: ScoreTally = { total: 12345, positive: 11851 };
 * ```
 */
export interface ScoreTally {
  /** Reviews counted: judged ones (Rotten Tomatoes, Steam, OpenCritic's share) and averaged ones (Metacritic, OpenCritic). */
  readonly total: number;
  /** Of them, the positive ones (fresh, recommending); needed by Rotten Tomatoes, OpenCritic and Steam. */
  readonly positive?: number;
  /** The mean 0-100 score; needed by Metacritic and OpenCritic. */
  readonly mean?: number;
  /** Of them, those by top critics (Rotten Tomatoes' Certified Fresh). */
  readonly topCritics?: number;
}

/**
 * Options of {@link scoreWith}.
 *
 * @example
 * ```ts
 * const options: ScoreWithOptions = { release: 'limited', topCritics: new Set(['A.O. Scott']) };
 * ```
 */
export interface ScoreWithOptions {
  /** The media, for Metacritic's bands, Steam's default rule and the Rotten Tomatoes release; default: the page's. */
  readonly media?: MediaType;
  /**
   * Marks reviews positive (Rotten Tomatoes' fresh, OpenCritic's recommended,
   * Steam's thumbs up) by position; unmarked reviews follow the profile's rule.
   */
  readonly positive?: PositiveMarks;
  /** Marks top critics (Rotten Tomatoes' Certified Fresh; OpenCritic's Top Critic Average); default: the page's own Top Critic marks, where it prints them. */
  readonly topCritics?: TopCriticMarks;
  /** Rotten Tomatoes' release kind; default `'tv'` for TV, else `'wide'` (the stricter film count). */
  readonly release?: ReleaseKind;
  /** Metacritic: weights for the mean, as in {@link aggregate}. */
  readonly weights?: AggregateWeightsOption;
}

/**
 * The figures behind a Metacritic label.
 *
 * @example
 * ```ts
 * const figures: MetacriticFigures = { scored: 5, mean: 78.4, weighted: false,
 *   printedMetascore: undefined, metascore: 78, bandSet: 'default' };
 * ```
 */
export interface MetacriticFigures {
  /** Scored reviews. */
  readonly scored: number;
  /** Their mean (weighted with the `weights` option), full precision; `undefined` when none. */
  readonly mean: number | undefined;
  readonly weighted: boolean;
  /** The Metascore the page prints, if any. */
  readonly printedMetascore: number | undefined;
  /** The Metascore named: the printed one, else the mean rounded half up; `undefined` when 'tbd'. */
  readonly metascore: number | undefined;
  readonly bandSet: BandSetName;
}

/**
 * A share of positive reviews: exact and as the site displays it.
 *
 * @example
 * ```ts
 * const share: ShareFigures = { judged: 12, positive: 9, percentPositive: 75, displayedPercent: 75 };
 * ```
 */
export interface ShareFigures {
  /** Reviews judged positive or not: scored, or marked by the caller. */
  readonly judged: number;
  readonly positive: number;
  /** positive × 100 ÷ judged, full precision; `undefined` when none is judged. */
  readonly percentPositive: number | undefined;
  /** `percentPositive` rounded half up to a whole percentage, as displayed and compared. */
  readonly displayedPercent: number | undefined;
}

/**
 * The figures behind a Rotten Tomatoes label.
 *
 * @example
 * ```ts
 * const figures: RottenTomatoesFigures = { judged: 90, positive: 80, percentPositive: 88.9,
 *   displayedPercent: 89, topCritics: 12, release: 'wide', certifiedMinReviews: 80 };
 * ```
 */
export interface RottenTomatoesFigures extends ShareFigures {
  /** Judged reviews by top critics; `undefined` when top critics are not marked. */
  readonly topCritics: number | undefined;
  readonly release: ReleaseKind;
  /** The review count Certified Fresh needs for this release kind. */
  readonly certifiedMinReviews: number;
}

/**
 * The figures behind an OpenCritic tier.
 *
 * @example
 * ```ts
 * const figures: OpenCriticFigures = { scored: 3, mean: 86.3, score: 86, averageOf: 'all-critics',
 *   judged: 3, recommended: 3, percentRecommended: 100, displayedPercentRecommended: 100 };
 * ```
 */
export interface OpenCriticFigures {
  /** Scored reviews averaged. */
  readonly scored: number;
  /** Their unweighted mean, full precision. */
  readonly mean: number | undefined;
  /** The mean rounded half up, as displayed and compared with the tiers. */
  readonly score: number | undefined;
  /** `'top-critics'` when top critics are marked, by the caller or by the page's own Top Critic marks (the Top Critic Average, of them alone), else `'all-critics'`. */
  readonly averageOf: 'all-critics' | 'top-critics';
  /** Reviews judged recommending or not. */
  readonly judged: number;
  readonly recommended: number;
  /** recommended × 100 ÷ judged, full precision. */
  readonly percentRecommended: number | undefined;
  /** Rounded half up, as displayed and compared. */
  readonly displayedPercentRecommended: number | undefined;
}

/**
 * The figures behind a Steam label.
 *
 * @example
 * ```ts
 * const figures: SteamFigures = { judged: 60, positive: 50, percentPositive: 83.3, displayedPercent: 83 };
 * ```
 */
export type SteamFigures = ShareFigures;

/**
 * The three labels of Rotten Tomatoes.
 *
 * @example
 * ```ts
 * const label: RottenTomatoesLabel = 'Certified Fresh';
 * ```
 */
export type RottenTomatoesLabel = 'Certified Fresh' | 'Fresh' | 'Rotten';

/**
 * A Metacritic scoring: the verdict, or 'tbd' as Metacritic prints it.
 *
 * @example
 * ```ts
 * const { page } = parse('Generally favorable reviews - based on 4 Critics\n' +
 *   '  1. 80\n    Taut.\n  2. 70\n    Good fun.\n  3. 75\n    Alive.\n  4. 65\n    Uneven.\n');
 * const scoring: MetacriticScoring = scoreWith('metacritic', page.reviews);
 * [scoring.label, scoring.figures.metascore]; // the mean, 72.5, rounded half up
 * //=> ['Generally favorable reviews', 73]
 * ```
 */
export interface MetacriticScoring {
  readonly profile: 'metacritic';
  /** The profile's title, for people. */
  readonly title: string;
  readonly label: Verdict | 'tbd';
  /** Why, in sentences; the first one is the summary. */
  readonly reasons: readonly string[];
  readonly figures: MetacriticFigures;
}

/**
 * A Rotten Tomatoes scoring; the label is `undefined` when there is no
 * Tomatometer yet (too few reviews).
 *
 * @example
 * ```ts
 * scoreWith('rt', { total: 120, positive: 99, topCritics: 30 }).label;
 * //=> 'Certified Fresh'
 * ```
 */
export interface RottenTomatoesScoring {
  readonly profile: 'rt';
  readonly title: string;
  readonly label: RottenTomatoesLabel | undefined;
  readonly reasons: readonly string[];
  readonly figures: RottenTomatoesFigures;
}

/**
 * An OpenCritic scoring; the label is the tier's, `undefined` without enough reviews.
 *
 * @example
 * ```ts
 * scoreWith('opencritic', { total: 30, positive: 25, mean: 84.4 }).label;
 * //=> 'Mighty'
 * ```
 */
export interface OpenCriticScoring {
  readonly profile: 'opencritic';
  readonly title: string;
  readonly label: string | undefined;
  readonly reasons: readonly string[];
  readonly figures: OpenCriticFigures;
}

/**
 * A Steam scoring; below the minimum the label is the count ("3 user
 * reviews"); `undefined` only when a custom ladder leaves a gap.
 *
 * @example
 * ```ts
 * scoreWith('steam', { total: 600, positive: 580 }).label;
 * //=> 'Overwhelmingly Positive'
 * ```
 */
export interface SteamScoring {
  readonly profile: 'steam';
  readonly title: string;
  readonly label: string | undefined;
  readonly reasons: readonly string[];
  readonly figures: SteamFigures;
}

/**
 * The result type of each profile, by name.
 *
 * @example
 * ```ts
 * type RtResult = ScoringResultMap['rt'];
 * ```
 */
export interface ScoringResultMap {
  readonly metacritic: MetacriticScoring;
  readonly rt: RottenTomatoesScoring;
  readonly opencritic: OpenCriticScoring;
  readonly steam: SteamScoring;
}

/**
 * The profile name of a name or a profile object.
 *
 * @example
 * ```ts
 * const name: ScoringProfileNameOf<typeof STEAM> = scoreWith(STEAM, { total: 3, positive: 3 }).profile;
 * name;
 * //=> 'steam'
 * ```
 */
export type ScoringProfileNameOf<P extends ScoringProfileName | ScoringProfile> = P extends ScoringProfileName
  ? P
  : P extends { readonly name: infer N extends ScoringProfileName }
    ? N
    : ScoringProfileName;

/**
 * What {@link scoreWith} returns for a profile (a union when the profile is not known statically).
 *
 * @example
 * ```ts
 * const result: ScoreWithResult<'steam'> = scoreWith('steam', { total: 60, positive: 50 });
 * [result.label, result.figures.displayedPercent];
 * //=> ['Very Positive', 83]
 * ```
 */
export type ScoreWithResult<P extends ScoringProfileName | ScoringProfile = ScoringProfileName | ScoringProfile> = ScoringResultMap[ScoringProfileNameOf<P>];

const FN = 'scoreWith';
const OPTION_KEYS: readonly string[] = ['media', 'positive', 'topCritics', 'release', 'weights'];
const RELEASE_KINDS: ReadonlySet<unknown> = new Set<ReleaseKind>(['wide', 'limited', 'tv']);
const RELEASE_NAMES: Readonly<Record<ReleaseKind, string>> = { wide: 'a wide release', limited: 'a limited release', tv: 'a TV season' };

/** The input, read. */
interface Facts {
  readonly reviews: readonly Review[] | undefined;
  readonly tally: ScoreTally | undefined;
  readonly printedMetascore: number | undefined;
  readonly media: MediaType | null;
  /**
   * Whose reviews a page lists when it is a critic's or a publication's profile page (reviews of
   * many titles, taken as one title's), so that the reasons speak of them and not of a title's
   * critics or Tomatometer; `undefined` for a title page, reviews or a tally.
   */
  readonly listedBy: ProfileKind | undefined;
}

/** The kind of a profile page: whose reviews it lists. */
type ProfileKind = ProfilePage['kind'];

/** The checked options. */
interface Settings {
  readonly positive: ((review: Review, position: number) => boolean | undefined) | undefined;
  readonly topCritics: ((review: Review, position: number) => boolean) | undefined;
  readonly release: ReleaseKind | undefined;
  readonly weights: AggregateWeightsOption | undefined;
}

function checkTally(fn: string, value: Readonly<Record<string, unknown>>): ScoreTally {
  for (const key of Object.keys(value)) {
    if (key !== 'total' && key !== 'positive' && key !== 'mean' && key !== 'topCritics') {
      throw new TypeError(`${fn}: each key of a tally must be one of total, positive, mean, topCritics; got ${JSON.stringify(key)}.`);
    }
  }
  const total = checkCount(fn, 'tally.total', ownValue(value, 'total'));
  const tally: { total: number; positive?: number; mean?: number; topCritics?: number } = { total };
  for (const key of ['positive', 'topCritics'] as const) {
    const given = ownValue(value, key);
    if (given === undefined) continue;
    const count = checkCount(fn, `tally.${key}`, given);
    if (count > total) throw new RangeError(`${fn}: tally.${key} must be at most tally.total (${total}); got ${count}.`);
    tally[key] = count;
  }
  const mean = ownValue(value, 'mean');
  if (mean !== undefined) tally.mean = checkNumber(fn, 'tally.mean', mean, 0, 100, 'a mean score from 0 to 100');
  return tally;
}

/** Reads the input: a page, an array of reviews, or a tally. */
function readInput(fn: string, input: unknown, media: MediaType | undefined): Facts {
  if (Array.isArray(input)) {
    return { reviews: checkReviews(fn, input, 'reviews'), tally: undefined, printedMetascore: undefined, media: media ?? null, listedBy: undefined };
  }
  if (isRecord(input) && Array.isArray(ownValue(input, 'reviews'))) {
    const page = checkPage(fn, input, 'page');
    const printed = ownValue(input, 'metascore');
    const printedMetascore =
      printed === null || printed === undefined ? undefined : checkNumber(fn, 'page.metascore', printed, 0, 100, 'a score from 0 to 100 or null');
    const listedBy = page.kind === 'film' ? undefined : page.kind;
    return { reviews: page.reviews, tally: undefined, printedMetascore, media: bandMediaOf(page, media), listedBy };
  }
  if (isRecord(input) && ownValue(input, 'total') !== undefined) {
    return { reviews: undefined, tally: checkTally(fn, input), printedMetascore: undefined, media: media ?? null, listedBy: undefined };
  }
  throw new TypeError(
    `${fn}: input must be a parsed page, an array of reviews or a tally { total, positive?, mean?, topCritics? }; got ${describeValue(input)}.`,
  );
}

/**
 * The media whose bands score a page: the caller's, else the page's, else the
 * game's when the page's printed Metascore and verdict fit only the game bands
 * (as `aggregate` and `checkConsistency` read it); `null` for the movie/TV/music bands.
 */
function bandMediaOf(page: Page, media: MediaType | undefined): MediaType | null {
  return media ?? page.media ?? (page.kind === 'film' ? mediaFromFigures(page.verdict, page.metascore) : undefined) ?? null;
}

/** Formats a figure for a sentence: at most two decimals, rounded half up. */
function formatFigure(value: number): string {
  return String(Math.floor(value * 100 + 0.5) / 100);
}

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** The page's own Top Critic marks, where it prints them (some review's `topCritic` is not null); `undefined` where it never shows them. */
function markedTopCritics(reviews: readonly Review[]): ((review: Review) => boolean) | undefined {
  return reviews.some((review) => review.topCritic !== null) ? (review: Review) => review.topCritic === true : undefined;
}

/**
 * Counts judged, positive and top-critic reviews under the caller's marks, else the page's own mark
 * (`pageMark`, where a profile reads one), else a default rule on the score.
 */
function judge(
  reviews: readonly Review[],
  settings: Settings,
  isPositive: (score: number) => boolean,
  pageMark?: (review: Review) => boolean | undefined,
): { judged: number; positive: number; topCritics: number | undefined } {
  let judged = 0;
  let positive = 0;
  let topCritics = settings.topCritics === undefined ? undefined : 0;
  for (const [position, review] of reviews.entries()) {
    const marked = settings.positive?.(review, position) ?? pageMark?.(review);
    const verdict = marked ?? (review.score === null ? undefined : isPositive(review.score));
    if (verdict === undefined) continue;
    judged += 1;
    if (verdict) positive += 1;
    if (topCritics !== undefined && settings.topCritics?.(review, position) === true) topCritics += 1;
  }
  return { judged, positive, topCritics };
}

/** The share figures of counts. */
function shareOf(judged: number, positive: number): ShareFigures {
  const percentPositive = judged === 0 ? undefined : (positive * 100) / judged;
  return {
    judged,
    positive,
    percentPositive,
    displayedPercent: percentPositive === undefined ? undefined : roundHalfUp(percentPositive),
  };
}

/** Throws unless the tally has the field a profile needs. */
function need(tally: ScoreTally, key: 'positive' | 'mean', profile: string): number {
  const value = tally[key];
  if (value === undefined) throw new TypeError(`${FN}: tally.${key} must be a number for the ${profile} profile; got undefined.`);
  return value;
}

function bandText(band: Band<string> | undefined, bandSet: BandSetName): string {
  if (band === undefined) return '';
  return ` (${band.min}-${band.max}${bandSet === 'game' ? ' for games' : ''})`;
}

function scoreMetacritic(profile: MetacriticProfile, facts: Facts, settings: Settings): MetacriticScoring {
  const bandSet = bandSetFor(facts.media);
  const bands = profile.verdictBands[bandSet];
  let scored: number;
  let mean: number | undefined;
  const weighted = settings.weights !== undefined;
  if (facts.reviews === undefined) {
    const tally = facts.tally as ScoreTally;
    scored = tally.total;
    mean = scored === 0 ? undefined : need(tally, 'mean', 'metacritic');
  } else {
    const result = aggregate(facts.reviews, settings.weights === undefined ? {} : { weights: settings.weights });
    scored = result.scoredCount;
    mean = weighted ? result.weightedMean?.value : result.mean;
  }
  const meanName = weighted ? 'weighted mean' : 'mean';
  const reasons: string[] = [];
  let label: Verdict | 'tbd';
  let metascore: number | undefined;
  const printed = facts.printedMetascore;
  if (printed !== undefined) {
    metascore = printed;
    label = verdictForScore(printed, { bands });
    const band = bands.find((candidate) => candidate.label === label);
    reasons.push(`The page prints the Metascore ${printed}, which is "${label}"${bandText(band, bandSet)}.`);
    if (mean !== undefined) {
      reasons.push(
        `The ${meanName} of the ${plural(scored, 'listed score')} is ${formatFigure(mean)}; Metacritic's own figure covers all its reviews, with weights it does not publish.`,
      );
    }
  } else if (mean === undefined) {
    label = 'tbd';
    const none =
      facts.listedBy === undefined
        ? 'No review has a score, so there is no Metascore yet ("tbd").'
        : 'No listed review has a score, so as one title\'s they would have no Metascore ("tbd").';
    reasons.push(scored === 0 ? none : `Every weight is 0, so there is no ${meanName}.`);
  } else if (scored < profile.minReviews) {
    label = 'tbd';
    const shown =
      facts.listedBy === undefined
        ? `a Metascore from ${profile.minReviews}, so it shows`
        : `a title a Metascore from ${profile.minReviews}, so as one title's they would show`;
    reasons.push(`${plural(scored, 'scored review')}: Metacritic gives ${shown} "tbd".`);
  } else {
    metascore = roundHalfUp(mean);
    label = verdictForScore(metascore, { bands });
    const band = bands.find((candidate) => candidate.label === label);
    reasons.push(
      `The ${meanName} of ${plural(scored, 'score')} is ${formatFigure(mean)}, rounded half up to ${metascore}: "${label}"${bandText(band, bandSet)}.`,
    );
  }
  return {
    profile: 'metacritic',
    title: profile.title,
    label,
    reasons,
    figures: { scored, mean, weighted, printedMetascore: printed, metascore, bandSet },
  };
}

/** A review's Fresh (true) or Rotten (false) as the page prints it; `undefined` where it does not. */
function freshnessOf(review: Review): boolean | undefined {
  return review.freshness === null ? undefined : review.freshness === 'fresh';
}

function scoreRottenTomatoes(profile: RottenTomatoesProfile, facts: Facts, settings: Settings): RottenTomatoesScoring {
  const release = settings.release ?? (facts.media === 'tv' ? 'tv' : 'wide');
  const certifiedMinReviews = profile.certifiedMinReviews[release];
  let counts: { judged: number; positive: number; topCritics: number | undefined };
  if (facts.reviews === undefined) {
    const tally = facts.tally as ScoreTally;
    counts = { judged: tally.total, positive: need(tally, 'positive', 'rt'), topCritics: tally.topCritics };
  } else {
    // The page's own Fresh and Rotten marks and Top Critic marks, where it prints them, are Rotten Tomatoes' own.
    const reviews = facts.reviews;
    const topCritics = settings.topCritics ?? markedTopCritics(reviews);
    counts = judge(reviews, { ...settings, topCritics }, (score) => score >= profile.freshMinScore, freshnessOf);
  }
  const share = shareOf(counts.judged, counts.positive);
  const figures: RottenTomatoesFigures = { ...share, topCritics: counts.topCritics, release, certifiedMinReviews };
  const base = { profile: 'rt', title: profile.title, figures } as const;
  const { judged, positive, topCritics } = counts;
  const tomatometer = share.displayedPercent;
  if (judged < profile.minReviews || tomatometer === undefined) {
    return {
      ...base,
      label: undefined,
      reasons: [
        `${plural(judged, 'review')} counted: Rotten Tomatoes ${facts.listedBy === undefined ? 'shows a' : 'gives a title a'} Tomatometer from ${profile.minReviews}.`,
      ],
    };
  }
  // A profile's reviews are of many titles: their share fresh is what one title's Tomatometer would be.
  const meter = `${facts.listedBy === undefined ? 'Tomatometer' : "As one title's Tomatometer,"} ${tomatometer}% (${positive} of ${plural(judged, 'review')} fresh)`;
  if (tomatometer < profile.freshMinPercent) {
    return {
      ...base,
      label: 'Rotten',
      reasons: [`${meter}, below the ${profile.freshMinPercent}% of Fresh.`],
    };
  }
  const missing: string[] = [];
  if (tomatometer < profile.certifiedMinPercent) missing.push(`a Tomatometer of ${profile.certifiedMinPercent}% or more`);
  if (judged < certifiedMinReviews) {
    missing.push(`${certifiedMinReviews} reviews for ${RELEASE_NAMES[release]} (there are ${judged})`);
  }
  if (topCritics === undefined) missing.push(`${profile.certifiedMinTopCritics} reviews by top critics (top critics are not marked)`);
  else if (topCritics < profile.certifiedMinTopCritics) {
    missing.push(`${profile.certifiedMinTopCritics} reviews by top critics (there are ${topCritics})`);
  }
  if (missing.length === 0) {
    return {
      ...base,
      label: 'Certified Fresh',
      reasons: [
        `${meter}, at least ${profile.certifiedMinPercent}%, ` +
          `with ${judged} reviews (at least ${certifiedMinReviews} for ${RELEASE_NAMES[release]}) ` +
          `and ${topCritics ?? 0} by top critics (at least ${profile.certifiedMinTopCritics}).`,
        'Rotten Tomatoes may still withhold the certification, and removes it below 70%: this reads the published criteria only.',
      ],
    };
  }
  return {
    ...base,
    label: 'Fresh',
    reasons: [`${meter}, at least the ${profile.freshMinPercent}% of Fresh.`, `Not Certified Fresh: that needs ${missing.join(', ')}.`],
  };
}

/** The part of a Top Critic Average's reason that names the scored reviews it leaves out (those not marked Top Critic). */
function averagedOut(others: number): string {
  return others === 0 ? '' : `; ${plural(others, 'other scored review')}, not by top critics, not averaged`;
}

function scoreOpenCritic(profile: OpenCriticProfile, facts: Facts, settings: Settings): OpenCriticScoring {
  let scored: number;
  let mean: number | undefined;
  let judged: number;
  let recommended: number;
  // The Top Critic Average is over top critics alone: the caller's marks, else the page's own where it prints them.
  const top = settings.topCritics ?? (facts.reviews === undefined ? undefined : markedTopCritics(facts.reviews));
  const averageOf = top === undefined ? 'all-critics' : 'top-critics';
  let others = 0;
  if (facts.reviews === undefined) {
    const tally = facts.tally as ScoreTally;
    scored = tally.total;
    mean = scored === 0 ? undefined : need(tally, 'mean', 'opencritic');
    judged = tally.total;
    recommended = need(tally, 'positive', 'opencritic');
  } else {
    const withScores = facts.reviews.filter((review) => review.score !== null);
    const averaged = facts.reviews.filter((review, position) => review.score !== null && (top === undefined || top(review, position)));
    scored = averaged.length;
    others = withScores.length - scored;
    mean = scored === 0 ? undefined : averaged.reduce((sum, review) => sum + (review.score ?? 0), 0) / scored;
    ({ judged, positive: recommended } = judge(facts.reviews, settings, (score) => score >= profile.recommendedMinScore));
  }
  const share = shareOf(judged, recommended);
  const score = mean === undefined ? undefined : roundHalfUp(mean);
  const figures: OpenCriticFigures = {
    scored,
    mean,
    score,
    averageOf,
    judged,
    recommended,
    percentRecommended: share.percentPositive,
    displayedPercentRecommended: share.displayedPercent,
  };
  const base = { profile: 'opencritic', title: profile.title, figures } as const;
  const averageName = averageOf === 'top-critics' ? 'Top Critic Average' : 'Average';
  if (mean === undefined || score === undefined || scored < profile.minReviews) {
    return {
      ...base,
      label: undefined,
      reasons: [
        `${plural(scored, averageOf === 'top-critics' ? 'scored top-critic review' : 'scored review')}${averagedOut(others)}: OpenCritic names a tier from ${Math.max(1, profile.minReviews)}.`,
      ],
    };
  }
  const percent = share.displayedPercent;
  const tier = profile.tiers.find(
    (candidate) =>
      score >= candidate.minScore && (candidate.minPercentRecommended === 0 || (percent !== undefined && percent >= candidate.minPercentRecommended)),
  );
  // A profile's reviews are one critic's, or its publication's: reviews recommend, not critics.
  const judges = facts.listedBy === undefined ? 'critic' : 'listed review';
  const recommendedText = percent === undefined ? `no ${judges} judged` : `${percent}% of ${plural(judged, judges)} recommend`;
  const reasons = [
    `${averageName} ${score} (the mean of ${plural(scored, averageOf === 'top-critics' ? 'top-critic score' : 'score')}, ${formatFigure(mean)}${averagedOut(others)}), ${recommendedText}: ${
      tier === undefined
        ? 'no tier holds it'
        : `${tier.label}, from ${tier.minScore}${tier.minPercentRecommended === 0 ? '' : ` with ${tier.minPercentRecommended}% recommending`}`
    }.`,
  ];
  return { ...base, label: tier?.label, reasons };
}

function scoreSteam(profile: SteamProfile, facts: Facts, settings: Settings): SteamScoring {
  let judged: number;
  let positive: number;
  if (facts.reviews === undefined) {
    const tally = facts.tally as ScoreTally;
    judged = tally.total;
    positive = need(tally, 'positive', 'steam');
  } else {
    const media = facts.media;
    ({ judged, positive } = judge(facts.reviews, settings, (score) => classifyScore(score, media === null ? {} : { media }) === 'positive'));
  }
  const figures = shareOf(judged, positive);
  const base = { profile: 'steam', title: profile.title, figures } as const;
  const percent = figures.displayedPercent;
  if (judged < profile.minReviews || percent === undefined) {
    return {
      ...base,
      label: judged === 0 ? 'No user reviews' : plural(judged, 'user review'),
      reasons: [`${plural(judged, 'review')} counted: Steam names a summary from ${profile.minReviews} and shows the count below that.`],
    };
  }
  const rung = profile.ladder.find(
    (candidate) =>
      percent >= candidate.minPercent &&
      percent <= candidate.maxPercent &&
      judged >= candidate.minReviews &&
      (candidate.maxReviews === null || judged <= candidate.maxReviews),
  );
  const counted = `${percent}% of ${plural(judged, 'review')} positive (${positive})`;
  if (rung === undefined) {
    return { ...base, label: undefined, reasons: [`${counted}: no rung of the ladder holds it.`] };
  }
  const reviewRange = rung.maxReviews === null ? `${rung.minReviews}+` : `${rung.minReviews}-${rung.maxReviews}`;
  return {
    ...base,
    label: rung.label,
    reasons: [`${counted}: ${rung.label} (${rung.minPercent}-${rung.maxPercent}% with ${reviewRange} reviews).`],
  };
}

function checkSettings(fn: string, options: unknown): { settings: Settings; media: MediaType | undefined } {
  const given = checkOptions(fn, options, OPTION_KEYS);
  const release = given['release'];
  if (release !== undefined && !RELEASE_KINDS.has(release)) {
    throw new TypeError(`${fn}: option release must be "wide", "limited" or "tv"; got ${describeValue(release)}.`);
  }
  const weights = checkWeightsOption(fn, given['weights']);
  return {
    media: checkMediaOption(fn, given['media']),
    settings: {
      positive: checkPositiveMarks(fn, given['positive']),
      topCritics: checkTopCriticMarks(fn, given['topCritics']),
      release: release as ReleaseKind | undefined,
      weights,
    },
  };
}

/** Runs a resolved profile. */
function run(fn: string, profile: ScoringProfile, input: unknown, options: unknown): ScoreWithResult {
  const { settings, media } = checkSettings(fn, options);
  const facts = readInput(fn, input, media);
  if (facts.tally !== undefined) {
    for (const key of ['positive', 'topCritics', 'weights'] as const) {
      if (settings[key] !== undefined) {
        throw new TypeError(`${fn}: input must be a page or reviews with option ${key}, which marks reviews; got a tally.`);
      }
    }
  }
  switch (profile.name) {
    case 'metacritic':
      return scoreMetacritic(profile, facts, settings);
    case 'rt':
      return scoreRottenTomatoes(profile, facts, settings);
    case 'opencritic':
      return scoreOpenCritic(profile, facts, settings);
    case 'steam':
      return scoreSteam(profile, facts, settings);
  }
}

/**
 * Scores a page, its reviews or a tally the way an aggregator does, and says
 * why: the label, the reasons in sentences, and the figures used.
 *
 * Every site displays whole numbers, and every threshold is compared with the
 * displayed number: the exact mean or percentage rounded half up (so 59.5% is
 * displayed as 60% and is Fresh). The exact figures are in `figures`.
 *
 * - `metacritic` ({@link METACRITIC}): the printed Metascore when the page has
 *   one (the site's own, weighted number); otherwise the mean of the scored
 *   reviews (weighted with `weights`, through {@link aggregate}) rounded half
 *   up, named by the verdict bands of the media (games have their own; a
 *   page that says no media is a game's when its printed Metascore and
 *   verdict fit only the game bands, as for {@link aggregate});
 *   `'tbd'` below `minReviews` (4) scored reviews.
 * - `rt` ({@link ROTTEN_TOMATOES}): a review is fresh when the caller marks it
 *   so, else when the page marks it Fresh (its `freshness`, as Rotten
 *   Tomatoes' pages print it; Rotten is not fresh), else when scored
 *   `freshMinScore` (60) or more; unscored, unmarked reviews are not counted.
 *   No label below 5 judged reviews; Fresh at 60% or more; Certified Fresh at
 *   75% or more with 80 reviews (wide release), 40 (limited) or 20 (TV), of
 *   which 5 by top critics: the caller's `topCritics` marks, else the page's
 *   own (`topCritic`, where it prints them). Without either, Certified Fresh
 *   cannot be shown and the reasons say so.
 * - `opencritic` ({@link OPENCRITIC}): the unweighted mean of the scored
 *   reviews (of top critics only when `topCritics` is given: the Top Critic
 *   Average), rounded half up; the percentage recommending (marked, else
 *   scored 80 or more); the first tier reached: Mighty 84+, Strong 75+, Fair
 *   66+, Weak.
 * - `steam` ({@link STEAM}): the percentage positive (marked, else in the
 *   positive sentiment band of the media) and the count, on the ladder; below
 *   10 reviews the label is the count ("3 user reviews", "No user reviews").
 *
 * @typeParam P - The profile, by name or as an object; it picks the result type.
 * @param profile - A {@link ScoringProfileName} or a profile object (an exported one,
 *   or a copy with other criteria, which is validated).
 * @param input - A parsed page, its reviews, or a {@link ScoreTally}.
 * @param options - `media`, `positive`, `topCritics`, `release`, `weights`;
 *   see {@link ScoreWithOptions}.
 * @returns The label, the reasons (the first is a one-sentence summary) and the figures.
 * @throws `TypeError` for an unknown profile name, a malformed profile, an
 *   input that is no page, reviews or tally, a tally missing a figure the
 *   profile needs, review marks with a tally, or an unknown or mistyped option.
 * @throws `RangeError` for a profile value out of range (a percentage above
 *   100, tiers out of order, invalid bands), an unknown `media`, a score outside
 *   0-100, or a tally whose counts exceed its total.
 *
 * @example
 * ```ts
 * const result = scoreWith('rt', { total: 10, positive: 7 });
 * result.label;
 * //=> 'Fresh'
 * result.reasons[0];
 * //=> 'Tomatometer 70% (7 of 10 reviews fresh), at least the 60% of Fresh.'
 * scoreWith('steam', { total: 3, positive: 3 }).label;
 * //=> '3 user reviews'
 * const { page } = parse('Universal acclaim - based on 2 Critics\n  1. 90\n    A marvel.\n  2. 72\n    Good fun.\n');
 * scoreWith({ ...OPENCRITIC, recommendedMinScore: 75 }, page.reviews).figures.percentRecommended;
 * //=> 50
 * ```
 */
export function scoreWith<P extends ScoringProfileName | ScoringProfile>(
  profile: P,
  input: Page | readonly Review[] | ScoreTally,
  options?: ScoreWithOptions,
): ScoreWithResult<P> {
  return run(FN, resolveProfile(FN, profile), input, options) as ScoreWithResult<P>;
}

/**
 * Options of {@link describeScoring}: those of {@link scoreWith}, and `z` for
 * the Wilson interval.
 *
 * @example
 * ```ts
 * const options: DescribeScoringOptions = { z: 2.576, release: 'limited' };
 * ```
 */
export interface DescribeScoringOptions extends ScoreWithOptions {
  /** The z of the Wilson interval; default 1.96 (95%). */
  readonly z?: number;
}

/**
 * A profile's verdict on a page for people, with the structured result.
 *
 * @example
 * ```ts
 * const { page } = parse('Universal acclaim - based on 3 Critics\n  1. 90\n    A marvel.\n  2. 85\n    Bold.\n  3. 95\n    Alive.\n');
 * const described: DescribeScoringResult = describeScoring(page, 'steam');
 * described.text;
 * //=> 'Steam: 3 user reviews. 3 reviews counted: Steam names a summary from 10 and shows the count below that. 3 of 3 positive; Wilson interval (z = 1.96): 43.8%-100.0%.'
 * ```
 */
export interface DescribeScoringResult {
  readonly profile: ScoringProfileName;
  readonly label: string | undefined;
  readonly reasons: readonly string[];
  /** The Wilson interval of the share of positive reviews under the profile's rule; `undefined` when none is judged. */
  readonly wilson: WilsonInterval | undefined;
  /** One line: the label, the first reason, the positive count and the interval. */
  readonly text: string;
  readonly scoring: ScoreWithResult;
}

/** A share 0-1 as a percentage with one decimal, rounded half up. */
function formatShare(share: number): string {
  return `${(Math.floor(share * 1000 + 0.5) / 10).toFixed(1)}%`;
}

/**
 * Describes a page under a scoring profile in one line, for a command's
 * `--profile` flag, and returns the structured result beside it.
 *
 * The line is: `<Title>: <label or "no label">. <first reason> <positive> of
 * <judged> positive; Wilson interval (z = <z>): <lower>%-<upper>%.` The share
 * counted is the profile's own (fresh for Rotten Tomatoes, recommending for
 * OpenCritic, positive for Steam; for Metacritic, scores in the positive
 * sentiment band of the media). Percentages in the line have one decimal,
 * rounded half up; without judged reviews the interval part reads "No review
 * judged positive or not."
 *
 * A critic's or a publication's profile page lists reviews of many titles: the
 * line then opens `<Title>, the critic's <n> listed reviews taken as one
 * title's: "<label>" (a title's label, not a grade of the critic).`, and the
 * reasons (of {@link scoreWith} too) speak of the listed reviews, not of a
 * title's critics, Tomatometer or Metascore ("As one title's Tomatometer, 0%
 * (0 of 6 reviews fresh), below the 60% of Fresh.").
 *
 * @param page - A parsed page.
 * @param profile - A {@link ScoringProfileName} or a profile object, as for {@link scoreWith}.
 * @param options - Those of {@link scoreWith}, and `z` (default 1.96).
 * @returns The label, reasons, Wilson interval, the line, and {@link scoreWith}'s result.
 * @throws As {@link scoreWith} and {@link wilsonInterval} do.
 *
 * @example
 * ```ts
 * const { page } = parse('Generally favorable reviews - based on 2 Critics\n' +
 *   '  1. Reviewed by: Noel Murray\n    Jul 15, 2013\n    A nail-biter.\n  2. 80\n    Each film stands alone.\n'); // one review scored
 * describeScoring(page, 'metacritic').text;
 * //=> 'Metacritic: tbd. 1 scored review: Metacritic gives a Metascore from 4, so it shows "tbd". 1 of 1 positive; Wilson interval (z = 1.96): 20.7%-100.0%.'
 * SCORING_PROFILE_NAMES.map((name) => describeScoring(page, name).label);
 * //=> ['tbd', undefined, 'Strong', '1 user review']
 * ```
 */
export function describeScoring(page: Page, profile: ScoringProfileName | ScoringProfile, options?: DescribeScoringOptions): DescribeScoringResult {
  const fn = 'describeScoring';
  const given = checkOptions(fn, options, [...OPTION_KEYS, 'z']);
  const { z, ...rest } = given;
  const scoreOptions: Record<string, unknown> = {};
  for (const key of OPTION_KEYS) if (rest[key] !== undefined) scoreOptions[key] = rest[key];
  const checkedPage = checkPage(fn, page, 'page');
  const resolved = resolveProfile(fn, profile);
  const scoring = run(fn, resolved, checkedPage, scoreOptions);

  let judged: number;
  let positive: number;
  switch (scoring.profile) {
    case 'metacritic': {
      const { settings, media } = checkSettings(fn, scoreOptions);
      const bandMedia = bandMediaOf(checkedPage, media);
      ({ judged, positive } = judge(
        checkedPage.reviews,
        settings,
        (score) => classifyScore(score, bandMedia === null ? {} : { media: bandMedia }) === 'positive',
      ));
      break;
    }
    case 'opencritic':
      ({ judged, recommended: positive } = scoring.figures);
      break;
    case 'rt':
    case 'steam':
      ({ judged, positive } = scoring.figures);
      break;
  }
  const wilson = wilsonInterval(positive, judged, z === undefined ? {} : { z: z as number });
  const interval =
    wilson === undefined
      ? 'No review judged positive or not.'
      : `${positive} of ${judged} positive; Wilson interval (z = ${wilson.z}): ${formatShare(wilson.lower)}-${formatShare(wilson.upper)}.`;
  const reason = scoring.reasons[0] ?? '';
  return {
    profile: scoring.profile,
    label: scoring.label,
    reasons: scoring.reasons,
    wilson,
    text: `${labelled(checkedPage, scoring.title, scoring.label)} ${reason} ${interval}`,
    scoring,
  };
}

/**
 * The line's opening: `<Title>: <label>.` on a title page; on a critic's or a publication's profile
 * page, whose listed reviews are of many titles, the label said to be what they would give one
 * title, not a grade of the critic or the publication.
 */
function labelled(page: Page, title: string, label: string | undefined): string {
  if (page.kind === 'film') return `${title}: ${label ?? 'no label'}.`;
  const listed = plural(page.reviews.length, 'listed review');
  const named = label === undefined ? 'no label.' : `"${label}" (a title's label, not a grade of the ${page.kind}).`;
  return `${title}, the ${page.kind}'s ${listed} taken as one title's: ${named}`;
}
