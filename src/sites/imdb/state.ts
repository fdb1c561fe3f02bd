/**
 * The state IMDb's readers share while reading one page.
 *
 * @module
 */
import type { SiteInput } from '../../parse/site.js';
import { readingOf, type ReadingState } from '../shared/state.js';
import { IMDB_KINDS, type ImdbValues } from './lines.js';

export { furnish, kindAt, lineAt, nextNonBlank, report, reportUnplaced, spanOf, valueAt } from '../shared/state.js';

/** What the readers of one page share. */
export interface ImdbState extends ReadingState<ImdbValues> {
  /** `header` until the count line; then the list of the layout it names. */
  phase: 'header' | 'list-2018' | 'list-mobile';
  /** What IMDb page of another kind the page is, from a line of its own (`External reviews`, `Review this title`). */
  pageIs: string | undefined;
}

/** A fresh state for `input`, every line classified. */
export function stateOf(input: SiteInput): ImdbState {
  return { ...readingOf(input, IMDB_KINDS, 'metacritic'), phase: 'header', pageIs: undefined };
}
