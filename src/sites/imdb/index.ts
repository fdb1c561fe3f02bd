/**
 * IMDb (imdb.com) critic-review pages, which print Metacritic's figures:
 * the 2023 design (`84` / `Metascore` / `39 reviews · Provided by
 * Metacritic.com` / `- <score><Publication><Critic>...<quote>` glued), the
 * 2016-2019 design (`Based on 18 critic reviews provided by Metacritic.com`,
 * then `<score>` / `<quote>`) and the mobile pages (`<Title> : Critic Reviews`
 * / `Metascore (23 reviews)` / `Provided by`, then `[<Critic>][ <Publication>]`
 * / `<quote>`). IMDb's own users' reviews, under `User Reviews` past the
 * critics, are no critic reviews and no part of Metacritic's figures: they
 * are left out, as furniture.
 *
 * @module
 */
import type { Site, SiteInput, SiteResult } from '../../parse/site.js';
import { ANY_KIND, compileReaders } from '../../parse/engine/index.js';
import { EXTERNAL_PAGE, recogniseCount2018, recogniseCount2023, recogniseCountMobile, recogniseOtherPage, USERS_PAGE, type ImdbValues } from './lines.js';
import { readGluedItem } from './readers/glued-item.js';
import {
  opensBareYear,
  opensMetascore,
  opensTitle,
  readCount,
  readFurniture,
  readMetascore,
  readMobileHeading,
  readTitle,
  readYear,
} from './readers/header.js';
import { readMobileItem } from './readers/mobile-item.js';
import { readScoredItem, repeatsTitle } from './readers/scored-item.js';
import { readUnplaced } from './readers/unplaced.js';
import { headTexts } from '../shared/head.js';
import { nextPageReader, usersHeadingReader, usersPartReader } from '../shared/state.js';
import { stateOf, type ImdbState } from './state.js';

/** imdb.com's host in a URL (m.imdb.com, www.imdb.com). */
const HOST = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^/?#]*\.)?imdb\.com(?:[:/?#]|$)/iu;

/** True once the page has its count of critics or a critic's review: below, a users' heading or the footer ends the critics. */
function criticsBegan(state: ImdbState): boolean {
  return state.draft.has('criticCount') || state.draft.reviews.length > 0;
}

/** The readers, tried in order on each line: each opens on its kinds, in its state, and returns the first line it did not take. */
const READERS = /* @__PURE__ */ compileReaders<ImdbValues, ImdbState>([
  /* @__PURE__ */ nextPageReader<ImdbValues, ImdbState>(['count-2023', 'count-2018', 'count-mobile'], readCount),
  /* @__PURE__ */ nextPageReader<ImdbValues, ImdbState>(['mobile-heading'], readMobileHeading),
  /* @__PURE__ */ usersPartReader<ImdbValues, ImdbState>(),
  /* @__PURE__ */ usersHeadingReader<ImdbValues, ImdbState>(criticsBegan),
  {
    // Under the critics the footer runs to the page's end (`Top Gap` and its question, `Answer`), no critic's review: the part past them, as under a users' heading.
    name: 'footer',
    opens: ['footer'],
    read: (_tokens, at, state) => ((state.usersPart ||= criticsBegan(state)), readFurniture(state, at)),
  },
  { name: 'metascore', opens: ['number'], when: (state, _tokens, at) => opensMetascore(state, at), read: (_tokens, at, state) => readMetascore(state, at) },
  { name: 'scored item', opens: ['number'], when: (state) => state.phase === 'list-2018', read: (_tokens, at, state) => readScoredItem(state, at) },
  { name: 'count', opens: ['count-2023', 'count-2018', 'count-mobile'], read: (_tokens, at, state) => readCount(state, at) },
  { name: 'mobile heading', opens: ['mobile-heading'], read: (_tokens, at, state) => readMobileHeading(state, at) },
  { name: 'year', opens: ['year'], read: (_tokens, at, state) => readYear(state, at) },
  { name: 'title', opens: ['text', 'number'], when: (state, _tokens, at) => opensTitle(state, at), read: (_tokens, at, state) => readTitle(state, at) },
  {
    name: 'bare year',
    opens: ['text'],
    when: (state, _tokens, at) => state.draft.has('title') && opensBareYear(state, at),
    read: (_tokens, at, state) => readYear(state, at),
  },
  { name: 'glued item', opens: ['dash-item'], read: (_tokens, at, state) => readGluedItem(state, at) },
  // The title printed again under the list (a second page joined): furniture, as the facts under it that repeat the first's.
  { name: 'title again', opens: ['text'], when: (state, _tokens, at) => repeatsTitle(state, at), read: (_tokens, at, state) => readFurniture(state, at) },
  { name: 'furniture', opens: ['metascore-label', 'provided-by', 'furniture'], read: (_tokens, at, state) => readFurniture(state, at) },
  {
    // IMDb's pages of external reviews and of its users' reviews, whose lines are furniture: what the page is, for its diagnostic when nothing else is read.
    name: 'other page',
    opens: ['other-page'],
    read: (tokens, at, state) => {
      const page = tokens.valueOf(at, 'other-page');
      state.pageIs ??= page;
      // A user's review's line before any critic's figure: the users' part, to the page's end (a line `- <text>` there is a user's).
      state.usersPart ||= page === USERS_PAGE && !criticsBegan(state) && !state.draft.has('metascore');
      return readFurniture(state, at);
    },
  },
  { name: 'mobile item', opens: ['text'], when: (state) => state.phase === 'list-mobile', read: (_tokens, at, state) => readMobileItem(state, at) },
  { name: 'unplaced', opens: ANY_KIND, read: (_tokens, at, state) => readUnplaced(state, at) },
]);

/** The path of IMDb's page of external reviews (`/title/tt0111161/externalreviews`) or of its users' reviews (`/reviews`). */
const OTHER_PATH = /\/(external)?reviews\/?(?:[?#]|$)/iu;

/** Reads an IMDb critic-review page; a page of another kind of IMDb's, with no part of one, is named in its not-a-review-page error. */
function readImdb(input: SiteInput): SiteResult {
  const state = stateOf(input);
  READERS.read(state.tokens, state);
  const path = input.url === undefined ? null : OTHER_PATH.exec(input.url);
  const page = path ? (path[1] === undefined ? USERS_PAGE : EXTERNAL_PAGE) : state.pageIs;
  return state.draft.finish(input.media, page && `IMDb's page of ${page}, with no critic's review or figure of Metacritic's, is not read.`);
}

/** 3 for a page on imdb.com, or one whose first lines hold a count line of one of IMDb's layouts; 1 for `External reviews` or `Review this title` there; 0 otherwise. */
function claimImdb(input: SiteInput): number {
  if (input.url !== undefined && HOST.test(input.url)) return 3;
  let other = false;
  for (const text of headTexts(input.lines)) {
    if (recogniseCount2023(text) !== undefined || recogniseCount2018(text) !== undefined || recogniseCountMobile(text) !== undefined) return 3;
    // IMDb's page of external reviews, or of its users' reviews: the site says what the page is, and reads none of it.
    other ||= recogniseOtherPage(text) !== undefined;
  }
  return other ? 1 : 0;
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
