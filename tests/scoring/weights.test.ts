import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/aggregate/index.js';
import { type WeightSample, fitWeights, projectOntoSimplex, weightedScore } from '../../src/scoring/index.js';
import type { Review } from '../../src/types/page.js';
import { film, review } from './helpers.js';

/** A review by a publication. */
function by(publication: string, score: number | null): Review {
  return review(score, { publication });
}

/**
 * The weighted mean of (name, score) pairs under `weights`, renormalised over the names present, kept within 0-100:
 * the mean of scores in range is in range, but rounding once gave 100.00000000000001, which fitWeights rightly refuses.
 */
function metascoreOf(pairs: readonly (readonly [string, number])[], weights: ReadonlyMap<string, number>): number {
  let sum = 0;
  let weightSum = 0;
  for (const [name, score] of pairs) {
    const weight = weights.get(name) ?? 0;
    sum += weight * score;
    weightSum += weight;
  }
  return Math.min(100, Math.max(0, sum / weightSum));
}

describe('weightedScore', () => {
  it('returns aggregate’s weighted mean, renormalised over the reviews present', () => {
    const list = [by('Variety', 90), by('Empire', 60), by('Other', null)];
    const weights = { by: 'publication', values: new Map([['Variety', 2]]) } as const;
    expect(weightedScore(list, weights)).toStrictEqual({
      value: 80,
      by: 'publication',
      weights: [
        { name: 'Variety', weight: 2, count: 1 },
        { name: 'Empire', weight: 1, count: 1 },
      ],
      defaultWeight: 1,
    });
    expect(weightedScore(film(list), weights)).toStrictEqual(aggregate(list, { weights }).weightedMean);
  });

  it('returns undefined when no review has a score', () => {
    expect(weightedScore([by('Variety', null)], { by: 'publication', values: {} })).toBeUndefined();
  });

  it('returns plain names when publications are called __proto__ or constructor', () => {
    const list = [by('__proto__', 100), by('constructor', 0)];
    const values = new Map([
      ['__proto__', 3],
      ['constructor', 1],
    ]);
    expect(weightedScore(list, { by: 'publication', values })?.value).toBe(75);
  });

  it('throws when weights are missing or invalid', () => {
    expect(() => weightedScore([], undefined as never)).toThrow(new TypeError('weightedScore: weights must be { by, values, defaultWeight? }; got undefined.'));
    expect(() => weightedScore([by('A', 50)], { by: 'publication', values: { A: -1 } })).toThrow(RangeError);
  });

  it('throws naming weightedScore, not the aggregate it uses, for bad weights or reviews', () => {
    expect(() => weightedScore([by('A', 50)], { by: 'outlet' as never, values: {} })).toThrow(
      new TypeError('weightedScore: option weights.by must be "publication" or "critic"; got "outlet".'),
    );
    expect(() => weightedScore([by('A', 50)], { by: 'publication', values: { A: -1 } })).toThrow(
      new RangeError('weightedScore: option weights.values["A"] must be a finite, non-negative number; got -1.'),
    );
    expect(() => weightedScore([{ ...by('A', 50), score: '50' as never }], { by: 'publication', values: {} })).toThrow(/^weightedScore: reviews\[0\]\.score /u);
  });
});

