import { describe, expect, it } from 'vitest';
import { profileItemReader } from '../../../../src/parse/sites/metacritic/readers/profile-items.js';
import type { MetacriticState } from '../../../../src/parse/sites/metacritic/state.js';
import { opensOn, readLine, stalledOnTheLoop } from '../reading.js';

const inProfile = (state: MetacriticState): void => {
  state.phase = 'profile';
};

describe('profileItemReader', () => {
  it("takes a numbered item's text, and the bullet under it as its publication", () => {
    const { next, state, diagnostics } = readLine(profileItemReader, '  1. A fine film.\n    • Variety\n  2. Another.', 0, inProfile);
    expect([next, state.reviews.map(({ index, publication, excerpt, span }) => [index, publication, excerpt, span.end.line]), diagnostics]).toStrictEqual([
      2,
      [[1, 'Variety', 'A fine film.', 2]],
      [],
    ]);
  });

  it('takes an indented line as an unnumbered item, its text going on in the lines under it', () => {
    const { next, state } = readLine(profileItemReader, '  Unscored,\n  as rendered.\nFollow', 0, inProfile);
    expect([next, state.reviews.map(({ index, excerpt }) => [index, excerpt])]).toStrictEqual([2, [[null, 'Unscored, as rendered.']]]);
  });

  it('leaves a bullet that opens the next block (a Metascore) to its reader', () => {
    const { next, state } = readLine(profileItemReader, '  1. A fine film.\n    • 72 Metascore\n', 0, inProfile);
    expect([next, state.reviews[0]?.publication]).toStrictEqual([1, null]);
  });

  it('opens in a profile on a numbered or indented line only', () => {
    expect(opensOn(profileItemReader, 'Fine.', 0, inProfile)).toBe(false);
    expect(
      opensOn(profileItemReader, '  1. Fine.', 0, (state) => {
        state.phase = 'critic';
      }),
    ).toBe(false);
  });

  it('makes the loop throw a ReaderError naming it when it makes no progress', () => {
    expect(stalledOnTheLoop(profileItemReader, '  1. A fine film.', inProfile)).toMatchObject({ reader: 'profile item', line: 0 });
  });
});
