/**
 * critic-consensus/sites: the page layouts of sites other than metacritic.com,
 * for the `sites` option of `parse`. The core reads metacritic.com's pages;
 * a caller who also holds pages of other sites passes {@link ALL_SITES} (or
 * the sites it wants), and `parse` chooses the one that claims each text.
 *
 * @example
 * ```ts
 * import { parse } from 'critic-consensus';
 * import { ALL_SITES } from 'critic-consensus/sites';
 *
 * const { page } = parse('Universal acclaim - based on 1 Critics\n  1. 90\n    Bold.\n', { sites: ALL_SITES });
 * page.source; //=> 'metacritic'
 * ```
 *
 * @module
 */
import type { Site } from '../parse/site.js';
import { SITES } from '../parse/sites/index.js';
import { cinematerial } from './cinematerial/index.js';
import { fandango } from './fandango/index.js';
import { flixster } from './flixster/index.js';
import { imdb } from './imdb/index.js';
import { moviefone } from './moviefone/index.js';
import { moviescom } from './moviescom/index.js';
import { opencritic } from './opencritic/index.js';
import { rottentomatoes } from './rottentomatoes/index.js';
import { rtQuotes } from './rt-quotes/index.js';
import { tvcom } from './tvcom/index.js';

export { cinematerial, fandango, flixster, imdb, moviefone, moviescom, opencritic, rottentomatoes, rtQuotes, tvcom };

/**
 * Every site the library reads: the core's metacritic.com layouts and every
 * other site's, in the order ties go to. (A call marked pure, not a spread,
 * so that a bundle that imports one site alone drops the list and the rest.)
 *
 * @example
 * ```ts
 * ALL_SITES.map((site) => site.name);
 * //=> ['metacritic', 'metacritic-2021', 'metacritic-2008', 'fandango', 'imdb', 'moviefone', 'moviescom', 'opencritic', 'tvcom', 'rottentomatoes',
 * //     'flixster', 'cinematerial', 'rt-quotes']
 * ```
 */
export const ALL_SITES: readonly Site[] = /* @__PURE__ */ SITES.concat([
  fandango,
  imdb,
  moviefone,
  moviescom,
  opencritic,
  tvcom,
  rottentomatoes,
  flixster,
  cinematerial,
  rtQuotes,
]);
