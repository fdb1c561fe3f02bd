import { describe, expect, it } from 'vitest';
import { type AggregateOptions, type AggregateResult, aggregate } from '../src/aggregate/index.js';
import type { Band } from '../src/classify/index.js';
import type { Film, ProfilePage, Review, Sentiment, Verdict } from '../src/types/page.js';
import { SPAN as span, film, review } from './support/pages.js';

/** The seed page (corpus case 000): 11 reviews, only review 2 scored (80). */
function seedPage(): Film {
  const critics = [
    'Noel Murray',
    null,
    'Staff',
    'Dennis Lim',
    'Robert Abele',
    'Gunnar Rehlin',
    'V.A. Musetto',
    'Ethan Gilsdorf',
    "Andrew O'Hehir",
    'Wendy Richmond',
    'Anita Gates',
  ];
  return film({
    verdict: 'Generally favorable reviews',
    criticCount: 11,
    distribution: { positive: 9, mixed: null, negative: 0 },
    reviews: critics.map((critic, i) => (critic === null ? review(80, { index: i + 1 }) : review(null, { critic, index: i + 1 }))),
  });
}

/** Every path in a value whose number is NaN. */
function nanPaths(value: unknown, path = '$'): string[] {
  if (typeof value === 'number') return Number.isNaN(value) ? [path] : [];
  if (value instanceof Map) return [...value].flatMap(([key, item]) => nanPaths(item, `${path}.get(${String(key)})`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => nanPaths(item, `${path}.${key}`));
  }
  return [];
}

/** Passes a value the types forbid, as a JavaScript caller could. */
function untyped(value: unknown): never {
  return value as never;
}

const scores = (...values: readonly (number | null)[]): Review[] => values.map((value) => review(value));

