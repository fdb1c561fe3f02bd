/**
 * The Metacritic refiners, in the order they run after reading.
 *
 * @module
 */
import type { Refiner } from '../../../engine/refine.js';
import type { MetacriticState } from '../state.js';
import { boxArtTitleRefiner } from './box-art-title.js';
import { criticTotalsRefiner } from './critic-totals.js';
import { declaredCountsRefiner } from './declared-counts.js';
import { pageFoundRefiner } from './page-found.js';
import { profilePublicationRefiner } from './profile-publication.js';
import { unindentedReviewsRefiner } from './unindented-reviews.js';

export { findTruncatedLine, reportTruncatedLine } from './truncated-line.js';

/**
 * Every Metacritic refiner, in order: the totals check after the declared counts, which join reviews to keep the count;
 * the unindented reviews' warnings after them too (they are no boundary of two lines of text, which the declared counts may join).
 */
export const METACRITIC_REFINERS: readonly Refiner<MetacriticState>[] = [
  declaredCountsRefiner,
  unindentedReviewsRefiner,
  criticTotalsRefiner,
  profilePublicationRefiner,
  boxArtTitleRefiner,
  pageFoundRefiner,
];
