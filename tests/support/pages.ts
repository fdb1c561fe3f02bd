/**
 * Builders of reviews and pages for the tests of aggregation, consistency and
 * scoring: the facts a test sets, placeholders for the rest.
 */
import type { Distribution, Film, Review, TitleMetascore } from '../../src/types/page.js';
import type { Span } from '../../src/types/source.js';

/** A placeholder span: the builders' pages come from no text. */
export const SPAN: Span = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } };

/** A review with the given score and names; everything else is a placeholder. */
export function review(
  score: number | null,
  names: {
    readonly critic?: string;
    readonly credited?: boolean;
    readonly publication?: string;
    readonly index?: number | null;
    readonly metascore?: TitleMetascore;
  } = {},
): Review {
  return {
    index: names.index ?? null,
    critic: names.critic === undefined ? null : { name: names.critic, credited: names.credited ?? true, raw: names.critic },
    publication: names.publication ?? null,
    score,
    date: null,
    dateText: null,
    mark: null,
    freshness: null,
    topCritic: null,
    metascore: names.metascore ?? null,
    excerpt: 'Text.',
    span: SPAN,
  };
}

/** A title page with the given facts; unset facts are as on a page that prints nothing. */
export function film(facts: {
  readonly reviews: readonly Review[];
  readonly media?: Film['media'];
  readonly title?: string | null;
  readonly metascore?: number | null;
  readonly verdict?: string | null;
  readonly criticCount?: number | null;
  readonly distribution?: Distribution | null;
}): Film {
  return {
    kind: 'film',
    source: 'metacritic',
    tomatometer: null,
    topCriticCount: null,
    consensus: null,
    percentile: null,
    media: facts.media ?? null,
    title: facts.title ?? null,
    metascore: facts.metascore ?? null,
    verdict: facts.verdict ?? null,
    criticCount: facts.criticCount ?? null,
    distribution: facts.distribution ?? null,
    reviews: facts.reviews,
    users: null,
    details: [],
    spans: { title: null, metascore: null, verdict: null, distribution: null },
    profile: null,
  };
}
