/**
 * A section heading is never a publication, a critic or a review: each site's
 * headings over its reviews ("Heat Reviews", "Critic Reviews", "All Critics",
 * "Audience Reviews for Alien"), and what a heading of the users' reviews
 * ends (their reviews are no critic reviews).
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import type { Review } from '../../src/index.js';
import { ALL_SITES } from '../../src/sites/index.js';

const read = (text: string) => parse(text, { sites: ALL_SITES });

/** A review as its names, its text and the marks these pages print. */
const named = (review: Review) => ({
  critic: review.critic?.name ?? null,
  publication: review.publication,
  excerpt: review.excerpt,
  ...(review.topCritic === null ? {} : { topCritic: review.topCritic }),
});

describe('a Fandango page', () => {
  const metascore = '76 out of 100\nGenerally favorable reviews\nMetascore® based on all critic reviews.\n';

  it('returns the title from a "<Title> Reviews" heading, and no publication for the review under it', () => {
    const { page, diagnostics } = read(`Heat Reviews\n\nBy Kenneth Turan\nA crime epic of rare ambition...\nFull Review\n\n${metascore}`);
    expect([page.source, page.title]).toStrictEqual(['metacritic', 'Heat']);
    expect(page.reviews.map(named)).toStrictEqual([{ critic: 'Kenneth Turan', publication: null, excerpt: 'A crime epic of rare ambition...' }]);
    expect(diagnostics).toStrictEqual([]);
  });

  it('returns the title from a "<Title> Critic Reviews" heading over a review with its publication', () => {
    const { page, diagnostics } = read(`Heat Critic Reviews\nEmpire\n\nBy Ian Nathan\nMann at his best...\nFull Review\n${metascore}`);
    expect(page.title).toBe('Heat');
    expect(page.reviews.map(named)).toStrictEqual([{ critic: 'Ian Nathan', publication: 'Empire', excerpt: 'Mann at his best...' }]);
    expect(diagnostics).toStrictEqual([]);
  });

  it('keeps a publication whose name ends in "Reviews" when it is no heading (after the first review)', () => {
    const { page } = read(
      `Empire\n\nBy Ian Nathan\nMann at his best...\nFull Review\nFilm Threat Reviews\n\nBy Ken Hanke\nLong, but it earns it...\nFull Review\n${metascore}`,
    );
    expect(page.reviews.map((review) => review.publication)).toStrictEqual(['Empire', 'Film Threat Reviews']);
  });

  it('returns no critic reviews from the users\' reviews under "Fan Reviews" when no Metascore block comes first', () => {
    const { page } = read(
      'Juno Synopsis\nA smart teenager.\nRead Full Synopsis\nJuno Reviews\nVariety\n\nBy Justin Chang\nSharp.\nFull Review\nFan Reviews\nBy moviefan22\nLoved it.\n',
    );
    expect(page.title).toBe('Juno');
    expect(page.reviews.map(named)).toStrictEqual([{ critic: 'Justin Chang', publication: 'Variety', excerpt: 'Sharp.' }]);
  });
});

describe('an OpenCritic review list', () => {
  const review = 'Nintendo Life\nTop Critic\n9 / 10\nJan 25, 2018\n\nA precise platformer.\n\nRead full review\n';

  it('returns the outlet, not the list\'s heading, as the publication under "Critic Reviews"', () => {
    const { page, diagnostics } = read(
      `Celeste Reviews\n\nCeleste is ranked in the 95th percentile of games scored on OpenCritic.\nCritic Reviews\n\n${review}`,
    );
    expect(page.reviews.map(named)).toStrictEqual([{ critic: null, publication: 'Nintendo Life', excerpt: 'A precise platformer.', topCritic: true }]);
    expect(diagnostics).toStrictEqual([]);
  });

  it('returns a game called "Critic" as the title of a page whose first line is "Critic Reviews"', () => {
    const { page } = read(`Critic Reviews\n\n${review}`);
    expect([page.source, page.title, page.reviews[0]?.publication]).toStrictEqual(['opencritic', 'Critic', 'Nintendo Life']);
  });
});

describe('a Rotten Tomatoes page', () => {
  it('returns no critic from a 2011 review list\'s "All Critics" tab', () => {
    const { page } = read(
      'Australia - Movie Reviews - Rotten Tomatoes\nAustralia Reviews\nPage 1 of 11\nTop Critic\nManohla Dargis\nNew York Times\nNovember 26, 2008\nA big, sweeping epic.\nFull Review | Original Score: 3/5\nAll Critics\nRoger Ebert\nChicago Sun-Times\nNovember 25, 2008\nAn old-fashioned epic.\nFull Review\n',
    );
    expect(page.reviews.map(named)).toStrictEqual([
      { critic: 'Manohla Dargis', publication: 'New York Times', excerpt: 'A big, sweeping epic.', topCritic: true },
      { critic: 'Roger Ebert', publication: 'Chicago Sun-Times', excerpt: 'An old-fashioned epic.', topCritic: false },
    ]);
  });

  it('returns no review from the "Audience Reviews for <Title>" heading, nor from the users\' reviews under it', () => {
    const { page, diagnostics } = read(
      'Alien\n\nCritics Consensus\n\nA classic.\n\nTotal Count: 117\n\nCritic Reviews for Alien\nAll Critics (117) | Top Critics (27)\n  • A haunted house in space.\n    Jun 1, 2019 | Rating: 4/4 | Full Review…\nAudience Reviews for Alien\n  • Best horror ever.\n    Jun 2, 2019 | Full Review…\n',
    );
    expect(page.reviews.map((review) => [review.excerpt, review.mark])).toStrictEqual([['A haunted house in space.', '4/4']]);
    expect(diagnostics).toStrictEqual([]);
  });
});

