/**
 * A game page's quote: one line, one review, under `Critic Reviews for
 * <Title>` (no outlet, critic, mark or date is printed).
 *
 * @module
 */
import { reviewOf } from '../../shared/page.js';
import { lineAt, spanOf, type OpenCriticState } from '../state.js';

/** Reads the quote on line `at` as a review. */
export function readQuoteLine(state: OpenCriticState, at: number): number {
  const line = lineAt(state, at);
  state.draft.reviews.push(reviewOf({ excerpt: line.text.replace(/\s+/gu, ' '), span: spanOf(state, line) }));
  return at + 1;
}
