/**
 * Other sites' pages that quote Rotten Tomatoes' critics ("<Critic>
 * (<Publication>) said:", or "Top Critics Reviews" with "fresh:" / "rotten:").
 *
 * @module
 */
import type { Site, SiteInput } from '../../parse/site.js';
import { recogniseFreshnessLabel, recogniseSaid } from './lines.js';
import { readQuotesPage } from './read.js';
import { headTexts } from '../shared/head.js';

/** Two "said:" bylines the text settles, or the top critics' heading with a "fresh:" or "rotten:" line, among the first 40 lines. */
function claimText(input: SiteInput): number {
  let said = 0;
  let heading = false;
  let freshness = false;
  for (const text of headTexts(input.lines)) {
    // A word of the line first, then its pattern: most lines of most pages are none of these.
    if (text.endsWith(' said:') && recogniseSaid(text)?.settled === true) said++;
    if (text.length <= 20) {
      heading ||= /^top critics'? reviews$/iu.test(text);
      freshness ||= recogniseFreshnessLabel(text) !== undefined;
    }
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