describe("a page quoting Rotten Tomatoes' critics", () => {
  it('returns no review from the users\' quotes under "Audience Reviews" (furniture, as the users\' reviews of the other sites), and none of its lines joins the quote above', () => {
    const text =
      'Casablanca\n\nA timeless classic.\n\nCritic Reviews\n\nRoger Ebert (Chicago Sun-Times) said:\n"Never over-familiar."\n\nAudience Reviews\n\nJane D. (Boston) said:\n"Still the best."\n';
    const { page, diagnostics, furniture } = read(text);
    expect(page.reviews.map(named)).toStrictEqual([{ critic: 'Roger Ebert', publication: 'Chicago Sun-Times', excerpt: 'Never over-familiar.' }]);
    expect(diagnostics).toStrictEqual([]);
    expect(furniture.map((span) => text.slice(span.start.offset, span.end.offset))).toStrictEqual([
      'Critic Reviews',
      'Audience Reviews',
      'Jane D. (Boston) said:',
      '"Still the best."',
    ]);
  });

  it("returns the critics' quotes under a critics' heading after the users' part, and under a users' tab right over the critics' heading", () => {
    const { page } = read(
      'Casablanca\n\nAudience Reviews\nCritic Reviews\n\nRoger Ebert (Chicago Sun-Times) said:\n"Never over-familiar."\n\nUser Reviews\n\nJane D. (Boston) said:\n"Still the best."\n\nCritic Reviews\n\nA.O. Scott (New York Times) said:\n"A classic."\n',
    );
    expect(page.reviews.map(named)).toStrictEqual([
      { critic: 'Roger Ebert', publication: 'Chicago Sun-Times', excerpt: 'Never over-familiar.' },
      { critic: 'A.O. Scott', publication: 'New York Times', excerpt: 'A classic.' },
    ]);
  });

  it('returns the reviews under "All Critics Reviews" as no top critics\'', () => {
    const { page } = read(
      'Inception\n\n8.8\n87%\n74\n\nTop Critics Reviews\n\nfresh:\nA heist movie.\n– Michael Phillips,\nChicago Tribune,\n15 Jul 2010\n\nAll Critics Reviews\n\nrotten:\nNot coherent.\n– Rex Reed,\nNew York Observer,\n13 Jul 2010\n',
    );
    expect(page.reviews.map((review) => [review.critic?.name, review.topCritic, review.freshness])).toStrictEqual([
      ['Michael Phillips', true, 'fresh'],
      ['Rex Reed', false, 'rotten'],
    ]);
  });
});

describe("an IMDb mobile page's users", () => {
  const critics = 'Vertigo : Critic Reviews\nMetascore (52 reviews)\nProvided by\n\nRoger Ebert Chicago Sun-Times\nHis most confessional film.\n';

  it('returns no critic review from the users\' reviews under "User Reviews", and no user block', () => {
    const { page, diagnostics } = read(`${critics}\nUser Reviews\nJane Harper\nA dizzying masterpiece.\n8/10\n`);
    expect(page.reviews.map(named)).toStrictEqual([{ critic: 'Roger Ebert', publication: 'Chicago Sun-Times', excerpt: 'His most confessional film.' }]);
    expect(page.users).toBeNull();
    expect(diagnostics).toStrictEqual([]);
  });

  it('returns the critics under a "User Reviews" tab printed above them', () => {
    const { page } = read(`User Reviews\n${critics}`);
    expect(page.reviews.map(named)).toStrictEqual([{ critic: 'Roger Ebert', publication: 'Chicago Sun-Times', excerpt: 'His most confessional film.' }]);
  });
});

describe("a Moviefone page's users", () => {
  it('returns no critic review from the users\' quotes under "User Reviews", and keeps the users\' count', () => {
    const { page, diagnostics } = read(
      'Based on 20 Critics\nBased on 303 Users\n  • A thing of beauty. Show More\nUser Reviews (2)\n  • Best show ever. Show More\n',
    );
    expect(page.reviews.map(named)).toStrictEqual([{ critic: null, publication: null, excerpt: 'A thing of beauty.' }]);
    expect([page.users?.ratingCount, page.users?.reviews]).toStrictEqual([303, []]);
    expect(diagnostics).toStrictEqual([]);
  });

  it('returns the critics under a "User Reviews" tab printed above them', () => {
    const { page } = read('Plot Summary\nA crew answers a call.\nUser Reviews\nRatings & Reviews\n  • 88\n    Roger EbertChicago Sun-Times\n    Effective.\n');
    expect(page.reviews.map(named)).toStrictEqual([{ critic: 'Roger Ebert', publication: 'Chicago Sun-Times', excerpt: 'Effective.' }]);
  });
});

describe('Rotten Tomatoes\' "No consensus yet." placeholder', () => {
  it("returns no consensus from a page quoting RT's critics that prints it", () => {
    const { page } = read(
      'The Room\n\nNo consensus yet.\n\nPeter Bradshaw (The Guardian) said:\n"Almost admirably bad."\n\nA.O. Scott (New York Times) said:\n"A cult in the making."\n',
    );
    expect([page.source, page.title, page.consensus, page.reviews.length]).toStrictEqual(['rottentomatoes', 'The Room', null, 2]);
  });
});
