/**
 * What a Rotten Tomatoes page's figures imply: the Tomatometer from the Fresh
 * and Rotten counts (a missing one inferred from the critic count), the Fresh
 * counts a printed Tomatometer allows out of the critic count, the share of
 * the listed reviews marked fresh (a sample of the page's reviews), and where
 * they disagree with what the page prints.
 *
 * @module
 */
import type { Distribution, Review } from '../types/page.js';
import type { Discrepancy, ScoreRange } from './consistency.js';
import { roundHalfUp } from '../shared/checks.js';

/**
 * The listed reviews' freshness: how many are marked fresh and rotten, and the
 * fresh share in percent (full precision). A sample of the page's reviews
 * unless every one is listed.
 *
 * @example
 * ```ts
 * const sample: FreshnessSample = { fresh: 4, rotten: 3, percent: 57.142857142857146 };
 * ```
 */
export interface FreshnessSample {
  readonly fresh: number;
  readonly rotten: number;
  readonly percent: number;
}

/**
 * What {@link checkConsistency} finds about a Rotten Tomatoes page's
 * Tomatometer (the `tomatometer` of its report, on pages whose `source` is
 * "rottentomatoes").
 *
 * - `fresh` / `rotten`: the printed counts ("Fresh (394) | Rotten (14)"); where
 *   one is absent and the critic count is printed, it is inferred as the
 *   critic count minus the other (named in `inferred`).
 * - `fromCounts`: fresh × 100 ÷ (fresh + rotten), full precision; `undefined`
 *   without both counts or when both are 0.
 * - `freshInterval`: the Fresh counts from 0 to the critic count whose
 *   percent, rounded half up, is the printed Tomatometer; `undefined` without
 *   both figures or when none is.
 * - `sample`: the listed reviews' freshness; `undefined` when none prints one.
 *
 * @example
 * ```ts
 * import { checkConsistency, parse } from 'critic-consensus';
 * import { ALL_SITES } from 'critic-consensus/sites';
 *
 * const text = 'Critic Reviews for Mad Max: Fury Road\nAll Critics (408) | Top Critics (56) | Fresh (394) | Rotten (14)\n';
 * checkConsistency(parse(text, { sites: ALL_SITES }).page).tomatometer;
 * //=> { printed: null, fresh: 394, rotten: 14, inferred: [], fromCounts: 96.56862745098039,
 * //     freshInterval: undefined, sample: undefined }
 * ```
 */
export interface TomatometerReport {
  /** The printed Tomatometer percent, or `null`. */
  readonly printed: number | null;
  readonly fresh: number | null;
  readonly rotten: number | null;
  readonly inferred: readonly ('fresh' | 'rotten')[];
  readonly fromCounts: number | undefined;
  readonly freshInterval: ScoreRange | undefined;
  readonly sample: FreshnessSample | undefined;
}

/** The Rotten Tomatoes figures of a page that the check reads. */
export interface TomatometerFacts {
  readonly criticCount: number | null;
  readonly distribution: Distribution | null;
  readonly tomatometer: number | null;
  readonly reviews: readonly Review[];
}

/** A percent rounded as the Tomatometer prints it: half up, to a whole number. */
function roundPercent(fresh: number, total: number): number {
  return roundHalfUp((fresh * 100) / total);
}

/**
 * The Tomatometer report of a Rotten Tomatoes page, pushing what disagrees to
 * `discrepancies`: Fresh and Rotten counts that do not add up to the critic
 * count, a printed Tomatometer that is not the counts' percent (rounded half
 * up), one that no Fresh count out of the critic count gives, more listed
 * fresh (or rotten) reviews than the counts hold, and a printed Tomatometer
 * unlike the listed reviews' share when every review is listed with its
 * freshness.
 */
