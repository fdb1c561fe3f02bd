/**
 * Reviews read from a line a copy left unindented among indented ones: on a
 * page whose list items are indented (the review above read from an indented
 * line), an unnumbered review that opens on an unindented line, above the
 * page's copied tail, is where a copy dropped the indentation of some lines
 * only. The text does not say whether that line opens a review of its own or
 * is the review above's (its date, its text): the reading stays, and a
 * `copied-boundary-open` warning spans both reviews, unless a reader's warning
 * already says the boundary above it is open.
 *
 * @module
 */
import type { Refiner } from '../../../engine/refine.js';
import type { Span } from '../../../../types/source.js';
import { copiedTailStart } from '../readers/copied-list.js';
import type { MetacriticState } from '../state.js';

/** Reports each unnumbered review read from an unindented line right after an indented one, critic or user. */
export const unindentedReviewsRefiner: Refiner<MetacriticState> = {
  name: 'unindented reviews',
  refine(state) {
    reportUnindented(state, state.reviews);
    if (state.users !== undefined) reportUnindented(state, state.users.reviews);
  },
};

/** Reports the reviews of `reviews` (one section's, in order) that open unindented under an indented one. */
function reportUnindented(state: MetacriticState, reviews: readonly { readonly index: number | null; readonly span: Span }[]): void {
  const { tokens } = state;
  // The lines a reader said already open a review past an open boundary (found once, where one is needed).
  let saidOpen: ReadonlySet<number> | undefined;
  for (let i = 1; i < reviews.length; i++) {
    const { index, span } = reviews[i] as (typeof reviews)[number];
    const above = (reviews[i - 1] as (typeof reviews)[number]).span;
    const first = span.start.line - 1;
    if (index !== null || tokens.indent(first) > 0 || tokens.indent(above.start.line - 1) === 0 || first >= copiedTailStart(state)) continue;
    saidOpen ??= new Set(state.report.diagnostics.filter(({ code }) => code === 'copied-boundary-open').map(({ span: said }) => said.end.line));
    if (saidOpen.has(span.start.line)) continue;
    state.report.report(
      'copied-boundary-open',
      'A review opens on an unindented line under an indented one, with no list marker: it is read as a review of its own, but the copied text does not say whether the line is the review above’s.',
      { start: above.start, end: span.end },
    );
  }
}
