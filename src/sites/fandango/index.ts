/**
 * Fandango's critic-reviews and overview pages, which print Metacritic's
 * critics (`[<Publication>]` / `[By <Critic>]` / `<quote>` / `Full Review`)
 * and, at the end, its Metascore (`<M> out of 100` / `<Verdict>` /
 * `Metascore® based on all critic reviews. ...`).
 *
 * @module
 */
import type { Site, SiteInput, SiteResult } from '../../parse/site.js';
import { finishPage } from '../shared/page.js';
import { readAll } from '../shared/state.js';
import { recogniseBy, recogniseMetascoreNote } from './lines.js';
import { readCriticItem } from './readers/critic-item.js';
import { readCriticRatings, readFurniture, readSynopsisHeading, readUnplaced } from './readers/furniture.js';
import { readMetascore, readMetascoreNote, readVerdict } from './readers/metascore.js';
import { stateOf, type FandangoState } from './state.js';

/** fandango.com's host in a URL. */
const HOST = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^/?#]*\.)?fandango\.com(?:[:/?#]|$)/iu;

/** How many of the first (and last) lines `claim` looks at. */
const CLAIM_LINES = 40;

/** The reader for line `at` in the state's phase. */
function readLine(state: FandangoState, at: number): number {
  const kind = state.kinds[at];
  if (state.phase === 'users' && kind !== 'metascore' && kind !== 'verdict') return readFurniture(state, at);
  if (state.phase === 'synopsis' && kind === 'text') return readFurniture(state, at);
  switch (kind) {
    case 'text':
    case 'by':
      return readCriticItem(state, at);
    case 'metascore':
      return readMetascore(state, at);
    case 'verdict':
      return readVerdict(state, at);
    case 'metascore-note':
      return readMetascoreNote(state, at);
    case 'synopsis-heading':
      return readSynopsisHeading(state, at);
    case 'critic-ratings':
      return readCriticRatings(state, at);
    case 'read-full-synopsis':
    case 'furniture':
      return readFurniture(state, at);
    default:
      return readUnplaced(state, at);
  }
}

/** Reads a Fandango page. */
function readFandango(input: SiteInput): SiteResult {
  const state = stateOf(input);
  readAll(state, readLine);
  return finishPage(state.draft, input);
}

/**
 * 3 for a page on fandango.com, or one whose first lines hold a critic item
 * (`By <Critic>`, its quote, `Full Review`) or `Read Full Synopsis`, or
 * whose last lines hold the Metascore's note; 0 otherwise.
 */
function claimFandango(input: SiteInput): number {
  if (input.url !== undefined && HOST.test(input.url)) return 3;
  const { lines } = input.lines;
  const text = (at: number): string => lines.at(at)?.text ?? '';
  for (let at = 0; at < Math.min(lines.length, CLAIM_LINES); at++) {
    if (/^read full synopsis$/iu.test(text(at))) return 3;
    if (recogniseBy(text(at)) !== undefined && /^full review$/iu.test(text(at + 2))) return 3;
  }
  for (let at = Math.max(0, lines.length - 10); at < lines.length; at++) if (recogniseMetascoreNote(text(at))) return 3;
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
