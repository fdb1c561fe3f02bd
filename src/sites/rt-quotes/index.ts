/**
 * Other sites' pages that quote Rotten Tomatoes' critics ("<Critic>
 * (<Publication>) said:", or "Top Critics Reviews" with "fresh:" / "rotten:").
 *
 * @module
 */
import type { Site, SiteInput } from '../../parse/site.js';
import { classifyText } from '../../parse/engine/index.js';
import { QUOTES_LINES } from './lines.js';
import { readQuotesPage } from './read.js';

/** Two "said:" bylines, or the top critics' heading with a "fresh:" or "rotten:" line, among the first 40 lines. */
function claimText(input: SiteInput): number {
  const { lines } = input;
  let said = 0;
  let heading = false;
  let freshness = false;
  for (let at = 0; at < Math.min(lines.count, 40); at++) {
    const { kind } = classifyText(QUOTES_LINES, lines.text(at));
    if (kind === 'said') said++;
    heading ||= kind === 'top-heading';
    freshness ||= kind === 'freshness';
  }
  return said >= 2 || (heading && freshness) ? 2 : 0;
}

/**
 * The site of pages quoting Rotten Tomatoes' critics: it claims text with
 * their bylines, and reads it with `source` "rottentomatoes".
 *
 * @example
 * ```ts
 * import { parse } from 'critic-consensus';
 * import { rtQuotes } from 'critic-consensus/sites';
 *
 * const text = 'Casablanca\nA timeless classic.\nRoger Ebert (Chicago Sun-Times) said:\n"Never over-familiar."\nA.O. Scott (New York Times) said:\n"Still fresh."\n';
 * const { page } = parse(text, { sites: [rtQuotes] });
 * page.consensus;                //=> 'A timeless classic.'
 * page.reviews[1]?.publication;  //=> 'New York Times'
 * ```
 */
export const rtQuotes: Site = {
  name: 'rt-quotes',
  claim: claimText,
  read: readQuotesPage,
};
