/**
 * movies.com review pages, which print Metacritic's critics ("Other Critics
 * provided by Metacritic.com"): the aggregate bullet (Metascore and verdict)
 * and a bullet per review (score, publication and critic, quote).
 *
 * @module
 */
import type { Site, SiteInput, SiteResult } from '../../parse/site.js';
import { ANY_KIND, compileReaders } from '../../parse/engine/index.js';
import { headTexts } from '../shared/head.js';
import { recogniseProvidedBy, type MoviesComValues, type PrintedNumber } from './lines.js';
import { opensItem, readBulletItem } from './readers/bullet-item.js';
import { readFurniture, readOther, readTitle } from './readers/furniture.js';
import { stateOf, valueAt, type MoviesComState } from './state.js';

/** movies.com's host in a URL. */
const HOST = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^/?#]*\.)?movies\.com(?:[:/?#]|$)/iu;

/** `5.0` over the aggregate's number, in a copy without its bullet: the bullet's own number, no score. */
function isBulletNumber(state: MoviesComState, at: number): boolean {
  return state.tokens.is(at, 'number') && !(valueAt(state, at) as PrintedNumber).whole;
}

/** The readers, tried in order on each line: each opens on its kinds, in its state, and returns the first line it did not take. */
const READERS = /* @__PURE__ */ compileReaders<MoviesComValues, MoviesComState>([
  { name: 'after the list', opens: ANY_KIND, when: (state) => state.phase === 'after', read: (_tokens, at, state) => readFurniture(state, at) },
  { name: 'item', opens: ['bullet', 'number'], when: (state, _tokens, at) => opensItem(state, at), read: (_tokens, at, state) => readBulletItem(state, at) },
  { name: 'bullet number', opens: ['number'], when: (state, _tokens, at) => isBulletNumber(state, at), read: (_tokens, at, state) => readFurniture(state, at) },
  { name: 'title', opens: ['title-heading'], when: (state) => state.phase === 'header', read: (_tokens, at, state) => readTitle(state, at) },
  { name: 'furniture', opens: ['provided-by', 'see-all', 'families', 'furniture'], read: (_tokens, at, state) => readFurniture(state, at) },
  { name: 'unplaced', opens: ANY_KIND, read: (_tokens, at, state) => readOther(state, at) },
]);

/** Reads a movies.com review page. */
function readMoviesCom(input: SiteInput): SiteResult {
  const state = stateOf(input);
  READERS.read(state.tokens, state);
  return state.draft.finish(input.media);
}

/** 3 for a page on movies.com, or one whose first lines hold the list's heading; 0 otherwise. */
function claimMoviesCom(input: SiteInput): number {
  if (input.url !== undefined && HOST.test(input.url)) return 3;
  return headTexts(input.lines).some(recogniseProvidedBy) ? 3 : 0;
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
