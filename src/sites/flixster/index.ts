/**
 * flixster.com, a Rotten Tomatoes mirror: its critic lists, with RT's
 * Tomatometer, consensus and each review's freshness.
 *
 * @module
 */
import { withPageBullet } from '../../parse/engine/index.js';
import type { Site, SiteInput } from '../../parse/site.js';
import { headTexts } from '../shared/head.js';
import { recogniseTomatometerScore } from './lines.js';
import { readFlixsterPage } from './read.js';

const HOST = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^/?#]*\.)?flixster\.com(?:[:/?#]|$)/iu;

/** A page whose first 40 lines hold the list's heading and a Tomatometer score line (its bullet another tool's, in a copy). */
function claimText(input: SiteInput): number {
  let heading = false;
  let score = false;
  for (const text of headTexts(input.lines)) {
    // A word of the line first, then its pattern: most lines of most pages are neither.
    if (text.length === 14 || text.length === 15) heading ||= /^critics? reviews$/iu.test(text);
    if (text.endsWith('Tomatometer Score')) score ||= recogniseTomatometerScore(withPageBullet(text)) !== undefined;
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