describe('aggregate', () => {
  it('returns undefined statistics, zero counts and tbd when there are no reviews', () => {
    const result = aggregate([]);
    expect(result).toStrictEqual({
      count: 0,
      scoredCount: 0,
      mean: undefined,
      median: undefined,
      min: undefined,
      max: undefined,
      standardDeviation: undefined,
      weightedMean: undefined,
      distribution: { positive: 0, mixed: 0, negative: 0 },
      percentPositive: undefined,
      verdict: 'tbd',
      consistency: undefined,
    } satisfies AggregateResult);
    expect(nanPaths(result)).toStrictEqual([]);
  });

  it("returns the distribution and verdict by the game bands when only those fit the page's printed figures, as its consistency does", () => {
    // A game's 72 is Mixed or average (50-74); a movie's is Generally favorable: the page says which it is.
    const page = film({ verdict: 'Mixed or average reviews', metascore: 72, criticCount: 4, reviews: scores(70, 72, 65, 80) });
    const result = aggregate(page);
    expect(result.consistency?.mediaFromFigures).toBe('game');
    expect([result.distribution, result.percentPositive, result.verdict]).toStrictEqual([
      { positive: 1, mixed: 3, negative: 0 },
      25,
      'Mixed or average reviews',
    ]);
    // What the caller says wins over the figures.
    expect(aggregate(page, { media: 'movie' }).verdict).toBe('Generally favorable reviews');
  });

  it('returns undefined statistics and no NaN anywhere when no review is scored, even with weights', () => {
    const result = aggregate(film({ reviews: scores(null, null) }), {
      minReviewsForVerdict: 0,
      weights: { by: 'critic', values: {} },
    });
    expect([result.count, result.scoredCount, result.mean, result.weightedMean, result.verdict]).toStrictEqual([2, 0, undefined, undefined, 'tbd']);
    expect(nanPaths(result)).toStrictEqual([]);
  });

  it('returns full-precision statistics over the scored reviews when some are unscored', () => {
    const result = aggregate(scores(80, null, 90, 100, null, 70));
    // scored: 80, 90, 100, 70 -> sorted 70, 80, 90, 100; mean 85; deviations -15, -5, 5, 15 -> squares sum 500 -> /4 = 125
    expect(result).toStrictEqual({
      count: 6,
      scoredCount: 4,
      mean: 85,
      median: 85,
      min: 70,
      max: 100,
      standardDeviation: Math.sqrt(125),
      weightedMean: undefined,
      distribution: { positive: 4, mixed: 0, negative: 0 },
      percentPositive: 100,
      verdict: 'Universal acclaim',
      consistency: undefined,
    } satisfies AggregateResult);
  });

  it('returns the middle score as median when the count is odd', () => {
    expect(aggregate(scores(90, 10, 50)).median).toBe(50);
  });

  it('returns the mean of the two middle scores as median when the count is even', () => {
    expect(aggregate(scores(91, 70, 10, 100)).median).toBe(80.5);
  });

  it('returns the population standard deviation (divided by n) when scores vary', () => {
    // 80, 90, 100: mean 90, squares 100 + 0 + 100 = 200, / 3
    expect(aggregate(scores(80, 90, 100)).standardDeviation).toBe(Math.sqrt(200 / 3));
    expect(aggregate(scores(42)).standardDeviation).toBe(0);
  });

  it('returns unrounded mean and percentPositive when they have long fractions', () => {
    const result = aggregate(scores(61, 60, 0));
    // mean 121 / 3; one positive of three -> 100 / 3
    expect([result.mean, result.percentPositive]).toStrictEqual([121 / 3, 100 / 3]);
  });

  it('returns the distribution of the scored reviews by the movie bands at 39/40 and 60/61', () => {
    expect(aggregate(scores(39, 40, 60, 61, null)).distribution).toStrictEqual({ positive: 1, mixed: 2, negative: 1 });
  });

  it('returns the distribution by the game bands when the media option is game', () => {
    expect(aggregate(scores(49, 50, 74, 75), { media: 'game' }).distribution).toStrictEqual({
      positive: 1,
      mixed: 2,
      negative: 1,
    });
  });

  it("returns the distribution by the game bands when the page's media is game", () => {
    expect(aggregate(film({ media: 'game', reviews: scores(49, 74, 75) })).distribution).toStrictEqual({
      positive: 1,
      mixed: 1,
      negative: 1,
    });
  });

  it("returns the media option's bands when it differs from the page's media", () => {
    expect(aggregate(film({ media: 'game', reviews: scores(49, 74) }), { media: 'movie' }).distribution).toStrictEqual({
      positive: 1,
      mixed: 1,
      negative: 0,
    });
  });

  it('returns the distribution by custom sentiment bands when they are given', () => {
    const sentimentBands: readonly Band<Sentiment>[] = [
      { label: 'positive', min: 90, max: 100 },
      { label: 'mixed', min: 10, max: 89 },
      { label: 'negative', min: 0, max: 9 },
    ];
    expect(aggregate(scores(9, 10, 89, 90), { sentimentBands }).distribution).toStrictEqual({
      positive: 1,
      mixed: 2,
      negative: 1,
    });
  });

  it('returns the verdict of the mean rounded half up when the mean ends in .5', () => {
    // mean 60.5 rounds to 61: Generally favorable; mean 80.5 rounds to 81: Universal acclaim
    expect(aggregate(scores(60, 61, 60, 61)).verdict).toBe('Generally favorable reviews');
    expect(aggregate(scores(80, 81, 80, 81)).verdict).toBe('Universal acclaim');
    // mean 60.25 rounds to 60: Mixed or average
    expect(aggregate(scores(60, 60, 60, 61)).verdict).toBe('Mixed or average reviews');
  });

  it('returns the game verdict when the media is game', () => {
    expect(aggregate(scores(89, 89, 89, 89), { media: 'game' }).verdict).toBe('Generally favorable reviews');
    expect(aggregate(scores(89, 89, 89, 89)).verdict).toBe('Universal acclaim');
  });

  it('returns the verdict of custom verdict bands when they are given', () => {
    const verdictBands: readonly Band<Verdict>[] = [
      { label: 'Universal acclaim', min: 95, max: 100 },
      { label: 'Mixed or average reviews', min: 0, max: 94 },
    ];
    expect(aggregate(scores(90, 90, 90, 90), { verdictBands }).verdict).toBe('Mixed or average reviews');
  });

  it('returns tbd when fewer than 4 reviews are scored by default', () => {
    expect(aggregate(scores(90, 90, 90, null, null)).verdict).toBe('tbd');
    expect(aggregate(scores(90, 90, 90, 90)).verdict).toBe('Universal acclaim');
  });

  it('returns a verdict from fewer reviews when minReviewsForVerdict is lowered', () => {
    expect(aggregate(scores(50), { minReviewsForVerdict: 1 }).verdict).toBe('Mixed or average reviews');
    expect(aggregate(scores(50), { minReviewsForVerdict: 0 }).verdict).toBe('Mixed or average reviews');
    expect(aggregate([], { minReviewsForVerdict: 0 }).verdict).toBe('tbd');
  });

  it('returns tbd when minReviewsForVerdict is raised above the scored count', () => {
    expect(aggregate(scores(50, 50, 50, 50, 50), { minReviewsForVerdict: 6 }).verdict).toBe('tbd');
    expect(aggregate(scores(50, 50, 50, 50, 50, 50), { minReviewsForVerdict: 6 }).verdict).toBe('Mixed or average reviews');
  });

  it('returns the seed case: 11 listed, one scored at 80, tbd, mixed 2 inferred, Metascore 61-80', () => {
    const result = aggregate(seedPage());
    expect([result.count, result.scoredCount, result.mean, result.median, result.min, result.max]).toStrictEqual([11, 1, 80, 80, 80, 80]);
    expect(result.standardDeviation).toBe(0);
    expect(result.distribution).toStrictEqual({ positive: 1, mixed: 0, negative: 0 });
    expect(result.percentPositive).toBe(100);
    expect(result.verdict).toBe('tbd');
    expect(result.consistency?.inferredDistribution).toStrictEqual({
      positive: 9,
      mixed: 2,
      negative: 0,
      inferred: ['mixed'],
    });
    expect(result.consistency?.metascoreInterval?.min).toBe(61);
    expect(result.consistency?.metascoreInterval?.max).toBe(80);
    expect(result.consistency?.truncated).toBe(false);
    expect(result.consistency?.discrepancies.map((d) => d.code)).not.toContain('fewer-reviews-than-declared');
    expect(result.consistency?.discrepancies).toStrictEqual([]);
    expect(nanPaths(result)).toStrictEqual([]);
  });

  it('returns consistency only when the input is a page', () => {
    expect(aggregate(seedPage().reviews).consistency).toBeUndefined();
    expect(aggregate(seedPage()).consistency).toBeDefined();
  });

  it('returns a neutral consistency report when the page is a profile page', () => {
    const profile: ProfilePage = {
      ...film({ reviews: scores(80, 60) }),
      kind: 'critic',
      profile: {
        name: 'Sheri Linden',
        reviewsGraded: 2,
        percentHigher: null,
        percentSame: null,
        percentLower: null,
        pointsVsAverage: null,
        averageScore: 70,
        highest: null,
        lowest: null,
        distribution: { positive: 1, mixed: 1, negative: 0 },
        listedCount: 2,
        span,
      },
    };
    const result = aggregate(profile);
    expect(result.mean).toBe(70);
    expect(result.consistency).toStrictEqual({
      declared: { criticCount: null, distribution: null, verdict: null, metascore: null },
      listedCount: 2,
      truncated: false,
      inferredDistribution: undefined,
      metascoreInterval: undefined,
      discrepancies: [],
    });
  });

  it('passes the media and custom bands on to the consistency report', () => {
    const page = film({ verdict: 'Generally favorable reviews', reviews: scores(80) });
    expect(aggregate(page, { media: 'game' }).consistency?.metascoreInterval?.min).toBe(75);
    const verdictBands: readonly Band<Verdict>[] = [
      { label: 'Generally favorable reviews', min: 50, max: 100 },
      { label: 'Overwhelming dislike', min: 0, max: 49 },
    ];
    expect(aggregate(page, { verdictBands }).consistency?.metascoreInterval?.min).toBe(50);
  });
});

