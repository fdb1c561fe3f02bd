/**
 * The state Moviefone's readers share while reading one page.
 *
 * @module
 */
import type { SiteInput } from '../../parse/site.js';
import { readingOf, type ReadingState } from '../shared/state.js';
import { MOVIEFONE_KINDS, type MoviefoneValues } from './lines.js';

export { furnish, kindAt, lineAt, nextNonBlank, report, reportUnplaced, spanOf, valueAt } from '../shared/state.js';

/** What the readers of one page share. */
export interface MoviefoneState extends ReadingState<MoviefoneValues> {
  /**
   * `header` above the reviews (release dates, rating, plot, cast), `reviews` under `Ratings & Reviews` or the counts,
   * `users` under a `User Reviews` heading past them (the users' reviews, left out as furniture to the page's end).
   */
  phase: 'header' | 'reviews' | 'users';
}

/** A fresh state for `input`, every line classified. */
export function stateOf(input: SiteInput): MoviefoneState {
  return { ...readingOf(input, MOVIEFONE_KINDS, 'metacritic'), phase: 'header' };
}
