/**
 * The state movies.com's readers share while reading one page.
 *
 * @module
 */
import type { SiteInput } from '../../parse/site.js';
import { withPageBullets } from '../shared/lines.js';
import { readingOf, type ReadingState } from '../shared/state.js';
import { MOVIESCOM_KINDS, type MoviesComValues } from './lines.js';

export { furnish, kindAt, lineAt, nextNonBlank, report, reportUnplaced, spanOf, valueAt } from '../shared/state.js';

/** What the readers of one page share. */
export interface MoviesComState extends ReadingState<MoviesComValues> {
  /** `header` above the list, `list` in it, `after` past its last bullet (Common Sense Media's block and the rest). */
  phase: 'header' | 'list' | 'after';
}

/** A fresh state for `input`, every line classified. */
export function stateOf(input: SiteInput): MoviesComState {
  return { ...readingOf(withPageBullets(input), MOVIESCOM_KINDS, 'metacritic'), phase: 'header' };
}
