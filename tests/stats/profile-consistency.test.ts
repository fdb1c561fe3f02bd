import { describe, expect, it } from 'vitest';
import {
  type CheckProfileResult,
  PROFILE_CONTRADICTION_CODES,
  type ProfileComparison,
  type ProfileStatistic,
  checkProfile,
  summarizeProfile,
} from '../../src/stats/index.js';
import type { ProfilePage } from '../../src/types/page.js';
import { corpusPage, corpusProfile, film, profilePage, review } from './helpers.js';

/** The comparison of one statistic in a report. */
function comparisonOf(report: CheckProfileResult, statistic: ProfileStatistic): ProfileComparison | undefined {
  return report.comparisons.find((comparison) => comparison.statistic === statistic);
}

/** [statistic, printed, recomputed, difference, sampleSize] of each comparison, for compact expectations. */
function table(report: CheckProfileResult): unknown[][] {
  return report.comparisons.map((c) => [c.statistic, c.printed, c.recomputed, c.difference, c.sampleSize]);
}

describe('checkProfile', () => {
  it("returns every comparison computed by hand when the page is Sheri Linden's profile (031)", () => {
    // Listed: (80, 72), (90, 67), (70, 72), (80, tbd); printed: 4 graded, 75/0/25 %, +12.7, average 80,
    // highest 90, lowest 70, distribution 4/0/0, "4 tv reviews".
    // Compared 3: higher 2 → 200 ÷ 3 = 66.67 → 67 (−8 against 75); same 0; lower 1 → 33.33 → 33 (+8).
    // Points: (8 + 23 − 2) ÷ 3 = 9.67 → 9.7; 9.7 − 12.7 = −3.
    // Scored 4: mean 320 ÷ 4 = 80; max 90; min 70; TV bands: all four positive (61-100).
    // The shares' sample (3) is not the 4 graded: not complete, so their gap is sampling, not a contradiction.
    const report = checkProfile(corpusProfile('031'));
    expect(report).toStrictEqual({
      kind: 'critic',
      name: 'Sheri Linden',
      media: 'tv',
      sampleSize: 4,
      scoredCount: 4,
      comparedCount: 3,
      reviewsGraded: 4,
      coverage: 1,
      comparisons: [
        { statistic: 'reviewsGraded', printed: 4, recomputed: 4, exact: 4, difference: 0, sampleSize: 4, complete: true },
        { statistic: 'listedCount', printed: 4, recomputed: 4, exact: 4, difference: 0, sampleSize: 4, complete: true },
        { statistic: 'percentHigher', printed: 75, recomputed: 67, exact: 200 / 3, difference: -8, sampleSize: 3, complete: false },
        { statistic: 'percentSame', printed: 0, recomputed: 0, exact: 0, difference: 0, sampleSize: 3, complete: false },
        { statistic: 'percentLower', printed: 25, recomputed: 33, exact: 100 / 3, difference: 8, sampleSize: 3, complete: false },
        { statistic: 'pointsVsAverage', printed: 12.7, recomputed: 9.7, exact: 29 / 3, difference: -3, sampleSize: 3, complete: false },
        { statistic: 'averageScore', printed: 80, recomputed: 80, exact: 80, difference: 0, sampleSize: 4, complete: true },
        { statistic: 'highest', printed: 90, recomputed: 90, exact: 90, difference: 0, sampleSize: 4, complete: true },
        { statistic: 'lowest', printed: 70, recomputed: 70, exact: 70, difference: 0, sampleSize: 4, complete: true },
        { statistic: 'positive', printed: 4, recomputed: 4, exact: 4, difference: 0, sampleSize: 4, complete: true },
        { statistic: 'mixed', printed: 0, recomputed: 0, exact: 0, difference: 0, sampleSize: 4, complete: true },
        { statistic: 'negative', printed: 0, recomputed: 0, exact: 0, difference: 0, sampleSize: 4, complete: true },
      ],
      contradictions: [],
    });
  });

  it('returns sample-sized differences and no contradiction when a publication page lists 6 of 1,095 reviews (033)', () => {
    // ActionTrip (games, no name printed): 40, 40, 40, 39, 39, 37 against 49, 63, 40, 59, 53, 72.
    // Same 1 of 6 = 16.67 → 17; lower 5 → 83.33 → 83. Points −101 ÷ 6 = −16.83 → −16.8; −16.8 − 2.6 = −19.4.
    // Average 235 ÷ 6 = 39.17 → 39 (−38 against 77). Highest 40 (98 printed), lowest 37 (10 printed).
    // Game bands: all below 50, negative 6; no distribution printed, so no difference.
    const report = checkProfile(corpusProfile('033'));
    expect([report.name, report.media, report.sampleSize, report.coverage]).toStrictEqual([null, 'game', 6, 6 / 1095]);
    expect(table(report)).toStrictEqual([
      ['reviewsGraded', 1095, 6, -1089, 6],
      ['listedCount', 1095, 6, -1089, 6],
      ['percentHigher', 56, 0, -56, 6],
      ['percentSame', 6, 17, 11, 6],
      ['percentLower', 38, 83, 45, 6],
      ['pointsVsAverage', 2.6, -16.8, -19.4, 6],
      ['averageScore', 77, 39, -38, 6],
      ['highest', 98, 40, -58, 6],
      ['lowest', 10, 37, 27, 6],
      ['positive', null, 0, undefined, 6],
      ['mixed', null, 0, undefined, 6],
      ['negative', null, 6, undefined, 6],
    ]);
    expect(report.contradictions).toStrictEqual([]);
  });

  it('returns the scored sample apart from the listed items when some listed items show no score (035)', () => {
    // Boston Globe lists 11 items, 4 with a score: 25 vs 32, 36, 20, 37 → higher 1 (25%), lower 3 (75%).
    // Points (−7 − 11 + 5 − 12) ÷ 4 = −25 ÷ 4 = −6.25 → −6.3 (half away from zero); −6.3 − 1.1 = −7.4.
    const report = checkProfile(corpusProfile('035'));
    expect([report.sampleSize, report.scoredCount, report.comparedCount, report.coverage]).toStrictEqual([11, 4, 4, 11 / 5034]);
    expect(comparisonOf(report, 'pointsVsAverage')).toStrictEqual({
      statistic: 'pointsVsAverage',
      printed: 1.1,
      recomputed: -6.3,
      exact: -6.25,
      difference: -7.4,
      sampleSize: 4,
      complete: false,
    });
    expect(comparisonOf(report, 'lowest')?.difference).toBe(25); // 25 listed, 0 printed
    expect(report.contradictions).toStrictEqual([]);
  });

  it('returns a negative points comparison when a publication grades lower (037)', () => {
    // The Observer (UK): −96 ÷ 10 = −9.6 against −4.9 printed → −4.7. Music bands: 60 is mixed (40-60).
    const report = checkProfile(corpusProfile('037'));
    expect(comparisonOf(report, 'pointsVsAverage')?.difference).toBe(-4.7);
    expect(comparisonOf(report, 'mixed')?.recomputed).toBe(10);
    expect(report.contradictions).toStrictEqual([]);
  });

  it('returns no contradiction when a listed score equals the printed highest (039)', () => {
    // Empire lists 100 twice; the printed highest is 100 (Aliens).
    const report = checkProfile(corpusProfile('039'));
    expect(comparisonOf(report, 'highest')).toStrictEqual({
      statistic: 'highest',
      printed: 100,
      recomputed: 100,
      exact: 100,
      difference: 0,
      sampleSize: 5,
      complete: false,
    });
    expect(report.contradictions).toStrictEqual([]);
  });

  it('returns contradictions when listed scores exceed the printed extremes and distribution', () => {
    // Printed: highest 90, lowest 40, distribution 1/0/0 of 50 graded. Listed: 95, 30, 50 (movie bands).
    const page = profilePage(
      'critic',
      [review({ score: 95 }), review({ score: 30 }), review({ score: 50 })],
      {
        name: 'X',
        reviewsGraded: 50,
        highest: { score: 90, title: 'A' },
        lowest: { score: 40, title: 'B' },
        distribution: { positive: 1, mixed: 0, negative: 0 },
      },
      'movie',
    );
    expect(checkProfile(page).contradictions).toStrictEqual([
      {
        code: 'listed-above-highest',
        statistic: 'highest',
        message: 'A listed review scores 95, above the printed highest review score 90.',
        printed: 90,
        found: 95,
      },
      {
        code: 'listed-below-lowest',
        statistic: 'lowest',
        message: 'A listed review scores 30, below the printed lowest review score 40.',
        printed: 40,
        found: 30,
      },
      {
        code: 'class-count-exceeded',
        statistic: 'mixed',
        message: 'The page lists 1 review with a mixed score, more than the 0 its distribution prints.',
        printed: 0,
        found: 1,
      },
      {
        code: 'class-count-exceeded',
        statistic: 'negative',
        message: 'The page lists 1 review with a negative score, more than the 0 its distribution prints.',
        printed: 0,
        found: 1,
      },
    ]);
  });

  it('returns contradictions when the page lists more reviews than it has graded or its heading counts', () => {
    const page = profilePage('publication', [review(), review(), review()], { reviewsGraded: 2, listedCount: 1 });
    expect(checkProfile(page).contradictions.map((c) => [c.code, c.printed, c.found, c.message])).toStrictEqual([
      ['more-listed-than-graded', 2, 3, 'The page lists 3 reviews, more than the 2 it says the profile has graded.'],
      ['more-listed-than-printed', 1, 3, 'The page lists 3 reviews, more than the 1 its list heading counts.'],
    ]);
    expect(checkProfile(page).coverage).toBe(1.5);
  });

  it('returns complete-sample-disagrees only for figures no rounding of the complete sample gives', () => {
    // 3 graded, all listed and compared: 80 vs 70, 80 vs 70, 50 vs 70 → higher 2 of 3 = 66.67%, lower 33.33%.
    // Points (10 + 10 − 20) ÷ 3 = 0. Average 210 ÷ 3 = 70. Highest 80, lowest 50.
    // Printed 66 (floor: 0.67 off, allowed), 1 (1 off the exact 0: no rounding gives it), 34 (ceil: allowed),
    // points 0.1 (0.1 off 0: no rounding gives it), average 71 (1 off 70), highest 85 (a complete sample's max must equal it).
    const page = profilePage('critic', [review({ score: 80, metascore: 70 }), review({ score: 80, metascore: 70 }), review({ score: 50, metascore: 70 })], {
      reviewsGraded: 3,
      percentHigher: 66,
      percentSame: 1,
      percentLower: 34,
      pointsVsAverage: 0.1,
      averageScore: 71,
      highest: { score: 85, title: 'A' },
      lowest: { score: 50, title: 'B' },
    });
    const report = checkProfile(page);
    expect(report.contradictions.map((c) => [c.code, c.statistic, c.printed, c.found])).toStrictEqual([
      ['complete-sample-disagrees', 'percentSame', 1, 0],
      ['complete-sample-disagrees', 'pointsVsAverage', 0.1, 0],
      ['complete-sample-disagrees', 'averageScore', 71, 70],
      ['complete-sample-disagrees', 'highest', 85, 80],
    ]);
    expect(report.contradictions[2]?.message).toBe('The listed reviews are all 3 graded ones, yet their average score is 70 where the page prints 71.');
    expect(comparisonOf(report, 'pointsVsAverage')?.difference).toBe(-0.1);
  });

  it('returns a report with undefined figures and no error when the page lists no comparable reviews', () => {
    const page = profilePage('critic', [review({ score: 70, metascore: 'tbd' }), review({ score: null, metascore: 60 })], {
      name: 'Y',
      reviewsGraded: 10,
      percentHigher: 50,
      pointsVsAverage: 1.5,
    });
    const report = checkProfile(page);
    expect([report.comparedCount, report.scoredCount, report.coverage]).toStrictEqual([0, 1, 0.2]);
    expect(comparisonOf(report, 'percentHigher')).toStrictEqual({
      statistic: 'percentHigher',
      printed: 50,
      recomputed: undefined,
      exact: undefined,
      difference: undefined,
      sampleSize: 0,
      complete: false,
    });
    expect(report.contradictions).toStrictEqual([]);
  });

  it('returns zero counts and undefined figures when the page lists no reviews and prints nothing', () => {
    const report = checkProfile(profilePage('publication', []));
    expect([report.sampleSize, report.reviewsGraded, report.coverage]).toStrictEqual([0, null, undefined]);
    expect(comparisonOf(report, 'averageScore')?.recomputed).toBeUndefined();
    expect(comparisonOf(report, 'positive')).toStrictEqual({
      statistic: 'positive',
      printed: null,
      recomputed: 0,
      exact: 0,
      difference: undefined,
      sampleSize: 0,
      complete: false,
    });
    expect(report.contradictions).toStrictEqual([]);
  });

  it('returns undefined coverage when the page prints 0 reviews graded', () => {
    expect(checkProfile(profilePage('critic', [], { reviewsGraded: 0 })).coverage).toBeUndefined();
  });

  it("classifies with the media option's bands when one is given", () => {
    // Game bands: 70 is mixed (50-74): 3 positive, 1 mixed against the printed 4/0/0 of 4 graded.
    const report = checkProfile(corpusProfile('031'), { media: 'game' });
    expect(report.contradictions.map((c) => [c.code, c.statistic, c.printed, c.found])).toStrictEqual([
      ['complete-sample-disagrees', 'positive', 4, 3],
      ['class-count-exceeded', 'mixed', 0, 1],
    ]);
  });

  it('throws a TypeError when the page is a title page', () => {
    expect(() => checkProfile(corpusPage('000') as unknown as ProfilePage)).toThrow(
      new TypeError('checkProfile: page must be a critic or publication profile page (kind "critic" or "publication"); got kind "film".'),
    );
  });

  it('throws a TypeError naming the field when a printed statistic has the wrong type', () => {
    const page = profilePage('critic', []);
    const broken = { ...page, profile: { ...page.profile, averageScore: '80' } } as unknown as ProfilePage;
    expect(() => checkProfile(broken)).toThrow(new TypeError('checkProfile: page.profile.averageScore must be a finite number or null; got "80".'));
  });

  it('throws a TypeError naming the option when an option is unknown', () => {
    expect(() => checkProfile(profilePage('critic', []), { verdictBands: [] } as never)).toThrow(
      new TypeError('checkProfile: each option must be one of media, sentimentBands; got "verdictBands".'),
    );
  });
});

