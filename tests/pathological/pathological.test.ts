/**
 * Pathological inputs parse in time linear in their length: each takes at most
 * K times as long as an ordinary page of the same size, and four times the
 * input takes at most about eight times as long (16 would be quadratic). Times are CPU time (which
 * other processes on a busy machine do not add to), each the median of
 * several interleaved runs, a short parse repeated until it takes 20 ms or
 * more, so the machine's speed and load cancel out; a test that misses its
 * budget is run again (a slow machine's hiccup passes then, a super-linear
 * parse never does).
 *
 * `PATHOLOGICAL_REPORT=1 npx vitest run --config vitest.timing.config.ts tests/pathological`
 * prints the figures (`PATHOLOGICAL_REPORT=1 npm run test:timing`, those of every timing test).
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { cpuTime, FOUR_TIMES_BUDGET, median, reportFigures } from '../support/timing.js';
import { PATHOLOGICAL_INPUTS, ordinaryPage } from './inputs.js';

/** The size each input is compared at: 1 MiB. */
const SIZE = 1 << 20;
/**
 * How much slower than an ordinary page of the same size a pathological input
 * may be (8 at most when written; a super-linear parse is hundreds of times slower at this size).
 */
const K = 15;
/** Timings per text; the median is kept. */
const RUNS = 5;

function timeParse(text: string): number {
  return cpuTime(() => parse(text));
}

const ordinary = ordinaryPage(SIZE);

describe('parse, on pathological inputs', () => {
  it('compares them with an ordinary page of the same size', () => {
    expect(ordinary).toHaveLength(SIZE);
    const { page } = parse(ordinary);
    expect(page.reviews.length).toBeGreaterThan(1000);
  });

  for (const input of PATHOLOGICAL_INPUTS) {
    it(`reads ${input.name} in linear time`, { timeout: 60_000, retry: 2 }, () => {
      const large = input.make(SIZE);
      const small = input.make(SIZE / 4);
      expect(large).toHaveLength(SIZE);
      expect(small).toHaveLength(SIZE / 4);
      // Warm the paths this input takes (the compiler optimises hot code) before timing it.
      timeParse(small);
      timeParse(ordinary);
      const times = { ordinary: [] as number[], large: [] as number[], small: [] as number[] };
      for (let run = 0; run < RUNS; run++) {
        times.ordinary.push(timeParse(ordinary));
        times.large.push(timeParse(large));
        times.small.push(timeParse(small));
      }
      const ratio = median(times.large) / median(times.ordinary);
      const scaling = median(times.large) / median(times.small);
      const figures = `${input.name}: ${median(times.large).toFixed(1)} ms vs ordinary ${median(times.ordinary).toFixed(1)} ms (x${ratio.toFixed(2)}), quarter size ${median(times.small).toFixed(1)} ms (x${scaling.toFixed(2)})`;
      reportFigures(figures);
      expect(ratio, figures).toBeLessThanOrEqual(K);
      expect(scaling, figures).toBeLessThanOrEqual(FOUR_TIMES_BUDGET);
    });
  }
});
