/**
 * A review of a title page's list (2015-2019, and TV seasons of 2018):
 * the quote (bulleted "  • <quote>" or not), then its date line
 * "<Mon D, YYYY>[ | Rating: <mark>] | Full Review…". No critic, publication
 * or freshness is printed. A "Top Critic" line of these lists sits between
 * reviews where the blank lines do not say whose it is: it is reported, and
 * no review is marked by it.
 *
 * @module
 */
import type { RtContext } from '../context.js';
import { kindAt, lineAt } from '../context.js';
import { newReview } from '../../shared/draft.js';
import type { ReviewDraft } from '../../shared/draft.js';
import { readMarkFacts } from '../../shared/marks.js';
import { isFullReviewTail, recogniseBullet, recogniseDateLine } from '../lines.js';
import type { DateLine } from '../lines.js';

/** Sets a review's date and mark from its date line. */
export function applyDateLine(draft: ReviewDraft, dateLine: DateLine): void {
  draft.date = dateLine.date.iso;
  draft.dateText = dateLine.date.text;
  if (dateLine.mark !== undefined) {
    const { mark, score } = readMarkFacts(dateLine.mark);
    draft.mark = mark;
    draft.score = score;
  }
}

/** One review: its quote lines (those with no blank line between them), then its date line. */
export function readMainReview(context: RtContext, at: number): number {
  const { draft: page, lines } = context;
  const first = lineAt(context, at);
  const kind = kindAt(context, at);
  if (kind === 'cut-date') {
    page.cutShort(first, "a review's date line");
    return at + 1;
  }
  if (kind === 'text' && at === context.last && context.state.bylinedList) {
    // A 2024 run or a 2025 byline the page cut before its date: "Saloni Gajjar The A.V. Club 06/2".
    page.cutShort(first, 'a review, before its date');
    return at + 1;
  }
  if (kind === 'top-critic') {
    page.reportLine(
      'unrecognised-line',
      'A "Top Critic" mark whose review the page does not settle (the one above or the one below); no review is marked by it.',
      first,
    );
    return at + 1;
  }
  const review = newReview(first);
  const opening = recogniseDateLine(first.text);
  if (opening) {
    // A date line with no quote above it: a review whose text the page lost.
    applyDateLine(review, opening);
    page.pushReview(review);
    return at + 1;
  }
  review.excerpt.push(recogniseBullet(first.text) ?? first.text);
  let next = at + 1;
  let blank = false;
  while (next < lines.length) {
    const line = lineAt(context, next);
    if (line.text === '') {
      blank = true;
      next++;
      continue;
    }
    const lineKind = kindAt(context, next);
    if (lineKind === 'date-line') {
      const dateLine = recogniseDateLine(line.text);
      if (dateLine) applyDateLine(review, dateLine);
      review.last = line;
      next++;
      break;
    }
    if (isFullReviewTail(line.text)) {
      review.last = line;
      next++;
      break;
    }
    if (lineKind === 'cut-date') {
      page.cutShort(line, "a review's date line");
      next++;
      break;
    }
    if (blank || lineKind !== 'text') break;
    review.excerpt.push(line.text);
    review.last = line;
    next++;
  }
  page.pushReview(review);
  return next;
}
