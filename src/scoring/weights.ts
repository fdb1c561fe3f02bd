import { aggregateOf } from '../aggregate/aggregate.js';
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- what the TSDoc links to: weightedScore is aggregate's weighted mean
import type { aggregate } from '../aggregate/index.js';
import type { AggregateWeightsOption, WeightKey, WeightedMean } from '../aggregate/index.js';
import type { Page, Review } from '../types/page.js';
import { checkCount, checkNumber, checkOptions, checkPage, checkReviews, describeValue, isRecord, ownValue } from './shared.js';

/**
 * Computes the weighted mean of the scored reviews with a weight per
 * publication or critic, renormalised over the reviews present: Σ w × score ÷
 * Σ w. It is {@link aggregate}'s weighted mean, not a second implementation.
 *
 * A review whose name is `null` or not in `values` weighs `defaultWeight`
 * (default 1; pass 0 to leave such reviews out). Names match exactly, and
 * `__proto__` or `constructor` are plain names. No rounding is applied.
 *
 * @param input - A parsed page, or its reviews.
 * @param weights - `{ by, values, defaultWeight? }`, as {@link aggregate}'s
 *   `weights` option; a {@link FitWeightsResult} can be passed as
 *   `{ by: fit.by, values: fit.weights, defaultWeight: 0 }`.
 * @returns The weighted mean and the weights used, or `undefined` when no review has a score.
 * @throws As {@link aggregate} does: `TypeError` for a malformed weights
 *   option or input, `RangeError` for a negative or non-finite weight or a score outside 0-100.
 *
 * @example
 * ```ts
 * const { page } = parse('Universal acclaim - based on 2 Critics\n' +
 *   '  1. Reviewed by: Ann Lee\n    Variety\n    90\n    Taut.\n  2. Reviewed by: Bo Ek\n    Empire\n    60\n    Fun.\n');
 * weightedScore(page, { by: 'publication', values: new Map([['Variety', 2]]) })?.value; // (2 × 90 + 60) ÷ 3
 * //=> 80
 * ```
 */
export function weightedScore(input: Page | readonly Review[], weights: AggregateWeightsOption): WeightedMean | undefined {
  const reviews = Array.isArray(input) ? (input as readonly Review[]) : checkPage('weightedScore', input, 'input').reviews;
  if ((weights as unknown) === undefined) {
    throw new TypeError('weightedScore: weights must be { by, values, defaultWeight? }; got undefined.');
  }
  return aggregateOf('weightedScore', reviews, { weights }).weightedMean;
}

/**
 * Projects a vector onto the probability simplex: the closest point, in
 * Euclidean distance, whose entries are non-negative and sum to 1.
 *
 * The exact algorithm of Held, Wolfe and Crowder (1974), as in Duchi et al.,
 * "Efficient projections onto the l1-ball" (2008): sort descending, find the
 * largest k with u_k − (Σ_{i≤k} u_i − 1)/k > 0, set θ = (Σ_{i≤k} u_i − 1)/k,
 * and return max(v_i − θ, 0). O(n log n).
 *
 * @param values - Finite numbers.
 * @returns A new array of the same length; empty for an empty input.
 * @throws `TypeError` when `values` is not an array of numbers; `RangeError` when one is not finite.
 *
 * @example
 * ```ts
 * projectOntoSimplex([1, 0.5]);
 * //=> [0.75, 0.25]
 * projectOntoSimplex([2, 0]);
 * //=> [1, 0]
 * ```
 */
export function projectOntoSimplex(values: readonly number[]): number[] {
  const list: unknown = values;
  if (!Array.isArray(list)) {
    throw new TypeError(`projectOntoSimplex: values must be an array of finite numbers; got ${describeValue(list)}.`);
  }
  for (const [index, value] of (list as unknown[]).entries()) {
    checkNumber('projectOntoSimplex:', `values[${index}]`, value, -Number.MAX_VALUE, Number.MAX_VALUE, 'a finite number');
  }
  return project(values);
}

