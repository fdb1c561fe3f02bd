/**
 * rottentomatoes.com and its mirrors: title pages (2015-2019 and 2017 /
 * rtv2), review lists (2011, 2020, 2021) and TV season pages (2014, 2018,
 * 2020, 2024, 2025), as the corpus-sites README shows them.
 *
 * @module
 */
import type { Site, SiteInput } from '../../parse/site.js';
import { readDate } from '../shared/dates.js';
import { classifyRtLine, recogniseSiteTitle } from './lines.js';
import { readRtPage } from './read.js';

/** rottentomatoes.com's host in a URL, any subdomain (www, rtv2-production-2-6, static). */
const HOST = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^/?#]*\.)?rottentomatoes\.com(?:[:/?#]|$)/iu;

/** How many lines `claim` looks at. */
const CLAIM_LINES = 40;

/**
 * How surely the text is a Rotten Tomatoes page, from its first lines: its
 * own headings ("Critics Consensus", "Critic Consensus:", "TOMATOMETER",
 * "Total Count:", "All Critics (N)", "- Rotten Tomatoes"), or a review list's
 * shape (a pager or date lines alternating with quotes).
 */
function claimText(input: SiteInput): number {
  const { lines } = input;
  const end = Math.min(lines.count, CLAIM_LINES);
  const texts: string[] = [];
  for (let at = 0; at < end; at++) {
    const text = lines.text(at);
    if (text !== '') texts.push(text);
  }
  let signs = 0;
  for (const text of texts) {
    if (recogniseSiteTitle(text) !== undefined || text === 'Rotten Tomatoes') return 2;
    const kind = classifyRtLine(text);
    if (kind === 'consensus-heading' || kind === 'consensus-inline' || kind === 'tomatometer-label' || kind === 'counts' || kind === 'summary' || kind === 'fresh-rotten') signs += 2;
    else if (kind === 'date-line' && text.includes('|')) signs++;
    else if (kind === 'count' || kind === 'pager' || kind === 'reviews-heading' || kind === 'audience-label' || kind === 'score-line' || kind === 'other-title' || kind === 'view-all') signs++;
  }
  if (signs >= 2) return 2;
  // A review list with no heading: date lines and quotes alternating from the first line.
  let dated = 0;
  for (let at = 0; at + 1 < texts.length && at < 12; at += 2) {
    if (readDate(texts[at] ?? '') && !readDate(texts[at + 1] ?? '')) dated++;
    else break;
  }
  return dated >= 3 ? 1 : signs > 0 ? 0.5 : 0;
}

/**
 * The Rotten Tomatoes site: it claims pages on rottentomatoes.com (by the
 * URL), and pages whose first lines are its headings or a review list's
 * shape, and reads them with `source` "rottentomatoes".
 *
 * @example
 * ```ts
 * import { parse } from 'critic-consensus';
 * import { rottentomatoes } from 'critic-consensus/sites';
 *
 * const { page } = parse('Critics Consensus\n\nBold and strange.\n\nTotal Count: 117\n', { sites: [rottentomatoes] });
 * page.consensus;   //=> 'Bold and strange.'
 * page.criticCount; //=> 117
 * ```
 */
export const rottentomatoes: Site = {
  name: 'rottentomatoes',
  claim: (input: SiteInput) => (input.url !== undefined && HOST.test(input.url) ? 3 : claimText(input)),
  read: readRtPage,
};
