/** Builders of reviews and pages for the scoring tests. */
import type { Film, MediaType, Review } from '../../src/types/page.js';
import type { Span } from '../../src/types/source.js';

const span: Span = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } };

/** A review with the given score and names; everything else is a placeholder. */
export function review(
  score: number | null,
  names: { readonly critic?: string; readonly publication?: string } = {},
): Review {
  return {
    index: null,
    critic: names.critic === undefined ? null : { name: names.critic, credited: true, raw: names.critic },
    publication: names.publication ?? null,
    score,
    date: null,
    dateText: null,
    metascore: null,
    excerpt: 'Text.',
    span,
  };
}

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
  return {
    kind: 'film',
    media: facts.media ?? null,
    title: facts.title ?? null,
    metascore: facts.metascore ?? null,
    verdict: null,
    criticCount: null,
    distribution: null,
    reviews: list,
    users: null,
    details: [],
    spans: { title: null, metascore: null, verdict: null, distribution: null },
    profile: null,
  };
}