/** The simplex projection of checked values. */
function project(values: readonly number[]): number[] {
  if (values.length === 0) return [];
  // The projection is the same for values shifted alike. Values far from 0 (a long gradient
  // step gives some near 1e22) are shifted so the largest is 0: unshifted, the sums below
  // would round away the differences between them. Values near 0 are left as they are,
  // with the precision they have.
  let largest = -Infinity;
  for (const value of values) if (value > largest) largest = value;
  const shift = Math.abs(largest) > 1 ? largest : 0;
  const shifted = shift === 0 ? values : values.map((value) => value - shift);
  const sorted = [...shifted].sort((a, b) => b - a);
  let sum = 0;
  let theta = 0;
  for (const [index, value] of sorted.entries()) {
    sum += value;
    const candidate = (sum - 1) / (index + 1);
    if (value - candidate > 0) theta = candidate;
  }
  return shifted.map((value) => Math.max(value - theta, 0));
}

/**
 * One page with a known Metascore, for {@link fitWeights}: a parsed page, or
 * just its Metascore and reviews.
 *
 * @example
 * ```ts
 * const { page } = parse('Generally favorable reviews - based on 1 Critics\n  1. Reviewed by: Ann Lee\n    Variety\n    74\n    Taut.\n');
 * const sample: WeightSample = { metascore: 74, reviews: page.reviews };
 * fitWeights([sample], { by: 'publication' }).weights;
 * //=> new Map([['Variety', 1]])
 * ```
 */
export interface WeightSample {
  /** The known Metascore, 0-100; a `null` one (a page without it) is skipped. */
  readonly metascore: number | null;
  readonly reviews: readonly Review[];
}

/**
 * Options of {@link fitWeights}.
 *
 * @example
 * ```ts
 * const options: FitWeightsOptions = { by: 'publication', tolerance: 1e-10, maxIterations: 20000 };
 * ```
 */
export interface FitWeightsOptions {
  /** Fit a weight per publication or per critic name. */
  readonly by: WeightKey;
  /** Stop when the projected-gradient step is this small (max-norm); positive, default 1e-9. */
  readonly tolerance?: number;
  /** Stop after this many iterations; a positive integer, default 10000. */
  readonly maxIterations?: number;
}

/**
 * What {@link fitWeights} found.
 *
 * @example
 * ```ts
 * const fit: FitWeightsResult = { by: 'publication', weights: new Map([['Variety', 0.7], ['Empire', 0.3]]),
 *   residual: 0.0000012, iterations: 37, converged: true, used: 12, skipped: [] };
 * ```
 */
export interface FitWeightsResult {
  readonly by: WeightKey;
  /** One weight per name, in order of first appearance; non-negative, summing to 1. */
  readonly weights: ReadonlyMap<string, number>;
  /** The root mean square error of the predicted Metascores; `undefined` when no sample was used. */
  readonly residual: number | undefined;
  readonly iterations: number;
  /** True when the tolerance was reached (or there was nothing to fit). */
  readonly converged: boolean;
  /** The number of samples fitted. */
  readonly used: number;
  /** Positions of the samples skipped: no Metascore, or no scored review with a name. */
  readonly skipped: readonly number[];
}

/** A sample as index lists: each scored, named review's name index and score. */
interface Problem {
  readonly names: readonly number[][];
  readonly scores: readonly number[][];
  readonly targets: readonly number[];
  readonly size: number;
}

/** The objective (mean squared error) and, when asked, its gradient. */
function evaluate(problem: Problem, weights: readonly number[], gradient: number[] | undefined): number {
  const count = problem.targets.length;
  if (gradient !== undefined) gradient.fill(0);
  let total = 0;
  for (let sample = 0; sample < count; sample++) {
    const names = problem.names[sample] as number[];
    const scores = problem.scores[sample] as number[];
    let weightSum = 0;
    let weighted = 0;
    for (let i = 0; i < names.length; i++) {
      const weight = weights[names[i] as number] as number;
      weightSum += weight;
      weighted += weight * (scores[i] as number);
    }
    // Every weight on the page is 0: predict the plain mean (the limit of equal small weights).
    const zero = weightSum <= 0;
    const predicted = zero ? scores.reduce((sum, score) => sum + score, 0) / scores.length : weighted / weightSum;
    const error = predicted - (problem.targets[sample] as number);
    total += error * error;
    if (gradient === undefined || zero) continue;
    // ∂P/∂w_k = Σ_{i named k} (s_i − P) / Σ w.
    const factor = (2 * error) / (count * weightSum);
    for (let i = 0; i < names.length; i++) {
      const name = names[i] as number;
      gradient[name] = (gradient[name] as number) + factor * ((scores[i] as number) - predicted);
    }
  }
  return total / count;
}

