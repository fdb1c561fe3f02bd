/**
 * The copied numbers refiner (issue 15): copied critic reviews numbered in
 * turn under an open boundary are said to have open numbers, over the run of
 * reviews whose numbers follow the reading taken.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../../../src/index.js';

const header = (critics: number) =>
  `Generally unfavorable reviews - based on ${critics} Critics\n\nPositive: 1 out of ${critics}\nNegative: 0 out of ${critics}\n`;
const indexOpen = (text: string) =>
  parse(text)
    .diagnostics.filter(({ code }) => code === 'copied-index-open')
    .map(({ span }) => [span.start.line, span.end.line]);
const indices = (text: string) => parse(text).page.reviews.map(({ index }) => index);

describe('copiedNumbersRefiner', () => {
  it('says the numbers are open from the review a line of text opens under another to the last numbered in turn after it', () => {
    // Corpus 004 as a browser copies it: items 1 and 2 numbered, the four under 2 unnumbered on the page.
    const text = `${header(7)}Less character-driven.\nWeak gags.\nWastes himself.\nIt all feels stale.\n80\nPoorly scripted.\n`;
    expect(indices(text)).toStrictEqual([1, 2, 3, 4, 5]);
    expect(indexOpen(text)).toStrictEqual([[6, 10]]);
  });

  it('says nothing where no boundary of two lines of text is open: bylines and scores open numbered items', () => {
    expect(indexOpen(`${header(3)}Reviewed by: A B\nPara one.\n80\nText two.\nReviewed by: C D\nText three.\n`)).toStrictEqual([]);
  });

  it('says nothing where the declared count joins the boundary: the reviews are then numbered as read', () => {
    const text = `${header(2)}Reviewed by: A B\nPara one.\nPara two.\nReviewed by: C D\nText two.\n`;
    expect(indices(text)).toStrictEqual([1, 2]);
    expect(indexOpen(text)).toStrictEqual([]);
  });

  it('says nothing where the copy kept the numbers, which leave an unnumbered review unnumbered', () => {
    const text = `${header(7)}1. Less character-driven.\n2. Weak gags.\nWastes himself.\n`;
    expect(indices(text)).toStrictEqual([1, 2, null]);
    expect(indexOpen(text)).toStrictEqual([]);
  });

  it('says nothing on a profile, whose unnumbered items are its scored blocks', () => {
    const text = '1,800 music reviews\nA bleak, beautiful farewell.\nHer best since the debut.\n';
    expect(indices(text)).toStrictEqual([1, 2]);
    expect(indexOpen(text)).toStrictEqual([]);
  });
});
