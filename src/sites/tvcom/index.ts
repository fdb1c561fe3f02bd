/**
 * tv.com movie pages, which print Metacritic's critics under `Metacritic
 * Score` (`• <score>` / `[<Publication>[ <Critic>]]` / `<quote>...`) beside
 * tv.com's own user rating.
 *
 * @module
 */
import type { Site, SiteInput, SiteResult } from '../../parse/site.js';
import { finishPage, reportUnplaced } from '../shared/page.js';
import { lineAt, readAll } from '../shared/state.js';
import { readCriticItem } from './readers/critic-item.js';
import { readFurniture, readMetacriticHeading, readReleased, readSummaryHeading, readTitle } from './readers/header.js';
import { stateOf, type TvComState } from './state.js';

/** tv.com's host in a URL. */
const HOST = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^/?#]*\.)?tv\.com(?:[:/?#]|$)/iu;

/** How many of the first lines `claim` looks at. */
const CLAIM_LINES = 40;

/** The reader for line `at` in the state's phase. */
function readLine(state: TvComState, at: number): number {
  switch (state.kinds[at]) {
    case 'released':
      return readReleased(state, at);
    case 'user-rating':
      return readFurniture(state, at);
    case 'summary-heading':
      return readSummaryHeading(state, at);
    case 'metacritic-heading':
      return readMetacriticHeading(state, at);
    case 'score-bullet':
      if (state.phase === 'critics' || state.phase === 'after') return readCriticItem(state, at);
      reportUnplaced(state.draft, state.input, lineAt(state, at));
      return at + 1;
    default:
      if (state.phase === 'header' && state.draft.title === null) return readTitle(state, at);
      if (state.phase === 'summary' || state.phase === 'after') return readFurniture(state, at);
      reportUnplaced(state.draft, state.input, lineAt(state, at));
      return at + 1;
  }
}

/** Reads a tv.com movie page. */
function readTvCom(input: SiteInput): SiteResult {
  const state = stateOf(input);
  readAll(state, readLine);
  return finishPage(state.draft, input);
}

/** 3 for a page on tv.com, or one whose first lines hold `By TV.com Users` or `Metacritic Score`; 0 otherwise. */
function claimTvCom(input: SiteInput): number {
  if (input.url !== undefined && HOST.test(input.url)) return 3;
  const { lines } = input.lines;
  for (let at = 0; at < Math.min(lines.length, CLAIM_LINES); at++) {
    if (/^(?:by tv\.com users|metacritic score)$/iu.test(lines.at(at)?.text ?? '')) return 3;
  }
  return 0;
}

/**
 * The tv.com site: Metacritic's critics on tv.com's movie pages
 * (`source: 'metacritic'`; tv.com's own user rating is not Metacritic's, so
 * `users` is null).
 *
 * @example
 * ```ts
 * import { parse } from 'critic-consensus';
 * import { tvcom } from 'critic-consensus/sites';
 *
 * const { page } = parse('Vertigo\nMovie Summary\nA detective...\nMetacritic Score\n  • 100\n    Variety\n    A triumph...\n', { sites: [tvcom] });
 * [page.media, page.reviews[0]?.score, page.reviews[0]?.publication]; //=> ['movie', 100, 'Variety']
 * ```
 */
export const tvcom: Site = { name: 'tvcom', claim: claimTvCom, read: readTvCom };