describe('aggregate weights', () => {
  it('returns the weighted mean renormalised over the scored reviews when some named reviews are unscored', () => {
    const reviews = [
      review(90, { publication: 'A' }),
      review(60, { publication: 'B' }),
      review(null, { publication: 'C' }),
      review(null, { publication: 'A' }),
    ];
    const result = aggregate(reviews, {
      weights: {
        by: 'publication',
        values: new Map([
          ['A', 2],
          ['B', 1],
          ['C', 100],
        ]),
      },
    });
    // (2 * 90 + 1 * 60) / (2 + 1) = 240 / 3 = 80; C weighs nothing because it has no score
    expect(result.weightedMean).toStrictEqual({
      value: 80,
      by: 'publication',
      weights: [
        { name: 'A', weight: 2, count: 1 },
        { name: 'B', weight: 1, count: 1 },
      ],
      defaultWeight: 1,
    });
  });

  it('returns defaultWeight for reviews whose name is null or not in the values', () => {
    const reviews = [review(100, { critic: 'Known' }), review(50, { critic: 'Unknown' }), review(20), review(80, { critic: 'Known' })];
    const result = aggregate(reviews, { weights: { by: 'critic', values: { Known: 3 }, defaultWeight: 0.5 } });
    // (3 * 100 + 0.5 * 50 + 0.5 * 20 + 3 * 80) / (3 + 0.5 + 0.5 + 3) = 575 / 7
    expect(result.weightedMean).toStrictEqual({
      value: 575 / 7,
      by: 'critic',
      weights: [
        { name: 'Known', weight: 3, count: 2 },
        { name: 'Unknown', weight: 0.5, count: 1 },
        { name: null, weight: 0.5, count: 1 },
      ],
      defaultWeight: 0.5,
    });
  });

  it('returns the critic names of the reviews when weighting by critic, ignoring publications', () => {
    const reviews = [review(100, { critic: 'X', publication: 'Y' }), review(0, { critic: 'Z', publication: 'X' })];
    expect(aggregate(reviews, { weights: { by: 'critic', values: { X: 3 } } }).weightedMean?.value).toBe(75);
  });

  it('returns an undefined value when every weight used is zero', () => {
    const result = aggregate(scores(80, 90), { weights: { by: 'publication', values: {}, defaultWeight: 0 } });
    expect(result.weightedMean).toStrictEqual({
      value: undefined,
      by: 'publication',
      weights: [{ name: null, weight: 0, count: 2 }],
      defaultWeight: 0,
    });
    expect(nanPaths(result)).toStrictEqual([]);
  });

  it('returns the weights of __proto__, constructor and toString as plain names in a Map', () => {
    const reviews = [
      review(100, { publication: '__proto__' }),
      review(50, { publication: 'constructor' }),
      review(0, { publication: 'toString' }),
      review(70, { publication: 'hasOwnProperty' }),
    ];
    const values = new Map([
      ['__proto__', 4],
      ['constructor', 2],
      ['toString', 0],
    ]);
    // (4 * 100 + 2 * 50 + 0 * 0 + 1 * 70) / (4 + 2 + 0 + 1) = 570 / 7
    expect(aggregate(reviews, { weights: { by: 'publication', values } }).weightedMean).toStrictEqual({
      value: 570 / 7,
      by: 'publication',
      weights: [
        { name: '__proto__', weight: 4, count: 1 },
        { name: 'constructor', weight: 2, count: 1 },
        { name: 'toString', weight: 0, count: 1 },
        { name: 'hasOwnProperty', weight: 1, count: 1 },
      ],
      defaultWeight: 1,
    });
  });

  it('returns the weights of __proto__, constructor and toString as plain names in a record', () => {
    const reviews = [
      review(100, { critic: '__proto__' }),
      review(50, { critic: 'constructor' }),
      review(0, { critic: 'toString' }),
      review(70, { critic: 'valueOf' }),
    ];
    const values = JSON.parse('{"__proto__": 4, "constructor": 2, "toString": 0}') as Readonly<Record<string, number>>;
    expect(Object.hasOwn(values, '__proto__')).toBe(true);
    const result = aggregate(reviews, { weights: { by: 'critic', values } });
    expect(result.weightedMean?.value).toBe(570 / 7);
    expect(result.weightedMean?.weights).toStrictEqual([
      { name: '__proto__', weight: 4, count: 1 },
      { name: 'constructor', weight: 2, count: 1 },
      { name: 'toString', weight: 0, count: 1 },
      { name: 'valueOf', weight: 1, count: 1 },
    ]);
  });

  it('returns defaultWeight for names only on the prototype when the record does not have them', () => {
    const reviews = [review(100, { critic: 'constructor' }), review(0, { critic: 'toString' })];
    expect(aggregate(reviews, { weights: { by: 'critic', values: { other: 5 } } }).weightedMean?.weights).toStrictEqual([
      { name: 'constructor', weight: 1, count: 1 },
      { name: 'toString', weight: 1, count: 1 },
    ]);
  });

  it('returns the weights of a record without a prototype when it is given', () => {
    const values = Object.assign(Object.create(null) as Record<string, number>, { A: 3 });
    const reviews = [review(100, { publication: 'A' }), review(0, { publication: 'B' })];
    expect(aggregate(reviews, { weights: { by: 'publication', values } }).weightedMean?.value).toBe(75);
  });

  it('returns a RangeError naming the key when a weight is negative or not finite', () => {
    const run = (options: AggregateOptions) => () => aggregate(scores(50), options);
    expect(run({ weights: { by: 'critic', values: new Map([['__proto__', -1]]) } })).toThrow(
      new RangeError('aggregate: option weights.values["__proto__"] must be a finite, non-negative number; got -1.'),
    );
    expect(run({ weights: { by: 'critic', values: JSON.parse('{"constructor": -0.5}') as Record<string, number> } })).toThrow(
      /weights\.values\["constructor"\].*got -0\.5/,
    );
    expect(run({ weights: { by: 'critic', values: { toString: Number.NaN } } })).toThrow(RangeError);
    expect(run({ weights: { by: 'critic', values: { toString: Number.NaN } } })).toThrow(/\["toString"\].*got NaN/);
    expect(run({ weights: { by: 'critic', values: { A: Number.POSITIVE_INFINITY } } })).toThrow(/got Infinity/);
    expect(run({ weights: { by: 'critic', values: {}, defaultWeight: -1 } })).toThrow(
      new RangeError('aggregate: option weights.defaultWeight must be a finite, non-negative number; got -1.'),
    );
    expect(run({ weights: { by: 'critic', values: {}, defaultWeight: Number.NaN } })).toThrow(RangeError);
  });

  it('returns a TypeError naming the option when the weights are malformed', () => {
    const run = (weights: unknown) => () => aggregate(scores(50), untyped({ weights }));
    expect(run('x')).toThrow(TypeError);
    expect(run({ by: 'critic', values: {}, extra: 1 })).toThrow(
      new TypeError('aggregate: each key of option weights must be one of by, values, defaultWeight; got "extra".'),
    );
    expect(run({ by: 'outlet', values: {} })).toThrow(new TypeError('aggregate: option weights.by must be "publication" or "critic"; got "outlet".'));
    expect(run({ by: 'critic' })).toThrow(/weights\.values must be a Map or a plain object/);
    expect(run({ by: 'critic', values: [['A', 1]] })).toThrow(/weights\.values must be a Map or a plain object/);
    expect(run({ by: 'critic', values: new Set(['A']) })).toThrow(/weights\.values must be a Map or a plain object/);
    expect(run({ by: 'critic', values: new Map([[1, 1]]) })).toThrow(/must have string keys/);
    expect(run({ by: 'critic', values: { A: '2' } })).toThrow(new TypeError('aggregate: option weights.values["A"] must be a number; got "2".'));
    expect(run({ by: 'critic', values: {}, defaultWeight: '1' })).toThrow(TypeError);
  });
});

