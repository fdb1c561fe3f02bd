/**
 * Whose a part of the page is, the critics' or the users': what the lines that say it settle
 * (the heading's `CRITIC` or `USER`, `METASCORE` or `USER SCORE`, a verdict's `Critic Reviews` or
 * `Ratings`, a `Critic Reviews` or `User Reviews` heading), and the warning for a part read before
 * any of them.
 *
 * @module
 */
import type { Span } from '../../../../types/source.js';
import type { PageDraft } from '../../page-draft.js';
import type { Block } from '../lines.js';
import type { State } from '../state.js';

/** The users' block of the draft, begun where it is not yet. */
export function usersOf(draft: PageDraft): NonNullable<PageDraft['users']> {
  draft.users ??= { score: null, ratingCount: null, reviews: [], spans: [] };
  return draft.users;
}

/**
 * A `Critic Reviews` or `User Reviews` heading: it settles whose the reviews under it are where no
 * line has said it yet, or where reviews have been read above it (a page's second part); a row of
 * them over the page's first review (its tabs) settles nothing the header said.
 */
export function settleBySection(state: State, block: Block): void {
  const { draft } = state;
  if (state.block === undefined || draft.reviews.length > 0 || (draft.users?.reviews.length ?? 0) > 0) state.block = block;
}

/**
 * Reports, once a page, a part read as the critics' (`what`, over `span`) before any line said whose
 * the page's parts are: a user-reviews page prints its parts as a critic-reviews page does.
 */
export function reportUnsettled(state: State, what: string, span: Span): void {
  if (state.block !== undefined || state.unsettledReported) return;
  state.unsettledReported = true;
  state.report.report('critics-or-users', `No line above ${what} says if it is the critics' or the users'; it is read as the critics'.`, span);
}
