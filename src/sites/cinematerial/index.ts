/**
 * cinematerial.com's pages that print Rotten Tomatoes' reviews ("Reviews
 * provided by RottenTomatoes"), with the header or without it.
 *
 * @module
 */
import type { Site, SiteInput } from '../../parse/site.js';
import { readCinematerialPage } from './read.js';
import { headTexts } from '../shared/head.js';

const HOST = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^/?#]*\.)?cinematerial\.com(?:[:/?#]|$)/iu;

/** A page whose first 40 lines say "Reviews provided by RottenTomatoes". */
function claimText(input: SiteInput): number {
  for (const text of headTexts(input.lines)) {
    if (text.length <= 36 && /^reviews provided by rotten ?tomatoes$/iu.test(text)) return 3;
  }
  return 0;
}

/**
 * The cinematerial site: it claims cinematerial.com's pages (by the URL) and
 * text that says "Reviews provided by RottenTomatoes", and reads them with
 * `source` "rottentomatoes".
 *
 * @example
 * ```ts
 * import { parse } from 'critic-consensus';
 * import { cinematerial } from 'critic-consensus/sites';
 *
 * const text = 'Casablanca 1943\nCritics score:\n97 / 100\nReviews provided by RottenTomatoes\nRoger Ebert, Chicago Sun-Times: Never over-familiar. Read more\n';
 * const { page } = parse(text, { sites: [cinematerial] });
 * page.tomatometer;              //=> 97
 * page.reviews[0]?.critic?.name; //=> 'Roger Ebert'
 * page.reviews[0]?.excerpt;      //=> 'Never over-familiar.'
 * ```
 */
export const cinematerial: Site = {
  name: 'cinematerial',
  claim: (input: SiteInput) => (input.url !== undefined && HOST.test(input.url) ? 3 : claimText(input)),
  read: readCinematerialPage,
};
