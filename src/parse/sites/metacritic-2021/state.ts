/**
 * What the readers of a 2019-2022 critic-reviews or user-reviews page learn, in one value.
 *
 * @module
 */
import type { Report, TokenList } from '../../engine/index.js';
import { emptyDraft, type PageDraft } from '../page-draft.js';
import type { Block, Values } from './lines.js';

/** The page's tokens, by this site's table. */
export type Tokens = TokenList<Values>;

/**
 * The reading of one page: its draft, its report, whether any part has been read (a title can
 * only come first), whose part the page is in (`undefined` until a line says: a heading, a score's
 * label, a verdict, `Critic Reviews` or `User Reviews`), whether a part read before any line
 * said whose it is has been reported, and whether the heading has been read.
 */
export interface State {
  readonly draft: PageDraft;
  readonly report: Report;
  started: boolean;
  block: Block | undefined;
  unsettledReported: boolean;
  /** Whether the distribution's heading has been read: a second one begins a second copy of the page (two pages joined). */
  headed: boolean;
}

/** A fresh state for one page. */
export function newState(report: Report): State {
  return { draft: emptyDraft(), report, started: false, block: undefined, unsettledReported: false, headed: false };
}
