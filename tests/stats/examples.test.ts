/**
 * The `@example` blocks of src/stats, run: each result shown as `//=>` in a
 * doc comment is asserted here, so the documentation cannot drift.
 */
import { describe, expect, it } from 'vitest';
import {
  PROFILE_CONTRADICTION_CODES,
  checkProfile,
  compareWithMetascore,
  normalizeCriticName,
  normalizeName,
  summarizeCritics,
  summarizeProfile,
  summarizePublications,
} from '../../src/stats/index.js';
import { corpusPage, corpusProfile } from './helpers.js';

describe('the @example blocks of src/stats', () => {
  it('returns what normalizeName and normalizeCriticName document', () => {
    expect(normalizeName('Andrew O\u2019Hehir')).toBe("andrew o'hehir");
    expect(normalizeName('  DavidS.\u00a0')).toBe('davids');
    expect(normalizeName('Staff [Not Credited]')).toBe('staff');
    expect(normalizeName('__proto__')).toBe('__proto__');
    expect(normalizeCriticName('Staff', 'Boston Globe')).toBe('staff (boston globe)');
    expect(normalizeCriticName('Staff [Not Credited]')).toBe('staff');
    expect(normalizeCriticName('V.A.  Musetto', 'New York Post')).toBe('v.a. musetto');
  });

  it('returns what compareWithMetascore documents', () => {
    const result = compareWithMetascore(corpusPage('031').reviews);
    expect([result.comparedCount, result.higher, result.same, result.lower, result.skipped.tbd]).toStrictEqual([3, 2, 0, 1, 1]);
    expect([result.percentHigher, result.percentSame, result.percentLower]).toStrictEqual([67, 0, 33]);
    expect([result.meanDifference, result.pointsVsAverage]).toStrictEqual([9.666666666666666, 9.7]);
  });

  it('returns what summarizeCritics and summarizePublications document', () => {
    const { critics, reviewCount, unattributed } = summarizeCritics([corpusPage('000'), corpusPage('006')]);
    expect(critics[0]).toStrictEqual({
      name: 'V.A. Musetto',
      key: 'v.a. musetto',
      spellings: ['V.A. Musetto'],
      count: 2,
      scoredCount: 0,
      mean: undefined,
      median: undefined,
      distribution: { positive: 0, mixed: 0, negative: 0 },
      vsMetascore: undefined,
    });
    expect([critics.length, reviewCount, unattributed]).toStrictEqual([12, 14, 1]);
    expect(summarizePublications([])).toStrictEqual({ publications: [], reviewCount: 0, unattributed: 0 });

    const empire = summarizePublications([corpusPage('039')]);
    const empireSummary = empire.publications[0];
    expect([empireSummary?.name, empireSummary?.count, empireSummary?.scoredCount, empireSummary?.mean, empire.unattributed]).toStrictEqual([
      'Empire',
      8,
      5,
      84,
      0,
    ]);
    expect(empireSummary?.vsMetascore?.pointsVsAverage).toBe(11.8);
  });

  it('returns what checkProfile, summarizeProfile and PROFILE_CONTRADICTION_CODES document', () => {
    const report = checkProfile(corpusProfile('031'));
    expect([report.sampleSize, report.coverage, report.contradictions.length]).toStrictEqual([4, 1, 0]);
    expect(report.comparisons.find((c) => c.statistic === 'pointsVsAverage')).toStrictEqual({
      statistic: 'pointsVsAverage',
      printed: 12.7,
      recomputed: 9.7,
      exact: 9.666666666666666,
      difference: -3,
      sampleSize: 3,
      complete: false,
    });
    expect(report.comparisons.find((c) => c.statistic === 'percentHigher')).toStrictEqual({
      statistic: 'percentHigher',
      printed: 75,
      recomputed: 67,
      exact: 66.66666666666667,
      difference: -8,
      sampleSize: 3,
      complete: false,
    });
    expect(summarizeProfile(corpusPage('000'))).toBeUndefined();
    const summary = summarizeProfile(corpusPage('031'));
    expect([summary?.key, summary?.listed.mean, summary?.vsMetascore.percentHigher]).toStrictEqual(['sheri linden', 80, 67]);
    expect(summary?.vsMetascore.pointsVsAverage).toBe(9.7);
    expect(Object.keys(PROFILE_CONTRADICTION_CODES).length).toBe(6);
  });
});