/** The max-norm of the projected-gradient step Π(w − g) − w. */
function stationarity(weights: readonly number[], gradient: readonly number[]): number {
  const projected = project(weights.map((weight, index) => weight - (gradient[index] as number)));
  return Math.max(...projected.map((value, index) => Math.abs(value - (weights[index] as number))));
}

/**
 * Solves the fit by the spectral projected gradient method (Birgin, Martínez
 * and Raydan, 2000): Barzilai-Borwein steps, an exact simplex projection, and
 * a non-monotone Armijo line search over the last 10 objective values.
 */
function solve(problem: Problem, tolerance: number, maxIterations: number): { weights: number[]; iterations: number; converged: boolean } {
  const size = problem.size;
  let weights = new Array<number>(size).fill(1 / size);
  let gradient = new Array<number>(size).fill(0);
  let value = evaluate(problem, weights, gradient);
  const history = [value];
  let step = 1;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    if (stationarity(weights, gradient) <= tolerance) return { weights, iterations: iteration, converged: true };
    const current = weights;
    const currentGradient = gradient;
    const target = project(current.map((weight, index) => weight - step * (currentGradient[index] as number)));
    const direction = target.map((weight, index) => weight - (current[index] as number));
    const slope = direction.reduce((sum, d, index) => sum + d * (currentGradient[index] as number), 0);
    const reference = Math.max(...history);
    let alpha = 1;
    let candidate = target;
    let candidateGradient = new Array<number>(size).fill(0);
    let candidateValue = evaluate(problem, candidate, candidateGradient);
    while (candidateValue > reference + 1e-4 * alpha * slope && alpha > 1e-12) {
      alpha /= 2;
      candidate = current.map((weight, index) => weight + alpha * (direction[index] as number));
      candidateGradient = new Array<number>(size).fill(0);
      candidateValue = evaluate(problem, candidate, candidateGradient);
    }
    let ss = 0;
    let sy = 0;
    for (let index = 0; index < size; index++) {
      const s = (candidate[index] as number) - (current[index] as number);
      const y = (candidateGradient[index] as number) - (currentGradient[index] as number);
      ss += s * s;
      sy += s * y;
    }
    step = sy > 0 ? Math.min(1e10, Math.max(1e-10, ss / sy)) : 1e10;
    weights = candidate;
    gradient = candidateGradient;
    value = candidateValue;
    history.push(value);
    if (history.length > 10) history.shift();
  }
  return { weights, iterations: maxIterations, converged: stationarity(weights, gradient) <= tolerance };
}

/**
 * Fits non-negative weights, summing to 1, per publication or critic, that
 * best reproduce known Metascores by least squares.
 *
 * A sample's predicted Metascore is the weighted mean of its scored reviews
 * with the weights renormalised over the names present on that page:
 * P_j(w) = Σ_i w_{name(i)} s_i ÷ Σ_i w_{name(i)} (a name listed twice counts
 * twice). The fit minimises the mean of (P_j(w) − M_j)² over the simplex
 * {w ≥ 0, Σ w = 1}. Reviews without a score or a name are left out; samples
 * without a Metascore or a scored, named review are skipped (their positions
 * are in `skipped`). A page whose names all have weight 0 is predicted by its
 * plain mean, the limit of equal small weights.
 *
 * Solver: the spectral projected gradient method (Birgin, Martínez and
 * Raydan, 2000) from equal weights, with an exact projection onto the simplex
 * ({@link projectOntoSimplex}) and a non-monotone Armijo line search. It stops
 * when ‖Π(w − ∇f(w)) − w‖∞ ≤ `tolerance` (default 1e-9; `converged: true`)
 * or after `maxIterations` (default 10000). It is deterministic. The objective
 * is not convex in general, so the weights are a local optimum; a name that
 * never shares a page with another is not identified by the data (its weight
 * changes no prediction). On Metascores generated from known weights it
 * recovers them. No figure is rounded.
 *
 * @param samples - Pages with a known Metascore, or `{ metascore, reviews }`.
 * @param options - `by` (required), `tolerance`, `maxIterations`.
 * @returns The weights (by name, in order of first appearance), the residual
 *   (root mean square error of the predictions), iterations, convergence, samples used and skipped.
 * @throws `TypeError` when `samples` is not an array of samples or an option
 *   is missing, unknown or mistyped; `RangeError` for a Metascore or score
 *   outside 0-100, or a non-positive tolerance or iteration count.
 *
 * @example
 * ```ts
 * // The reviews of a page on which Variety and Empire give these scores.
 * const reviewsOf = (variety: number, empire: number) => parse('Universal acclaim - based on 2 Critics\n' +
 *   `  1. Reviewed by: Ann Lee\n    Variety\n    ${variety}\n    Taut.\n  2. Reviewed by: Bo Ek\n    Empire\n    ${empire}\n    Fun.\n`).page.reviews;
 * const fit = fitWeights([
 *   { metascore: 70, reviews: reviewsOf(80, 40) }, // 3/4 × 80 + 1/4 × 40
 *   { metascore: 55, reviews: reviewsOf(60, 40) },
 * ], { by: 'publication' });
 * [...fit.weights].map(([name, weight]) => [name, weight.toFixed(4)]);
 * //=> [['Variety', '0.7500'], ['Empire', '0.2500']]
 * fit.residual !== undefined && fit.residual < 1e-6;
 * //=> true
 * ```
 */
