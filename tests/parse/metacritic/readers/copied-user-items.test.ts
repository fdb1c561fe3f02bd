import { describe, expect, it } from 'vitest';
import { copiedUserItemsReader } from '../../../../src/parse/sites/metacritic/readers/copied-user-items.js';
import { ensureUsers, type MetacriticState } from '../../../../src/parse/sites/metacritic/state.js';
import { opensOn, readLine, stalledOnTheLoop } from '../reading.js';

const HEAD = 'Universal acclaim- based on 7 Ratings\n';
/** After the user verdict line (line 0), in the user block. */
const afterVerdict = (state: MetacriticState): void => {
  state.phase = 'user';
  ensureUsers(state, 0);
};

describe('copiedUserItemsReader', () => {
  it("takes a user's name over a date, the score and the text, up to the next review's date", () => {
    const { next, state, diagnostics } = readLine(
      copiedUserItemsReader,
      `${HEAD}JohnD.\nMar 3, 2020\n9\nLoved it.\nMar 4, 2020\n2\nHated it.`,
      1,
      afterVerdict,
    );
    expect([next, diagnostics]).toStrictEqual([5, []]);
    expect(state.users?.reviews.map(({ index, user, date, score, excerpt }) => [index, user, date, score, excerpt])).toStrictEqual([
      [null, 'JohnD.', '2020-03-03', 9, 'Loved it.'],
    ]);
  });

  it('reports a date that does not exist and a score outside 0-10', () => {
    expect(readLine(copiedUserItemsReader, `${HEAD}Feb 30, 2013\n12\nFine.`, 1, afterVerdict).diagnostics).toStrictEqual([
      'invalid-date@2',
      'score-out-of-range@3',
    ]);
  });

  it('opens only where a user review starts: a date, or a name over a date', () => {
    expect(opensOn(copiedUserItemsReader, `${HEAD}Loved it.`, 1, afterVerdict)).toBe(false);
    expect(opensOn(copiedUserItemsReader, `${HEAD}Mar 3, 2020`, 1, afterVerdict)).toBe(true);
  });

  it('makes the loop throw a ReaderError naming it when it makes no progress', () => {
    expect(stalledOnTheLoop(copiedUserItemsReader, `${HEAD}Mar 3, 2020\nLoved it.`, afterVerdict)).toMatchObject({ reader: 'copied user items', line: 1 });
  });
});
