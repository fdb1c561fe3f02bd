/**
 * Timing helpers of the timing tests: every budget there is a ratio of
 * medians taken on the same machine in the same run.
 */

/** Milliseconds `work` took, by the wall clock. */
export function time(work: () => void): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

/** The middle value (the upper one of an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? Number.NaN;
}
