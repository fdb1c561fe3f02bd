import { describe, expect, it } from 'vitest';
import { criticTotalsRefiner } from '../../../../src/parse/sites/metacritic/refiners/critic-totals.js';
import type { MetacriticState } from '../../../../src/parse/sites/metacritic/state.js';
import { stateOf } from '../reading.js';

const TEXT = 'Universal acclaim - based on 5 Critics\n  1. Positive: 5 out of 6\n  2. Negative: 1 out of 6\n';
const refined = (prepare: (state: MetacriticState) => void): string[] => {
  const state = stateOf(TEXT, prepare);
  criticTotalsRefiner.refine(state);
  return state.report.diagnostics.map(({ code, span }) => `${code}@${span.start.line}-${span.end.line}`);
};
const verdict =
  (count: number | null) =>
  (state: MetacriticState): void => {
    state.verdict = { label: 'Universal acclaim', count, line: 0 };
    state.critics = { positive: 5, mixed: null, negative: 1, first: 1, last: 2, totals: new Set([6]) };
  };

describe('criticTotalsRefiner', () => {
  it('reports a critic distribution that counts out of another total than the verdict, over its lines', () => {
    expect(refined(verdict(5))).toStrictEqual(['distribution-total-mismatch@2-3']);
  });

  it('says nothing when the totals agree, the verdict has no count, or there is no verdict or distribution', () => {
    expect(refined(verdict(6))).toStrictEqual([]);
    expect(refined(verdict(null))).toStrictEqual([]);
    expect(
      refined((state) => {
        verdict(5)(state);
        state.verdict = undefined;
      }),
    ).toStrictEqual([]);
    expect(
      refined((state) => {
        verdict(5)(state);
        state.critics = undefined;
      }),
    ).toStrictEqual([]);
  });

  it('leaves a list of several totals to the distribution reader, which reports its odd line', () => {
    expect(
      refined((state) => {
        verdict(5)(state);
        state.critics?.totals.add(7);
      }),
    ).toStrictEqual([]);
  });
});
