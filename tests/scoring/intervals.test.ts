import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { bayesianAverage, rankPages, wilsonInterval } from '../../src/scoring/index.js';
import { film, repeat, review, reviews } from './helpers.js';

/** An interval's bounds to 4 decimals. */
function bounds(positive: number, total: number, z?: number): [string, string] | undefined {
  const interval = wilsonInterval(positive, total, z === undefined ? {} : { z });
  return interval === undefined ? undefined : [interval.lower.toFixed(4), interval.upper.toFixed(4)];
}

describe('wilsonInterval', () => {
  it('returns [0.4902, 0.9433] when 8 of 10 reviews are positive at z = 1.96', () => {
    expect(bounds(8, 10)).toStrictEqual(['0.4902', '0.9433']);
    const interval = wilsonInterval(8, 10);
    expect({ ...interval, lower: undefined, upper: undefined }).toStrictEqual({
      positive: 8,
      total: 10,
      estimate: 0.8,
      z: 1.96,
      lower: undefined,
      upper: undefined,
    });
  });

  it.each([
    [0, 10, ['0.0000', '0.2775']],
    [10, 10, ['0.7225', '1.0000']],
    [1, 2, ['0.0945', '0.9055']],
    [2, 2, ['0.3424', '1.0000']],
    [1, 1, ['0.2065', '1.0000']],
    [50, 100, ['0.4038', '0.5962']],
    [40, 50, ['0.6696', '0.8876']],
  ])('returns the published bounds when %i of %i are positive', (positive, total, expected) => {
    expect(bounds(positive, total)).toStrictEqual(expected);
  });

  it('returns a wider interval when z is larger', () => {
    expect(bounds(8, 10, 2.576)).toStrictEqual(['0.4008', '0.9599']);
    expect(bounds(8, 10, 1.645)).toStrictEqual(['0.5408', '0.9314']);
  });

  it('returns exactly 0 and 1 at the ends when no or every review is positive', () => {
    expect(wilsonInterval(0, 7)?.lower).toBe(0);
    expect(wilsonInterval(7, 7)?.upper).toBe(1);
  });

  it('returns undefined when there are no reviews', () => {
    expect(wilsonInterval(0, 0)).toBeUndefined();
  });

  it('throws naming the argument when a count is invalid or z is not positive', () => {
    expect(() => wilsonInterval(3, 2)).toThrow(new RangeError('wilsonInterval: positive must be at most total (2); got 3.'));
    expect(() => wilsonInterval(1.5, 2)).toThrow(new RangeError('wilsonInterval: positive must be a non-negative integer; got 1.5.'));
    expect(() => wilsonInterval(-1, 2)).toThrow(RangeError);
    expect(() => wilsonInterval('1' as never, 2)).toThrow(TypeError);
    expect(() => wilsonInterval(1, 2, { z: 0 })).toThrow(new RangeError('wilsonInterval: option z must be a positive number such as 1.96; got 0.'));
    expect(() => wilsonInterval(1, 2, { confidence: 0.95 } as never)).toThrow(TypeError);
  });

  test.prop([
    fc.integer({ min: 1, max: 100_000 }).chain((total) => fc.tuple(fc.integer({ min: 0, max: total }), fc.constant(total))),
    fc.double({ min: 0.01, max: 10, noNaN: true }),
  ])('returns bounds within [0, 1] that contain the point estimate for any counts and z', ([positive, total], z) => {
    const interval = wilsonInterval(positive, total, { z });
    expect(interval).toBeDefined();
    if (interval === undefined) return;
    expect(interval.lower).toBeGreaterThanOrEqual(0);
    expect(interval.upper).toBeLessThanOrEqual(1);
    expect(interval.lower).toBeLessThanOrEqual(interval.estimate);
    expect(interval.estimate).toBeLessThanOrEqual(interval.upper);
    expect(interval.estimate).toBe(positive / total);
  });

  test.prop([fc.integer({ min: 1, max: 1000 }).chain((total) => fc.tuple(fc.integer({ min: 0, max: total }), fc.constant(total)))])(
    'returns a narrower interval when the same share is measured on ten times the reviews',
    ([positive, total]) => {
      const small = wilsonInterval(positive, total);
      const large = wilsonInterval(positive * 10, total * 10);
      if (small === undefined || large === undefined) throw new Error('unreachable');
      expect(large.upper - large.lower).toBeLessThanOrEqual(small.upper - small.lower + 1e-12);
    },
  );
});

