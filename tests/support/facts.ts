/**
 * The contract's facts of parsed pages, as the corpus's expected files hold
 * them: for the tests that compare a parse with a case or a written page.
 */
import type { Page } from '../../src/types/page.js';

/** A profile page's printed statistics, without the span (`null` on a title page). */
export function profileFacts(profile: Page['profile']): Record<string, unknown> | null {
  return (
    profile && {
      name: profile.name,
      reviewsGraded: profile.reviewsGraded,
      percentHigher: profile.percentHigher,
      percentSame: profile.percentSame,
      percentLower: profile.percentLower,
      pointsVsAverage: profile.pointsVsAverage,
      averageScore: profile.averageScore,
      highest: profile.highest,
      lowest: profile.lowest,
      distribution: profile.distribution,
      listedCount: profile.listedCount,
    }
  );
}
