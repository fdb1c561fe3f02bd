/**
 * How reviews compare with their titles' Metascores: the shares graded higher,
 * the same and lower than the average critic, and by how many points.
 *
 * @module
 */
import type { Review } from '../types/page.js';
import { roundRatio } from './rounding.js';
import { checkScore, checkTitleMetascore, describeValue, isRecord, ownValue } from './validate.js';

/**
 * What {@link compareWithMetascore} reads of a review: its own `score` and its
 * title's `metascore` (a number, `'tbd'` or `null`). Every {@link Review} is one.
 *
 * @example
 * ```ts
 * const pair: ComparableReview = { score: 80, metascore: 72 };
 * ```
 */
export type ComparableReview = Pick<Review, 'score' | 'metascore'>;

/**
 * The reviews {@link compareWithMetascore} could not compare, each counted once
 * under the first reason that applies, in this order.
 *
 * @example
 * ```ts
 * const skipped: MetascoreSkips = { noScore: 0, tbd: 1, noMetascore: 0 };
 * ```
 */
export interface MetascoreSkips {
  /** The review's own score is `null`. */
  readonly noScore: number;
  /** The title's Metascore is `'tbd'`. */
  readonly tbd: number;
  /** The title's Metascore is `null`. */
  readonly noMetascore: number;
}

/**
 * What {@link compareWithMetascore} finds. The shares and the mean cover the
 * compared reviews and are `undefined`, never NaN, when there are none.
 *
 * @example
 * ```ts
 * compareWithMetascore([]);
 * //=> { reviewCount: 0, comparedCount: 0, skipped: { noScore: 0, tbd: 0, noMetascore: 0 },
 * //     higher: 0, same: 0, lower: 0, fractionHigher: undefined, fractionSame: undefined,
 * //     fractionLower: undefined, percentHigher: undefined, percentSame: undefined,
 * //     percentLower: undefined, meanDifference: undefined, pointsVsAverage: undefined }
 * ```
 */
export interface CompareWithMetascoreResult {
  /** All reviews given. */
  readonly reviewCount: number;
  /** Reviews with both a score and a numeric Metascore. */
  readonly comparedCount: number;
  /** The others, by reason; they add up to `reviewCount − comparedCount`. */
  readonly skipped: MetascoreSkips;
  /** Compared reviews scored above their title's Metascore. */
  readonly higher: number;
  /** Compared reviews scored exactly at it. */
  readonly same: number;
  /** Compared reviews scored below it. */
  readonly lower: number;
  /** higher ÷ comparedCount, full precision (0 to 1). */
  readonly fractionHigher: number | undefined;
  /** same ÷ comparedCount, full precision. */
  readonly fractionSame: number | undefined;
  /** lower ÷ comparedCount, full precision. */
  readonly fractionLower: number | undefined;
  /** higher × 100 ÷ comparedCount rounded half up to a whole number, as the profile pages print it. */
  readonly percentHigher: number | undefined;
  /** same × 100 ÷ comparedCount rounded half up to a whole number. */
  readonly percentSame: number | undefined;
  /** lower × 100 ÷ comparedCount rounded half up to a whole number. */
  readonly percentLower: number | undefined;
  /** The mean of score − Metascore over the compared reviews, signed, full precision. */
  readonly meanDifference: number | undefined;
  /** `meanDifference` rounded to one decimal, half away from zero, as printed ("12.7 points higher" is 12.7). */
  readonly pointsVsAverage: number | undefined;
}

/**
 * Compares pairs already checked: the work of {@link compareWithMetascore}.
 *
 * @internal
 */
export function comparePairs(reviews: readonly ComparableReview[]): CompareWithMetascoreResult {
  const skipped = { noScore: 0, tbd: 0, noMetascore: 0 };
  let higher = 0;
  let same = 0;
  let lower = 0;
  let differenceSum = 0;
  for (const { score, metascore } of reviews) {
    if (score === null) skipped.noScore += 1;
    else if (metascore === 'tbd') skipped.tbd += 1;
    else if (metascore === null) skipped.noMetascore += 1;
    else {
      if (score > metascore) higher += 1;
      else if (score < metascore) lower += 1;
      else same += 1;
      differenceSum += score - metascore;
    }
  }
  const n = higher + same + lower;
  const fraction = (count: number): number | undefined => (n === 0 ? undefined : count / n);
  const percent = (count: number): number | undefined => (n === 0 ? undefined : roundRatio(count * 100, n, 0));
  return {
    reviewCount: reviews.length,
    comparedCount: n,
    skipped,
    higher,
    same,
    lower,
    fractionHigher: fraction(higher),
    fractionSame: fraction(same),
    fractionLower: fraction(lower),
    percentHigher: percent(higher),
    percentSame: percent(same),
    percentLower: percent(lower),
    meanDifference: n === 0 ? undefined : differenceSum / n,
    pointsVsAverage: n === 0 ? undefined : roundRatio(differenceSum, n, 1),
  };
}

