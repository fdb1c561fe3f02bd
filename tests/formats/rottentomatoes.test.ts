/**
 * formatPage on Rotten Tomatoes pages: every golden case of the RT-family
 * sites, written back in one of its layouts, parses with ALL_SITES to the
 * same facts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPage, toJsonLd } from '../../src/formats/index.js';
import { parse } from '../../src/index.js';
import type { Page } from '../../src/index.js';
import { ALL_SITES } from '../../src/sites/index.js';

const root = join(import.meta.dirname, '..', 'sites');
const FOLDERS = ['rottentomatoes', 'flixster', 'cinematerial', 'rt-quotes'];

/** The facts of the contract, without spans and printed texts. */
function factsOf(page: Page): unknown {
  return {
    kind: page.kind,
    source: page.source,
    media: page.media,
    title: page.title,
    metascore: page.metascore,
    criticCount: page.criticCount,
    distribution: page.distribution,
    tomatometer: page.tomatometer,
    topCriticCount: page.topCriticCount,
    consensus: page.consensus,
    users: page.users && { ratingCount: page.users.ratingCount, score: page.users.score },
    reviews: page.reviews.map(({ critic, publication, score, mark, freshness, topCritic, date, excerpt }) => ({
      critic: critic && { name: critic.name, credited: critic.credited },
      publication,
      score,
      mark,
      freshness,
      topCritic,
      date,
      excerpt,
    })),
  };
}

/** The facts the layout chosen for a page cannot print, set as the re-read page has them. */
const UNPRINTED: Readonly<Record<string, (page: Page) => Page>> = {
  // The quote sites' top-critics list is written as flixster's, which prints no date, mark or top-critic mark, nor a Metascore.
  // Written as cinematerial's, which prints no consensus.
  'v01-said.txt': (page) => ({ ...page, consensus: null }),
  'v02-top-critics-figures.txt': (page) => ({ ...page, metascore: null, reviews: page.reviews.map((review) => ({ ...review, date: null, dateText: null, topCritic: null })) }),
};

describe('formatPage on Rotten Tomatoes pages', () => {
  for (const folder of FOLDERS) {
    for (const name of readdirSync(join(root, folder)).filter((file) => file.endsWith('.txt')).sort()) {
      it(`writes ${folder}/${name} back to text that parses to the same facts`, () => {
        const page = parse(readFileSync(join(root, folder, name), 'utf8'), { sites: ALL_SITES }).page;
        const written = formatPage(page);
        const again = parse(written, { sites: ALL_SITES });
        const expected = (UNPRINTED[name] ?? ((same: Page) => same))(page);
        expect(factsOf(again.page)).toStrictEqual(factsOf(expected));
      });
    }
  }

  it('writes a title page in the 2015-2019 layout', () => {
    const { page } = parse('Jaws\n\nCritics Consensus\n\nTaut.\n\nTotal Count: 2\n\nAll Critics (2) | Top Critics (1) | Fresh (2) | Rotten (0)\n\n  • Great.\n\n    Jul 4, 2020 | Rating: 4/4 | Full Review…\n', { sites: ALL_SITES });
    expect(formatPage(page)).toBe(
      'Jaws\n\nCritics Consensus\n\nTaut.\n\nTotal Count: 2\n\nAll Critics (2) | Top Critics (1) | Fresh (2) | Rotten (0)\n\n  • Great.\n\n    Jul 4, 2020 | Rating: 4/4 | Full Review…\n',
    );
  });
});

describe('toJsonLd on a Rotten Tomatoes page', () => {
  it('returns the Tomatometer as the aggregate rating, named, with the critic count', () => {
    const page = parse(readFileSync(join(root, 'rottentomatoes', '279-rt-tv-season-deadwood-s01-2024.txt'), 'utf8'), { sites: ALL_SITES }).page;
    const document = toJsonLd(page);
    expect('aggregateRating' in document && document.aggregateRating).toStrictEqual({
      '@type': 'AggregateRating',
      name: 'Tomatometer',
      ratingValue: 85,
      bestRating: 100,
      worstRating: 0,
      ratingCount: 40,
      reviewCount: 40,
    });
  });

  it('returns no aggregate rating when the page prints no Tomatometer', () => {
    const page = parse(readFileSync(join(root, 'rottentomatoes', '240-rt-main-alien-2019.txt'), 'utf8'), { sites: ALL_SITES }).page;
    expect('aggregateRating' in toJsonLd(page)).toBe(false);
  });
});
