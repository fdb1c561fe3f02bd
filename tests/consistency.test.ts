import { describe, expect, it } from 'vitest';
import { type ConsistencyReport, DISCREPANCY_CODES, checkConsistency } from '../src/aggregate/index.js';
import type { Band } from '../src/classify/index.js';
import type { Film, ProfilePage, Review, Sentiment } from '../src/types/page.js';
import { SPAN as span, film, review } from './support/pages.js';

const scores = (...values: readonly (number | null)[]): Review[] => values.map((value, i) => review(value, { index: i + 1 }));

/** The seed page (corpus case 000): 11 reviews, only review 2 scored (80). */
function seedPage(): Film {
  return film({
    verdict: 'Generally favorable reviews',
    criticCount: 11,
    distribution: { positive: 9, mixed: null, negative: 0 },
    reviews: scores(null, 80, null, null, null, null, null, null, null, null, null),
  });
}

/** Passes a value the types forbid, as a JavaScript caller could. */
function untyped(value: unknown): never {
  return value as never;
}

const codes = (report: ConsistencyReport): string[] => report.discrepancies.map((d) => d.code);

describe('checkConsistency', () => {
  it('returns the seed report: mixed 2 inferred, Metascore 61-80, no discrepancy', () => {
    // distribution bound: (80 + 8 * 61 + 2 * 40) / 11 = 648 / 11 = 58.9 -> 59;
    //                     (80 + 8 * 100 + 2 * 60) / 11 = 1000 / 11 = 90.9 -> 91
    expect(checkConsistency(seedPage())).toStrictEqual({
      declared: {
        criticCount: 11,
        distribution: { positive: 9, mixed: null, negative: 0 },
        verdict: 'Generally favorable reviews',
        metascore: null,
      },
      listedCount: 11,
      truncated: false,
      inferredDistribution: { positive: 9, mixed: 2, negative: 0, inferred: ['mixed'] },
      metascoreInterval: {
        min: 61,
        max: 80,
        contradictory: false,
        sources: [
          { source: 'verdict', min: 61, max: 80 },
          { source: 'distribution', min: 59, max: 91 },
        ],
      },
      discrepancies: [],
    } satisfies ConsistencyReport);
  });

  it('returns an empty report when the page prints nothing', () => {
    expect(checkConsistency(film({ reviews: [] }))).toStrictEqual({
      declared: { criticCount: null, distribution: null, verdict: null, metascore: null },
      listedCount: 0,
      truncated: false,
      inferredDistribution: undefined,
      metascoreInterval: undefined,
      discrepancies: [],
    } satisfies ConsistencyReport);
  });

  it('returns a neutral report when the page is a profile page', () => {
    const reviews: Review[] = [
      { ...review(80, { index: 1 }), metascore: 72 },
      { ...review(60, { index: 2 }), metascore: 'tbd' },
    ];
    const profile: ProfilePage = {
      ...film({ reviews }),
      kind: 'publication',
      profile: {
        name: null,
        reviewsGraded: 2,
        percentHigher: 50,
        percentSame: 0,
        percentLower: 50,
        pointsVsAverage: 1.5,
        averageScore: 70,
        highest: { score: 80, title: 'A' },
        lowest: { score: 60, title: 'B' },
        distribution: { positive: 1, mixed: 1, negative: 0 },
        listedCount: 2,
        span,
      },
    };
    expect(checkConsistency(profile)).toStrictEqual({
      declared: { criticCount: null, distribution: null, verdict: null, metascore: null },
      listedCount: 2,
      truncated: false,
      inferredDistribution: undefined,
      metascoreInterval: undefined,
      discrepancies: [],
    } satisfies ConsistencyReport);
  });

  it('returns truncated and fewer-reviews-than-declared when fewer reviews are listed than declared', () => {
    const report = checkConsistency(film({ criticCount: 11, reviews: scores(null, 80, null) }));
    expect(report.truncated).toBe(true);
    expect(report.listedCount).toBe(3);
    expect(report.discrepancies).toStrictEqual([
      {
        code: 'fewer-reviews-than-declared',
        message: 'The page lists 3 reviews of the 11 its critic count declares.',
        declared: 11,
        found: 3,
      },
    ]);
  });

  it('says one review, not 1 reviews, in its messages', () => {
    const report = checkConsistency(film({ criticCount: 11, reviews: scores(80) }));
    expect(report.discrepancies.map((discrepancy) => discrepancy.message)).toStrictEqual(['The page lists 1 review of the 11 its critic count declares.']);
  });

  it('returns more-reviews-than-declared when more reviews are listed than declared', () => {
    const report = checkConsistency(film({ criticCount: 2, reviews: scores(null, null, null) }));
    expect(report.truncated).toBe(false);
    expect(report.discrepancies).toStrictEqual([
      {
        code: 'more-reviews-than-declared',
        message: 'The page lists 3 reviews, more than the 2 its critic count declares.',
        declared: 2,
        found: 3,
      },
    ]);
  });

  it('returns the distribution as printed when all three lines are printed and add up', () => {
    const report = checkConsistency(film({ criticCount: 7, distribution: { positive: 1, mixed: 0, negative: 6 }, reviews: scores() }));
    expect(report.inferredDistribution).toStrictEqual({ positive: 1, mixed: 0, negative: 6, inferred: [] });
    expect(codes(report)).toStrictEqual(['fewer-reviews-than-declared']);
  });

  it('returns an inferred positive or negative line when that single line is absent', () => {
    const positive = checkConsistency(film({ criticCount: 10, distribution: { positive: null, mixed: 3, negative: 2 }, reviews: [] }));
    expect(positive.inferredDistribution).toStrictEqual({ positive: 5, mixed: 3, negative: 2, inferred: ['positive'] });
    const negative = checkConsistency(film({ criticCount: 10, distribution: { positive: 10, mixed: 0, negative: null }, reviews: [] }));
    expect(negative.inferredDistribution).toStrictEqual({ positive: 10, mixed: 0, negative: 0, inferred: ['negative'] });
  });

  it('returns no inference and distribution-sum-mismatch when the printed lines exceed the critic count', () => {
    const report = checkConsistency(film({ criticCount: 11, distribution: { positive: 9, mixed: null, negative: 3 }, reviews: scores() }));
    expect(report.inferredDistribution).toStrictEqual({ positive: 9, mixed: null, negative: 3, inferred: [] });
    expect(report.discrepancies).toContainEqual({
      code: 'distribution-sum-mismatch',
      message: 'The printed distribution lines add up to 12, more than the 11 critics declared.',
      declared: 11,
      found: 12,
    });
  });

  it('returns distribution-sum-mismatch when all three lines are printed and add up to another number', () => {
    const report = checkConsistency(film({ criticCount: 11, distribution: { positive: 5, mixed: 3, negative: 2 }, reviews: scores() }));
    expect(report.discrepancies).toContainEqual({
      code: 'distribution-sum-mismatch',
      message: 'The printed distribution lines add up to 10, not the 11 critics declared.',
      declared: 11,
      found: 10,
    });
    expect(report.metascoreInterval).toBeUndefined();
  });

  it('returns nothing inferred when two lines are absent and critics remain', () => {
    const report = checkConsistency(film({ criticCount: 11, distribution: { positive: 5, mixed: null, negative: null }, reviews: [] }));
    expect(report.inferredDistribution).toStrictEqual({ positive: 5, mixed: null, negative: null, inferred: [] });
    expect(report.metascoreInterval).toBeUndefined();
  });

  it('returns zeros inferred for two absent lines when the printed line already reaches the critic count', () => {
    const report = checkConsistency(film({ criticCount: 5, distribution: { positive: 5, mixed: null, negative: null }, reviews: [] }));
    expect(report.inferredDistribution).toStrictEqual({
      positive: 5,
      mixed: 0,
      negative: 0,
      inferred: ['mixed', 'negative'],
    });
    // five positives, none known: 61-100
    expect(report.metascoreInterval).toStrictEqual({
      min: 61,
      max: 100,
      contradictory: false,
      sources: [{ source: 'distribution', min: 61, max: 100 }],
    });
  });

  it('returns the distribution as printed when the critic count is unknown', () => {
    const report = checkConsistency(film({ distribution: { positive: 2, mixed: null, negative: 1 }, reviews: [] }));
    expect(report.inferredDistribution).toStrictEqual({ positive: 2, mixed: null, negative: 1, inferred: [] });
    expect(report.discrepancies).toStrictEqual([]);
  });

  it('returns a distribution bound over the class total when the critic count is unknown but all lines are printed', () => {
    // 2 positive at 61-100, 1 negative at 0-39: (122 + 0) / 3 = 40.67 -> 41; (200 + 39) / 3 = 79.67 -> 80
    const report = checkConsistency(film({ distribution: { positive: 2, mixed: 0, negative: 1 }, reviews: [] }));
    expect(report.metascoreInterval?.sources).toStrictEqual([{ source: 'distribution', min: 41, max: 80 }]);
  });

  it('returns class-count-exceeded when more listed scores fall in a class than printed', () => {
    const report = checkConsistency(
      film({
        criticCount: 2,
        distribution: { positive: 1, mixed: 1, negative: 0 },
        reviews: scores(80, 90),
      }),
    );
    expect(report.discrepancies).toStrictEqual([
      {
        code: 'class-count-exceeded',
        message: 'The page lists 2 reviews with a positive score, but its distribution prints 1.',
        declared: 1,
        found: 2,
      },
    ]);
    expect(report.metascoreInterval).toBeUndefined();
  });

  it('returns class-count-exceeded saying infers when the exceeded count was inferred', () => {
    const report = checkConsistency(
      film({
        criticCount: 2,
        distribution: { positive: 1, mixed: null, negative: 0 },
        reviews: scores(50, 55),
      }),
    );
    expect(report.discrepancies).toStrictEqual([
      {
        code: 'class-count-exceeded',
        message: 'The page lists 2 reviews with a mixed score, but its distribution infers 1.',
        declared: 1,
        found: 2,
      },
    ]);
  });

  it('returns unknown-verdict-label and no verdict bound when the verdict is no known label', () => {
    const report = checkConsistency(film({ verdict: 'Pretty good reviews', metascore: 70, reviews: [] }));
    expect(report.discrepancies).toStrictEqual([
      {
        code: 'unknown-verdict-label',
        message: 'The verdict "Pretty good reviews" is none of the known verdict labels.',
        declared: 'Pretty good reviews',
      },
    ]);
    expect(report.metascoreInterval).toStrictEqual({
      min: 70,
      max: 70,
      contradictory: false,
      sources: [{ source: 'metascore', min: 70, max: 70 }],
    });
  });

  it('returns the verdict band when the verdict is printed in another spelling', () => {
    const report = checkConsistency(film({ verdict: '  MIXED OR AVERAGE ', reviews: [] }));
    expect(report.metascoreInterval).toStrictEqual({
      min: 40,
      max: 60,
      contradictory: false,
      sources: [{ source: 'verdict', min: 40, max: 60 }],
    });
    expect(report.declared.verdict).toBe('  MIXED OR AVERAGE ');
  });

  it('returns the game verdict band when the page is a game', () => {
    const report = checkConsistency(film({ media: 'game', verdict: 'Generally favorable reviews', reviews: [] }));
    expect(report.metascoreInterval?.sources).toStrictEqual([{ source: 'verdict', min: 75, max: 89 }]);
  });

  it('returns the bands of the media option when it overrides the page', () => {
    const page = film({ media: 'game', verdict: 'Generally favorable reviews', reviews: [] });
    expect(checkConsistency(page, { media: 'movie' }).metascoreInterval?.sources).toStrictEqual([{ source: 'verdict', min: 61, max: 80 }]);
  });

  it('returns the printed Metascore as the interval when it agrees with the other sources', () => {
    // 1 known positive at 90, 1 unknown positive, 1 known mixed at 50, 1 negative at 20:
    // (90 + 61 + 50 + 20) / 4 = 55.25 -> 55; (90 + 100 + 50 + 20) / 4 = 65
    const report = checkConsistency(
      film({
        verdict: 'Mixed or average reviews',
        metascore: 58,
        criticCount: 4,
        distribution: { positive: 2, mixed: 1, negative: 1 },
        reviews: scores(90, null, 50, 20),
      }),
    );
    expect(report.metascoreInterval).toStrictEqual({
      min: 58,
      max: 58,
      contradictory: false,
      sources: [
        { source: 'verdict', min: 40, max: 60 },
        { source: 'distribution', min: 55, max: 65 },
        { source: 'metascore', min: 58, max: 58 },
      ],
    });
    expect(report.discrepancies).toStrictEqual([]);
  });

  it('returns bounds rounded half up when the unweighted means end in .5', () => {
    // all known: (50 + 51) / 2 = 50.5 -> 51
    const report = checkConsistency(film({ criticCount: 2, distribution: { positive: 0, mixed: 2, negative: 0 }, reviews: scores(50, 51) }));
    expect(report.metascoreInterval?.sources).toStrictEqual([{ source: 'distribution', min: 51, max: 51 }]);
  });

  it('returns verdict-mismatch and the verdict band when the printed Metascore has another verdict', () => {
    const report = checkConsistency(film({ media: 'movie', verdict: 'Generally favorable reviews', metascore: 85, reviews: [] }));
    expect(report.discrepancies).toStrictEqual([
      {
        code: 'verdict-mismatch',
        message: 'The page declares "Generally favorable reviews", but its Metascore 85 is "Universal acclaim".',
        declared: 'Generally favorable reviews',
        found: 'Universal acclaim',
      },
    ]);
    expect(report.metascoreInterval).toStrictEqual({
      min: 61,
      max: 80,
      contradictory: true,
      sources: [
        { source: 'verdict', min: 61, max: 80 },
        { source: 'metascore', min: 85, max: 85 },
      ],
    });
  });

  it('returns the game bands and says so, with no verdict-mismatch, when the media is unknown and only the game bands fit the figures', () => {
    // a game's 73 is Mixed or average (50-74), but a movie's 73 is Generally favorable
    const page = film({ verdict: 'Mixed or average reviews', metascore: 73, reviews: [] });
    const report = checkConsistency(page);
    expect(report.discrepancies).toStrictEqual([]);
    expect(report.mediaFromFigures).toBe('game');
    expect([report.metascoreInterval?.min, report.metascoreInterval?.max]).toStrictEqual([73, 73]);
    expect(report.metascoreInterval?.sources[0]).toStrictEqual({ source: 'verdict', min: 50, max: 74 });
    // What the page or the caller says wins over the figures.
    expect(checkConsistency(page, { media: 'movie' }).discrepancies.map((finding) => finding.code)).toStrictEqual(['verdict-mismatch']);
    expect('mediaFromFigures' in checkConsistency(page, { media: 'movie' })).toBe(false);
    expect(checkConsistency({ ...page, media: 'tv' }).discrepancies.map((finding) => finding.code)).toStrictEqual(['verdict-mismatch']);
  });

  it('keeps the movie bands and says nothing of the media when both band families, or only the movie ones, fit the figures', () => {
    // 80 is Generally favorable for both; 62 is Generally favorable for a film only
    for (const metascore of [80, 62]) {
      const report = checkConsistency(film({ verdict: 'Generally favorable reviews', metascore, reviews: [] }));
      expect(report.discrepancies).toStrictEqual([]);
      expect('mediaFromFigures' in report).toBe(false);
    }
  });

  it('returns verdict-mismatch naming the bands used when the media is unknown and no bands fit', () => {
    const page = film({ verdict: 'Mixed or average reviews', metascore: 95, reviews: [] });
    expect(checkConsistency(page).discrepancies).toStrictEqual([
      {
        code: 'verdict-mismatch',
        message:
          'The page declares "Mixed or average reviews", but its Metascore 95 is "Universal acclaim" by the movie, TV and music bands (the media is unknown: a game has other bands).',
        declared: 'Mixed or average reviews',
        found: 'Universal acclaim',
      },
    ]);
    expect('mediaFromFigures' in checkConsistency(page)).toBe(false);
  });

  it('returns no verdict-mismatch when the printed Metascore is at the edge of the game band', () => {
    const report = checkConsistency(film({ media: 'game', verdict: 'Generally favorable reviews', metascore: 89, reviews: [] }));
    expect(report.discrepancies).toStrictEqual([]);
    expect([report.metascoreInterval?.min, report.metascoreInterval?.max]).toStrictEqual([89, 89]);
  });

  it('returns mean-verdict-mismatch and distribution-outside-verdict-band when every review is scored above the band', () => {
    const report = checkConsistency(
      film({
        verdict: 'Generally favorable reviews',
        criticCount: 4,
        distribution: { positive: 4, mixed: 0, negative: 0 },
        reviews: scores(90, 90, 90, 91),
      }),
    );
    // mean 90.25 -> 90: Universal acclaim; bound (90 + 90 + 90 + 91) / 4 = 90.25 -> 90
    expect(report.discrepancies).toStrictEqual([
      {
        code: 'mean-verdict-mismatch',
        message: 'The page declares "Generally favorable reviews", but the unweighted mean of its 4 scores rounds to 90, which is "Universal acclaim".',
        declared: 'Generally favorable reviews',
        found: 'Universal acclaim',
      },
      {
        code: 'distribution-outside-verdict-band',
        message: 'The distribution and the listed scores allow Metascores 90, outside the 61-80 of "Generally favorable reviews".',
        declared: { min: 61, max: 80 },
        found: { min: 90, max: 90 },
      },
    ]);
    expect(report.metascoreInterval).toStrictEqual({
      min: 61,
      max: 80,
      contradictory: true,
      sources: [
        { source: 'verdict', min: 61, max: 80 },
        { source: 'distribution', min: 90, max: 90 },
      ],
    });
  });

  it('returns no mean-verdict-mismatch when a declared review is unlisted or unscored', () => {
    const base = {
      verdict: 'Generally favorable reviews',
      criticCount: 4,
      distribution: { positive: 4, mixed: 0, negative: 0 },
    } as const;
    expect(codes(checkConsistency(film({ ...base, reviews: scores(90, 90, 90, null) })))).not.toContain('mean-verdict-mismatch');
    expect(codes(checkConsistency(film({ ...base, reviews: scores(90, 90, 90) })))).not.toContain('mean-verdict-mismatch');
  });

  it('returns no mean-verdict-mismatch when the mean of all scores matches the verdict', () => {
    const report = checkConsistency(
      film({
        verdict: 'Generally favorable reviews',
        criticCount: 2,
        distribution: { positive: 2, mixed: 0, negative: 0 },
        reviews: scores(70, 80),
      }),
    );
    expect(report.discrepancies).toStrictEqual([]);
    expect([report.metascoreInterval?.min, report.metascoreInterval?.max]).toStrictEqual([75, 75]);
  });

  it('returns metascore-outside-interval and the Metascore when no verdict is printed and the bound excludes it', () => {
    // all known: (90 + 95) / 2 = 92.5 -> 93
    const report = checkConsistency(
      film({
        metascore: 70,
        criticCount: 2,
        distribution: { positive: 2, mixed: 0, negative: 0 },
        reviews: scores(90, 95),
      }),
    );
    expect(report.discrepancies).toStrictEqual([
      {
        code: 'metascore-outside-interval',
        message: 'The printed Metascore 70 lies outside the 93 that the distribution and the listed scores allow.',
        declared: 70,
        found: { min: 93, max: 93 },
      },
    ]);
    expect(report.metascoreInterval).toStrictEqual({
      min: 70,
      max: 70,
      contradictory: true,
      sources: [
        { source: 'distribution', min: 93, max: 93 },
        { source: 'metascore', min: 70, max: 70 },
      ],
    });
  });

  it('returns the class bounds of custom sentiment bands when they are given', () => {
    const sentimentBands: readonly Band<Sentiment>[] = [
      { label: 'positive', min: 90, max: 100 },
      { label: 'mixed', min: 10, max: 89 },
      { label: 'negative', min: 0, max: 9 },
    ];
    const page = film({ criticCount: 2, distribution: { positive: 2, mixed: 0, negative: 0 }, reviews: [] });
    expect(checkConsistency(page, { sentimentBands }).metascoreInterval?.sources).toStrictEqual([{ source: 'distribution', min: 90, max: 100 }]);
  });

  it('returns fields absent from a hand-made page as null', () => {
    expect(checkConsistency(untyped({ kind: 'film', reviews: [] })).declared).toStrictEqual({
      criticCount: null,
      distribution: null,
      verdict: null,
      metascore: null,
    });
  });

  it('returns no distribution bound and no NaN when the critic count is 0', () => {
    const report = checkConsistency(film({ criticCount: 0, distribution: { positive: 0, mixed: 0, negative: 0 }, reviews: [] }));
    expect(report.metascoreInterval).toBeUndefined();
    expect(report.discrepancies).toStrictEqual([]);
  });

  it('returns a TypeError naming the option when an option is unknown or of the wrong type', () => {
    expect(() => checkConsistency(seedPage(), untyped({ bands: [] }))).toThrow(
      new TypeError('checkConsistency: each option must be one of media, sentimentBands, verdictBands; got "bands".'),
    );
    expect(() => checkConsistency(seedPage(), untyped({ media: 'book' }))).toThrow(RangeError);
    expect(() => checkConsistency(seedPage(), { verdictBands: [] })).toThrow(RangeError);
  });

  it('returns a TypeError or RangeError naming the field when the page holds impossible values', () => {
    expect(() => checkConsistency(untyped(null))).toThrow(TypeError);
    expect(() => checkConsistency(untyped({ reviews: 'none' }))).toThrow(
      new TypeError('checkConsistency: page.reviews must be an array of reviews; got "none".'),
    );
    expect(() => checkConsistency(film({ metascore: 150, reviews: [] }))).toThrow(
      new RangeError('checkConsistency: page.metascore must be an integer from 0 to 100 or null; got 150.'),
    );
    expect(() => checkConsistency(film({ metascore: 80.5, reviews: [] }))).toThrow(RangeError);
    expect(() => checkConsistency(film({ criticCount: -1, reviews: [] }))).toThrow(
      new RangeError('checkConsistency: page.criticCount must be a non-negative integer or null; got -1.'),
    );
    expect(() => checkConsistency(film({ distribution: { positive: 1.5, mixed: null, negative: 0 }, reviews: [] }))).toThrow(/page\.distribution\.positive/);
    expect(() => checkConsistency(untyped({ reviews: [], verdict: 5 }))).toThrow(TypeError);
    expect(() => checkConsistency(untyped({ reviews: [], media: 'film' }))).toThrow(TypeError);
    expect(() => checkConsistency(untyped({ reviews: [], distribution: 'none' }))).toThrow(TypeError);
    expect(() => checkConsistency(film({ reviews: scores(120) }))).toThrow(RangeError);
  });
});

describe('DISCREPANCY_CODES', () => {
  it('returns every code in report order when listed', () => {
    expect(Object.keys(DISCREPANCY_CODES)).toStrictEqual([
      'fewer-reviews-than-declared',
      'more-reviews-than-declared',
      'distribution-sum-mismatch',
      'class-count-exceeded',
      'unknown-verdict-label',
      'verdict-mismatch',
      'mean-verdict-mismatch',
      'distribution-outside-verdict-band',
      'metascore-outside-interval',
      'fresh-rotten-sum-mismatch',
      'tomatometer-mismatch',
      'tomatometer-count-impossible',
      'freshness-count-exceeded',
      'tomatometer-sample-mismatch',
    ]);
    expect(Object.isFrozen(DISCREPANCY_CODES)).toBe(true);
  });

  it('returns a one-sentence description when read for any code', () => {
    for (const description of Object.values(DISCREPANCY_CODES)) {
      expect(description).toMatch(/^[A-Z].*\.$/);
    }
  });
});
