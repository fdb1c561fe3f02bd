import { describe, expect, it } from 'vitest';
import { copiedCriticItemsReader } from '../../../../src/parse/sites/metacritic/readers/copied-critic-items.js';
import { afterVerdictLine, opensOn, readLine, stalledOnTheLoop, VERDICT_LINE } from '../reading.js';

describe('copiedCriticItemsReader', () => {
  it('takes an unindented review with its number dropped: its number in turn, its publication, score, critic and excerpt', () => {
    const { next, state, diagnostics } = readLine(
      copiedCriticItemsReader,
      `${VERDICT_LINE}Variety\n80\nReviewed by: Ann Lee\nBold and sure.\nThe Guardian\n90\nFine.\n`,
      1,
      afterVerdictLine,
    );
    expect([next, diagnostics]).toStrictEqual([5, []]);
    expect(
      state.reviews.map(({ index, publication, score, critic, excerpt, span }) => [
        index,
        publication,
        score,
        critic?.name,
        excerpt,
        span.start.line,
        span.end.line,
      ]),
    ).toStrictEqual([[1, 'Variety', 80, 'Ann Lee', 'Bold and sure.', 2, 5]]);
    // A page with no line numbered or indented whose critic reviews stand with their bylines and scores: a copy dropped the numbers.
    expect(state.copied).toMatchObject({ section: 'critic', start: 0, numbersDropped: true });
  });

  it("numbers the reviews in turn where the copy dropped the page's numbers (its distribution has none)", () => {
    const text = `${VERDICT_LINE}Positive: 3 out of 3\nVariety\nBold.\nThe Guardian\nFine.\n`;
    const { next, state } = readLine(copiedCriticItemsReader, text, 2, (prepared) => {
      afterVerdictLine(prepared);
      prepared.critics = { positive: 3, mixed: null, negative: null, first: 1, last: 1, totals: new Set([3]) };
    });
    expect([next, state.reviews.map(({ index, publication }) => [index, publication]), state.copied?.next]).toStrictEqual([4, [[1, 'Variety']], 2]);
  });

  it("opens only in the critics' list on an unnumbered line, and not on a numbered one", () => {
    expect(opensOn(copiedCriticItemsReader, `${VERDICT_LINE}Variety`, 1, afterVerdictLine)).toBe(true);
    expect(
      opensOn(copiedCriticItemsReader, `${VERDICT_LINE}Variety`, 1, (state) => {
        afterVerdictLine(state);
        state.phase = 'user';
      }),
    ).toBe(false);
    expect(opensOn(copiedCriticItemsReader, `${VERDICT_LINE}1. Variety`, 1, afterVerdictLine)).toBe(false);
  });

  it('makes the loop throw a ReaderError naming it when it makes no progress', () => {
    expect(stalledOnTheLoop(copiedCriticItemsReader, `${VERDICT_LINE}Variety\n80\nBold.`, afterVerdictLine)).toMatchObject({
      reader: 'copied critic items',
      line: 1,
    });
  });
});
