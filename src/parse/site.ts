/**
 * What a site is to the parser: the knowledge of one family of page layouts
 * (its line kinds, readers, refiners and furniture) behind one interface, so
 * that another site's pages are a new folder under `sites/`, never a change
 * to the engine or to another site.
 *
 * @module
 */
import type { Diagnostic } from '../types/diagnostic.js';
import type { MediaType, Page } from '../types/page.js';
import type { Span } from '../types/source.js';
import type { LineTable } from './engine/lines.js';

/**
 * What a site is given: the text, its lines, and what the caller knows of the page.
 *
 * @example
 * ```ts
 * import { parse, type Site, type SiteInput } from 'critic-consensus';
 * import { ALL_SITES } from 'critic-consensus/sites';
 *
 * // A site that reads as Metacritic's does, and keeps what it was given.
 * const metacritic = ALL_SITES[0]!;
 * let given: SiteInput | undefined;
 * const keeping: Site = { name: 'keeping', claim: () => 1, read: (input) => ((given = input), metacritic.read(input)) };
 * parse('Universal acclaim - based on 1 Critics\n  1. 90\n', { sites: [keeping], url: 'https://www.metacritic.com/movie/pusher' });
 * [given?.lines.count, given?.url, given?.media];
 * //=> [3, 'https://www.metacritic.com/movie/pusher', undefined]
 * ```
 */
export interface SiteInput {
  /** The page's text, as the caller passed it. */
  readonly text: string;
  /**
   * The text cut into lines once (as integers: see the engine's
   * {@link LineTable}), with the way back from offsets to lines and columns.
   * A site classifies them with its table of line kinds (`classifyLines`).
   */
  readonly lines: LineTable;
  /** The page's address when the caller has it (a crawl record's `WARC-Target-URI`). */
  readonly url: string | undefined;
  /** The caller's `media` option, for pages that do not say it. */
  readonly media: MediaType | undefined;
}

/**
 * What a site's reading gives back: the page, its diagnostics, and where its
 * furniture was (the shape of `parse`'s result).
 *
 * @example
 * ```ts
 * import { parse, type Site, type SiteResult } from 'critic-consensus';
 * import { ALL_SITES } from 'critic-consensus/sites';
 *
 * // A site that reads as Metacritic's does, but keeps no info diagnostics.
 * const metacritic = ALL_SITES[0]!;
 * const quiet: Site = {
 *   name: 'quiet',
 *   claim: (input) => metacritic.claim(input),
 *   read: (input): SiteResult => {
 *     const { page, diagnostics, furniture } = metacritic.read(input);
 *     return { page, diagnostics: diagnostics.filter((diagnostic) => diagnostic.severity !== 'info'), furniture };
 *   },
 * };
 * parse('Universal acclaim - based on 1 Critics\n  1. 90\n', { sites: [quiet] }).page.reviews.length;
 * //=> 1
 * ```
 */
export interface SiteResult {
  readonly page: Page;
  readonly diagnostics: Diagnostic[];
  readonly furniture: Span[];
}

/**
 * One family of page layouts. `claim` says how surely a text is this site's
 * page; the site with the highest claim reads it.
 *
 * @example
 * ```ts
 * import { parse } from 'critic-consensus';
 * import { ALL_SITES } from 'critic-consensus/sites';
 *
 * const site: Site = ALL_SITES[0]!;
 * site.name; //=> 'metacritic'
 * parse('Universal acclaim - based on 1 Critics\n  1. 90\n', { sites: [site] }).page.verdict;
 * //=> 'Universal acclaim'
 * ```
 */
export interface Site {
  /** The site's name, as diagnostics and docs give it ("metacritic"). */
  readonly name: string;
  /**
   * How surely `input` is a page of this site: 0 when not at all, higher when
   * surer (the URL's host, a layout's own heading). Cheap: it looks at the URL
   * and at the first lines, never at the whole text.
   */
  claim(input: SiteInput): number;
  /** Reads the page: lenient, for any text this site claimed, or as the fallback. */
  read(input: SiteInput): SiteResult;
}

/**
 * The site that reads `input`: the one with the highest claim above 0, the
 * first listed on a tie, and `fallback` when no site claims the text.
 */
export function chooseSite(sites: readonly Site[], fallback: Site, input: SiteInput): Site {
  let chosen = fallback;
  let best = 0;
  for (const site of sites) {
    const claim = site.claim(input);
    if (claim > best) {
      best = claim;
      chosen = site;
    }
  }
  return chosen;
}
