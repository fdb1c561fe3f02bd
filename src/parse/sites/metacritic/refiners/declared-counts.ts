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
 * The other way round: a bare number with no text under it, right under a
 * review's other fields (`Reviewed by: Manohla Dargis` / `75`, then the
 * next review's `Reviewed by:`), is read as that review's score
 * (`copied-number-open`); it may as well be a review of its own, with no
 * text. When that makes fewer critic reviews than the page says it has, and
 * splitting every such number off brings the list to that count exactly, the
 * reading that keeps the count is taken: each number is a review of its own.
 * A number on the list's last review is not split off: nothing under it says
 * it is a review of its own, and a page cut there lists fewer critics than its
 * count whatever it holds.
 *
 * After either, the numbers: a copy that dropped the list's numbers reads its
 * items numbered in turn, but the second line of a boundary left open may be
 * the next numbered item or an unnumbered review of the item above; its
 * number and those numbered in turn after it follow the reading taken, and a
 * `copied-index-open` warning spans them.
 *
 * @module
 */
import type { Review } from '../../../../types/page.js';
import type { Refiner } from '../../../engine/refine.js';
import type { MetacriticState } from '../state.js';
import { collapse } from '../../../text/strings.js';
import { recogniseBareNumber } from '../../../text/numbers.js';

/** The number of critics the page declares: its verdict line's count, or its distribution's one total. */
export function declaredCritics(state: MetacriticState): number | undefined {
  if (state.verdict?.count !== null && state.verdict?.count !== undefined) return state.verdict.count;
  const totals = state.critics?.totals;
  return totals?.size === 1 ? [...totals][0] : undefined;
}

/**
 * Joins open boundaries between critic reviews when that, and only that, keeps the page's declared count; then
 * says where the numbers of the reviews under the boundaries left open follow the reading taken.
 */
export const declaredCountsRefiner: Refiner<MetacriticState> = {
  name: 'declared counts',
  refine(state) {
    keepCount(state);
    reportOpenNumbers(state);
  },
};

/** Joins open boundaries, or splits open numbers off, when that, and only that, keeps the page's declared count. */
function keepCount(state: MetacriticState): void {
  const count = declaredCritics(state);
  const { reviews } = state;
  if (count !== undefined && reviews.length < count) splitOpenNumbers(state, count);
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
    // The second review took the next number in turn: the reviews numbered in turn after it give theirs back.
    if (second.index !== null) shiftNumbersInTurn(reviews, review, second.index + 1, -1);
    const said = state.report.diagnostics[diagnostic];
    if (said !== undefined) {
      state.report.diagnostics[diagnostic] = {
        ...said,
        message: `Two lines of review text in a row, with no list marker between them: they are read as one review in two paragraphs, which keeps the page's count of ${count} critics, but the copied text does not say so.`,
      };
    }
  }
}

/**
 * Reports each run of critic reviews numbered in turn from one that the second line of an open
 * boundary opened with its text alone (`copied-index-open`): that review may be the list's next
 * item or an unnumbered review of the item above (a page's unnumbered reviews are lines of text
 * deeper than an item's number, which a copy flattens), and the numbers after it follow the
 * reading taken. A review that opens with a field (a byline, a score, a date, a publication) is a
 * numbered item, its number counted from those above; a boundary joined opens no review; on a
 * profile, whose unnumbered items are its scored blocks, a line of text is a numbered item.
 */
function reportOpenNumbers(state: MetacriticState): void {
  const { reviews, report } = state;
  if (state.profile !== undefined) return;
  const opened = new Set(report.diagnostics.filter(({ code }) => code === 'copied-boundary-open').map(({ span }) => startOfLine(state, span.end.line)));
  for (let from = 0; from < reviews.length; from++) {
    const first = reviews[from] as Review;
    const { index } = first;
    // A review joinable with itself holds no field but its text.
    if (index === null || !opened.has(first.span.start.offset) || !joinable(first, first)) continue;
    let last = from;
    while (reviews[last + 1]?.index === index + last - from + 1) last++;
    report.report(
      'copied-index-open',
      `Reviews numbered in turn from ${String(index)}, but the copied text does not say whether the first is the list's next item or an unnumbered review of the one above.`,
      { start: first.span.start, end: (reviews[last] as Review).span.end },
    );
    from = last;
  }
}

