import { describe, expect, it } from 'vitest';
import { distributionReader } from '../../../../src/parse/sites/metacritic/readers/distribution.js';
import { ensureUsers } from '../../../../src/parse/sites/metacritic/state.js';
import { readLine, stalledOnTheLoop } from '../reading.js';

const counts = (draft: { positive: number | null; mixed: number | null; negative: number | null } | undefined): unknown =>
  draft === undefined ? undefined : [draft.positive, draft.mixed, draft.negative];

describe('distributionReader', () => {
  it('takes a label and the distribution lines right under it, across blank lines, into the owner it names', () => {
    const { next, state, diagnostics } = readLine(
      distributionReader,
      'User score distribution:\n  1. Positive: 5 out of 6\n\n  2. Mixed: 1 out of 6\n  1. Loved it.',
    );
    expect([
      next,
      state.phase,
      counts(state.users?.distribution),
      state.users?.distribution?.first,
      state.users?.distribution?.last,
      diagnostics,
    ]).toStrictEqual([4, 'user', [5, 1, null], 0, 3, []]);
  });

  it("gives an unlabelled list to the section it is in: the critics', the users', the profile's", () => {
    expect(counts(readLine(distributionReader, '1. Positive: 9 out of 11').state.critics)).toStrictEqual([9, null, null]);
    const users = readLine(distributionReader, 'Positive: 9 out of 11', 0, (state) => {
      state.phase = 'user';
      ensureUsers(state, 0);
    });
    expect([counts(users.state.users?.distribution), users.state.critics]).toStrictEqual([[9, null, null], undefined]);
    const profile = readLine(distributionReader, 'Score distribution:\n1. Negative: 2 out of 4', 0, (state) => {
      state.phase = 'profile';
    });
    expect([counts(profile.state.profile?.distribution), profile.state.phase]).toStrictEqual([[null, null, 2], 'profile']);
  });

  it('gives an unlabelled label after "See all N Critic Reviews" to the users', () => {
    const { state } = readLine(distributionReader, 'Score distribution:\n1. Positive: 1 out of 5', 0, (prepared) => {
      ensureUsers(prepared, 0);
      prepared.criticListEnded = true;
    });
    expect([counts(state.users?.distribution), state.critics]).toStrictEqual([[1, null, null], undefined]);
  });

  it('reports a line that counts out of another total, and a second line of a sentiment, keeping the first', () => {
    const { state, diagnostics } = readLine(distributionReader, '1. Positive: 5 out of 6\n2. Positive: 4 out of 6\n3. Negative: 1 out of 7');
    expect([counts(state.critics), [...(state.critics?.totals ?? [])], diagnostics]).toStrictEqual([
      [5, null, 1],
      [6, 7],
      ['repeated-block@2', 'distribution-total-mismatch@3'],
    ]);
  });

  it('sets a second list of an owner aside as one repeated-block warning over its label and lines', () => {
    const { next, state } = readLine(
      distributionReader,
      'x\nCritic score distribution:\n  1. Positive: 2 out of 3\n  2. Negative: 1 out of 3',
      1,
      (prepared) => {
        prepared.critics = { positive: 9, mixed: null, negative: null, first: 0, last: 0, totals: new Set([11]) };
      },
    );
    expect([next, counts(state.critics), state.report.diagnostics.map(({ code, span }) => [code, span.start.line, span.end.line])]).toStrictEqual([
      4,
      [9, null, null],
      [['repeated-block', 2, 4]],
    ]);
  });

  it('takes a list with its totals missing, as an empty list prints them', () => {
    const { next, state, diagnostics } = readLine(distributionReader, '1. Positive: 0 out of\n2. Mixed: 0 out of\n3. Negative: 0 out of');
    expect([next, counts(state.critics), [...(state.critics?.totals ?? [])], diagnostics]).toStrictEqual([3, [0, 0, 0], [], []]);
  });

  it('makes the loop throw a ReaderError naming it when it makes no progress', () => {
    expect(stalledOnTheLoop(distributionReader, 'Critic score distribution:\n1. Positive: 9 out of 11')).toMatchObject({ reader: 'distribution', line: 0 });
  });
});
