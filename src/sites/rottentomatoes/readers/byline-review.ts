/**
 * A 2025 TV season page's review: `<Name> <Publication> <MM/DD/YYYY>` /
 * `<quote> Go to Full Review`. The byline is split by
 * {@link splitSpacedByline} (reported where no known publication settles it).
 *
 * @module
 */
import type { RtContext } from '../context.js';
import { kindAt, lineAt, nextNonBlank } from '../context.js';
import { describeSplit, splitSpacedByline } from '../../shared/bylines.js';
import { newReview } from '../../shared/draft.js';
import { criticOf } from '../../shared/page.js';
import { readMarkFacts } from '../../shared/marks.js';
import { recogniseDatedByline, recogniseLinkedQuote } from '../lines.js';

/** The byline line at `at` and the quote line under it. */
export function readBylineReview(context: RtContext, at: number): number {
  const { draft: page, lines } = context;
  const line = lineAt(context, at);
  const byline = recogniseDatedByline(line.text);
  const review = newReview(line);
  if (byline) {
    const split = splitSpacedByline(byline.byline, false);
    review.critic = split.critic === null ? null : criticOf(split.critic);
    review.publication = split.publication;
    review.date = byline.date.iso;
    review.dateText = byline.date.text;
    if (byline.mark !== undefined) {
      const facts = readMarkFacts(byline.mark);
      review.mark = facts.mark;
      review.score = facts.score;
    }
    if (!split.settled) {
      page.reportLine(
        'glued-text',
        `The byline "${byline.byline.slice(0, 50)}" joins critic and publication with single spaces, and no known publication settles the split: read as ${describeSplit(split)}.`,
        line,
      );
    }
  }
  const quoteAt = nextNonBlank(lines, at + 1);
  let next = at + 1;
  if (quoteAt < lines.length && (kindAt(context, quoteAt) === 'linked-quote' || kindAt(context, quoteAt) === 'text')) {
    const quote = lineAt(context, quoteAt);
    review.excerpt.push(recogniseLinkedQuote(quote.text) ?? quote.text);
    review.last = quote;
    next = quoteAt + 1;
  }
  page.pushReview(review);
  return next;
}
