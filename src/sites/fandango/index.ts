/**
 * Fandango's critic-reviews and overview pages, which print Metacritic's
 * critics (`[<Publication>]` / `[By <Critic>]` / `<quote>` / `Full Review`)
 * and, at the end, its Metascore (`<M> out of 100` / `<Verdict>` /
 * `Metascore® based on all critic reviews. ...`).
 *
 * @module
 */
import type { Site, SiteInput, SiteResult } from '../../parse/site.js';
import { ANY_KIND, compileReaders } from '../../parse/engine/index.js';
import { recogniseBy, recogniseMetascoreNote, type FandangoValues } from './lines.js';
import { endsInFullReview, readCriticItem } from './readers/critic-item.js';
import { readCriticRatings, readFurniture, readReviewsHeading, readSynopsisHeading, readUnplaced } from './readers/furniture.js';
import { readMetascore, readMetascoreNote, readVerdict } from './readers/metascore.js';
import { headTexts } from '../shared/head.js';
import { nextPageReader, usersHeadingReader, usersPartReader } from '../shared/state.js';
import { kindAt, stateOf, valueAt, type FandangoState } from './state.js';

/** fandango.com's host in a URL. */
const HOST = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^/?#]*\.)?fandango\.com(?:[:/?#]|$)/iu;

/** How many of the last non-blank lines `claim` looks at for the Metascore's note. */
const TAIL_LINES = 10;

/** The readers, tried in order on each line: each opens on its kinds, in its state, and returns the first line it did not take. */
const READERS = /* @__PURE__ */ compileReaders<FandangoValues, FandangoState>([
  { name: 'metascore', opens: ['metascore'], read: (_tokens, at, state) => readMetascore(state, at) },
  { name: 'verdict', opens: ['verdict'], read: (_tokens, at, state) => readVerdict(state, at) },
  // Past the Metascore's note, the title's list or synopsis heading again, or an item that ends in `Full Review` (no fan's
  // review has one), opens a second copy of the page (two pages joined), no user's review.
  /* @__PURE__ */ nextPageReader<FandangoValues, FandangoState>(
    ['reviews-heading', 'synopsis-heading'],
    (state, at) => (kindAt(state, at) === 'synopsis-heading' ? readSynopsisHeading(state, at) : readReviewsHeading(state, at)),
    (state, at) => valueAt(state, at) === state.draft.facts.title?.value,
  ),
  /* @__PURE__ */ nextPageReader<FandangoValues, FandangoState>(['text', 'by', 'reviews-heading'], readCriticItem, endsInFullReview),
  // The users' part, past the Metascore's note or under a users' heading past the critics (above them a heading is a tab).
  /* @__PURE__ */ usersPartReader<FandangoValues, FandangoState>(),
  /* @__PURE__ */ usersHeadingReader<FandangoValues, FandangoState>((state) => state.draft.reviews.length > 0),
  { name: 'synopsis', opens: ['text'], when: (state) => state.phase === 'synopsis', read: (_tokens, at, state) => readFurniture(state, at) },
  {
    name: 'reviews heading',
    opens: ['reviews-heading'],
    when: (state) => state.draft.reviews.length === 0,
    read: (_tokens, at, state) => readReviewsHeading(state, at),
  },
  { name: 'critic item', opens: ['text', 'by', 'reviews-heading'], read: (_tokens, at, state) => readCriticItem(state, at) },
  { name: 'metascore note', opens: ['metascore-note'], read: (_tokens, at, state) => readMetascoreNote(state, at) },
  { name: 'synopsis heading', opens: ['synopsis-heading'], read: (_tokens, at, state) => readSynopsisHeading(state, at) },
  { name: 'cast heading', opens: ['cast-heading'], read: (_tokens, at, state) => (readFurniture(state, at), (state.phase = 'synopsis'), at + 1) },
  { name: 'critic ratings', opens: ['critic-ratings'], read: (_tokens, at, state) => readCriticRatings(state, at) },
  { name: 'furniture', opens: ['read-full-synopsis', 'furniture'], read: (_tokens, at, state) => readFurniture(state, at) },
  { name: 'unplaced', opens: ANY_KIND, read: (_tokens, at, state) => readUnplaced(state, at) },
]);

/** Reads a Fandango page. */
function readFandango(input: SiteInput): SiteResult {
  const state = stateOf(input);
  READERS.read(state.tokens, state);
  return state.draft.finish(input.media);
}

/**
 * 3 for a page on fandango.com, or one whose first lines hold a critic item
 * (`By <Critic>`, its quote, `Full Review`) or `Read Full Synopsis`, or
 * whose last lines hold the Metascore's note; 0 otherwise.
 */
function claimFandango(input: SiteInput): number {
  if (input.url !== undefined && HOST.test(input.url)) return 3;
  const { lines } = input;
  const texts = headTexts(lines);
  for (const [at, text] of texts.entries()) {
    if (/^read full synopsis$/iu.test(text)) return 3;
    if (recogniseBy(text) !== undefined && /^full review$/iu.test(texts[at + 2] ?? '')) return 3;
  }
  // The last lines, counted in non-blank lines (a copy may double every line break).
  for (let at = lines.previousNonBlank(lines.count - 1), left = TAIL_LINES; at >= 0 && left > 0; at = lines.previousNonBlank(at - 1), left--) {
    if (recogniseMetascoreNote(lines.text(at))) return 3;
  }
  return 0;
}

/**
 * The Fandango site: Metacritic's critics and Metascore on Fandango's
 * critic-reviews and overview pages (`source: 'metacritic'`).
 *
 * @example
 * ```ts
 * import { parse } from 'critic-consensus';
 * import { fandango } from 'critic-consensus/sites';
 *
 * const { page } = parse('Boston Globe\n\nBy Ty Burr\nA joy.\nFull Review\n86 out of 100\nUniversal acclaim\nMetascore® based on all critic reviews.\n', { sites: [fandango] });
 * [page.metascore, page.verdict, page.reviews[0]?.publication, page.reviews[0]?.critic?.name]; //=> [86, 'Universal acclaim', 'Boston Globe', 'Ty Burr']
 * ```
 */
export const fandango: Site = { name: 'fandango', claim: claimFandango, read: readFandango };
