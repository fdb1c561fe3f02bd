/**
 * The numbers of copied critic reviews under an open boundary: a copy that
 * dropped the list's numbers reads its items numbered in turn, but where two
 * lines of review text stand in a row read as two reviews
 * (`copied-boundary-open`), the second may be the list's next numbered item
 * or an unnumbered review of the item above (a page's unnumbered reviews are
 * lines of text deeper than an item's number, which a copy flattens). Its
 * number, and the number of every review numbered in turn after it, follow
 * the reading taken, which the text does not settle: one `copied-index-open`
 * warning spans those reviews. A review that opens with a field (a byline, a
 * score, a date, a publication) is a numbered item, but its number is still
 * counted from the reviews above it. A boundary the declared counts joined
 * opens no review, and on a profile, whose unnumbered items are its scored
 * blocks, a line of text is a numbered item: neither leaves a number open.
 *
 * @module
 */
import type { Review } from '../../../../types/page.js';
import type { Refiner } from '../../../engine/refine.js';
import type { MetacriticState } from '../state.js';

/** Reports the runs of critic reviews numbered in turn from one opened at an open boundary by its text alone. */
export const copiedNumbersRefiner: Refiner<MetacriticState> = {
  name: 'copied numbers',
  refine(state) {
    const { reviews, report, tokens } = state;
    if (state.profile !== undefined) return;
    // The reviews opened by the second line of an open boundary (one boundary's second line opens one review at most).
    const opened = new Set<number>();
    for (const { code, span } of report.diagnostics) {
      if (code === 'copied-boundary-open') opened.add(tokens.lines.span(span.end.line - 1).start.offset);
    }
    if (opened.size === 0) return;
    for (let from = 0; from < reviews.length; from++) {
      const first = reviews[from] as Review;
      if (first.index === null || !opened.has(first.span.start.offset) || !textOnly(first)) continue;
      let last = from;
      while (reviews[last + 1]?.index === first.index + last - from + 1) last++;
      report.report(
        'copied-index-open',
        `These reviews are numbered in turn from ${String(first.index)}, but the copied text does not say whether the first of them is the list's next item or an unnumbered review of the item above, so their numbers are open.`,
        { start: first.span.start, end: (reviews[last] as Review).span.end },
      );
      from = last;
    }
  },
};

/** True when a review holds its text alone: an unnumbered review of a page's list holds no other field. */
function textOnly(review: Review): boolean {
  return review.critic === null && review.publication === null && review.score === null && review.dateText === null;
}
