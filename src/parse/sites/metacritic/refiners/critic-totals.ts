/**
 * The totals check: a critic distribution that counts out of one total, not
 * the verdict line's count, is reported over the distribution.
 *
 * @module
 */
import type { Refiner } from '../../../engine/refine.js';
import type { MetacriticState } from '../state.js';

/** Reports a critic distribution whose total is not the verdict's count. */
export const criticTotalsRefiner: Refiner<MetacriticState> = {
  name: 'critic totals check',
  refine(state) {
    const { verdict, critics } = state;
    if (!verdict || verdict.count === null || !critics || critics.totals.size !== 1 || critics.first === undefined) return;
    for (const total of critics.totals) {
      if (total !== verdict.count) {
        state.report.report(
          'distribution-total-mismatch',
          `The critic distribution counts out of ${total}, but the verdict line is based on ${verdict.count} critics.`,
          state.tokens.lines.span(critics.first, critics.last),
        );
      }
    }
  },
};
