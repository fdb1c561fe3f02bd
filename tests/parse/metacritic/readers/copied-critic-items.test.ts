import { describe, expect, it } from 'vitest';
import { copiedCriticItemsReader } from '../../../../src/parse/sites/metacritic/readers/copied-critic-items.js';
import type { MetacriticState } from '../../../../src/parse/sites/metacritic/state.js';
import { opensOn, readLine, stalledOnTheLoop } from '../reading.js';

const HEAD = 'Universal acclaim - based on 3 Critics\n';
/** After the verdict line (line 0), in the critics' list. */
const afterVerdict = (state: MetacriticState): void => {
  state.phase = 'critic';
  state.verdict = { label: 'Universal acclaim', count: 3, line: 0 };
};

describe('copiedCriticItemsReader', () => {
  it('takes an unnumbered, unindented review: its publication, score, critic and excerpt', () => {
    const { next, state, diagnostics } = readLine(copiedCriticItemsReader, `${HEAD}Variety\n80\nReviewed by: Ann Lee\nBold and sure.\nThe Guardian\n90\nFine.\n`, 1, afterVerdict);
    expect([next, diagnostics]).toStrictEqual([5, []]);
    expect(state.reviews.map(({ index, publication, score, critic, excerpt, span }) => [index, publication, score, critic?.name, excerpt, span.start.line, span.end.line])).toStrictEqual([
      [null, 'Variety', 80, 'Ann Lee', 'Bold and sure.', 2, 5],
    ]);
    expect(state.copied).toMatchObject({ section: 'critic', start: 0, numbersDropped: false });
  });

  it('numbers the reviews in turn where the copy dropped the page\'s numbers (its distribution has none)', () => {
    const text = `${HEAD}Positive: 3 out of 3\nVariety\nBold.\nThe Guardian\nFine.\n`;
    const { next, state } = readLine(copiedCriticItemsReader, text, 2, (prepared) => {
      afterVerdict(prepared);
      prepared.critics = { positive: 3, mixed: null, negative: null, first: 1, last: 1, totals: new Set([3]) };
    });
    expect([next, state.reviews.map(({ index, publication }) => [index, publication]), state.copied?.next]).toStrictEqual([4, [[1, 'Variety']], 2]);
  });

  it('opens only in the critics\' list on an unnumbered line, and not on a numbered one', () => {
    expect(opensOn(copiedCriticItemsReader, `${HEAD}Variety`, 1, afterVerdict)).toBe(true);
    expect(opensOn(copiedCriticItemsReader, `${HEAD}Variety`, 1, (state) => { afterVerdict(state); state.phase = 'user'; })).toBe(false);
    expect(opensOn(copiedCriticItemsReader, `${HEAD}1. Variety`, 1, afterVerdict)).toBe(false);
  });

  it('makes the loop throw a ReaderError naming it when it makes no progress', () => {
    expect(stalledOnTheLoop(copiedCriticItemsReader, `${HEAD}Variety\n80\nBold.`, afterVerdict)).toMatchObject({ reader: 'copied critic items', line: 1 });
  });
});
