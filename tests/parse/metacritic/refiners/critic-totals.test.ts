import { describe, expect, it } from 'vitest';
import { parse } from '../../../../src/index.js';
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

describe('criticTotalsRefiner on the reviews listed', () => {
  const review = (line: number) => parse(`Universal acclaim - based on 5 Critics\n${'\n'.repeat(line - 2)}  1. 80\n    Fine.\n`).page.reviews[0];
  const listing =
    (count: number | null, reviews: number) =>
    (state: MetacriticState): void => {
      state.verdict = { label: 'Universal acclaim', count, line: 0 };
      state.reviews.push(...Array.from({ length: reviews }, (_, i) => review(i + 2) as NonNullable<ReturnType<typeof review>>));
    };

  it('reports a page that lists more critic reviews than its verdict line counts, over the list', () => {
    expect(refined(listing(2, 3))).toStrictEqual(['critic-count-mismatch@2-5']);
  });

  it('says nothing when the list holds the count or fewer (a page lists some of its critics), or the page gives no count', () => {
    expect(refined(listing(3, 3))).toStrictEqual([]);
    expect(refined(listing(5, 3))).toStrictEqual([]);
    expect(refined(listing(null, 3))).toStrictEqual([]);
  });

  it('reports a hand page with 4 critic reviews under "based on 2 Critics" and a stray date line, which no join brings to the count', () => {
    const text =
      'Generally favorable reviews - based on 2 Critics\nReviewed by: A B\nJul 15, 2013\nText one.\nJul 16, 2013\nReviewed by: C D\nText two.\nReviewed by: E F\nText three.\nText four.\n';
    const { page, diagnostics } = parse(text);
    expect([page.reviews.length, diagnostics.map(({ code, span, message }) => [code, span.start.line, span.end.line, message])]).toStrictEqual([
      4,
      [
        [
          'critic-count-mismatch',
          2,
          10,
          'The page lists 4 critic reviews, but it says it has 2 critics: some of its lines may be read as reviews of their own that are not.',
        ],
        ['copied-boundary-open', 9, 10, expect.any(String)],
        // Text four may be an unnumbered review of E F's item: its number is open.
        ['copied-index-open', 10, 10, expect.any(String)],
      ],
    ]);
  });

  it('says nothing where the declared counts joined the open boundaries to the count', () => {
    const text = 'Generally favorable reviews - based on 2 Critics\nReviewed by: A B\nJul 15, 2013\nText one.\nText two.\nReviewed by: C D\nText three.\n';
    expect(parse(text).diagnostics.map(({ code }) => code)).toStrictEqual(['copied-boundary-open']);
  });
});