/**
 * Moves by `by` the numbers of the reviews from `from` on that a copied list numbered in turn, the
 * first of them `next`: the run stops at the first review numbered otherwise (a list of its own,
 * a number the page printed), whose number is not the one taken or given back.
 */
function shiftNumbersInTurn(reviews: Review[], from: number, next: number, by: number): void {
  for (let later = from, expected = next; later < reviews.length && reviews[later]?.index === expected; later++, expected++) {
    reviews[later] = { ...(reviews[later] as Review), index: expected + by };
  }
}

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

/**
 * Splits each score read under a review's other fields with no text under it (`copied-number-open`) off
 * into a review of its own, when that, and only that, brings the list to the page's `count`.
 */
function splitOpenNumbers(state: MetacriticState, count: number): void {
  const { reviews, tokens } = state;
  // Each open number: the diagnostic, the review it went to, and its line, that review's last.
  const open: { readonly diagnostic: number; readonly review: number; readonly line: number }[] = [];
  state.report.diagnostics.forEach((diagnostic, at) => {
    if (diagnostic.code !== 'copied-number-open') return;
    const review = reviews.findIndex((read) => read.span.start.offset === diagnostic.span.start.offset);
    const read = reviews[review];
    const line = diagnostic.span.end.line - 1;
    // The list's last review stays whole: a page cut there (`Jul 16, 2013` / `8`), or one that lists fewer critics than its count, shows nothing under the number to say it is a review of its own.
    if (read === undefined || review === reviews.length - 1 || read.excerpt !== '' || read.score === null || line <= diagnostic.span.start.line - 1) return;
    // The number is the review's last line, with a field of the review's own above it.
    if (recogniseBareNumber(tokens.text(line)) !== read.score || (read.critic === null && read.publication === null && read.dateText === null)) return;
    open.push({ diagnostic: at, review, line });
  });
  if (open.length === 0 || open.length !== count - reviews.length) return;
  // From the last back, so the places of the earlier ones hold.
  for (const { diagnostic, review, line } of [...open].sort((a, b) => b.review - a.review)) {
    const read = reviews[review] as Review;
    const above = tokens.lines.span(read.span.start.line - 1, tokens.previousNonBlank(line - 1));
    const own: Review = {
      ...read,
      index: read.index === null ? null : read.index + 1,
      critic: null,
      publication: null,
      date: null,
      dateText: null,
      span: tokens.lines.span(line, line),
    };
    reviews.splice(review, 1, { ...read, score: null, span: above }, own);
    // The number's review took the next number in turn: the reviews numbered in turn after it take theirs one on.
    if (read.index !== null) shiftNumbersInTurn(reviews, review + 2, read.index + 1, 1);
    // Each of the two has no text: the report on the review read covers the first, one more the number's.
    const { diagnostics } = state.report;
    const textless = diagnostics.findIndex(({ code, span }) => code === 'review-without-text' && span.start.offset === read.span.start.offset);
    if (textless >= 0) diagnostics[textless] = { ...(diagnostics[textless] as (typeof diagnostics)[number]), span: above };
    state.report.report('review-without-text', 'This review has no text.', own.span);
    const said = diagnostics[diagnostic];
    if (said !== undefined) {
      diagnostics[diagnostic] = {
        ...said,
        message: `The number ${String(read.score)} has no review text under it: it is read as a review of its own, which keeps the page's count of ${count} critics, but the copied text does not say whether it is the score of the review above.`,
      };
    }
  }
}
