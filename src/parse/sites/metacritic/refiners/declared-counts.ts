/**
 * The declared counts choose the reading: where copied text leaves a
 * boundary open (two lines of text in a row, `copied-boundary-open`: one
 * review in two paragraphs, or two reviews), the readers read two reviews.
 * When that makes more critic reviews than the page says it has (`based on 2
 * Critics`, or its distribution's total), and joining every open boundary
 * brings the list back to that count exactly, the reading that keeps the
 * count is taken: each pair is one review. Otherwise (fewer reviews than
 * the count, as a page that lists some of its critics; more open
 * boundaries than reviews too many, so the count does not say which; or a
 * pair whose two reviews both hold a field, two dates say, which joining
 * would lose) the reading stays. A joined review keeps the first's fields
 * and takes the second's where the first has none. Either way the warning stays, saying which reading was
 * taken.
 *
 * @module
 */
import type { Review } from '../../../../types/page.js';
import type { Refiner } from '../../../engine/refine.js';
import type { MetacriticState } from '../state.js';
import { collapse } from '../../../text/strings.js';

/** The number of critics the page declares: its verdict line's count, or its distribution's one total. */
export function declaredCritics(state: MetacriticState): number | undefined {
  if (state.verdict?.count !== null && state.verdict?.count !== undefined) return state.verdict.count;
  const totals = state.critics?.totals;
  return totals?.size === 1 ? [...totals][0] : undefined;
}

/** Joins open boundaries between critic reviews when that, and only that, keeps the page's declared count. */
export const declaredCountsRefiner: Refiner<MetacriticState> = {
  name: 'declared counts',
  refine(state) {
    const count = declaredCritics(state);
    const { reviews } = state;
    if (count === undefined || reviews.length <= count) return;
    // Each open boundary: the diagnostic, and the review its second line opens.
    const open: { readonly diagnostic: number; readonly review: number }[] = [];
    state.report.diagnostics.forEach((diagnostic, at) => {
      if (diagnostic.code !== 'copied-boundary-open') return;
      const second = reviews.findIndex((review) => review.span.start.offset === startOfLine(state, diagnostic.span.end.line));
      if (second > 0) open.push({ diagnostic: at, review: second });
    });
    if (open.length !== reviews.length - count) return;
    // A pair whose two reviews both hold a field (two dates, two critics) is not joined: one of the
    // two would be lost, so the reading stays, as where the count does not settle it.
    if (open.some(({ review }) => !joinable(reviews[review - 1] as Review, reviews[review] as Review))) return;
    // From the last pair back, so the places of the earlier ones hold.
    for (const { diagnostic, review } of [...open].sort((a, b) => b.review - a.review)) {
      const first = reviews[review - 1] as Review;
      const second = reviews[review] as Review;
      reviews.splice(review - 1, 2, {
        ...first,
        critic: first.critic ?? second.critic,
        publication: first.publication ?? second.publication,
        score: first.score ?? second.score,
        mark: first.mark ?? second.mark,
        freshness: first.freshness ?? second.freshness,
        topCritic: first.topCritic ?? second.topCritic,
        ...(first.date === null && first.dateText === null ? { date: second.date, dateText: second.dateText } : {}),
        excerpt: collapse(`${first.excerpt} ${second.excerpt}`),
        span: { start: first.span.start, end: second.span.end },
      });
      // The second review took the next number in turn: the reviews after it give theirs back.
      if (second.index !== null) {
        for (let later = review; later < reviews.length; later++) {
          const { index } = reviews[later] as Review;
          if (index !== null) reviews[later] = { ...(reviews[later] as Review), index: index - 1 };
        }
      }
      const said = state.report.diagnostics[diagnostic];
      if (said !== undefined) {
        state.report.diagnostics[diagnostic] = {
          ...said,
          message: `Two lines of review text in a row, with no list marker between them: they are read as one review in two paragraphs, which keeps the page's count of ${count} critics, but the copied text does not say so.`,
        };
      }
    }
  },
};

/** The offset where the text of (1-based) line `line` starts. */
function startOfLine(state: MetacriticState, line: number): number {
  return state.tokens.lines.span(line - 1).start.offset;
}

/** True when no field is held by both reviews, so joining them loses none (the excerpts are joined). */
function joinable(first: Review, second: Review): boolean {
  const both = (a: unknown, b: unknown) => a !== null && b !== null;
  return !(
    both(first.critic, second.critic) ||
    both(first.publication, second.publication) ||
    both(first.score, second.score) ||
    both(first.mark, second.mark) ||
    both(first.freshness, second.freshness) ||
    both(first.topCritic, second.topCritic) ||
    both(first.date ?? first.dateText, second.date ?? second.dateText)
  );
}
