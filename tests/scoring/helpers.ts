/** Builders of reviews and pages for the scoring tests. */
import type { Film, MediaType, Review } from '../../src/types/page.js';
import { review, film as titlePage } from '../support/pages.js';

export { review } from '../support/pages.js';

/** Reviews with these scores. */
export function reviews(...scores: readonly (number | null)[]): Review[] {
  return scores.map((score) => review(score));
}

/** `count` reviews scored `score`. */
export function repeat(count: number, score: number | null): Review[] {
  return Array.from({ length: count }, () => review(score));
}

/** A title page with these reviews and facts. */
export function film(
  list: readonly Review[],
  facts: { readonly media?: MediaType | null; readonly metascore?: number | null; readonly title?: string } = {},
): Film {
  return titlePage({ ...facts, reviews: list });
}
