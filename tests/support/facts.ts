/**
 * The contract's facts of parsed pages, as the corpus's expected files hold
 * them: for the tests that compare a parse with a case or a written page.
 */
import type { Page, Profile } from '../../src/types/page.js';

/** A profile page's printed statistics, without the span (`null` on a title page). */
export function profileFacts(profile: Page['profile']): Omit<Profile, 'span'> | null {
  if (profile === null) return null;
  const { span: _span, ...facts } = profile;
  return facts;
}
