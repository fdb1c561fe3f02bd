/**
 * What the readers of a 2019-2022 critic-reviews page learn, in one value.
 *
 * @module
 */
import type { Report, TokenList } from '../../engine/index.js';
import { emptyDraft, type PageDraft } from '../page-draft.js';
import type { Values } from './lines.js';

/** The page's tokens, by this site's table. */
export type Tokens = TokenList<Values>;

/** The reading of one page: its draft, its report, and whether any part has been read (a title can only come first). */
export interface State {
  readonly draft: PageDraft;
  readonly report: Report;
  started: boolean;
}

/** A fresh state for one page. */
export function newState(report: Report): State {
  return { draft: emptyDraft(), report, started: false };
}
