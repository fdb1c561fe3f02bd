/**
 * Rounding rules of the statistics. Internal: not exported from the module's index.
 *
 * @module
 */

/**
 * Rounds `numerator / denominator` to `decimals` places, half away from zero,
 * computing from the ratio itself: with integer inputs an exact half (such as
 * 97 / 20 = 4.85 to one place) is seen as one and rounds to 4.9, where rounding
 * the floating-point quotient could give 4.8. Never returns -0.
 *
 * @internal
 */
export function roundRatio(numerator: number, denominator: number, decimals: number): number {
  const scale = 10 ** decimals;
  const magnitude = Math.floor((Math.abs(numerator) * scale) / denominator + 0.5) / scale;
  return numerator < 0 && magnitude !== 0 ? -magnitude : magnitude;
}

/**
 * Rounds a value to `decimals` places, half away from zero; never -0.
 *
 * @internal
 */
export function roundTo(value: number, decimals: number): number {
  return roundRatio(value, 1, decimals);
}
