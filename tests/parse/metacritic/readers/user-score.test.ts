import { describe, expect, it } from 'vitest';
import { userScoreReader } from '../../../../src/parse/sites/metacritic/readers/user-score.js';
import { readLine, stalledOnTheLoop } from '../reading.js';

describe('userScoreReader', () => {
  it('takes the heading and the 0-10 score under it into the user block, and opens it', () => {
    const { next, state, diagnostics } = readLine(userScoreReader, 'User Score\n8.6\nUniversal acclaim- based on 7 Ratings\n');
    expect([next, state.phase, state.users?.score, state.users?.first, state.users?.last, diagnostics]).toStrictEqual([2, 'user', 8.6, 0, 1, []]);
  });

  it('takes "tbd" under the heading with no score', () => {
    const { next, state } = readLine(userScoreReader, 'User Score\ntbd\n');
    expect([next, state.users?.score, state.users?.last]).toStrictEqual([2, null, 1]);
  });

  it('takes the heading alone when no score is under it, or the page ends', () => {
    expect(readLine(userScoreReader, 'User Score\nUniversal acclaim- based on 7 Ratings').next).toBe(1);
    expect(readLine(userScoreReader, 'User Score\n\n').next).toBe(1);
  });

  it('reports a second user score as repeated-block, and keeps the first', () => {
    const { state, diagnostics } = readLine(userScoreReader, 'User Score\n3.1', 0, (prepared) => {
      prepared.users = { verdict: null, ratingCount: null, score: 8, distribution: undefined, reviews: [], first: 0, last: 0 };
    });
    expect([state.users?.score, diagnostics]).toStrictEqual([8, ['repeated-block@2']]);
  });

  it('makes the loop throw a ReaderError naming it when it makes no progress', () => {
    expect(stalledOnTheLoop(userScoreReader, 'User Score\n8.6')).toMatchObject({ reader: 'user score', line: 0 });
  });
});
