/**
 * IMDb (imdb.com) critic-review pages, which print Metacritic's figures:
 * the 2023 design (`84` / `Metascore` / `39 reviews · Provided by
 * Metacritic.com` / `- <score><Publication><Critic>...<quote>` glued), the
 * 2016-2019 design (`Based on 18 critic reviews provided by Metacritic.com`,
 * then `<score>` / `<quote>`) and the mobile pages (`<Title> : Critic Reviews`
 * / `Metascore (23 reviews)` / `Provided by`, then `[<Critic>][ <Publication>]`
 * / `<quote>`).
 *
 * @module
 */
import type { Site, SiteInput, SiteResult } from '../../parse/site.js';
import { finishPage } from '../shared/page.js';
import { readAll } from '../shared/state.js';
import { recogniseCount2018, recogniseCount2023, recogniseCountMobile } from './lines.js';
import { readGluedItem } from './readers/glued-item.js';
import { opensMetascore, readCount, readFurniture, readMetascore, readMobileHeading, readYear } from './readers/header.js';
import { readMobileItem } from './readers/mobile-item.js';
import { readScoredItem } from './readers/scored-item.js';
import { readUnplaced } from './readers/unplaced.js';
import { stateOf, type ImdbState } from './state.js';

/** imdb.com's host in a URL (m.imdb.com, www.imdb.com). */
const HOST = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^/?#]*\.)?imdb\.com(?:[:/?#]|$)/iu;

/** How many of the first lines `claim` looks at. */
const CLAIM_LINES = 40;

/** The reader for line `at` in the state's phase. */
function readLine(state: ImdbState, at: number): number {
  switch (state.kinds[at]) {
    case 'number':
      if (opensMetascore(state, at)) return readMetascore(state, at);
      return state.phase === 'list-2018' ? readScoredItem(state, at) : readUnplaced(state, at);
    case 'count-2023':
    case 'count-2018':
    case 'count-mobile':
      return readCount(state, at);
    case 'mobile-heading':
      return readMobileHeading(state, at);
    case 'year':
      return readYear(state, at);
    case 'dash-item':
      return readGluedItem(state, at);
    case 'metascore-label':
    case 'provided-by':
    case 'furniture':
      return readFurniture(state, at);
    case 'text':
      return state.phase === 'list-mobile' ? readMobileItem(state, at) : readUnplaced(state, at);
    default:
      return readUnplaced(state, at);
  }
}

/** Reads an IMDb critic-review page. */
function readImdb(input: SiteInput): SiteResult {
  const state = stateOf(input);
  readAll(state, readLine);
  return finishPage(state.draft, input);
}

/** 3 for a page on imdb.com, or one whose first lines hold a count line of one of IMDb's layouts; 0 otherwise. */
function claimImdb(input: SiteInput): number {
  if (input.url !== undefined && HOST.test(input.url)) return 3;
  const { lines } = input.lines;
  for (let at = 0; at < Math.min(lines.length, CLAIM_LINES); at++) {
    const text = lines.at(at)?.text ?? '';
    if (recogniseCount2023(text) !== undefined || recogniseCount2018(text) !== undefined || recogniseCountMobile(text) !== undefined) return 3;
  }
  return 0;
}

/**
 * The IMDb site: critic-review pages of imdb.com of 2016 on, with
 * Metacritic's figures (`source: 'metacritic'`).
 *
 * @example
 * ```ts
 * import { parse } from 'critic-consensus';
 * import { imdb } from 'critic-consensus/sites';
 *
 * const { page } = parse('84\nMetascore\n39 reviews · Provided by Metacritic.com\n- 100VarietyJustin ChangVarietyJustin ChangGripping.\n', { sites: [imdb] });
 * [page.metascore, page.criticCount, page.reviews[0]?.publication, page.reviews[0]?.critic?.name]; //=> [84, 39, 'Variety', 'Justin Chang']
 * ```
 */
export const imdb: Site = { name: 'imdb', claim: claimImdb, read: readImdb };
