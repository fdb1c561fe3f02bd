import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { type ComparableReview, type CompareWithMetascoreResult, compareWithMetascore } from '../../src/stats/index.js';
import { corpusPage } from './helpers.js';

/** `count` pairs with the given score and Metascore. */
function pairs(count: number, score: number, metascore: number): ComparableReview[] {
  return Array.from({ length: count }, () => ({ score, metascore }));
}

const NOTHING_COMPARED: Omit<CompareWithMetascoreResult, 'reviewCount' | 'skipped'> = {
  comparedCount: 0,
  higher: 0,
  same: 0,
  lower: 0,
  fractionHigher: undefined,
  fractionSame: undefined,
  fractionLower: undefined,
  percentHigher: undefined,
  percentSame: undefined,
  percentLower: undefined,
  meanDifference: undefined,
  pointsVsAverage: undefined,
};

describe('compareWithMetascore', () => {
  it("returns the shares and mean difference of Sheri Linden's listed reviews when one Metascore is tbd", () => {
    // Corpus case 031 lists (80, 72), (90, 67), (70, 72), (80, tbd).
    // Compared: 3. Higher: 80 > 72 and 90 > 67 → 2; lower: 70 < 72 → 1; same: 0.
    // Percentages: 2 × 100 ÷ 3 = 66.67 → 67; 0; 1 × 100 ÷ 3 = 33.33 → 33.
    // Differences: +8, +23, −2 → sum 29 → mean 29 ÷ 3 = 9.666… → 9.7.
    expect(compareWithMetascore(corpusPage('031').reviews)).toStrictEqual({
      reviewCount: 4,
      comparedCount: 3,
      skipped: { noScore: 0, tbd: 1, noMetascore: 0 },
      higher: 2,
      same: 0,
      lower: 1,
      fractionHigher: 2 / 3,
      fractionSame: 0,
      fractionLower: 1 / 3,
      percentHigher: 67,
      percentSame: 0,
      percentLower: 33,
      meanDifference: 29 / 3,
      pointsVsAverage: 9.7,
    });
  });

  it('returns a negative mean difference when a publication grades lower (corpus case 037)', () => {
    // The Observer (UK): ten scores of 60 against 57, 72, 81, 78, 62, 82, 76, 76, 55, 57.
    // Higher: 57, 57, 55 → 3; lower: 7. Differences: 3 − 12 − 21 − 18 − 2 − 22 − 16 − 16 + 5 + 3 = −96.
    // Mean −96 ÷ 10 = −9.6.
    const result = compareWithMetascore(corpusPage('037').reviews);
    expect([result.higher, result.same, result.lower, result.percentHigher, result.percentLower]).toStrictEqual([3, 0, 7, 30, 70]);
    expect([result.meanDifference, result.pointsVsAverage]).toStrictEqual([-9.6, -9.6]);
  });

  it('returns "same" when a score equals its Metascore (corpus case 033)', () => {
    // ActionTrip: 40 vs 49, 40 vs 63, 40 vs 40 (same), 39 vs 59, 39 vs 53, 37 vs 72.
    // Differences: −9 − 23 + 0 − 20 − 14 − 35 = −101 → −101 ÷ 6 = −16.833… → −16.8.
    // Same 1 of 6 = 16.67% → 17; lower 5 of 6 = 83.33% → 83.
    const result = compareWithMetascore(corpusPage('033').reviews);
    expect([result.higher, result.same, result.lower]).toStrictEqual([0, 1, 5]);
    expect([result.percentHigher, result.percentSame, result.percentLower]).toStrictEqual([0, 17, 83]);
    expect([result.meanDifference, result.pointsVsAverage]).toStrictEqual([-101 / 6, -16.8]);
  });

  it('returns undefined shares and counts every skip when nothing can be compared', () => {
    // A missing score wins over the Metascore's reason: (null, tbd) counts as noScore.
    const result = compareWithMetascore([
      { score: null, metascore: 50 },
      { score: null, metascore: 'tbd' },
      { score: 70, metascore: 'tbd' },
      { score: 70, metascore: null },
    ]);
    expect(result).toStrictEqual({ reviewCount: 4, skipped: { noScore: 2, tbd: 1, noMetascore: 1 }, ...NOTHING_COMPARED });
  });

  it('returns zero counts and undefined shares when the list is empty', () => {
    expect(compareWithMetascore([])).toStrictEqual({
      reviewCount: 0,
      skipped: { noScore: 0, tbd: 0, noMetascore: 0 },
      ...NOTHING_COMPARED,
    });
  });

  it('returns shares rounded half up, each on its own, when a share is an exact half', () => {
    // 1 higher (61 vs 60, +1) and 7 lower (50 vs 51, −1 each) of 8:
    // 1 × 100 ÷ 8 = 12.5 → 13; 7 × 100 ÷ 8 = 87.5 → 88; the three add up to 101.
    // Mean difference (1 − 7) ÷ 8 = −0.75 → −0.8 (half away from zero).
    const result = compareWithMetascore([...pairs(1, 61, 60), ...pairs(7, 50, 51)]);
    expect([result.percentHigher, result.percentSame, result.percentLower]).toStrictEqual([13, 0, 88]);
    expect([result.fractionHigher, result.fractionLower]).toStrictEqual([0.125, 0.875]);
    expect([result.meanDifference, result.pointsVsAverage]).toStrictEqual([-0.75, -0.8]);
  });

  it('returns shares that add up to 99 when each of three is a third', () => {
    // +10, 0, −10: each 1 × 100 ÷ 3 = 33.33 → 33; mean 0 ÷ 3 = 0.
    const result = compareWithMetascore([
      { score: 80, metascore: 70 },
      { score: 70, metascore: 70 },
      { score: 60, metascore: 70 },
    ]);
    expect([result.percentHigher, result.percentSame, result.percentLower]).toStrictEqual([33, 33, 33]);
    expect(result.pointsVsAverage).toBe(0);
  });

  it('returns −4.9 points when the mean difference is −4.85 exactly', () => {
    // 19 × (50 vs 55, −5) + 1 × (50 vs 52, −2) = −95 − 2 = −97; −97 ÷ 20 = −4.85 → −4.9.
    // (The float −4.85 × 10 is 48.49999…; rounding from the sum sees the half.)
    const result = compareWithMetascore([...pairs(19, 50, 55), ...pairs(1, 50, 52)]);
    expect([result.meanDifference, result.pointsVsAverage, result.percentLower]).toStrictEqual([-4.85, -4.9, 100]);
  });

  it('returns 0, not −0, when a small negative mean rounds to nothing', () => {
    // 24 × (70 vs 70) + 1 × (69 vs 70): −1 ÷ 25 = −0.04 → 0.0.
    const result = compareWithMetascore([...pairs(24, 70, 70), ...pairs(1, 69, 70)]);
    expect(Object.is(result.pointsVsAverage, 0)).toBe(true);
    expect(result.percentSame).toBe(96);
  });

  it('returns the counts when given plain { score, metascore } pairs with a Metascore absent', () => {
    const result = compareWithMetascore([{ score: 90 } as unknown as ComparableReview, { score: 90, metascore: 80 }]);
    expect([result.comparedCount, result.skipped.noMetascore, result.pointsVsAverage]).toStrictEqual([1, 1, 10]);
  });

  it('throws a TypeError when the reviews are not an array', () => {
    expect(() => compareWithMetascore({} as unknown as ComparableReview[])).toThrow(
      new TypeError('compareWithMetascore: reviews must be an array of { score, metascore } objects; got an object.'),
    );
  });

  it('throws a TypeError naming the review when one is not an object', () => {
    expect(() => compareWithMetascore([null as unknown as ComparableReview])).toThrow(
      new TypeError('compareWithMetascore: reviews[0] must be a review object; got null.'),
    );
  });

  it('throws a RangeError naming the review when a score is outside 0-100', () => {
    expect(() =>
      compareWithMetascore([
        { score: 50, metascore: 50 },
        { score: 101, metascore: 50 },
      ]),
    ).toThrow(new RangeError('compareWithMetascore: reviews[1].score must be from 0 to 100 or null; got 101.'));
    expect(() => compareWithMetascore([{ score: Number.NaN, metascore: 50 }])).toThrow(RangeError);
  });

  it('throws a TypeError naming the review when a Metascore is neither a number, "tbd" nor null', () => {
    expect(() => compareWithMetascore([{ score: 50, metascore: 'TBD' as unknown as number }])).toThrow(
      new TypeError('compareWithMetascore: reviews[0].metascore must be a number from 0 to 100, "tbd" or null; got "TBD".'),
    );
  });

  const arbitraryPair: fc.Arbitrary<ComparableReview> = fc.record({
    score: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
    metascore: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constant('tbd' as const), fc.constant(null)),
  });

  test.prop([fc.array(arbitraryPair)])('returns counts that account for every review', (reviews) => {
    const result = compareWithMetascore(reviews);
    const { noScore, tbd, noMetascore } = result.skipped;
    expect(result.higher + result.same + result.lower).toBe(result.comparedCount);
    expect(result.comparedCount + noScore + tbd + noMetascore).toBe(reviews.length);
  });

  test.prop([fc.array(arbitraryPair, { minLength: 1 })])(
    'returns percentages within half a point of the exact shares and points within 0.05 of the mean',
    (reviews) => {
      const result = compareWithMetascore(reviews);
      if (result.comparedCount === 0) {
        expect(result.percentHigher).toBeUndefined();
        return;
      }
      const exact = [result.fractionHigher, result.fractionSame, result.fractionLower].map((f) => (f ?? Number.NaN) * 100);
      const rounded = [result.percentHigher, result.percentSame, result.percentLower];
      exact.forEach((value, index) => {
        expect(Math.abs((rounded[index] ?? Number.NaN) - value)).toBeLessThanOrEqual(0.5 + 1e-9);
      });
      expect(exact.reduce((sum, value) => sum + value, 0)).toBeCloseTo(100, 9);
      expect(Math.abs((result.pointsVsAverage ?? Number.NaN) - (result.meanDifference ?? Number.NaN))).toBeLessThanOrEqual(0.05 + 1e-9);
    },
  );
});
