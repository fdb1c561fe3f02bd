/**
 * Hand-made variants of the sites' layouts, written from the layout blocks of
 * the corpus-sites README (other titles and figures, optional lines left out
 * or added, other date and mark forms), each with the facts the contract
 * gives it: the branches of the sites' readers that the real pages do not
 * reach. Each case names the site that must claim it and the facts it must
 * give (a fact left out of a case is not compared).
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { cutLines } from '../../src/parse/engine/index.js';
import { chooseSite } from '../../src/parse/site.js';
import { FALLBACK_SITE } from '../../src/parse/sites/index.js';
import { ALL_SITES } from '../../src/sites/index.js';

/** A variant: the site that must claim it, its text, and the facts it must give. */
interface Variant {
  readonly site: string;
  readonly name: string;
  readonly text: string;
  readonly url?: string;
  readonly facts: Readonly<Record<string, unknown>>;
  /** Each review's facts, in order (every review of the page). */
  readonly reviews?: readonly Readonly<Record<string, unknown>>[];
}

/** The page's facts that `expected` names, a critic as its name and credit. */
function named(expected: Readonly<Record<string, unknown>>, actual: object): Record<string, unknown> {
  const record = actual as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(expected).map((key) => {
      const value = record[key] ?? null;
      if (key === 'critic' && value !== null) return [key, { name: (value as { name: string }).name, credited: (value as { credited: boolean }).credited }];
      if (key === 'users' && value !== null)
        return [key, { ratingCount: (value as { ratingCount: unknown }).ratingCount, score: (value as { score: unknown }).score }];
      return [key, value];
    }),
  );
}

const critic = (name: string, credited = true): { name: string; credited: boolean } => ({ name, credited });