export function checkTomatometer(facts: TomatometerFacts, discrepancies: Discrepancy[]): TomatometerReport {
  const { criticCount, tomatometer: printed } = facts;
  let fresh = facts.distribution?.positive ?? null;
  let rotten = facts.distribution?.negative ?? null;
  const inferred: ('fresh' | 'rotten')[] = [];
  if (fresh !== null && rotten !== null && criticCount !== null && fresh + rotten !== criticCount) {
    discrepancies.push({
      code: 'fresh-rotten-sum-mismatch',
      message: `The Fresh and Rotten counts add up to ${fresh + rotten}, not the ${criticCount} critics the page counts.`,
      declared: criticCount,
      found: fresh + rotten,
    });
  } else if (criticCount !== null && (fresh === null) !== (rotten === null)) {
    const known = fresh ?? rotten ?? 0;
    if (known <= criticCount) {
      if (fresh === null) {
        fresh = criticCount - known;
        inferred.push('fresh');
      } else {
        rotten = criticCount - known;
        inferred.push('rotten');
      }
    } else {
      discrepancies.push({
        code: 'fresh-rotten-sum-mismatch',
        message: `The page counts ${known} ${fresh === null ? 'Rotten' : 'Fresh'} reviews, more than its ${criticCount} critics.`,
        declared: criticCount,
        found: known,
      });
    }
  }
  const fromCounts = fresh !== null && rotten !== null && fresh + rotten > 0 ? (fresh * 100) / (fresh + rotten) : undefined;
  if (printed !== null && fromCounts !== undefined && fresh !== null && rotten !== null && roundPercent(fresh, fresh + rotten) !== printed) {
    discrepancies.push({
      code: 'tomatometer-mismatch',
      message: `The page prints a Tomatometer of ${printed}%, but ${fresh} Fresh of ${fresh + rotten} reviews is ${roundPercent(fresh, fresh + rotten)}%.`,
      declared: printed,
      found: roundPercent(fresh, fresh + rotten),
    });
  }
  let freshInterval: ScoreRange | undefined;
  if (printed !== null && criticCount !== null && criticCount > 0) {
    let min = -1;
    let max = -1;
    for (let count = 0; count <= criticCount; count++) {
      if (roundPercent(count, criticCount) !== printed) continue;
      if (min < 0) min = count;
      max = count;
    }
    if (min >= 0) freshInterval = { min, max };
    else {
      discrepancies.push({
        code: 'tomatometer-count-impossible',
        message: `No count of Fresh reviews out of ${criticCount} gives the printed Tomatometer of ${printed}%.`,
        declared: printed,
        found: criticCount,
      });
    }
  }
  const sample = freshnessOf(facts.reviews);
  if (sample !== undefined) {
    for (const [name, listed, count] of [
      ['fresh', sample.fresh, fresh],
      ['rotten', sample.rotten, rotten],
    ] as const) {
      if (count !== null && listed > count) {
        discrepancies.push({
          code: 'freshness-count-exceeded',
          message: `The page lists ${listed} ${name} reviews, but counts ${count}.`,
          declared: count,
          found: listed,
        });
      }
    }
    const all = sample.fresh + sample.rotten;
    if (printed !== null && criticCount !== null && all === criticCount && all > 0 && roundPercent(sample.fresh, all) !== printed) {
      discrepancies.push({
        code: 'tomatometer-sample-mismatch',
        message: `Every review is listed, ${sample.fresh} of ${all} fresh (${roundPercent(sample.fresh, all)}%), but the page prints a Tomatometer of ${printed}%.`,
        declared: printed,
        found: roundPercent(sample.fresh, all),
      });
    }
  }
  return { printed, fresh, rotten, inferred, fromCounts, freshInterval, sample };
}

/** The listed reviews' freshness; `undefined` when no review prints one. */
function freshnessOf(reviews: readonly Review[]): FreshnessSample | undefined {
  let fresh = 0;
  let rotten = 0;
  for (const review of reviews) {
    if (review.freshness === 'fresh') fresh++;
    else if (review.freshness === 'rotten') rotten++;
  }
  return fresh + rotten === 0 ? undefined : { fresh, rotten, percent: (fresh * 100) / (fresh + rotten) };
}
