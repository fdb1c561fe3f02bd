/**
 * The state OpenCritic's readers share while reading one page.
 *
 * @module
 */
import type { SiteInput } from '../../parse/site.js';
import { readingOf, type ReadingState } from '../shared/state.js';
import { OPENCRITIC_KINDS, type OpenCriticValues } from './lines.js';

export { furnish, kindAt, lineAt, nextNonBlank, report, reportUnplaced, spanOf, valueAt } from '../shared/state.js';

/** What the readers of one page share. */
export interface OpenCriticState extends ReadingState<OpenCriticValues> {
  /** `list` on a review list (blocks of outlet, critic, mark and date), `quotes` after a game page's heading (one quote a line). */
  phase: 'header' | 'list' | 'quotes';
  /** Whether the layout marks top critics (a review list does; a game page's quotes do not). */
  marksTopCritics: boolean;
}

/** A fresh state for `input`, every line classified. */
export function stateOf(input: SiteInput): OpenCriticState {
  return { ...readingOf(input, OPENCRITIC_KINDS, 'opencritic'), phase: 'header', marksTopCritics: false };
}
