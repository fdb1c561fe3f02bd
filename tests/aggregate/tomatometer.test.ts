import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aggregate, checkConsistency, parse } from '../../src/index.js';
import type { Page } from '../../src/index.js';
import { ALL_SITES } from '../../src/sites/index.js';

const sites = join(import.meta.dirname, '..', 'sites');

function pageOf(folder: string, name: string): Page {
  return parse(readFileSync(join(sites, folder, name), 'utf8'), { sites: ALL_SITES }).page;
}

/** A Rotten Tomatoes page with the given figures and no review. */
function rtPage(figures: Partial<Pick<Page, 'criticCount' | 'tomatometer' | 'distribution' | 'reviews'>>): Page {
  const base = pageOf('rottentomatoes', '242-rt-main-blade-runner-2017.txt');
  return { ...base, ...figures };
}

describe('checkConsistency on a Rotten Tomatoes page', () => {
  it('returns the Tomatometer of the Fresh and Rotten counts, and no Metascore interval from them', () => {
    const report = checkConsistency(pageOf('rottentomatoes', '250-rt-main-mad-max-fury-road-2015.txt'));
    expect(report.tomatometer).toStrictEqual({
      printed: null,
      fresh: 394,
      rotten: 14,
      inferred: [],
      fromCounts: (394 * 100) / 408,
      freshInterval: undefined,
      sample: undefined,
    });
    expect(report.metascoreInterval).toBeUndefined();
    expect(report.inferredDistribution).toBeUndefined();
    expect(report.discrepancies.map((d) => d.code)).toStrictEqual(['fewer-reviews-than-declared']);
  });

  it('returns the Fresh counts a printed Tomatometer allows out of the critic count', () => {
    const report = checkConsistency(pageOf('rottentomatoes', '279-rt-tv-season-deadwood-s01-2024.txt'));
    // 85% of 40 reviews: 34 Fresh exactly (33 is 82.5%, 35 is 87.5%).
    expect(report.tomatometer?.freshInterval).toStrictEqual({ min: 34, max: 34 });
    expect(report.tomatometer?.printed).toBe(85);
  });

  it('infers the missing Rotten count from the critic count', () => {
    const report = checkConsistency(rtPage({ criticCount: 10, distribution: { positive: 7, mixed: null, negative: null }, tomatometer: 70 }));
    expect(report.tomatometer).toMatchObject({ fresh: 7, rotten: 3, inferred: ['rotten'], fromCounts: 70 });
    expect(report.discrepancies.filter((d) => d.code !== 'fewer-reviews-than-declared')).toStrictEqual([]);
  });

  it('reports a printed Tomatometer unlike the counts, rounded half up', () => {
    const report = checkConsistency(rtPage({ criticCount: 8, distribution: { positive: 7, mixed: null, negative: 1 }, tomatometer: 87 }));
    // 7 of 8 is 87.5%, which rounds half up to 88.
    expect(report.discrepancies.find((d) => d.code === 'tomatometer-mismatch')).toStrictEqual({
      code: 'tomatometer-mismatch',
      message: 'The page prints a Tomatometer of 87%, but 7 Fresh of 8 reviews is 88%.',
      declared: 87,
      found: 88,
    });
  });

  it('reports counts that do not add up, and a Tomatometer no count gives', () => {
    const sum = checkConsistency(rtPage({ criticCount: 10, distribution: { positive: 7, mixed: null, negative: 2 }, tomatometer: null }));
    expect(sum.discrepancies.map((d) => d.code)).toContain('fresh-rotten-sum-mismatch');
    const impossible = checkConsistency(rtPage({ criticCount: 3, distribution: null, tomatometer: 50 }));
    expect(impossible.discrepancies.find((d) => d.code === 'tomatometer-count-impossible')?.message).toBe(
      'No count of Fresh reviews out of 3 gives the printed Tomatometer of 50%.',
    );
  });

  it("returns the listed reviews' freshness as a sample, and reports more fresh reviews than counted", () => {
    const flixster = pageOf('flixster', '300-rt-flixster-the-critic.txt');
    expect(checkConsistency(flixster).tomatometer?.sample).toStrictEqual({ fresh: 4, rotten: 3, percent: 400 / 7 });
    const counted = checkConsistency({ ...flixster, criticCount: 7, distribution: { positive: 3, mixed: null, negative: 4 }, tomatometer: 43 });
    expect(counted.discrepancies.map((d) => d.code)).toStrictEqual(['freshness-count-exceeded', 'tomatometer-sample-mismatch']);
  });

  it('leaves the report of a Metacritic page without a tomatometer', () => {
    const page = parse('Universal acclaim - based on 1 Critics\n  1. 90\n    Bold.\n').page;
    expect('tomatometer' in checkConsistency(page)).toBe(false);
  });
});

describe('aggregate on a Rotten Tomatoes page', () => {
  it('returns the Tomatometer report in its consistency report, and the marks converted as scores', () => {
    const result = aggregate(pageOf('rottentomatoes', '240-rt-main-alien-2019.txt'));
    expect([result.count, result.scoredCount, result.mean]).toStrictEqual([4, 2, 94]);
    expect(result.consistency?.tomatometer?.printed).toBeNull();
  });
});