describe('summarizeProfile', () => {
  it('returns undefined when the page is a title page', () => {
    expect(summarizeProfile(corpusPage('000'))).toBeUndefined();
    expect(summarizeProfile(film([review({ score: 80 })], { metascore: 70 }))).toBeUndefined();
  });

  it("returns the check, the key, the listed statistics and the Metascore comparison for Sheri Linden's profile (031)", () => {
    // Listed 80, 90, 70, 80: mean 80, median (80 + 80) ÷ 2 = 80, min 70, max 90, all positive (TV bands).
    const page = corpusProfile('031');
    const summary = summarizeProfile(page);
    expect(summary).toStrictEqual({
      ...checkProfile(page),
      key: 'sheri linden',
      listed: {
        count: 4,
        scoredCount: 4,
        mean: 80,
        median: 80,
        min: 70,
        max: 90,
        distribution: { positive: 4, mixed: 0, negative: 0 },
      },
      vsMetascore: {
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
      },
    });
  });

  it('returns a null key when the profile prints no name (033)', () => {
    const summary = summarizeProfile(corpusPage('033'));
    expect([summary?.kind, summary?.name, summary?.key, summary?.listed.mean]).toStrictEqual([
      'publication',
      null,
      null,
      235 / 6, // 40 + 40 + 40 + 39 + 39 + 37 = 235
    ]);
  });

  it('returns JSON-serialisable data for every corpus profile page', () => {
    for (const number of ['031', '033', '035', '037', '039']) {
      const summary = summarizeProfile(corpusPage(number));
      const text = JSON.stringify(summary);
      expect(text).not.toMatch(/NaN|Infinity/u);
      expect(typeof text).toBe('string');
    }
  });
});

describe('PROFILE_CONTRADICTION_CODES', () => {
  it('returns the catalogue of codes in the order they are checked, frozen', () => {
    expect(Object.keys(PROFILE_CONTRADICTION_CODES)).toStrictEqual([
      'more-listed-than-graded',
      'more-listed-than-printed',
      'listed-above-highest',
      'listed-below-lowest',
      'class-count-exceeded',
      'complete-sample-disagrees',
    ]);
    expect(Object.isFrozen(PROFILE_CONTRADICTION_CODES)).toBe(true);
  });
});