describe('bayesianAverage', () => {
  it('returns the IMDb weighted rating computed by hand when there are reviews', () => {
    // (2 × 100 + 8 × 60) / 10 = 68
    expect(bayesianAverage(100, 2, { priorMean: 60, priorWeight: 8 })).toBe(68);
    // (40 × 85 + 10 × 60) / 50 = 80
    expect(bayesianAverage(85, 40, { priorMean: 60, priorWeight: 10 })).toBe(80);
    // (3 × 90 + 1 × 50) / 4 = 80
    expect(bayesianAverage(90, 3, { priorMean: 50, priorWeight: 1 })).toBe(80);
  });

  it('returns the prior mean when there are no reviews, and the mean when the prior weighs nothing', () => {
    expect(bayesianAverage(undefined, 0, { priorMean: 60, priorWeight: 10 })).toBe(60);
    expect(bayesianAverage(72, 5, { priorMean: 60, priorWeight: 0 })).toBe(72);
  });

  it('returns undefined when there are neither reviews nor prior weight', () => {
    expect(bayesianAverage(undefined, 0, { priorMean: 60, priorWeight: 0 })).toBeUndefined();
  });

  it('throws naming the argument when an input is out of range or missing', () => {
    expect(() => bayesianAverage(undefined, 3, { priorMean: 60, priorWeight: 1 })).toThrow(
      new TypeError('bayesianAverage: mean must be a mean score from 0 to 100 when count is above 0; got undefined.'),
    );
    expect(() => bayesianAverage(50, 3, { priorMean: 160, priorWeight: 1 })).toThrow(RangeError);
    expect(() => bayesianAverage(50, 3, { priorMean: 60, priorWeight: -1 })).toThrow(RangeError);
    expect(() => bayesianAverage(50, 3, undefined as never)).toThrow(
      new TypeError('bayesianAverage: options must be { priorMean, priorWeight }; got undefined.'),
    );
    expect(() => bayesianAverage(50, 3, { priorMean: 60 } as never)).toThrow(TypeError);
  });

  test.prop([
    fc.double({ min: 0, max: 100, noNaN: true }),
    fc.integer({ min: 0, max: 10_000 }),
    fc.double({ min: 0, max: 100, noNaN: true }),
    fc.double({ min: 0.001, max: 10_000, noNaN: true }),
  ])('returns a value between the mean and the prior mean for any inputs', (mean, count, priorMean, priorWeight) => {
    const value = bayesianAverage(mean, count, { priorMean, priorWeight }) as number;
    const low = count === 0 ? priorMean : Math.min(mean, priorMean);
    const high = count === 0 ? priorMean : Math.max(mean, priorMean);
    expect(value).toBeGreaterThanOrEqual(low - 1e-9);
    expect(value).toBeLessThanOrEqual(high + 1e-9);
  });
});

