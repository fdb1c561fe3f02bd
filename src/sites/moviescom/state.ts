/**
 * The state movies.com's readers share while reading one page.
 *
 * @module
 */
import type { SiteInput } from '../../parse/site.js';
import { readingOf, type ReadingState } from '../shared/state.js';
import { MOVIESCOM_KINDS, type MoviesComValues } from './lines.js';

export { furnish, kindAt, lineAt, nextNonBlank, report, reportUnplaced, spanOf, valueAt } from '../shared/state.js';

/** What the readers of one page share. */
export interface MoviesComState extends ReadingState<MoviesComValues> {
  /** `header` above the list, `list` in it, `after` past its last bullet (Common Sense Media's block and the rest). */
  phase: 'header' | 'list' | 'after';
  /** Whether the page prints its bullets (`• 100`); a browser's copy drops them, and then a number over `out of 100` opens an item. */
  readonly bulleted: boolean;
}

/** True when some line of the page is a bullet (`• 100`). */
function hasBullet(reading: ReadingState<MoviesComValues>): boolean {
  for (let at = 0; at < reading.tokens.count; at++) if (reading.tokens.is(at, 'bullet')) return true;
  return false;
}

/** A fresh state for `input`, every line classified. */
export function stateOf(input: SiteInput): MoviesComState {
  const reading = readingOf(input, MOVIESCOM_KINDS, 'metacritic');
  return { ...reading, phase: 'header', bulleted: hasBullet(reading) };
}
