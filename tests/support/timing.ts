/**
 * Timing helpers of the timing tests: every budget there is a ratio of
 * medians taken on the same machine in the same run. Work done on this
 * thread is timed in CPU time, which other processes on a busy machine do not
 * add to (wall-clock time counts the moments they hold the core); short work
 * is repeated until the clock can measure it well.
 */

/** Milliseconds `work` took, by the wall clock. */
export function time(work: () => void): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

/** The CPU milliseconds (user and system) this process has used so far. */
function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * CPU milliseconds one call of `work` takes: `work` is called until at least
 * `minimum` milliseconds of CPU time have gone by (once for work that long or
 * longer), and the time is divided by the number of calls.
 */
export function cpuTime(work: () => void, minimum = 20): number {
  const started = cpuNow();
  let calls = 0;
  let elapsed = 0;
  do {
    work();
    calls += 1;
    elapsed = cpuNow() - started;
  } while (elapsed < minimum);
  return elapsed / calls;
}

/** The middle value (the upper one of an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? Number.NaN;
}

/**
 * How much longer four times the input may take: 4 for linear work, and up to
 * about 7.6 measured on a machine at load 15 (the larger input's objects live
 * longer, so the collector does more: 44% of a 2 MB parse of distribution lines
 * is garbage collection); quadratic work takes 16.
 */
export const FOUR_TIMES_BUDGET = 8;

/** Prints a timing test's figures when `PATHOLOGICAL_REPORT` is set (`PATHOLOGICAL_REPORT=1 npm run test:timing`). */
export function reportFigures(figures: string): void {
  if (process.env['PATHOLOGICAL_REPORT'] !== undefined) console.log(figures);
}
