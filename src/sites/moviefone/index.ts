/**
 * Moviefone pages, which print Metacritic's critics: main pages (release
 * dates, rating, `Plot Summary`, cast, then `Ratings & Reviews` / `• <score>`
 * / `<Critic><Publication>` / `<quote>`) and TV reviews pages (`Based on <N>
 * Critics` / `Based on <K> Users` / `• <quote> Show More`). The users'
 * reviews under a `User Reviews` heading past the critics are left out, as
 * furniture: the contract's user reviews carry a user, a date or a 0-10
 * score, which these print none of or on no scale the page names, and the
 * page does not say whose users they are.
 *
 * @module
 */
import type { Site, SiteInput, SiteResult } from '../../parse/site.js';
import { ANY_KIND, compileReaders } from '../../parse/engine/index.js';
import { furnish, lineAt, nextPageReader, reportUnplaced, usersHeadingReader, usersPartReader } from '../shared/state.js';
import { recogniseCriticCount, type MoviefoneValues } from './lines.js';
import { readCriticCount, readMetascoreLabel, readUserCount } from './readers/counts.js';
import { readQuoteItem, readScoredItem } from './readers/review-item.js';
import { stateOf, type MoviefoneState } from './state.js';

/** moviefone.com's host in a URL. */
const HOST = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^/?#]*\.)?moviefone\.com(?:[:/?#]|$)/iu;

/** How many of the first non-blank lines `claim` looks at. */
const CLAIM_LINES = 40;

/** Above the reviews, the title over the release dates, then the dates, rating, plot and cast: furniture; below, a line no reader takes is reported. */
function readOther(state: MoviefoneState, at: number): number {
  const { draft, tokens } = state;
  if (state.phase === 'header' && !draft.has('title') && tokens.is(tokens.nextNonBlank(at + 1), 'release'))
    draft.setFact('title', lineAt(state, at).text, lineAt(state, at));
  else if (state.phase === 'header' || tokens.is(at, 'ratings-heading')) furnish(state, lineAt(state, at));
  else reportUnplaced(state, lineAt(state, at));
  return at + 1;
}

/** `Ratings & Reviews`: the critics' list follows. */
function readRatingsHeading(state: MoviefoneState, at: number): number {
  state.phase = 'reviews';
  return readOther(state, at);
}

/** The readers, tried in order on each line: each opens on its kinds, in its state, and returns the first line it did not take. */
const READERS = /* @__PURE__ */ compileReaders<MoviefoneValues, MoviefoneState>([
  /* @__PURE__ */ nextPageReader<MoviefoneValues, MoviefoneState>(['critic-count'], readCriticCount),
  /* @__PURE__ */ nextPageReader<MoviefoneValues, MoviefoneState>(['ratings-heading'], readRatingsHeading),
  /* @__PURE__ */ usersPartReader<MoviefoneValues, MoviefoneState>(),
  /* @__PURE__ */ usersHeadingReader<MoviefoneValues, MoviefoneState>((state) => state.phase === 'reviews'),
  { name: 'critic count', opens: ['critic-count'], read: (_tokens, at, state) => readCriticCount(state, at) },
  { name: 'user count', opens: ['user-count'], read: (_tokens, at, state) => readUserCount(state, at) },
  { name: 'metascore', opens: ['metascore-label'], read: (_tokens, at, state) => readMetascoreLabel(state, at) },
  { name: 'scored item', opens: ['score-bullet'], when: (state) => state.phase === 'reviews', read: (_tokens, at, state) => readScoredItem(state, at) },
  { name: 'quote item', opens: ['quote-bullet'], when: (state) => state.phase === 'reviews', read: (_tokens, at, state) => readQuoteItem(state, at) },
  { name: 'ratings heading', opens: ['ratings-heading'], read: (_tokens, at, state) => readRatingsHeading(state, at) },
  {
    // Under the counts, a line is a critic's quote (a copy without bullets, or the last one, cut before its "Show More").
    name: 'unbulleted quote',
    opens: ['text'],
    when: (state) => state.phase === 'reviews' && state.draft.has('criticCount'),
    read: (_tokens, at, state) => readQuoteItem(state, at),
  },
  { name: 'link', opens: ['link', 'release'], read: (_tokens, at, state) => (furnish(state, lineAt(state, at)), at + 1) },
  { name: 'other', opens: ANY_KIND, read: (_tokens, at, state) => readOther(state, at) },
]);

/** Reads a Moviefone page. */
function readMoviefone(input: SiteInput): SiteResult {
  const state = stateOf(input);
  READERS.read(state.tokens, state);
  return state.draft.finish(input.media);
}

/** How many lines past `Plot Summary` the claim looks for `Ratings & Reviews` (a main page's cast, a name and a role a line each, runs long). */
const CAST_LINES = 400;

/**
 * 3 for a page on moviefone.com, or one whose first lines hold `Based on <N> Critics`, or `Plot Summary` with
 * `Ratings & Reviews` after it within {@link CAST_LINES} lines; 0 otherwise.
 */
function claimMoviefone(input: SiteInput): number {
  if (input.url !== undefined && HOST.test(input.url)) return 3;
  const { lines } = input;
  let plot = -1;
  // Counted in non-blank lines: a copy that doubles every line break puts the same lines twice as far down.
  for (
    let at = lines.nextNonBlank(0), seen = 0;
    at < lines.count && seen < (plot < 0 ? CLAIM_LINES : plot + CAST_LINES);
    at = lines.nextNonBlank(at + 1), seen++
  ) {
    const text = lines.text(at);
    if (seen < CLAIM_LINES && recogniseCriticCount(text) !== undefined) return 3;
    if (plot < 0 && /^plot summary$/iu.test(text)) plot = seen;
    if (plot >= 0 && /^ratings (?:&|and) reviews$/iu.test(text)) return 3;
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
