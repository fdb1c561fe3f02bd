/**
 * The unindented reviews refiner (issue 15): a review read from a line a copy
 * left unindented among indented items is said to be open, with the review
 * above it.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../../../src/index.js';

const HEADER = 'Generally favorable reviews - based on 9 Critics\n  1. Positive: 9 out of 9\n  2. Negative: 0 out of 9\n';
const open = (text: string) =>
  parse(text)
    .diagnostics.filter(({ code }) => code === 'copied-boundary-open')
    .map(({ span }) => [span.start.line, span.end.line]);

describe('unindentedReviewsRefiner', () => {
  it('reports an unnumbered review read from an unindented line under an indented one, over both reviews', () => {
    // Item 2's byline unindented, its number dropped: it reads as a review of its own, unnumbered.
    const text = `${HEADER}  1. Reviewed by: Noel Murray\n    Taut.\nReviewed by: Ann Lee\n    Jul 15, 2013\n    Great fun.\n  3. 80\n    Each film stands alone.\n`;
    expect(parse(text).page.reviews.map(({ index, critic, date }) => [index, critic?.name ?? null, date])).toStrictEqual([
      [1, 'Noel Murray', null],
      [null, 'Ann Lee', '2013-07-15'],
      [3, null, null],
    ]);
    expect(open(text)).toStrictEqual([[4, 8]]);
  });

  it('says nothing of a numbered review, one under an unindented review, or the lines of a copied tail', () => {
    expect(open(`${HEADER}  1. Reviewed by: Noel Murray\n    Taut.\n2. 80\n    Each film stands alone.\n`)).toStrictEqual([]);
    expect(open('Generally favorable reviews - based on 9 Critics\nReviewed by: A B\nText one.\nJul 15, 2013\nText two.\n')).toStrictEqual([]);
    // Indented down to its last item's first line, copied bare after it: the tail's reading is the copied readers'.
    expect(open(`${HEADER}  1. Reviewed by: Noel Murray\n    Taut.\n  2. Reviewed by: Ann Lee\nJul 15, 2013\nGreat fun from start to end.\n`)).toStrictEqual(
      [],
    );
  });
});
