/**
 * On a publication's profile, every review is the publication's: a review
 * that names none gets the profile's name.
 *
 * @module
 */
import type { Refiner } from '../../../engine/refine.js';
import type { MetacriticState } from '../state.js';

/** Fills in the publication of a publication profile's reviews. */
export const profilePublicationRefiner: Refiner<MetacriticState> = {
  name: 'publication on publication profiles',
  refine(state) {
    const { profile } = state;
    if (!profile || (profile.subject ?? 'publication') !== 'publication' || profile.name === null) return;
    const name = profile.name;
    state.reviews = state.reviews.map((review) => (review.publication === null ? { ...review, publication: name } : review));
  },
};
