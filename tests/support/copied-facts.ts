/**
 * What "the facts equal the case's, or a warning covers the place where they
 * differ" means for a copied or mutated corpus page (issue 15): for the tests
 * that read the corpus through copies.
 */
import type { Diagnostic, Page, Review } from '../../src/index.js';

/** The codes by which a parse says copied text leaves a reading open. */
export const OPEN_CODES: ReadonlySet<string> = new Set(['copied-boundary-open', 'copied-number-open']);

/** True when `actual` is the case's `expected` fact; a fact whose real value the page leaves open (`{anyOf}`) is either. */
export function sameFact(expected: unknown, actual: unknown): boolean {
  if (typeof expected === 'object' && expected !== null && Array.isArray((expected as { anyOf?: unknown }).anyOf)) {
    return (expected as { anyOf: unknown[] }).anyOf.some((option) => sameFact(option, actual));
  }
  return JSON.stringify(expected) === JSON.stringify(actual);
}

/** A review's facts as a case lists them, without its excerpt (`metascore` where the case has it). */
export function reviewFacts(review: Review, withMetascore: boolean): Record<string, unknown> {
  const { index, critic, publication, score, date, metascore } = review;
  return { index, critic: critic && { name: critic.name, credited: critic.credited }, publication, score, date, ...(withMetascore ? { metascore } : {}) };
}

/** How a copy or mutation changed what the case's facts are. */
export interface ExpectedChanges {
  /** Item numbers whose `N. ` a copy removed from some line: a review (critic or user) the case numbers so may read as unnumbered. */
  readonly removedNumbers?: ReadonlySet<number>;
  /** Codes that count as saying where the reading differs, besides {@link OPEN_CODES}. */
  readonly coveringCodes?: ReadonlySet<string>;
}

/**
 * The places where `page` differs from the case's facts `expected` and no
 * warning that says so (an open-reading code, or one of `changes.coveringCodes`)
 * overlaps the review concerned: empty when the facts match or every
 * difference is said. A review read extra is covered by a warning on it; the
 * reviews missing at the end (a review missing before others shifts those
 * after it, which then differ) by a warning at or after the last one read.
 */
export function unsaidDifferences(page: Page, diagnostics: readonly Diagnostic[], expected: Record<string, unknown>, changes: ExpectedChanges = {}): string[] {
  const saying = diagnostics.filter((d) => OPEN_CODES.has(d.code) || changes.coveringCodes?.has(d.code) === true);
  const covered = (review: Review | undefined): boolean =>
    review !== undefined && saying.some((d) => d.span.start.offset <= review.span.end.offset && d.span.end.offset >= review.span.start.offset);
  // The reviews missing at the end of the list would stand after the last one read: a warning there says so.
  const lastRead = page.reviews[page.reviews.length - 1];
  const saidAfterLastReview = saying.some((d) => d.span.end.offset >= (lastRead?.span.start.offset ?? 0));
  const differences: string[] = [];
  for (const key of ['kind', 'metascore', 'verdict', 'criticCount', 'distribution'] as const) {
    if (!sameFact(expected[key], page[key])) differences.push(key);
  }
  const wanted = expected['reviews'] as Record<string, unknown>[];
  const length = Math.max(wanted.length, page.reviews.length);
  for (let i = 0; i < length; i++) {
    const want = wanted[i];
    const got = page.reviews[i];
    if (want === undefined) {
      if (!covered(got)) differences.push(`reviews[${i}] extra`);
      continue;
    }
    if (got === undefined) {
      if (!saidAfterLastReview) differences.push(`reviews[${i}] missing`);
      continue;
    }
    const { notes: _, excerpt: __, ...facts } = want;
    const index = facts['index'];
    const unnumbered = typeof index === 'number' && got.index === null && changes.removedNumbers?.has(index) === true;
    if (!sameFact(unnumbered ? { ...facts, index: null } : facts, reviewFacts(got, 'metascore' in want)) && !covered(got)) differences.push(`reviews[${i}]`);
  }
  const users = expected['users'] as { reviews: Record<string, unknown>[] } | null;
  const gotUsers = page.users?.reviews.map(({ index, user, date, score }) => ({ index, user, date, score })) ?? null;
  // A user review, too, whose `N. ` the copy removed may read as unnumbered.
  const wantUsers = users?.reviews.map((want, i) => {
    const { index, user, date, score } = want;
    const unnumbered = typeof index === 'number' && gotUsers?.[i]?.index === null && changes.removedNumbers?.has(index) === true;
    return { index: unnumbered ? null : index, user, date, score };
  });
  if (!sameFact(wantUsers ?? null, gotUsers)) differences.push('users.reviews');
  return differences;
}