describe('rankPages', () => {
  const lucky = film(reviews(100, 100), { title: 'Two perfect reviews' });
  const solid = film([...repeat(36, 90), ...repeat(4, 30)], { title: 'Forty good reviews' });
  const empty = film(reviews(null), { title: 'No scores' });

  it('returns the title with many good reviews above the one with two perfect ones when ranked by the Wilson lower bound', () => {
    const result = rankPages([lucky, empty, solid], { by: 'wilson-lower' });
    expect(result.ranked.map((entry) => [entry.rank, entry.position, entry.page.title])).toStrictEqual([
      [1, 2, 'Forty good reviews'],
      [2, 0, 'Two perfect reviews'],
      [3, 1, 'No scores'],
    ]);
    expect([result.by, result.z, result.priorMean, result.priorWeight]).toStrictEqual(['wilson-lower', 1.96, undefined, undefined]);
    expect(result.ranked[1]).toStrictEqual({
      rank: 2,
      position: 0,
      page: lucky,
      value: wilsonInterval(2, 2)?.lower,
      scored: 2,
      mean: 100,
      judged: 2,
      positive: 2,
    });
    expect(result.ranked[2]?.value).toBeUndefined();
  });

  it('returns the title with many good reviews first when ranked by the Bayesian average with the default prior', () => {
    const mediocre = [1, 2, 3].map((n) => film(repeat(10, 60), { title: `Mediocre ${n}` }));
    const result = rankPages([lucky, solid, empty, ...mediocre], { by: 'bayesian' });
    // C = (2 × 100 + 36 × 90 + 4 × 30 + 30 × 60) / 72 = 5360 / 72; m = median(2, 40, 10, 10, 10) = 10.
    const prior = 5360 / 72;
    expect([result.priorMean, result.priorWeight]).toStrictEqual([prior, 10]);
    expect(result.ranked.map((entry) => entry.position)).toStrictEqual([1, 0, 2, 3, 4, 5]);
    expect(result.ranked.map((entry) => entry.value)).toStrictEqual([
      (40 * 84 + 10 * prior) / 50, // 82.09
      (2 * 100 + 10 * prior) / 12, // 78.70
      prior, // no reviews: the prior mean, 74.44
      (10 * 60 + 10 * prior) / 20, // 67.22, three times, in input order
      (10 * 60 + 10 * prior) / 20,
      (10 * 60 + 10 * prior) / 20,
    ]);
  });

  it('returns the caller’s prior when priorMean and priorWeight are given', () => {
    const result = rankPages([lucky, solid], { by: 'bayesian', priorMean: 50, priorWeight: 0 });
    expect(result.ranked.map((entry) => [entry.position, entry.value])).toStrictEqual([
      [0, 100],
      [1, 84],
    ]);
  });

  it('returns tied pages in input order with consecutive ranks when their values are equal', () => {
    const a = film(reviews(80, 80), { title: 'a' });
    const b = film(reviews(80, 80), { title: 'b' });
    const c = film(reviews(80, 80), { title: 'c' });
    const result = rankPages([a, b, c], { by: 'wilson-lower' });
    expect(result.ranked.map((entry) => [entry.rank, entry.page.title])).toStrictEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
    ]);
  });

  it('returns the caller’s positive marks and media bands when given', () => {
    const page = film(reviews(70, 70, 70));
    expect(rankPages([page], { by: 'wilson-lower' }).ranked[0]?.positive).toBe(3);
    expect(rankPages([page], { by: 'wilson-lower', media: 'game' }).ranked[0]?.positive).toBe(0);
    expect(rankPages([page], { by: 'wilson-lower', positive: new Map([[0, false]]) }).ranked[0]?.positive).toBe(2);
  });

  it('returns an empty list and no prior when there are no pages', () => {
    expect(rankPages([], { by: 'bayesian' })).toStrictEqual({
      by: 'bayesian',
      ranked: [],
      z: undefined,
      priorMean: undefined,
      priorWeight: 0,
    });
  });

  it('throws naming the option when by is missing or another option is wrong', () => {
    expect(() => rankPages([lucky], {} as never)).toThrow(new TypeError('rankPages: option by must be "wilson-lower" or "bayesian"; got undefined.'));
    expect(() => rankPages([lucky], undefined as never)).toThrow(TypeError);
    expect(() => rankPages([lucky], { by: 'bayesian', priorWeight: -2 })).toThrow(RangeError);
    expect(() => rankPages([{}] as never, { by: 'bayesian' })).toThrow(TypeError);
    expect(() => rankPages([film([review(140)])], { by: 'bayesian' })).toThrow(RangeError);
  });

  test.prop([fc.array(fc.array(fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }), { maxLength: 12 }), { maxLength: 8 })])(
    'returns every page once, best first, with pages without a value last, for any pages',
    (lists) => {
      const pages = lists.map((scores) => film(reviews(...scores)));
      for (const by of ['wilson-lower', 'bayesian'] as const) {
        const { ranked } = rankPages(pages, { by });
        expect(ranked.map((entry) => entry.position).sort((x, y) => x - y)).toStrictEqual(pages.map((_, index) => index));
        expect(ranked.map((entry) => entry.rank)).toStrictEqual(pages.map((_, index) => index + 1));
        for (let index = 1; index < ranked.length; index++) {
          const before = ranked[index - 1];
          const after = ranked[index];
          if (before === undefined || after === undefined) continue;
          if (before.value === undefined) expect(after.value).toBeUndefined();
          else if (after.value !== undefined) {
            expect(before.value).toBeGreaterThanOrEqual(after.value);
            if (before.value === after.value) expect(before.position).toBeLessThan(after.position);
          }
        }
      }
    },
  );
});
