/**
 * The state tv.com's readers share while reading one page.
 *
 * @module
 */
import type { SiteInput } from '../../parse/site.js';
import { withPageBullets } from '../shared/lines.js';
import { readingOf, type ReadingState } from '../shared/state.js';
import { TVCOM_KINDS, type TvComValues } from './lines.js';

export { furnish, kindAt, lineAt, nextNonBlank, report, reportUnplaced, spanOf, valueAt } from '../shared/state.js';

/** What the readers of one page share. */
export interface TvComState extends ReadingState<TvComValues> {
  /** `header` above the summary, `summary` in it, `critics` under "Metacritic Score", `after` past the last critic. */
  phase: 'header' | 'summary' | 'critics' | 'after';
}

/** A fresh state for `input`, every line classified. */
export function stateOf(input: SiteInput): TvComState {
  return { ...readingOf(withPageBullets(input), TVCOM_KINDS, 'metacritic'), phase: 'header' };
}
