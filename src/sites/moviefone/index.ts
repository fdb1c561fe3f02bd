/**
 * Moviefone pages, which print Metacritic's critics: main pages (release
 * dates, rating, `Plot Summary`, cast, then `Ratings & Reviews` / `• <score>`
 * / `<Critic><Publication>` / `<quote>`) and TV reviews pages (`Based on <N>
 * Critics` / `Based on <K> Users` / `• <quote> Show More`).
 *
 * @module
 */
import type { Site, SiteInput, SiteResult } from '../../parse/site.js';
import { finishPage, furnish, reportUnplaced } from '../shared/page.js';
import { lineAt, readAll } from '../shared/state.js';
import { recogniseCriticCount } from './lines.js';
import { readCriticCount, readMetascoreLabel, readUserCount } from './readers/counts.js';
import { readQuoteItem, readScoredItem } from './readers/review-item.js';
import { stateOf, type MoviefoneState } from './state.js';

/** moviefone.com's host in a URL. */
const HOST = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^/?#]*\.)?moviefone\.com(?:[:/?#]|$)/iu;

/** How many of the first lines `claim` looks at. */
const CLAIM_LINES = 40;

/** The reader for line `at` in the state's phase. */
function readLine(state: MoviefoneState, at: number): number {
  switch (state.kinds[at]) {
    case 'critic-count':
      return readCriticCount(state, at);
    case 'user-count':
      return readUserCount(state, at);
    case 'metascore-label':
      return readMetascoreLabel(state, at);
    case 'score-bullet':
      return state.phase === 'reviews' ? readScoredItem(state, at) : readOther(state, at);
    case 'quote-bullet':
      return state.phase === 'reviews' ? readQuoteItem(state, at) : readOther(state, at);
    case 'ratings-heading':
      state.phase = 'reviews';
      return readOther(state, at);
    case 'text':
      // Under the counts, a line is a critic's quote (a copy without bullets, or the last one, cut before its "Show More").
      return state.phase === 'reviews' && state.draft.criticCount !== null ? readQuoteItem(state, at) : readOther(state, at);
    default:
      return readOther(state, at);
  }
}

/** Above the reviews, the page's release dates, rating, plot and cast: furniture; below, a line no reader takes is reported. */
function readOther(state: MoviefoneState, at: number): number {
  const kind = state.kinds[at];
  if (state.phase === 'header' || kind === 'ratings-heading') furnish(state.draft, state.input, lineAt(state, at));
  else reportUnplaced(state.draft, state.input, lineAt(state, at));
  return at + 1;
}

/** Reads a Moviefone page. */
function readMoviefone(input: SiteInput): SiteResult {
  const state = stateOf(input);
  readAll(state, readLine);
  return finishPage(state.draft, input);
}

/** 3 for a page on moviefone.com, or one whose first lines hold `Based on <N> Critics` or both `Plot Summary` and `Ratings & Reviews`; 0 otherwise. */
function claimMoviefone(input: SiteInput): number {
  if (input.url !== undefined && HOST.test(input.url)) return 3;
  const { lines } = input.lines;
  let plot = false;
  for (let at = 0; at < Math.min(lines.length, CLAIM_LINES); at++) {
    const text = lines.at(at)?.text ?? '';
    if (recogniseCriticCount(text) !== undefined) return 3;
    if (/^plot summary$/iu.test(text)) plot = true;
    if (plot && /^ratings (?:&|and) reviews$/iu.test(text)) return 3;
  }
  return 0;
}

/**
 * The Moviefone site: Metacritic's critics on Moviefone's pages
 * (`source: 'metacritic'`).
 *
 * @example
 * ```ts
 * import { parse } from 'critic-consensus';
 * import { moviefone } from 'critic-consensus/sites';
 *
 * const { page } = parse('Based on 20 Critics\nBased on 303 Users\n  • A thing of beauty. Show More\n', { sites: [moviefone] });
 * [page.criticCount, page.users?.ratingCount, page.reviews[0]?.excerpt]; //=> [20, 303, 'A thing of beauty.']
 * ```
 */
export const moviefone: Site = { name: 'moviefone', claim: claimMoviefone, read: readMoviefone };
