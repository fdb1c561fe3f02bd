/**
 * The state Moviefone's readers share while reading one page.
 *
 * @module
 */
import type { SiteInput } from '../../parse/site.js';
import { withPageBullets } from '../shared/lines.js';
import { readingOf, type ReadingState } from '../shared/state.js';
import { MOVIEFONE_KINDS, type MoviefoneValues } from './lines.js';

export { furnish, kindAt, lineAt, nextNonBlank, report, reportUnplaced, spanOf, valueAt } from '../shared/state.js';

/** What the readers of one page share. */
export interface MoviefoneState extends ReadingState<MoviefoneValues> {
  /** `header` above the reviews (release dates, rating, plot, cast), `reviews` under `Ratings & Reviews` or the counts. */
  phase: 'header' | 'reviews';
}

/** A fresh state for `input`, every line classified. */
export function stateOf(input: SiteInput): MoviefoneState {
  return { ...readingOf(withPageBullets(input), MOVIEFONE_KINDS, 'metacritic'), phase: 'header' };
}
