/**
 * Steps after reading a Rotten Tomatoes page: on a page that marks some
 * reviews "Top Critic", the others are not top critics' (`false`, not
 * `null`).
 *
 * @module
 */
import type { Refiner } from '../../parse/engine/index.js';
import type { ReviewsDraft } from '../shared/draft.js';

/** Where a page marks some reviews "Top Critic", the others are not: false; where it marks none, nothing is known: null. */
function refineTopCritics(draft: ReviewsDraft): void {
  const { reviews } = draft;
  if (!reviews.some((review) => review.topCritic === true)) {
    // Only the 2011 list marks top critics: where none is marked, nothing is known.
    for (let index = 0; index < reviews.length; index++) {
      const review = reviews[index];
      if (review && review.topCritic === false) reviews[index] = { ...review, topCritic: null };
    }
    return;
  }
  for (let index = 0; index < reviews.length; index++) {
    const review = reviews[index];
    if (review && review.topCritic !== true) reviews[index] = { ...review, topCritic: false };
  }
}

/** The refiners of a read Rotten Tomatoes page, in order. */
export const RT_REFINERS: readonly Refiner<ReviewsDraft>[] = [{ name: 'top critics', refine: refineTopCritics }];
