/**
 * tv.com movie pages, which print Metacritic's critics under `Metacritic
 * Score` (`• <score>` / `[<Publication>[ <Critic>]]` / `<quote>...`) beside
 * tv.com's own user rating.
 *
 * @module
 */
import type { Site, SiteInput, SiteResult } from '../../parse/site.js';
import { ANY_KIND, compileReaders } from '../../parse/engine/index.js';
import { headTexts } from '../shared/head.js';
import { lineAt, reportUnplaced, usersHeadingReader, usersPartReader } from '../shared/state.js';
import type { TvComValues } from './lines.js';
import { readCriticItem } from './readers/critic-item.js';
import { readFurniture, readMetacriticHeading, readNextSection, readReleased, readSummaryHeading, readTitle } from './readers/header.js';
import { stateOf, type TvComState } from './state.js';

/** tv.com's host in a URL. */
const HOST = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^/?#]*\.)?tv\.com(?:[:/?#]|$)/iu;

/** The readers, tried in order on each line: each opens on its kinds, in its state, and returns the first line it did not take. */
const READERS = /* @__PURE__ */ compileReaders<TvComValues, TvComState>([
  /* @__PURE__ */ usersPartReader<TvComValues, TvComState>(),
  /* @__PURE__ */ usersHeadingReader<TvComValues, TvComState>((state) => state.phase === 'critics' || state.phase === 'after'),
  { name: 'released', opens: ['released'], read: (_tokens, at, state) => readReleased(state, at) },
  { name: 'user rating', opens: ['user-rating'], read: (_tokens, at, state) => readFurniture(state, at) },
  { name: 'summary heading', opens: ['summary-heading'], read: (_tokens, at, state) => readSummaryHeading(state, at) },
  { name: 'metacritic heading', opens: ['metacritic-heading'], read: (_tokens, at, state) => readMetacriticHeading(state, at) },
  {
    name: 'next section',
    opens: ['next-section'],
    when: (state) => state.phase === 'critics' || state.phase === 'after',
    read: (_tokens, at, state) => readNextSection(state, at),
  },
  {
    name: 'critic item',
    opens: ['score-bullet'],
    when: (state) => state.phase === 'critics' || state.phase === 'after',
    read: (_tokens, at, state) => readCriticItem(state, at),
  },
  {
    name: 'title',
    opens: ['text', 'next-section'],
    when: (state) => state.phase === 'header' && !state.draft.has('title'),
    read: (_tokens, at, state) => readTitle(state, at),
  },
  {
    name: 'summary and after',
    opens: ['text', 'next-section'],
    when: (state) => state.phase === 'summary' || state.phase === 'after',
    read: (_tokens, at, state) => readFurniture(state, at),
  },
  { name: 'unplaced', opens: ANY_KIND, read: (_tokens, at, state) => (reportUnplaced(state, lineAt(state, at)), at + 1) },
]);

/** Reads a tv.com movie page. */
function readTvCom(input: SiteInput): SiteResult {
  const state = stateOf(input);
  READERS.read(state.tokens, state);
  return state.draft.finish(input.media);
}

/** 3 for a page on tv.com, or one whose first lines hold `By TV.com Users` or `Metacritic Score`; 0 otherwise. */
function claimTvCom(input: SiteInput): number {
  if (input.url !== undefined && HOST.test(input.url)) return 3;
  return headTexts(input.lines).some((text) => /^(?:by tv\.com users|metacritic score)$/iu.test(text)) ? 3 : 0;
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
