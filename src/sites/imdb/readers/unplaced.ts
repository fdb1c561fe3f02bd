/**
 * A line no other reader takes at its place: reported, with its text.
 *
 * @module
 */
import { lineAt, reportUnplaced, type ImdbState } from '../state.js';

/** Reports line `at` as unplaced. */
export function readUnplaced(state: ImdbState, at: number): number {
  reportUnplaced(state, lineAt(state, at));
  return at + 1;
}
