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
    // The reviews are the reading's own, not yet returned: each is given the name where it stands, not copied.
    for (const review of state.reviews) if (review.publication === null) (review as { publication: string | null }).publication = name;
  },
};
