/**
 * rottentomatoes.com and its mirrors: title pages (2015-2019 and 2017 /
 * rtv2), review lists (2011, 2020, 2021) and TV season pages (2014, 2018,
 * 2020, 2024, 2025), as the corpus-sites README shows them.
 *
 * @module
 */
import type { Site, SiteInput } from '../../parse/site.js';
import { readDate } from '../shared/dates.js';
import { headTexts } from '../shared/head.js';
import {
  recogniseCountsLine,
  recogniseDateLine,
  recogniseFreshRotten,
  recogniseListHeading,
  recogniseOtherTitle,
  recognisePager,
  recogniseScoreLine,
  recogniseSiteTitle,
  recogniseSummaryLine,
  recogniseViewAll,
} from './lines.js';
import { readRtPage } from './read.js';

/** rottentomatoes.com's host in a URL, any subdomain (www, rtv2-production-2-6, static). */
const HOST = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^/?#]*\.)?rottentomatoes\.com(?:[:/?#]|$)/iu;

/**
 * How surely the text is a Rotten Tomatoes page, from its first lines: its
 * own headings ("Critics Consensus", "Critic Consensus:", "TOMATOMETER",
 * "Total Count:", "All Critics (N)", "- Rotten Tomatoes"), or a review list's
 * shape (a pager or date lines alternating with quotes).
 */
function claimText(input: SiteInput): number {
  const texts = headTexts(input.lines);
  let signs = 0;
  for (const text of texts) {
    const sign = signOf(text);
    if (sign === 'site') return 2;
    signs += sign;
  }
  if (signs >= 2) return 2;
  // A review list: date lines and quotes alternating from the first lines.
  let dated = 0;
  const first = texts.findIndex((text, at) => at < 4 && readDate(text) !== undefined);
  for (let at = Math.max(first, 0); at + 1 < texts.length && at < first + 12; at += 2) {
    if (readDate(texts[at] ?? '') && !readDate(texts[at + 1] ?? '')) dated++;
    else break;
  }
  // Three such pairs make a review list; two do under a heading of the site's layouts ("<Title>: Season 2 Reviews").
  return dated >= 3 || (signs >= 1 && dated >= 2) ? 1 : 0;
}

/**
 * What a line says of the page being Rotten Tomatoes': `'site'` for the site's
 * name in a title line, 2 for a heading of its own, 1 for a line of its
 * layouts, 0 for the rest. Cheap: a word of the line is looked for before any
 * pattern is tried.
 */
function signOf(text: string): 'site' | number {
  if (text.length > 120) return 0;
  const lower = text.toLowerCase();
  if (lower === 'rotten tomatoes' || (lower.endsWith('rotten tomatoes') && recogniseSiteTitle(text) !== undefined)) return 'site';
  if (lower.includes('consensus')) return /^critics? consensus:?(?: |$)/u.test(lower) ? 2 : 0;
  if (lower.includes('tomatometer')) return lower === 'tomatometer' || recogniseSummaryLine(text) !== undefined ? 2 : 0;
  if (lower.startsWith('all critics (')) return recogniseCountsLine(text) !== undefined ? 2 : 0;
  if (lower.startsWith('fresh: ')) return recogniseFreshRotten(text) !== undefined ? 2 : 0;
  if (lower.includes(': ') && /^(?:total count|critic ratings|reviews counted|user ratings|verified ratings): \d/u.test(lower)) return 1;
  if (lower.startsWith('page ')) return recognisePager(text) ? 1 : 0;
  if (lower.endsWith(' reviews') && !lower.startsWith('see all ')) return recogniseListHeading(text) ? 1 : 0;
  if (lower === 'audience score') return 1;
  if (lower.includes('original score:')) return recogniseScoreLine(text) !== undefined ? 1 : 0;
  if (lower.startsWith('critic reviews for ') || lower.startsWith('critics reviews for ')) return 1;
  if (lower.startsWith('view all (')) return recogniseViewAll(text) !== undefined ? 1 : 0;
  if (lower.includes('| full review')) return recogniseDateLine(text) !== undefined ? 1 : 0;
  if (lower.charCodeAt(0) >= 48 && lower.charCodeAt(0) <= 57 && lower.includes('% ')) return recogniseOtherTitle(text) ? 1 : 0;
  return 0;
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
