/**
 * The page-found check: an empty input, or one with none of a review page's
 * parts, is one error over the whole text (the lines it could not place are
 * not listed again), and has no title.
 *
 * @module
 */
import type { Refiner } from '../../../engine/refine.js';
import type { MetacriticState } from '../state.js';

/** Reports an input that is empty or no review page. */
export const pageFoundRefiner: Refiner<MetacriticState> = {
  name: 'page-found check',
  refine(state) {
    const { tokens, report } = state;
    const first = tokens.nextNonBlank(0);
    if (first >= tokens.count) {
      report.report('empty-input', 'The input holds no text but whitespace.', {
        start: tokens.lines.pointAt(0),
        end: tokens.lines.pointAt(Number.MAX_SAFE_INTEGER),
      });
      state.title = undefined;
      return;
    }
    const critics = state.critics;
    const hasDistribution = critics !== undefined && (critics.positive !== null || critics.mixed !== null || critics.negative !== null);
    const found =
      state.verdict !== undefined ||
      hasDistribution ||
      state.reviews.length > 0 ||
      state.users !== undefined ||
      state.profile !== undefined ||
      state.metascore !== undefined;
    if (found) return;
    report.diagnostics.length = 0;
    report.reportLine(
      'not-a-review-page',
      'The text has no verdict, distribution, review or profile of a review page.',
      first,
      tokens.previousNonBlank(tokens.count - 1),
    );
    state.title = undefined;
  },
};