export function fitWeights(samples: readonly (WeightSample | Page)[], options: FitWeightsOptions): FitWeightsResult {
  const fn = 'fitWeights';
  if ((options as unknown) === undefined) {
    throw new TypeError(`${fn}: options must be { by: "publication" | "critic", ... }; got undefined.`);
  }
  const given = checkOptions(fn, options, ['by', 'tolerance', 'maxIterations']);
  const by = given['by'];
  if (by !== 'publication' && by !== 'critic') {
    throw new TypeError(`${fn}: option by must be "publication" or "critic"; got ${describeValue(by)}.`);
  }
  const tolerance =
    given['tolerance'] === undefined
      ? 1e-9
      : checkNumber(fn, 'option tolerance', given['tolerance'], Number.MIN_VALUE, 1, 'a positive number up to 1, such as 1e-9');
  const maxIterations = given['maxIterations'] === undefined ? 10_000 : checkCount(fn, 'option maxIterations', given['maxIterations']);
  if (maxIterations === 0) throw new RangeError(`${fn}: option maxIterations must be a positive integer; got 0.`);
  const list: unknown = samples;
  if (!Array.isArray(list)) {
    throw new TypeError(`${fn}: samples must be an array of { metascore, reviews } or pages; got ${describeValue(list)}.`);
  }

  const nameIndex = new Map<string, number>();
  const problem = { names: [] as number[][], scores: [] as number[][], targets: [] as number[], size: 0 };
  const skipped: number[] = [];
  for (const [position, sample] of (list as unknown[]).entries()) {
    if (!isRecord(sample)) {
      throw new TypeError(`${fn}: samples[${position}] must be { metascore, reviews } or a page; got ${describeValue(sample)}.`);
    }
    const reviews = checkReviews(fn, ownValue(sample, 'reviews'), `samples[${position}].reviews`);
    const metascore = ownValue(sample, 'metascore');
    if (metascore === null || metascore === undefined) {
      skipped.push(position);
      continue;
    }
    const target = checkNumber(fn, `samples[${position}].metascore`, metascore, 0, 100, 'a Metascore from 0 to 100 or null');
    const names: number[] = [];
    const scores: number[] = [];
    for (const review of reviews) {
      const name = by === 'publication' ? review.publication : (review.critic?.name ?? null);
      if (name === null || review.score === null) continue;
      let index = nameIndex.get(name);
      if (index === undefined) {
        index = nameIndex.size;
        nameIndex.set(name, index);
      }
      names.push(index);
      scores.push(review.score);
    }
    if (names.length === 0) {
      skipped.push(position);
      continue;
    }
    problem.names.push(names);
    problem.scores.push(scores);
    problem.targets.push(target);
  }
  problem.size = nameIndex.size;
  if (problem.targets.length === 0) {
    return { by, weights: new Map(), residual: undefined, iterations: 0, converged: true, used: 0, skipped };
  }
  const { weights, iterations, converged } = solve(problem, tolerance, maxIterations);
  const residual = Math.sqrt(evaluate(problem, weights, undefined));
  return {
    by,
    weights: new Map([...nameIndex].map(([name, index]) => [name, weights[index] as number])),
    residual,
    iterations,
    converged,
    used: problem.targets.length,
    skipped,
  };
}
