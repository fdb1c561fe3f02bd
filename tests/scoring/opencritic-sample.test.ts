import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { OPENCRITIC, summarizeOpenCritic } from '../../src/scoring/index.js';
import { ALL_SITES } from '../../src/sites/index.js';

const LIST = [
  'Hades Reviews',
  '',
  'Hades is ranked in the 98th percentile of games scored on OpenCritic.',
  'IGN',
  'Top Critic',
  '9 / 10',
  'Sep 17, 2020',
  '',
  'Superb.',
  '',
  'Read full review',
  '',
  'Eurogamer',
  'Essential',
  'Sep 17, 2020',
  '',
  'A must.',
  '',
  'Read full review',
  '',
  '7 / 10',
  'Sep 18, 2020',
  '',
  'Good.',
  '',
  'Read full review',
  '',
].join('\n');

describe('summarizeOpenCritic', () => {
  it('returns the Top Critic Average, the average of every scored review and the share recommending, with word marks judged', () => {
    const sample = summarizeOpenCritic(parse(LIST, { sites: ALL_SITES }).page);
    expect([sample.listed, sample.topCritics, sample.topCriticAverage.figures.score, sample.allCritics.figures.score]).toStrictEqual([3, 1, 90, 80]);
    expect([sample.topCriticAverage.figures.judged, sample.topCriticAverage.figures.recommended]).toStrictEqual([3, 2]);
    expect(sample.topCriticAverage.figures.averageOf).toBe('top-critics');
    expect(sample.text).toBe(
      "OpenCritic, from the 3 reviews listed on this page (a sample of the game's): Top Critic Average 90 (1 scored top-critic review), 2 of 3 judged critics recommend (66.7%; Wilson interval, z = 1.96: 20.8%-93.9%).",
    );
  });

  it('returns no Top Critic Average when no scored review is marked Top Critic, and says the average of every scored one', () => {
    const { page } = parse(readFileSync(join(import.meta.dirname, '../sites/opencritic/324-oc-hades-ii-reviews-page4.txt'), 'utf8'), { sites: ALL_SITES });
    const sample = summarizeOpenCritic(page);
    expect(sample.topCriticAverage.figures.score).toBeUndefined();
    expect(sample.allCritics.figures.score).toBe(100);
    // Essential and Yes recommend; the two 10 / 10.0 are scored 100.
    expect([sample.recommended?.positive, sample.recommended?.total]).toStrictEqual([4, 4]);
    expect(sample.text).toMatch(
      /^OpenCritic, from the 4 reviews listed on this page \(a sample of the game's\): no Top Critic Average \(no scored top-critic review; the average of every scored review is 100\), 4 of 4 judged critics recommend/u,
    );
  });

  it('follows the profile it is given', () => {
    const sample = summarizeOpenCritic(parse(LIST, { sites: ALL_SITES }).page, { profile: { ...OPENCRITIC, recommendedMinScore: 70 } });
    expect(sample.topCriticAverage.figures.recommended).toBe(3);
  });

  it('throws a TypeError for an unknown option or a value that is no page', () => {
    expect(() => summarizeOpenCritic({} as never)).toThrow(TypeError);
    expect(() => summarizeOpenCritic(parse(LIST, { sites: ALL_SITES }).page, { tiers: [] } as never)).toThrow(TypeError);
  });
});
