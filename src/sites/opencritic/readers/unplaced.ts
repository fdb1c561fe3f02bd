/**
 * A line no other reader takes at its place (a review's tail with no review,
 * a stray mark): reported, with its text.
 *
 * @module
 */
import { lineAt, reportUnplaced, type OpenCriticState } from '../state.js';

/** Reports line `at` as unplaced. */
export function readUnplaced(state: OpenCriticState, at: number): number {
  reportUnplaced(state, lineAt(state, at));
  return at + 1;
}