describe('projectOntoSimplex', () => {
  it('returns the closest point of the simplex when computed by hand', () => {
    expect(projectOntoSimplex([1, 0.5])).toStrictEqual([0.75, 0.25]);
    expect(projectOntoSimplex([2, 0])).toStrictEqual([1, 0]);
    expect(projectOntoSimplex([0.25, 0.75])).toStrictEqual([0.25, 0.75]);
    expect(projectOntoSimplex([-1, -1])).toStrictEqual([0.5, 0.5]);
    expect(projectOntoSimplex([5])).toStrictEqual([1]);
    expect(projectOntoSimplex([])).toStrictEqual([]);
  });

  it('returns a point of the simplex as it is (to rounding), and takes a million values', () => {
    const point = [0.1, 0.2, 0.7];
    expect(projectOntoSimplex(point).map((value, index) => Math.abs(value - (point[index] as number)) < 1e-15)).toStrictEqual([true, true, true]);
    const many = projectOntoSimplex(Array.from({ length: 1_000_000 }, (_, index) => (index === 7 ? 5 : 0)));
    expect([many.length, many[7], many.filter((value) => value !== 0).length]).toStrictEqual([1_000_000, 1, 1]);
  });

  it('returns a point of the simplex for values far too large to sum exactly', () => {
    expect(projectOntoSimplex([1e22, 1e22 + 2 ** 21, -3e21])).toStrictEqual([0, 1, 0]);
    expect(projectOntoSimplex([1e20, 1e20])).toStrictEqual([0.5, 0.5]);
  });

  it('throws when a value is not a finite number', () => {
    expect(() => projectOntoSimplex([1, Number.NaN])).toThrow(RangeError);
    expect(() => projectOntoSimplex('1' as never)).toThrow(TypeError);
  });

  test.prop([fc.array(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { minLength: 1, maxLength: 12 })])(
    'returns non-negative values summing to 1 that project onto themselves, for any vector',
    (values) => {
      const projected = projectOntoSimplex(values);
      expect(projected.every((value) => value >= 0)).toBe(true);
      expect(Math.abs(projected.reduce((sum, value) => sum + value, 0) - 1)).toBeLessThan(1e-9);
      const again = projectOntoSimplex(projected);
      again.forEach((value, index) => {
        expect(Math.abs(value - (projected[index] as number))).toBeLessThan(1e-9);
      });
    },
  );

  test.prop([
    fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: 2, maxLength: 6 }),
    fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 6, maxLength: 6 }),
  ])('returns a point no farther from the input than any other point of the simplex', (values, raw) => {
    const projected = projectOntoSimplex(values);
    const total = raw.slice(0, values.length).reduce((sum, value) => sum + value, 0);
    const other = raw.slice(0, values.length).map((value) => (total === 0 ? 1 / values.length : value / total));
    const distance = (point: readonly number[]): number => point.reduce((sum, value, index) => sum + (value - (values[index] as number)) ** 2, 0);
    expect(distance(projected)).toBeLessThanOrEqual(distance(other) + 1e-9);
  });
});

