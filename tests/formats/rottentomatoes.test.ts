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

describe('formatPage on Rotten Tomatoes pages', () => {
  for (const folder of FOLDERS) {
    for (const name of readdirSync(join(root, folder))
      .filter((file) => file.endsWith('.txt'))
      .sort()) {
      it(`writes ${folder}/${name} back to text that parses to the same facts`, () => {
        const page = parse(readFileSync(join(root, folder, name), 'utf8'), { sites: ALL_SITES }).page;
        const written = formatPage(page);
        const again = parse(written, { sites: ALL_SITES });
        expect(factsOf(again.page)).toStrictEqual(factsOf(page));
      });
    }
  }

  it('writes a title page in the 2015-2019 layout', () => {
    const { page } = parse(
      'Jaws\n\nCritics Consensus\n\nTaut.\n\nTotal Count: 2\n\nAll Critics (2) | Top Critics (1) | Fresh (2) | Rotten (0)\n\n  • Great.\n\n    Jul 4, 2020 | Rating: 4/4 | Full Review…\n',
      { sites: ALL_SITES },
    );
    expect(formatPage(page)).toBe(
      'Jaws\n\nCritics Consensus\n\nTaut.\n\nTotal Count: 2\n\nAll Critics (2) | Top Critics (1) | Fresh (2) | Rotten (0)\n\n  • Great.\n\n    Jul 4, 2020 | Rating: 4/4 | Full Review…\n',
    );
  });
});

describe("formatPage on the quote sites' pages", () => {
  const read = (text: string): Page => parse(text, { sites: ALL_SITES }).page;

  it("writes a top critics' list in its own layout, with its figures, the IMDb rating among them", () => {
    const text = readFileSync(join(root, 'rt-quotes', 'v02-top-critics-figures.txt'), 'utf8');
    const written = formatPage(read(text));
    expect(written).toBe(
      'Inception\n\n8.8\n87%\n74\n\nTop Critics Reviews\n\nfresh:\nA heist movie set inside the mind, and a dazzling one.\n– Michael Phillips,\nChicago Tribune,\nJul 15, 2010\n\n' +
        'rotten:\nNot one bit of it amounts to coherent sense.\n– Rex Reed,\nNew York Observer,\nJul 13, 2010\n',
    );
    expect(read(written).details.map(({ label, value }) => ({ label, value }))).toStrictEqual([{ label: 'IMDb rating', value: '8.8' }]);
  });

  it("writes a top critics' list with its consensus under the title, and a quote in quotation marks kept", () => {
    const page = read(
      'Inception\nA dream of a heist.\n\n87%\n\nTop Critics Reviews\n\nfresh:\n"Dazzling," he said.\n– Michael Phillips,\nChicago Tribune,\nJul 15, 2010\n',
    );
    expect(page.consensus).toBe('A dream of a heist.');
    const again = read(formatPage(page));
    expect(factsOf(again)).toStrictEqual(factsOf(page));
    expect(again.reviews[0]?.excerpt).toBe('"Dazzling," he said.');
  });

  it('writes a page of quotes under a consensus as "said" lines, each quote in quotation marks', () => {
    const page = read(
      'Casablanca\n\nA classic.\n\nRoger Ebert (Chicago Sun-Times) said:\n""Here\'s looking at you," it says."\n\nA.O. Scott (New York Times) said:\n"Still the best."\n',
    );
    const written = formatPage(page);
    expect(written).toBe(
      'Casablanca\n\nA classic.\n\nRoger Ebert (Chicago Sun-Times) said:\n""Here\'s looking at you," it says."\n\nA.O. Scott (New York Times) said:\n"Still the best."\n',
    );
    expect(factsOf(read(written))).toStrictEqual(factsOf(page));
  });

  it("writes reviews with bylines and a Tomatometer as cinematerial's, which prints no consensus", () => {
    const page = read('Casablanca 1942\nCritics score:\n97 / 100\nReviews provided by RottenTomatoes\nRoger Ebert, Chicago Sun-Times: A classic. Read more\n');
    expect(formatPage({ ...page, consensus: 'Timeless.' })).toBe(formatPage(page));
  });

  it("writes an uncredited critic of cinematerial's reviews as '(Not Credited)', so it reads back uncredited", () => {
    const page = read('Casablanca 1942\nCritics score:\n97 / 100\nReviews provided by RottenTomatoes\nStaff (Not Credited), Variety: A gem. Read more\n');
    expect(page.reviews[0]?.critic).toMatchObject({ name: 'Staff', credited: false });
    const written = formatPage(page);
    expect(written).toContain('Staff (Not Credited), Variety: A gem. Read more');
    expect(factsOf(read(written))).toStrictEqual(factsOf(page));
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

describe('formatPage on a 2014 TV season page', () => {
  const read = (text: string): Page => parse(text, { sites: ALL_SITES }).page;
  const details = (page: Page): unknown => (page.kind === 'film' ? page.details.map(({ label, value }) => ({ label, value })) : []);
  const cases = readdirSync(join(root, 'rottentomatoes')).filter((file) => file.endsWith('.txt') && /tv(?:-season)?-2014/u.test(file));

  it.each(cases)('writes %s back with both figure blocks, its details kept', (file) => {
    const page = read(readFileSync(join(root, 'rottentomatoes', file), 'utf8'));
    const again = read(formatPage(page));
    expect(details(again)).toStrictEqual(details(page));
    expect(factsOf(again)).toStrictEqual(factsOf(page));
  });

  it('writes the figure blocks in their own layout', () => {
    const page = read(
      'Deadwood: Season 1 (2004)\n\nAverage Rating: 8.9/10\nReviews Counted: 26\nFresh: 25 | Rotten: 1\n\nA vibrant portrait.\n\nAverage Rating: 9.1/10\nReviews Counted: 8\nFresh: 8 | Rotten: 0\nCritic Reviews: 26\n',
    );
    expect(formatPage(page)).toBe(
      'Deadwood: Season 1 (2004)\n\nAverage Rating: 8.9/10\nReviews Counted: 26\nFresh: 25 | Rotten: 1\n\nA vibrant portrait.\n\nAverage Rating: 9.1/10\nReviews Counted: 8\nFresh: 8 | Rotten: 0\nCritic Reviews: 26\n\nTv Season Info\n',
    );
  });

  it('writes a page with reviews as a title page, which prints the counts', () => {
    const page = read('Deadwood: Season 1 (2004)\n\nAverage Rating: 8.9/10\nReviews Counted: 26\nFresh: 25 | Rotten: 1\n');
    const withReview = { ...page, reviews: read('Critic Reviews for Deadwood\n\n  • Great.\n\n    Jul 4, 2004 | Full Review…\n').reviews };
    expect(formatPage(withReview)).not.toContain('Average Rating');
    expect(factsOf(read(formatPage(withReview)))).toStrictEqual(factsOf(withReview));
  });
});
