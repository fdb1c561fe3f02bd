/**
 * Linear time: one page of many reviews parses about as fast, per megabyte,
 * as ordinary pages of the same total size, and four times the input takes
 * about four times as long. Budgets are relative (medians of alternating
 * runs on the same machine), so the machine's speed does not matter.
 *
 * `npm test` uses 200,000 reviews (29 MB); PERF_REVIEWS=1000000 runs the full
 * million, as `npm run bench` does.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generateLargePage, generateOrdinaryPages } from '../../bench/generate.js';
import { parse } from '../../src/index.js';
import { median, time } from '../support/timing.js';

const REVIEWS = Number(process.env.PERF_REVIEWS ?? 200_000);
const RUNS = 5;

describe('parse at scale', () => {
  const large = generateLargePage(REVIEWS).text;
  const quarter = generateLargePage(REVIEWS / 4).text;
  const ordinary = generateOrdinaryPages(large.length).map((page) => page.text);
  const ordinaryChars = ordinary.reduce((sum, text) => sum + text.length, 0);
  const largeTimes: number[] = [];
  const ordinaryTimes: number[] = [];
  const quarterTimes: number[] = [];
  beforeAll(() => {
    // Alternating runs, so a busy moment of the machine weighs on all three alike.
    for (let run = 0; run < RUNS; run++) {
      largeTimes.push(time(() => parse(large)));
      ordinaryTimes.push(
        time(() => {
          for (const text of ordinary) parse(text);
        }),
      );
      quarterTimes.push(time(() => parse(quarter)));
    }
  }, 300_000);

  it(`reads one page of ${REVIEWS.toLocaleString('en-US')} reviews at 80% or more of the throughput of ordinary pages`, () => {
    const largeRate = large.length / median(largeTimes);
    const ordinaryRate = ordinaryChars / median(ordinaryTimes);
    expect(largeRate / ordinaryRate).toBeGreaterThanOrEqual(0.8);
  });

  it('takes at most about four times as long for four times the reviews (5.5 times, for noise)', () => {
    expect(median(largeTimes) / median(quarterTimes)).toBeLessThanOrEqual(5.5);
  });

  it('reads every review of the large page', () => {
    expect(parse(quarter).page.reviews).toHaveLength(REVIEWS / 4);
  });
});