const VARIANTS: readonly Variant[] = [
  // ---- IMDb
  {
    site: 'imdb',
    name: 'imdb-2023: a page with one glued review, a quote-only review and a plural count',
    text: '72\nMetascore\n8 reviews · Provided by Metacritic.com\n- 88The AtlanticDavid SimsThe AtlanticDavid SimsA sly, funny piece of work.\n- Nothing else is printed for this one.\n',
    facts: { source: 'metacritic', metascore: 72, criticCount: 8 },
    reviews: [
      { score: 88, publication: 'The Atlantic', critic: critic('David Sims'), excerpt: 'A sly, funny piece of work.' },
      { score: null, publication: null, critic: null, excerpt: 'Nothing else is printed for this one.' },
    ],
  },
  {
    site: 'imdb',
    name: 'imdb-2023: a publication printed twice with no critic, a score of 0',
    text: '35\nMetascore\n1 review · Provided by Metacritic.com\n- 0SlantSlantA dreary, airless exercise.\n',
    facts: { metascore: 35, criticCount: 1 },
    reviews: [{ score: 0, publication: 'Slant', critic: null, excerpt: 'A dreary, airless exercise.' }],
  },
  {
    site: 'imdb',
    name: 'imdb-2018: a score with only a quote, another title and year',
    text: 'Heat\n\n(1995)\n\nCritic Reviews\n\n76\n\nMetascore\n\nBased on 22 critic reviews provided by Metacritic.com\n100\nA crime epic of rare ambition.\n\n70\nLong, but it earns its length.\n',
    facts: { title: 'Heat', metascore: 76, criticCount: 22 },
    reviews: [
      { score: 100, excerpt: 'A crime epic of rare ambition.' },
      { score: 70, excerpt: 'Long, but it earns its length.' },
    ],
  },
  {
    site: 'imdb',
    name: 'imdb-mobile: a critic alone, a publication alone, and a quote with neither',
    text: 'Heat : Critic Reviews\nMetascore (22 reviews)\nProvided by\nMetacritic.com\n\nKenneth Turan\nA crime epic of rare ambition.\n\nEmpire\nLong, but it earns its length.\n\nMann at the height of his powers.\n',
    facts: { title: 'Heat', metascore: null, criticCount: 22 },
    reviews: [
      { critic: critic('Kenneth Turan'), publication: null, excerpt: 'A crime epic of rare ambition.' },
      { critic: null, publication: 'Empire', excerpt: 'Long, but it earns its length.' },
      { critic: null, publication: null, excerpt: 'Mann at the height of his powers.' },
    ],
  },
  // ---- movies.com
  {
    site: 'moviescom',
    name: 'moviescom: no Metascore in the header bullet, a review with a critic, no "Read Full Review"',
    text: 'Heat Review\nOther Critics provided by Metacritic.com\nCritics scores range from 0 to 100, with higher scores indicating more favorable reviews.\n  • 5.0\n    out of 100\n    Metascore®\n    Generally favorable reviews\n    based on a weighted average of all\n    critic review scores.\n  • 90\n    out of 100\n    Chicago Tribune Michael Wilmington\n    Mann delivers the goods.\n  • See all Heat reviews at Metacritic.com\n',
    facts: { source: 'metacritic', metascore: null, verdict: 'Generally favorable reviews' },
    reviews: [{ score: 90, publication: 'Chicago Tribune', critic: critic('Michael Wilmington'), excerpt: 'Mann delivers the goods.' }],
  },
  // ---- Fandango
  {
    site: 'fandango',
    name: 'fandango-criticreviews: a review with no publication, another with no critic',
    text: 'By Kenneth Turan\nA crime epic of rare ambition...\nFull Review\n\nEmpire\n\nLong, but it earns its length...\nFull Review\n\n76 out of 100\nGenerally favorable reviews\nMetascore® based on all critic reviews. Learn more at Metacritic.com\n',
    facts: { source: 'metacritic', metascore: 76, verdict: 'Generally favorable reviews' },
    reviews: [
      { publication: null, critic: critic('Kenneth Turan'), excerpt: 'A crime epic of rare ambition...' },
      { publication: 'Empire', critic: null, excerpt: 'Long, but it earns its length...' },
    ],
  },
  // ---- tv.com
  {
    site: 'tvcom',
    name: 'tvcom-movie: no studio, a review with a publication and no critic, one with neither',
    text: 'Heat\nReleased 1995\nUser Score: 8.9\nout of 10\n1,204 votes\nMovie Summary\nA thief and a detective circle each other across Los Angeles.\nMetacritic Score\n  • 90\n    Empire\n    Mann at the height of his powers...\n  • 70\n    Long, but it earns its length...\n',
    facts: { source: 'metacritic', title: 'Heat', metascore: null },
    reviews: [
      { score: 90, publication: 'Empire', critic: null, excerpt: 'Mann at the height of his powers...' },
      { score: 70, publication: null, critic: null, excerpt: 'Long, but it earns its length...' },
    ],
  },
  // ---- moviefone
  {
    site: 'moviefone',
    name: 'moviefone-reviews: the users counted too, quotes with and without "Show More"',
    text: 'Heat Reviews\nBased on 18 Critics\nBased on 303 Users\n  • A crime epic of rare ambition. Show More\n  • Long, but it earns its length.\n',
    facts: { source: 'metacritic', criticCount: 18, users: { ratingCount: 303, score: null } },
    reviews: [
      { score: null, critic: null, publication: null, excerpt: 'A crime epic of rare ambition.' },
      { score: null, critic: null, publication: null, excerpt: 'Long, but it earns its length.' },
    ],
  },
  {
    site: 'moviefone',
    name: 'moviefone-main: a Metascore under its label, glued critic and publication',
    text: 'Heat\nRelease Date: December 15, 1995\nPlot Summary\nA thief and a detective circle each other.\nRatings & Reviews\nMetascore\n76\n  • 90\n    Kenneth TuranLos Angeles Times\n    A crime epic of rare ambition.\n',
    facts: { source: 'metacritic', metascore: 76 },
    reviews: [{ score: 90, critic: critic('Kenneth Turan'), publication: 'Los Angeles Times', excerpt: 'A crime epic of rare ambition.' }],
  },
  // ---- OpenCritic
  {
    site: 'opencritic',
    name: 'oc-reviews: a letter grade, a 5-point mark, a critic with no outlet, "Quote not yet available"',
    text: 'Hollow Knight Reviews\n\nHollow Knight is ranked in the 91st percentile of games scored on OpenCritic.\nDestructoid\nChris Carter\nTop Critic\nA-\nFeb 24, 2017\n\nA gorgeous, punishing labyrinth.\n\nRead full review\n\nBrau3er\n4 / 5\nMar 2, 2017\n\nQuote not yet available\n\nReview in German | Read full review\n',
    facts: { source: 'opencritic', title: 'Hollow Knight', percentile: 91 },
    reviews: [
      {
        publication: 'Destructoid',
        critic: critic('Chris Carter'),
        topCritic: true,
        mark: 'A-',
        date: '2017-02-24',
        excerpt: 'A gorgeous, punishing labyrinth.',
      },
      { topCritic: false, mark: '4 / 5', score: 80, date: '2017-03-02', excerpt: '' },
    ],
  },
  {
    site: 'opencritic',
    name: 'oc-game-main: no figures under the labels, three quotes',
    text: 'Celeste\n\nTop Critic Average\nCritics Recommend\nCritic Reviews for Celeste\nA near-perfect platformer.\nTough, kind and clever.\nIt will break your heart and mend it.\n',
    facts: { source: 'opencritic', title: 'Celeste', media: 'game' },
    reviews: [{ excerpt: 'A near-perfect platformer.' }, { excerpt: 'Tough, kind and clever.' }, { excerpt: 'It will break your heart and mend it.' }],
  },
  // ---- Rotten Tomatoes
  {
    site: 'rottentomatoes',
    name: 'rt-main-2019: a printed Tomatometer and audience score, verified ratings, a review with no mark',
    text: "Heat\n\nCritics Consensus\n\nMann's epic is a stylish, thrilling crime saga.\n\n87%\n\nTOMATOMETER\n\nTotal Count: 75\n\n94%\n\nAudience Score\n\nUser Ratings: 2,692 | Verified Ratings: 1,204\n\nCritic Reviews for Heat\n\nAll Critics (75) | Top Critics (17) | Fresh (65) | Rotten (10)\n\n  • A crime epic of rare ambition.\n\n    Dec 15, 1995 | Full Review…\n\n  • Long, but it earns its length.\n\n    Jan 2, 2020 | Rating: 3/4 | Full Review…\n",
    facts: {
      source: 'rottentomatoes',
      title: 'Heat',
      tomatometer: 87,
      criticCount: 75,
      topCriticCount: 17,
      distribution: { positive: 65, mixed: null, negative: 10 },
      consensus: "Mann's epic is a stylish, thrilling crime saga.",
    },
    reviews: [
      { mark: null, date: '1995-12-15', excerpt: 'A crime epic of rare ambition.' },
      { mark: '3/4', score: 75, date: '2020-01-02', excerpt: 'Long, but it earns its length.' },
    ],
  },
  {
    site: 'rottentomatoes',
    name: 'rt-reviews-2011: a top critic, a review with no publication, an "| Original Score:" tail with no "Full Review"',
    text: 'Heat - Movie Reviews - Rotten Tomatoes\n\nPage 1 of 3\n\nTop Critic\nJanet Maslin\nNew York Times\nDecember 15, 1995\nA crime epic of rare ambition.\nFull Review | Original Score: 4/5\n\nJames Berardinelli\nJanuary 1, 2000\nLong, but it earns its length.\n| Original Score: B+\n',
    facts: { source: 'rottentomatoes', title: 'Heat' },
    reviews: [
      {
        topCritic: true,
        critic: critic('Janet Maslin'),
        publication: 'New York Times',
        date: '1995-12-15',
        mark: '4/5',
        excerpt: 'A crime epic of rare ambition.',
      },
      { topCritic: false, critic: critic('James Berardinelli'), publication: null, date: '2000-01-01', mark: 'B+', excerpt: 'Long, but it earns its length.' },
    ],
  },
  {
    site: 'rottentomatoes',
    name: 'rt-reviews-2021: a season review list, short and long month names',
    text: 'Deadwood: Season 2 Reviews\n\nMar 6, 2005\nThe talk is as bracing as ever.\n\nFebruary 20, 2005\nIt loses a little of its shock, none of its nerve.\n',
    facts: { source: 'rottentomatoes' },
    reviews: [
      { date: '2005-03-06', excerpt: 'The talk is as bracing as ever.' },
      { date: '2005-02-20', excerpt: 'It loses a little of its shock, none of its nerve.' },
    ],
  },
  {
    site: 'rottentomatoes',
    name: 'rt-tv-season-2014: the counts block with an average rating and a Fresh/Rotten line',
    text: 'Deadwood: Season 2 (2005)\n\nAverage Rating: 8.9/10\nReviews Counted: 18\nFresh: 17 | Rotten: 1\n\nThe talk is as bracing as ever.\n',
    facts: { source: 'rottentomatoes', criticCount: 18, distribution: { positive: 17, mixed: null, negative: 1 } },
  },
  {
    site: 'rottentomatoes',
    name: 'rt-tv-season-2025: the one-line figures, then reviews with slashed dates',
    text: 'Menu\nSeason 2 – Deadwood\n94% Tomatometer 18 Reviews 96% Popcornmeter 250+ Ratings\nCritics Consensus\nThe talk is as bracing as ever.\nView All (18) Critics Reviews\nView More\nMaureen Ryan Chicago Tribune 03/06/2005\nBracing as ever. Go to Full Review\nTim Goodman San Francisco Chronicle 02/20/2005\nIt loses none of its nerve. Go to Full Review\n',
    facts: { source: 'rottentomatoes', tomatometer: 94, criticCount: 18, consensus: 'The talk is as bracing as ever.' },
    reviews: [
      { critic: critic('Maureen Ryan'), publication: 'Chicago Tribune', date: '2005-03-06', excerpt: 'Bracing as ever.' },
      { critic: critic('Tim Goodman'), publication: 'San Francisco Chronicle', date: '2005-02-20', excerpt: 'It loses none of its nerve.' },
    ],
  },
  // ---- the sites with RT's data
  {
    site: 'flixster',
    name: 'flixster: a Rotten Tomatometer, a rotten review',
    text: 'Heat 2\n\ncritic Reviews\n\n, 40% Rotten Tomatometer Score\n  • A sequel that misses its mark.\n  • , Rotten Tomatometer Score\n    Kenneth TuranLos Angeles Times\n    Loud, long and hollow.\n\n    Read full article\n',
    facts: { source: 'rottentomatoes', title: 'Heat 2', tomatometer: 40, consensus: 'A sequel that misses its mark.' },
    reviews: [{ freshness: 'rotten', critic: critic('Kenneth Turan'), publication: 'Los Angeles Times', excerpt: 'Loud, long and hollow.' }],
  },
  {
    site: 'cinematerial',
    name: 'cinematerial-rt-noheader: reviews with no blank lines between, one with no critic',
    text: 'Reviews provided by RottenTomatoes\nKenneth Turan, Los Angeles Times: A crime epic of rare ambition. Read more\nEmpire: Long, but it earns its length. Read more\n',
    facts: { source: 'rottentomatoes', tomatometer: null },
    reviews: [
      { critic: critic('Kenneth Turan'), publication: 'Los Angeles Times', excerpt: 'A crime epic of rare ambition.' },
      { critic: null, publication: 'Empire', excerpt: 'Long, but it earns its length.' },
    ],
  },
  {
    site: 'rt-quotes',
    name: 'rt-quotes: a top critics list with a day-first date and no figures',
    text: 'Heat\n\nTop Critics Reviews\n\nfresh:\nA crime epic of rare ambition.\n– Janet Maslin,\nNew York Times,\n15 December 1995\n',
    facts: { source: 'rottentomatoes', title: 'Heat', tomatometer: null, metascore: null },
    reviews: [
      {
        freshness: 'fresh',
        topCritic: true,
        critic: critic('Janet Maslin'),
        publication: 'New York Times',
        date: '1995-12-15',
        excerpt: 'A crime epic of rare ambition.',
      },
    ],
  },
];

describe("parse on hand-made variants of the sites' layouts", () => {
  it.each(VARIANTS.map((variant) => [variant.name, variant] as const))('%s', (_name, variant) => {
    const input = { text: variant.text, lines: cutLines(variant.text), url: variant.url, media: undefined };
    expect(chooseSite(ALL_SITES, FALLBACK_SITE, input).name).toBe(variant.site);
    const { page, diagnostics } = parse(variant.text, { sites: ALL_SITES, ...(variant.url === undefined ? {} : { url: variant.url }) });
    expect(named(variant.facts, page)).toStrictEqual(variant.facts);
    if (variant.reviews !== undefined) {
      expect(page.reviews.map((review, at) => named(variant.reviews?.[at] ?? {}, review))).toStrictEqual(variant.reviews);
    }
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toStrictEqual([]);
  });

  it('has variants of every site of critic-consensus/sites', () => {
    const sites = new Set(VARIANTS.map((variant) => variant.site));
    expect(ALL_SITES.map((site) => site.name).filter((name) => !name.startsWith('metacritic') && !sites.has(name))).toStrictEqual([]);
  });
});
