/**
 * OpenCritic's steps after reading.
 *
 * @module
 */
import type { Refiner } from '../../parse/engine/index.js';
import type { OpenCriticState } from './state.js';

/**
 * On a review list, which marks top critics, a review not marked "Top
 * Critic" is `topCritic: false`; on a game page's quotes, which never show
 * it, `null`.
 */
export function refineTopCritics(state: OpenCriticState): void {
  const { reviews } = state.draft;
  for (let at = 0; at < reviews.length; at++) {
    const review = reviews[at];
    if (review === undefined) continue;
    const topCritic = review.topCritic === true ? true : state.marksTopCritics ? false : null;
    if (topCritic !== review.topCritic) reviews[at] = { ...review, topCritic };
  }
}

/** OpenCritic's refiners, in order. */
export const REFINERS: readonly Refiner<OpenCriticState>[] = [{ name: 'top critics', refine: refineTopCritics }];
