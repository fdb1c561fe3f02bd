/**
 * The state Fandango's readers share while reading one page.
 *
 * @module
 */
import type { SiteInput } from '../../parse/site.js';
import { readingOf, type ReadingState } from '../shared/state.js';
import { FANDANGO_KINDS, type FandangoValues } from './lines.js';

export { furnish, kindAt, lineAt, nextNonBlank, report, reportUnplaced, spanOf, valueAt } from '../shared/state.js';

/** What the readers of one page share. */
export interface FandangoState extends ReadingState<FandangoValues> {
  /** `synopsis` under an overview's synopsis heading, `critics` in the list (past the Metascore, the users' part: `usersPart`). */
  phase: 'critics' | 'synopsis';
}

/** A fresh state for `input`, every line classified. */
export function stateOf(input: SiteInput): FandangoState {
  return { ...readingOf(input, FANDANGO_KINDS, 'metacritic'), phase: 'critics' };
}
