/**
 * Builders of reviews and pages for the statistics tests, and the corpus pages they read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../../src/parse/index.js';
import type { Distribution, Film, MediaType, Page, Profile, ProfilePage, Review, TitleMetascore } from '../../src/types/page.js';
import { film as titlePage, review as pageReview, SPAN } from '../support/pages.js';

export { SPAN as span } from '../support/pages.js';

/** What a test review says; everything else is a placeholder. */
export interface ReviewFacts {
  readonly score?: number | null;
  readonly metascore?: TitleMetascore;
  readonly critic?: string;
  readonly credited?: boolean;
  readonly publication?: string;
}

/** A review with the given facts. */
export function review(facts: ReviewFacts = {}): Review {
  return pageReview(facts.score ?? null, facts);
}

/** A title page with the given reviews, media and Metascore. */
export function film(reviews: readonly Review[], facts: { readonly media?: MediaType; readonly metascore?: number } = {}): Film {
  return titlePage({ ...facts, reviews });
}

/** The printed statistics of a test profile: all `null` unless given. */
export type ProfileFacts = Partial<Omit<Profile, 'span' | 'distribution'>> & { readonly distribution?: Distribution | null };

/** A profile page of the given kind with the given reviews and printed statistics. */
export function profilePage(kind: ProfilePage['kind'], reviews: readonly Review[], facts: ProfileFacts = {}, media: MediaType | null = null): ProfilePage {
  return {
    ...titlePage({ reviews, media }),
    kind,
    profile: {
      name: facts.name ?? null,
      reviewsGraded: facts.reviewsGraded ?? null,
      percentHigher: facts.percentHigher ?? null,
      percentSame: facts.percentSame ?? null,
      percentLower: facts.percentLower ?? null,
      pointsVsAverage: facts.pointsVsAverage ?? null,
      averageScore: facts.averageScore ?? null,
      highest: facts.highest ?? null,
      lowest: facts.lowest ?? null,
      distribution: facts.distribution ?? null,
      listedCount: facts.listedCount ?? null,
      span: SPAN,
    },
  };
}

const corpus = join(import.meta.dirname, '..', 'fixtures', 'corpus');

/** Parses one corpus case by its number ("031"). */
export function corpusPage(number: string): Page {
  const names: Readonly<Record<string, string>> = {
    '000': '000-movie-pusher-seed.txt',
    '006': '006-movie-death-by-china.txt',
    '017': '017-movie-the-ground-truth-main.txt',
    '023': '023-game-oni.txt',
    '031': '031-critic-sheri-linden-tv.txt',
    '033': '033-publication-actiontrip-games.txt',
    '035': '035-publication-boston-globe-movies.txt',
    '037': '037-publication-observer-uk-music.txt',
    '039': '039-publication-empire-movies.txt',
  };
  const file = Object.hasOwn(names, number) ? names[number] : undefined;
  if (file === undefined) throw new Error(`No corpus case ${number} in the test helper.`);
  return parse(readFileSync(join(corpus, file), 'utf8')).page;
}

/** Parses a corpus profile case; fails the test when it is a title page. */
export function corpusProfile(number: string): ProfilePage {
  const page = corpusPage(number);
  if (page.kind === 'film') throw new Error(`Corpus case ${number} is not a profile page.`);
  return page;
}
