/**
 * Refiners: the named steps that run after reading, each finishing the state
 * in one way (a check of totals, a value filled in from elsewhere on the
 * page, a check that the text was a page at all), in the order listed: the
 * pipeline's last step.
 *
 * @example
 * ```ts
 * const state = { scores: [80, 120], diagnostics: [] as string[] };
 * runRefiners(state, [
 *   { name: 'scale check', refine: (s) => { for (const score of s.scores) if (score > 100) s.diagnostics.push(`${score} is off the scale`); } },
 * ]);
 * state.diagnostics; //=> ['120 is off the scale']
 * ```
 *
 * @module
 */

/** One step after reading, over the site's state `S`. */
export interface Refiner<S> {
  /** The step's name ("totals check"). */
  readonly name: string;
  /** Finishes `state` in this step's one way. */
  refine(state: S): void;
}

/**
 * Runs `refiners` over `state`, in order.
 *
 * @example
 * ```ts
 * const seen: string[] = [];
 * runRefiners(seen, [{ name: 'a', refine: (s) => s.push('a') }, { name: 'b', refine: (s) => s.push('b') }]);
 * seen; //=> ['a', 'b']
 * ```
 */
export function runRefiners<S>(state: S, refiners: readonly Refiner<S>[]): void {
  for (const refiner of refiners) refiner.refine(state);
}