/**
 * Compares reviews with their titles' Metascores, the way critic and
 * publication profile pages state it ("For N reviews, this critic has graded:
 * 75% higher than the average critic, 0% same, 25% lower"; "On average, this
 * critic grades 12.7 points higher than other critics").
 *
 * - A review is compared when its `score` is a number and its `metascore` is a
 *   number; the others are counted in `skipped`, each under its first reason:
 *   no score, then a `'tbd'` Metascore, then no Metascore.
 * - Higher, same and lower compare the two numbers exactly (80 vs 80 is same).
 * - `fraction*` are counts ÷ comparedCount at full precision; the counts
 *   themselves give the exact ratios.
 * - Rounding: `percent*` are count × 100 ÷ comparedCount rounded half up to a
 *   whole number, each on its own, as the pages print them; so the three can
 *   add up to 99 or 101 (1 of 3 each gives 33, 33, 33). `pointsVsAverage` is
 *   `meanDifference` rounded to one decimal, half away from zero (−4.85 is
 *   −4.9), computed from the exact sum so that halves are seen as halves.
 * - With nothing compared, every share and mean is `undefined`.
 *
 * @param reviews - Reviews, or any `{ score, metascore }` pairs.
 * @returns The counts, shares and mean difference; see {@link CompareWithMetascoreResult}.
 * @throws `TypeError` when `reviews` is not an array of objects, or a `score`
 *   is not a number or `null`, or a `metascore` is not a number, `'tbd'` or `null`;
 *   `RangeError` naming the review when either is outside 0-100 or not finite.
 *
 * @example
 * ```ts
 * // Sheri Linden's listed TV reviews (corpus case 031): 80 vs 72, 90 vs 67, 70 vs 72, 80 vs tbd.
 * const sheriLinden = 'For 4 reviews, this critic has graded:\n  • 75% higher than the average critic\n' +
 *   '  • 0% same as the average critic\n  • 25% lower than the average critic\n' +
 *   'On average, this critic grades 12.7 points higher than other critics. (0-100 point scale)\n\n' +
 *   "Sheri Linden's Scores\n\nAverage review score: 80\n4 tv reviews\n" +
 *   '    • 72 Metascore\n    • 80 Sheri Linden\n    A revealing spark.\n    • 67 Metascore\n    • 90 Sheri Linden\n    Gripping.\n' +
 *   '    • 72 Metascore\n    • 70 Sheri Linden\n    Purple now and then.\n    • tbd Metascore\n    • 80 Sheri Linden\n    A call to act.\n';
 * const result = compareWithMetascore(parse(sheriLinden).page.reviews);
 * [result.comparedCount, result.higher, result.same, result.lower, result.skipped.tbd];
 * //=> [3, 2, 0, 1, 1]
 * [result.percentHigher, result.percentSame, result.percentLower];
 * //=> [67, 0, 33]
 * [result.meanDifference, result.pointsVsAverage]; // (8 + 23 − 2) ÷ 3
 * //=> [9.666666666666666, 9.7]
 * ```
 */
export function compareWithMetascore(reviews: readonly ComparableReview[]): CompareWithMetascoreResult {
  const fn = 'compareWithMetascore';
  const value: unknown = reviews;
  if (!Array.isArray(value)) {
    throw new TypeError(`${fn}: reviews must be an array of { score, metascore } objects; got ${describeValue(value)}.`);
  }
  const pairs = (value as unknown[]).map((review, index): ComparableReview => {
    if (!isRecord(review)) {
      throw new TypeError(`${fn}: reviews[${index}] must be a review object; got ${describeValue(review)}.`);
    }
    return {
      score: checkScore(fn, ownValue(review, 'score'), `reviews[${index}].score`),
      metascore: checkTitleMetascore(fn, ownValue(review, 'metascore') ?? null, `reviews[${index}].metascore`),
    };
  });
  return comparePairs(pairs);
}
