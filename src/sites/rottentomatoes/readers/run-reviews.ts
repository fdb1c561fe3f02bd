/**
 * A 2024 TV season page's reviews, every one on ONE line:
 * `<Name> <Publication> <quote> [Rated: <mark> ]<Mon D, YYYY> Full Review <Name> ...`.
 * "Full Review" after a date ends each review; the name, publication and
 * quote are split by {@link splitSpacedByline} (reported where no known
 * publication settles it). What follows the last "Full Review" is the start
 * of a review the page cut: reported, not read.
 *
 * @module
 */
import type { Line } from '../../shared/lines.js';
import type { RtContext } from '../context.js';
import { lineAt } from '../context.js';
import { describeSplit, splitSpacedByline } from '../../shared/bylines.js';
import { newReview } from '../../shared/draft.js';
import { criticOf } from '../../shared/page.js';
import { readMarkFacts } from '../../shared/marks.js';
import { readDate, type ReadDate } from '../../shared/dates.js';

//   (?:rated: (\S+) )?                a mark before the date
//   ([a-z]{3,9}\.? \d{1,2}, \d{4})    the date
//   (?: full review(?:…|\.\.\.)?|$)   the link that ends the review, or the line's end
const REVIEW_END = /(?:rated: (\S+) )?([a-z]{3,9}\.? \d{1,2}, \d{4})(?: full review(?:…|\.\.\.)?(?= |$)|$)/giu;

/** Reads every review of the run on the line at `at`. */
export function readReviewRun(context: RtContext, at: number): number {
  const line = lineAt(context, at);
  const { text } = line;
  let from = 0;
  for (const match of text.matchAll(REVIEW_END)) {
    const date = readDate(match[2] ?? '');
    if (!date) continue;
    readOne(context, line, { from, headEnd: match.index, end: match.index + match[0].length }, match[1], date);
    from = match.index + match[0].length;
    while (text.charAt(from) === ' ') from++;
  }
  if (from < text.length) {
    context.draft.diagnose(
      'truncated-line',
      `The page ends inside a review: "${text.slice(from, from + 40)}" has no date or link, and is not read as a review.`,
      context.draft.spanWithin(line, from, text.length),
    );
  }
  return at + 1;
}

/** Where one review lies on the line: from its byline to its link, the byline and quote ending at `headEnd`. */
interface RunPart {
  readonly from: number;
  readonly headEnd: number;
  readonly end: number;
}

/** One review of the run. */
function readOne(context: RtContext, line: Line, part: RunPart, mark: string | undefined, date: ReadDate): void {
  const { draft: page } = context;
  const { from } = part;
  const head = line.text.slice(from, part.headEnd).trim();
  const review = newReview(line);
  const split = splitSpacedByline(head, true);
  review.critic = split.critic === null ? null : criticOf(split.critic);
  review.publication = split.publication;
  review.excerpt.push(split.rest);
  review.date = date.iso;
  review.dateText = date.text;
  if (mark !== undefined) {
    const facts = readMarkFacts(mark);
    review.mark = facts.mark;
    review.score = facts.score;
  }
  review.span = page.spanWithin(line, from, part.end);
  if (!split.settled) {
    page.diagnose(
      'glued-text',
      `The byline "${head.slice(0, 50)}" glues critic, publication and quote with single spaces, and no known publication settles the split: read as ${describeSplit(split)}.`,
      page.spanWithin(line, from, from + head.length),
    );
  }
  page.pushReview(review);
}