describe('aggregate options', () => {
  it('returns a TypeError naming the unknown option and the accepted ones', () => {
    expect(() => aggregate([], untyped({ minReviews: 2 }))).toThrow(
      new TypeError('aggregate: each option must be one of media, sentimentBands, verdictBands, minReviewsForVerdict, weights; got "minReviews".'),
    );
    expect(() => aggregate([], untyped({ __proto__: null, constructor: 1 }))).toThrow(/^aggregate: each option must be one of .*; got "constructor"\.$/u);
  });

  it('returns a TypeError when the options are not an object', () => {
    expect(() => aggregate([], untyped('game'))).toThrow(TypeError);
    expect(() => aggregate([], untyped(null))).toThrow(TypeError);
  });

  it('returns a RangeError naming media when the media is unknown', () => {
    expect(() => aggregate([], untyped({ media: 'film' }))).toThrow(
      new RangeError('aggregate: option media must be one of "movie", "tv", "music", "game"; got "film".'),
    );
  });

  it('returns a TypeError or RangeError naming minReviewsForVerdict when it is not a non-negative integer', () => {
    expect(() => aggregate([], untyped({ minReviewsForVerdict: '4' }))).toThrow(
      new TypeError('aggregate: option minReviewsForVerdict must be a number; got "4".'),
    );
    expect(() => aggregate([], { minReviewsForVerdict: -1 })).toThrow(
      new RangeError('aggregate: option minReviewsForVerdict must be a non-negative integer; got -1.'),
    );
    expect(() => aggregate([], { minReviewsForVerdict: 2.5 })).toThrow(RangeError);
    expect(() => aggregate([], { minReviewsForVerdict: Number.NaN })).toThrow(RangeError);
  });

  it('returns an error naming the bands option when custom bands are invalid', () => {
    expect(() => aggregate([], { sentimentBands: [] })).toThrow(
      new RangeError('aggregate: option sentimentBands must be one band or more, covering 0 to 100 together; got an empty array.'),
    );
    expect(() => aggregate([], { verdictBands: [{ label: 'Universal acclaim', min: 1, max: 100 }] })).toThrow(
      /^aggregate: option verdictBands\[0\]\.min must be 0 \(the lowest band starts at 0\); got 1\.$/u,
    );
    expect(() => aggregate([], untyped({ verdictBands: 'default' }))).toThrow(TypeError);
    expect(() => aggregate([], untyped({ sentimentBands: [{ label: 'positive', min: 0 }] }))).toThrow(TypeError);
  });

  it('returns undefined-valued options as if they were absent', () => {
    expect(aggregate(scores(50), untyped({ media: undefined, weights: undefined })).mean).toBe(50);
  });

  it('returns a TypeError when the input is neither a page nor an array', () => {
    expect(() => aggregate(untyped(null))).toThrow(new TypeError('aggregate: input must be a parsed page or an array of reviews; got null.'));
    expect(() => aggregate(untyped('80'))).toThrow(TypeError);
  });

  it('returns an error naming the review when a score is not a number from 0 to 100', () => {
    expect(() => aggregate(scores(50, 101))).toThrow(new RangeError('aggregate: reviews[1].score must be from 0 to 100 or null; got 101.'));
    expect(() => aggregate(scores(Number.NaN))).toThrow(RangeError);
    expect(() => aggregate(untyped([{ score: '80' }]))).toThrow(TypeError);
    expect(() => aggregate(untyped([null]))).toThrow(TypeError);
    expect(() => aggregate(film({ reviews: scores(-5) }))).toThrow(/page\.reviews\[0\]\.score/);
  });
});
