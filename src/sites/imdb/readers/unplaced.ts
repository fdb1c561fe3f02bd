/**
 * A line no other reader takes at its place: reported, with its text.
 *
 * @module
 */
import { reportUnplaced } from '../../shared/page.js';
import { lineAt, type ImdbState } from '../state.js';

/** Reports line `at` as unplaced. */
export function readUnplaced(state: ImdbState, at: number): number {
  reportUnplaced(state.draft, state.input, lineAt(state, at));
  return at + 1;
}
