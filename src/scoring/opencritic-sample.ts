import type { Page, Review } from '../types/page.js';
import { wilsonInterval, type WilsonInterval } from './intervals.js';
import { OPENCRITIC, type OpenCriticProfile } from './profiles.js';
import { type OpenCriticScoring, scoreWith } from './score.js';
import { checkOptions, checkPage } from './shared.js';

/**
 * The word marks OpenCritic's outlets give instead of a number, and whether
 * each recommends the game (lower case): `essential`, `recommended`, `highly
 * recommended`, `must play`, `yes`, `buy` recommend; `no`, `not yet`,
 * `avoid`, `don't buy`, `wait for sale` do not (frozen). `Unscored` is no
 * mark: such a review is not judged.
 *
 * @example
 * ```ts
 * OPENCRITIC_WORD_MARKS.get('essential');
 * //=> true
 * OPENCRITIC_WORD_MARKS.get('not yet');
 * //=> false
 * ```
 */
export const OPENCRITIC_WORD_MARKS: ReadonlyMap<string, boolean> = new Map([
  ['essential', true],
  ['recommended', true],
  ['highly recommended', true],
  ['must play', true],
  ['yes', true],
  ['buy', true],
  ['no', false],
  ['not yet', false],
  ['avoid', false],
  ["don't buy", false],
  ['wait for sale', false],
]);

/**
 * What an OpenCritic page's listed reviews say of its figures, as a sample
 * of the game's reviews: a review list shows a page of them, so the Top
 * Critic Average and the share recommending computed here estimate the
 * game's, with the share's Wilson interval saying how closely.
 *
 * @example
 * ```ts
 * const page = parse('Hades II Reviews\nIGN\nTop Critic\n88 / 100\nMay 8, 2025\nA triumph.\nRead full review\n', { sites: ALL_SITES }).page;
 * const sample: OpenCriticSample = summarizeOpenCritic(page);
 * sample.topCriticAverage.figures.score; //=> 88
 * ```
 */
export interface OpenCriticSample {
  /** The reviews the page lists. */
  readonly listed: number;
  /** Of them, those marked "Top Critic". */
  readonly topCritics: number;
  /**
   * The profile's scoring with the page's Top Critic marks: the mean of the
   * top critics' scores (OpenCritic's Top Critic Average), the share
   * recommending among every judged review, and the tier.
   */
  readonly topCriticAverage: OpenCriticScoring;
  /** The same over every scored review (for a page that marks no top critic, the only average). */
  readonly allCritics: OpenCriticScoring;
  /** The Wilson interval of the share recommending; `undefined` when no review is judged. */
  readonly recommended: WilsonInterval | undefined;
  /** One line for people: the average, the share with its interval, and that it is a sample. */
  readonly text: string;
}

/**
 * Options of {@link summarizeOpenCritic}.
 *
 * @example
 * ```ts
 * const options: SummarizeOpenCriticOptions = { profile: { ...OPENCRITIC, recommendedMinScore: 75 }, z: 2.576 };
 * ```
 */
export interface SummarizeOpenCriticOptions {
  /** The OpenCritic criteria; default {@link OPENCRITIC}. */
  readonly profile?: OpenCriticProfile;
  /** The z of the Wilson interval; default 1.96 (95%). */
  readonly z?: number;
}

const FN = 'summarizeOpenCritic';

/** A review's word mark's verdict (`Essential` recommends), or `undefined` for a number or no mark. */
function wordMarkVerdict(review: Review): boolean | undefined {
  return review.mark === null ? undefined : OPENCRITIC_WORD_MARKS.get(review.mark.trim().toLowerCase());
}

/** A share 0-1 as a percentage with one decimal, rounded half up. */
function percentText(share: number): string {
  return `${(Math.floor(share * 1000 + 0.5) / 10).toFixed(1)}%`;
}

