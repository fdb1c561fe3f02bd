/**
 * A line no other reader takes at its place (a review's tail with no review,
 * a stray mark): reported, with its text.
 *
 * @module
 */
import { reportUnplaced } from '../../shared/page.js';
import { lineAt, type OpenCriticState } from '../state.js';

/** Reports line `at` as unplaced. */
export function readUnplaced(state: OpenCriticState, at: number): number {
  reportUnplaced(state.draft, state.input, lineAt(state, at));
  return at + 1;
}
