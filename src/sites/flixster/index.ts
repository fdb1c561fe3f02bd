/**
 * flixster.com, a Rotten Tomatoes mirror: its critic lists, with RT's
 * Tomatometer, consensus and each review's freshness.
 *
 * @module
 */
import type { Site, SiteInput } from '../../parse/site.js';
import { classifyText } from '../../parse/engine/index.js';
import { FLIXSTER_LINES } from './lines.js';
import { readFlixsterPage } from './read.js';

const HOST = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^/?#]*\.)?flixster\.com(?:[:/?#]|$)/iu;

/** A page whose first 40 lines hold the list's heading and a Tomatometer score line. */
function claimText(input: SiteInput): number {
  const { lines } = input;
  let heading = false;
  let score = false;
  for (let at = 0; at < Math.min(lines.count, 40); at++) {
    const { kind } = classifyText(FLIXSTER_LINES, lines.text(at));
    heading ||= kind === 'heading';
    score ||= kind === 'page-score' || kind === 'review-score';
  }
  return score ? (heading ? 3 : 2) : 0;
}

/**
 * The flixster site: it claims flixster.com's pages (by the URL) and text
 * with its "Tomatometer Score" lines, and reads them with `source`
 * "rottentomatoes".
 *
 * @example
 * ```ts
 * import { parse } from 'critic-consensus';
 * import { flixster } from 'critic-consensus/sites';
 *
 * const text = 'The Critic\ncritic Reviews\n, 50% Rotten Tomatometer Score\n  • , Fresh Tomatometer Score\n    Stephen RomeiThe Australian\n    Fun.\n    Read full article\n';
 * const { page } = parse(text, { sites: [flixster] });
 * page.tomatometer;                                 //=> 50
 * page.reviews[0]?.publication;                     //=> 'The Australian'
 * page.reviews[0]?.freshness;                       //=> 'fresh'
 * ```
 */
export const flixster: Site = {
  name: 'flixster',
  claim: (input: SiteInput) => (input.url !== undefined && HOST.test(input.url) ? 3 : claimText(input)),
  read: readFlixsterPage,
};
