/**
 * Steps after reading a Rotten Tomatoes page: on a page that marks some
 * reviews "Top Critic", the others are not top critics' (`false`, not
 * `null`).
 *
 * @module
 */
import type { PageDraft } from '../shared/draft.js';

/** Refines the reviews of a read page. */
export function refineRtPage(draft: PageDraft): void {
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
