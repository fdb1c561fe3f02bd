/**
 * The state movies.com's readers share while reading one page.
 *
 * @module
 */
import type { SiteInput } from '../../parse/site.js';
import { readingOf, type ReadingState } from '../shared/state.js';
import { MOVIESCOM_LINES, type MoviesComLineKind } from './lines.js';

export { lineAt, nextNonBlank } from '../shared/state.js';

/** What the readers of one page share. */
export interface MoviesComState extends ReadingState<MoviesComLineKind> {
  /** `header` above the list, `list` in it, `after` past its last bullet (Common Sense Media's block and the rest). */
  phase: 'header' | 'list' | 'after';
  /** Whether the page prints its bullets (`• 100`); a browser's copy drops them, and then a number over `out of 100` opens an item. */
  readonly bulleted: boolean;
}

/** A fresh state for `input`, every line classified. */
export function stateOf(input: SiteInput): MoviesComState {
  const reading = readingOf(input, MOVIESCOM_LINES, 'metacritic');
  return { ...reading, phase: 'header', bulleted: reading.kinds.includes('bullet') };
}
