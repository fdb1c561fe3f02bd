import { describe, expect, it } from 'vitest';
import { pageFoundRefiner } from '../../../../src/parse/sites/metacritic/refiners/page-found.js';
import type { MetacriticState } from '../../../../src/parse/sites/metacritic/state.js';
import { stateOf } from '../reading.js';

const refined = (text: string, prepare?: (state: MetacriticState) => void): MetacriticState => {
  const state = stateOf(text, prepare);
  pageFoundRefiner.refine(state);
  return state;
};
const spans = (state: MetacriticState): unknown[] => state.report.diagnostics.map(({ code, span }) => [code, span.start.offset, span.end.offset]);

describe('pageFoundRefiner', () => {
  it('reports an input of whitespace alone as one empty-input error over it, with no title', () => {
    const state = refined(' \n\t\n', (prepared) => {
      prepared.title = { text: 'x', line: 0 };
    });
    expect([spans(state), state.title]).toStrictEqual([[['empty-input', 0, 4]], undefined]);
  });

  it('reports a text with no part of a page as one not-a-review-page error over its lines, instead of the lines it could not place', () => {
    const state = refined('\nHello\nworld\n\n', (prepared) => {
      prepared.title = { text: 'Hello', line: 1 };
      prepared.report.reportLine('unrecognised-line', 'x', 2);
    });
    expect([spans(state), state.title]).toStrictEqual([[['not-a-review-page', 1, 12]], undefined]);
  });

  it.each<[string, (state: MetacriticState) => void]>([
    [
      'a verdict',
      (state) => {
        state.verdict = { label: 'Universal acclaim', count: 1, line: 0 };
      },
    ],
    [
      'a distribution with a count',
      (state) => {
        state.critics = { positive: 0, mixed: null, negative: null, first: 0, last: 0, totals: new Set() };
      },
    ],
    [
      'a Metascore',
      (state) => {
        state.metascore = { value: 81, first: 0, last: 0 };
      },
    ],
  ])('says nothing for a page with %s', (_what, prepare) => {
    expect(spans(refined('Hello', prepare))).toStrictEqual([]);
  });

  it('does not count a distribution with no number as a part of a page', () => {
    expect(
      spans(
        refined('Hello', (state) => {
          state.critics = { positive: null, mixed: null, negative: null, first: 0, last: 0, totals: new Set() };
        }),
      ),
    ).toStrictEqual([['not-a-review-page', 0, 5]]);
  });
});