/**
 * Scores an OpenCritic page's listed reviews by the OpenCritic profile of
 * {@link scoreWith}, as a sample of the game's reviews.
 *
 * - Top Critic Average: the mean of the 0-100 scores (marks converted by
 *   `normalizeScore`) of the reviews marked "Top Critic" (`topCritic: true`),
 *   rounded half up; `allCritics` is the mean of every scored review.
 * - Share recommending: a review recommends when scored at the profile's
 *   `recommendedMinScore` (80) or more, or when its word mark recommends
 *   ({@link OPENCRITIC_WORD_MARKS}: `Essential`, `Yes`, ...); a review with
 *   neither (`Unscored`, an unknown word) is not judged.
 * - As a sample: the page lists some of the game's reviews, so the share
 *   comes with its Wilson interval (z 1.96 by default) and the line says it
 *   is the page's sample; the game's own figures rest on all its reviews.
 *
 * @param page - A parsed page (an OpenCritic review list or game page; any page is read the same way).
 * @param options - `profile` (default {@link OPENCRITIC}) and `z` (default 1.96).
 * @returns The counts, both scorings, the interval and a line for people.
 * @throws `TypeError` for a page that is no parsed page, or an unknown option; as {@link scoreWith} for a malformed profile.
 *
 * @example
 * ```ts
 * import { parse } from 'critic-consensus';
 * import { ALL_SITES } from 'critic-consensus/sites';
 *
 * const ocReviewList =
 *   'Hades II Reviews\nIGN\nJane Doe\nTop Critic\n9 / 10\nMay 8, 2025\nA triumph.\nRead full review\n\n' +
 *   'Eurogamer\nJohn Roe\nEssential\nMay 8, 2025\nSuperb.\nRead full review\n\n7 / 10\nMay 9, 2025\nFine.\nRead full review\n';
 * const { page } = parse(ocReviewList, { sites: ALL_SITES }); // 3 reviews: IGN (Top Critic, 9 / 10), Eurogamer (Essential), 7 / 10
 * const sample = summarizeOpenCritic(page);
 * [sample.listed, sample.topCritics, sample.topCriticAverage.figures.score, sample.allCritics.figures.score];
 * //=> [3, 1, 90, 80]
 * sample.text;
 * //=> 'OpenCritic, from the 3 reviews listed on this page (a sample of the game\'s): Top Critic Average 90 (1 scored top-critic review), 2 of 3 judged critics recommend (66.7%; Wilson interval, z = 1.96: 20.8%-93.9%).'
 * ```
 */
export function summarizeOpenCritic(page: Page, options?: SummarizeOpenCriticOptions): OpenCriticSample {
  const given = checkOptions(FN, options, ['profile', 'z']);
  const checked = checkPage(FN, page, 'page');
  const profile = (given['profile'] as OpenCriticProfile | undefined) ?? OPENCRITIC;
  const positive = (review: Review): boolean | undefined => wordMarkVerdict(review);
  const topCriticAverage = scoreWith(profile, checked, { positive, topCritics: (review: Review) => review.topCritic === true });
  // Every scored review, the page's Top Critic marks set aside (scoreWith averages the marked alone where a page prints them).
  const allCritics = scoreWith(profile, { ...checked, reviews: checked.reviews.map((review) => ({ ...review, topCritic: null })) }, { positive });
  const { judged, recommended: count, score } = { ...topCriticAverage.figures };
  const z = given['z'] as number | undefined;
  const recommended = wilsonInterval(count, judged, z === undefined ? {} : { z });
  const listed = checked.reviews.length;
  const topCritics = checked.reviews.filter((review) => review.topCritic === true).length;
  const scoredTop = topCriticAverage.figures.scored;
  const average =
    score === undefined
      ? `no Top Critic Average (no scored top-critic review${allCritics.figures.score === undefined ? '' : `; the average of every scored review is ${allCritics.figures.score}`})`
      : `Top Critic Average ${score} (${scoredTop} scored top-critic review${scoredTop === 1 ? '' : 's'})`;
  const share =
    recommended === undefined
      ? 'no critic judged recommending or not'
      : `${count} of ${judged} judged critic${judged === 1 ? '' : 's'} recommend (${percentText(recommended.estimate)}; Wilson interval, z = ${recommended.z}: ${percentText(recommended.lower)}-${percentText(recommended.upper)})`;
  const text = `${profile.title}, from the ${listed} review${listed === 1 ? '' : 's'} listed on this page (a sample of the game's): ${average}, ${share}.`;
  return { listed, topCritics, topCriticAverage, allCritics, recommended, text };
}
