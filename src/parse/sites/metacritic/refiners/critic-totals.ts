/**
 * The totals check: a critic distribution that counts out of one total, not
 * the verdict line's count, is reported over the distribution; a list of
 * more critic reviews than the page says it has, once the declared counts
 * have read it (joining what they can), over the list.
 *
 * @module
 */
import type { Refiner } from '../../../engine/refine.js';
import type { MetacriticState } from '../state.js';
import { declaredCritics } from './declared-counts.js';

/** Reports a critic distribution whose total is not the verdict's count, and more critic reviews than the page declares. */
export const criticTotalsRefiner: Refiner<MetacriticState> = {
  name: 'critic totals check',
  refine(state) {
    reportDistributionTotal(state);
    reportReviewsOverCount(state);
  },
};

/** Reports a critic distribution that counts out of one total, not the verdict line's count. */
function reportDistributionTotal(state: MetacriticState): void {
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
}

/**
 * Reports a list of more critic reviews than the page declares (a page lists its critics or
 * some of them, never more), over the list: some of its lines were read as reviews of their own
 * that the page does not count (`based on 2 Critics` over four reviews, a stray date line among
 * them, which no open boundary's join brings back to the count).
 */
function reportReviewsOverCount(state: MetacriticState): void {
  const count = declaredCritics(state);
  const { reviews } = state;
  const first = reviews[0];
  const last = reviews[reviews.length - 1];
  if (count === undefined || reviews.length <= count || first === undefined || last === undefined) return;
  state.report.report(
    'critic-count-mismatch',
    `The page lists ${reviews.length} critic reviews, but it says it has ${count} critics: some of its lines may be read as reviews of their own that are not.`,
    { start: first.span.start, end: last.span.end },
  );
}
