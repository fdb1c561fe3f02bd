/**
 * movies.com review pages, which print Metacritic's critics ("Other Critics
 * provided by Metacritic.com"): the aggregate bullet (Metascore and verdict)
 * and a bullet per review (score, publication and critic, quote).
 *
 * @module
 */
import type { Site, SiteInput, SiteResult } from '../../parse/site.js';
import { finishPage } from '../shared/page.js';
import { readAll } from '../shared/state.js';
import { recogniseProvidedBy, type PrintedNumber } from './lines.js';
import { opensItem, readBulletItem } from './readers/bullet-item.js';
import { readFurniture, readOther } from './readers/furniture.js';
import { stateOf, type MoviesComState } from './state.js';

/** movies.com's host in a URL. */
const HOST = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^/?#]*\.)?movies\.com(?:[:/?#]|$)/iu;

/** How many of the first lines `claim` looks at. */
const CLAIM_LINES = 40;

/** The reader for line `at` in the state's phase. */
function readLine(state: MoviesComState, at: number): number {
  switch (state.kinds[at]) {
    case 'bullet':
    case 'number':
      if (state.phase === 'after') return readFurniture(state, at);
      if (opensItem(state, at)) return readBulletItem(state, at);
      // `5.0` over the aggregate's number, in a copy without the bullet: the bullet's own number, no score.
      return state.kinds[at] === 'number' && !(state.values[at] as PrintedNumber).whole ? readFurniture(state, at) : readOther(state, at);
    case 'provided-by':
    case 'see-all':
    case 'families':
    case 'furniture':
      return readFurniture(state, at);
    default:
      return readOther(state, at);
  }
}

/** Reads a movies.com review page. */
function readMoviesCom(input: SiteInput): SiteResult {
  const state = stateOf(input);
  readAll(state, readLine);
  return finishPage(state.draft, input);
}

/** 3 for a page on movies.com, or one whose first lines hold the list's heading; 0 otherwise. */
function claimMoviesCom(input: SiteInput): number {
  if (input.url !== undefined && HOST.test(input.url)) return 3;
  const { lines } = input.lines;
  for (let at = 0; at < Math.min(lines.length, CLAIM_LINES); at++) if (recogniseProvidedBy(lines.at(at)?.text ?? '')) return 3;
  return 0;
}

/**
 * The movies.com site: Metacritic's critics on movies.com's review pages
 * (`source: 'metacritic'`).
 *
 * @example
 * ```ts
 * import { parse } from 'critic-consensus';
 * import { moviescom } from 'critic-consensus/sites';
 *
 * const { page } = parse('Other Critics provided by Metacritic.com\n  • 5.0\n    88\n    out of 100\n    Universal acclaim\n  • 100\n    out of 100\n    Variety\n    Bold.\n', { sites: [moviescom] });
 * [page.metascore, page.verdict, page.reviews[0]?.score, page.reviews[0]?.publication]; //=> [88, 'Universal acclaim', 100, 'Variety']
 * ```
 */
export const moviescom: Site = { name: 'moviescom', claim: claimMoviesCom, read: readMoviesCom };
