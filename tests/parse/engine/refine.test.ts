import { describe, expect, it } from 'vitest';
import { runRefiners } from '../../../src/parse/engine/refine.js';

interface State {
  readonly items: { text: string[] }[];
  readonly titles: string[];
}

describe('runRefiners', () => {
  it('runs each refiner over the state, in order, each seeing what the one before did', () => {
    const state: State = { items: [{ text: ['Bold.'] }, { text: [] }], titles: [] };
    runRefiners(state, [
      {
        name: 'no empty items',
        refine: (s) => {
          s.items.forEach((item) => item.text.length === 0 && item.text.push('(no text)'));
        },
      },
      { name: 'title', refine: (s) => s.titles.push(`${s.items.filter((item) => item.text.length > 0).length} items`) },
    ]);
    expect(state).toStrictEqual({ items: [{ text: ['Bold.'] }, { text: ['(no text)'] }], titles: ['2 items'] });
  });

  it('leaves the state as it is with no refiners', () => {
    const state: State = { items: [], titles: ['x'] };
    runRefiners(state, []);
    expect(state).toStrictEqual({ items: [], titles: ['x'] });
  });
});