describe('fitWeights', () => {
  it('returns the generating weights and a zero residual when two pages pin them', () => {
    const fit = fitWeights(
      [
        { metascore: 70, reviews: [by('A', 80), by('B', 40)] }, // 3/4 × 80 + 1/4 × 40
        { metascore: 55, reviews: [by('A', 60), by('B', 40)] }, // 3/4 × 60 + 1/4 × 40
      ],
      { by: 'publication' },
    );
    expect([...fit.weights.keys()]).toStrictEqual(['A', 'B']);
    expect(fit.weights.get('A')).toBeCloseTo(0.75, 6);
    expect(fit.weights.get('B')).toBeCloseTo(0.25, 6);
    expect(fit.residual).toBeLessThan(1e-6);
    expect([fit.by, fit.converged, fit.used, fit.skipped]).toStrictEqual(['publication', true, 2, []]);
  });

  it('returns weights within 0.01 of the generating ones when pages come from known weights', () => {
    const truth = new Map([
      ['NYT', 0.4],
      ['Variety', 0.3],
      ['Empire', 0.2],
      ['Blog', 0.1],
    ]);
    const names = [...truth.keys()];
    const samples: WeightSample[] = [];
    for (let page = 0; page < 12; page++) {
      // Deterministic, varied scores; each page lists three or four of the publications.
      const pairs = names.filter((_, index) => (page + index) % 5 !== 0).map((name, index) => [name, (page * 37 + index * 23) % 101] as const);
      samples.push({ metascore: metascoreOf(pairs, truth), reviews: pairs.map(([name, score]) => by(name, score)) });
    }
    const fit = fitWeights(samples, { by: 'publication' });
    for (const [name, weight] of truth) expect(Math.abs((fit.weights.get(name) ?? -1) - weight)).toBeLessThan(0.01);
    expect(fit.residual).toBeLessThan(1e-4);
    expect(fit.converged).toBe(true);
  });

  it('returns a residual that is the root mean square error when the Metascores cannot all be met', () => {
    // One publication: every page predicts its score; errors are 10 and 0.
    const fit = fitWeights(
      [
        { metascore: 60, reviews: [by('A', 70)] },
        { metascore: 50, reviews: [by('A', 50)] },
      ],
      { by: 'publication' },
    );
    expect(fit.weights).toStrictEqual(new Map([['A', 1]]));
    expect(fit.residual).toBeCloseTo(Math.sqrt(50), 10);
    expect(fit.iterations).toBe(0);
  });

  it('returns weights per critic name when by is critic, with plain names', () => {
    const truth = new Map([
      ['constructor', 0.7],
      ['__proto__', 0.3],
    ]);
    const samples = [
      [90, 40],
      [20, 70],
      [55, 100],
    ].map(([first, second]) => {
      const pairs = [
        ['constructor', first as number],
        ['__proto__', second as number],
      ] as const;
      return { metascore: metascoreOf(pairs, truth), reviews: pairs.map(([critic, score]) => review(score, { critic })) };
    });
    const fit = fitWeights(samples, { by: 'critic' });
    expect(fit.weights.get('constructor')).toBeCloseTo(0.7, 4);
    expect(fit.weights.get('__proto__')).toBeCloseTo(0.3, 4);
  });

  it('returns the skipped positions when a sample has no Metascore or no scored, named review', () => {
    const fit = fitWeights(
      [film([by('A', 80)], { metascore: null }), { metascore: 70, reviews: [review(80), by('A', null)] }, film([by('A', 80), by('B', 40)], { metascore: 70 })],
      { by: 'publication' },
    );
    expect([fit.used, fit.skipped]).toStrictEqual([1, [0, 1]]);
  });

  it('returns no weights and no residual when nothing can be fitted', () => {
    expect(fitWeights([], { by: 'publication' })).toStrictEqual({
      by: 'publication',
      weights: new Map(),
      residual: undefined,
      iterations: 0,
      converged: true,
      used: 0,
      skipped: [],
    });
  });

  it('returns converged false when maxIterations stops the solver first', () => {
    const samples = [
      { metascore: 70, reviews: [by('A', 80), by('B', 40), by('C', 10)] },
      { metascore: 55, reviews: [by('A', 60), by('B', 40), by('C', 90)] },
      { metascore: 35, reviews: [by('A', 10), by('B', 90), by('C', 50)] },
    ];
    const fit = fitWeights(samples, { by: 'publication', maxIterations: 1 });
    expect([fit.iterations, fit.converged]).toStrictEqual([1, false]);
    const sum = [...fit.weights.values()].reduce((total, weight) => total + weight, 0);
    expect(sum).toBeCloseTo(1, 12);
  });

  it('returns the same result when run twice on the same input', () => {
    const samples = [
      { metascore: 66, reviews: [by('A', 80), by('B', 40), by('C', 10)] },
      { metascore: 58, reviews: [by('A', 60), by('B', 40), by('C', 90)] },
    ];
    expect(fitWeights(samples, { by: 'publication' })).toStrictEqual(fitWeights(samples, { by: 'publication' }));
  });

  it('throws naming the option when by, tolerance or maxIterations is wrong', () => {
    expect(() => fitWeights([], { by: 'outlet' } as never)).toThrow(new TypeError('fitWeights: option by must be "publication" or "critic"; got "outlet".'));
    expect(() => fitWeights([], undefined as never)).toThrow(TypeError);
    expect(() => fitWeights([], { by: 'critic', tolerance: 0 })).toThrow(RangeError);
    expect(() => fitWeights([], { by: 'critic', maxIterations: 0 })).toThrow(
      new RangeError('fitWeights: option maxIterations must be a positive integer; got 0.'),
    );
    expect(() => fitWeights([{ metascore: 120, reviews: [] }], { by: 'critic' })).toThrow(
      new RangeError('fitWeights: samples[0].metascore must be a Metascore from 0 to 100 or null; got 120.'),
    );
    expect(() => fitWeights([null] as never, { by: 'critic' })).toThrow(TypeError);
  });

  /** Weights of 2-6 names, each at least 1/20 of the largest, normalised to sum to 1. */
  const weightsArbitrary = fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 2, maxLength: 6 }).map((raw) => {
    const total = raw.reduce((sum, value) => sum + value, 0);
    return raw.map((value) => value / total);
  });

  /**
   * Fits pages made from known weights: a chain of pairs (each name with the
   * next) with scores at least 30 apart, which pins every ratio, and pages
   * listing every name with arbitrary scores; expects the weights back.
   */
  function expectRecovered(weights: readonly number[], bases: readonly number[], extra: readonly number[]): void {
    const names = weights.map((_, index) => `Publication ${index}`);
    const truth = new Map(names.map((name, index) => [name, weights[index] as number]));
    const samples: WeightSample[] = [];
    names.forEach((name, index) => {
      const next = names[(index + 1) % names.length] as string;
      const low = bases[index] ?? 0;
      const pairs = [
        [name, low],
        [next, low + 30 + (bases[index + 12] ?? 0) / 6],
      ] as const;
      samples.push({ metascore: metascoreOf(pairs, truth), reviews: pairs.map(([publication, score]) => by(publication, score)) });
    });
    for (let page = 0; page < 6; page++) {
      const pairs = names.map((name, index) => [name, extra[page * 6 + index] ?? 50] as const);
      samples.push({ metascore: metascoreOf(pairs, truth), reviews: pairs.map(([publication, score]) => by(publication, score)) });
    }
    const fit = fitWeights(samples, { by: 'publication' });
    for (const [name, weight] of truth) expect(Math.abs((fit.weights.get(name) ?? -1) - weight)).toBeLessThan(0.01);
    expect(fit.residual).toBeLessThan(0.01);
    const sum = [...fit.weights.values()].reduce((total, value) => total + value, 0);
    expect(Math.abs(sum - 1)).toBeLessThan(1e-9);
    expect([...fit.weights.values()].every((value) => value >= 0)).toBe(true);
  }

  test.prop([
    weightsArbitrary,
    fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 24, maxLength: 24 }),
    fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 36, maxLength: 36 }),
  ])('returns weights within 0.01 of the generating ones when Metascores come from known weights', (weights, bases, extra) => {
    expectRecovered(weights, bases, extra);
  });

  it('returns the generating weights where the Metascores built from them round past 100 (seed 488919375)', () => {
    const extra = [...Array<number>(24).fill(0), 100, 100, ...Array<number>(10).fill(0)];
    expectRecovered([0.8181818181818182, 0.18181818181818182], Array<number>(24).fill(0), extra);
  });

  it('returns the generating weights where a long gradient step once lost them to rounding (a weight of 7.9e11)', () => {
    const bases = [...Array<number>(12).fill(0), 7, 55, ...Array<number>(10).fill(0)];
    const extra = [66, 0, 13, 0, 0, 0, 26, 0, 30, 25, 0, 0, 16, 0, 3, 23, 0, 0, 57, 0, 1, 36, 0, 0, 0, 68, 50, 2, 0, 0, 25, 0, 1, 0, 0, 0];
    expectRecovered([2 / 15, 1 / 15, 3 / 15, 9 / 15], bases, extra);
  });
});
