/**
 * What a site is to the parser: the knowledge of one family of page layouts
 * (its line kinds, readers, refiners and furniture) behind one interface, so
 * that another site's pages are a new folder under `sites/`, never a change
 * to the engine or to another site.
 *
 * @module
 */
import type { Diagnostic } from '../types/diagnostic.js';
import type { MediaType, Page, PageDetail } from '../types/page.js';
import type { Span } from '../types/source.js';
import { ANY_FIRST } from './engine/classify.js';
import type { LineTable } from './engine/lines.js';
import type { Report } from './engine/report.js';

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

/**
 * What a claim asks of a line before it slices its text: which of the site's own kinds of line
 * it may be, by its first and last characters alone. Each kind is a bit; `first[code]` holds the
 * bits of the kinds whose lines may begin with the ASCII `code`, `last[code]` of those that may
 * end with it, and their last entry stands for every code past ASCII.
 */
export interface LineGate {
  readonly first: Uint8Array;
  readonly last: Uint8Array;
}

/** The codes a gate tells apart; the rest share its last entry. */
const ASCII = 0x80;

/**
 * A gate's table: bit `i` set at each ASCII code that `characters[i]` holds, and at the entry
 * past ASCII when it holds any character past ASCII; `ANY_FIRST` (empty) sets it everywhere.
 */
function gateTable(characters: readonly string[]): Uint8Array {
  return Uint8Array.from({ length: ASCII + 1 }, (_, code) =>
    characters.reduce((bits, those, index) => {
      const holds = those === ANY_FIRST || (code === ASCII ? /[^\0-\x7f]/u.test(those) : those.includes(String.fromCharCode(code)));
      return holds ? bits | (1 << index) : bits;
    }, 0),
  );
}

/**
 * The gate of up to eight kinds of line, kind `i` being bit `1 << i`: each with the characters
 * its lines may begin with (`ANY_FIRST` for any) and end with. A line that begins (or ends) with
 * a character past ASCII may be of each kind that has one there.
 */
export function lineGate(kinds: readonly { readonly first: string; readonly last: string }[]): LineGate {
  return { first: gateTable(kinds.map((kind) => kind.first)), last: gateTable(kinds.map((kind) => kind.last)) };
}

/**
 * True when one of the first `count` lines of `lines` is `own`: a claim's loop, cheap on pages
 * that are not the site's. `own` is asked only of the lines `gate` lets through, with the bits
 * of the kinds each may be, so that a claim turns most lines down with two lookups and slices
 * none of them. The codes are read from the input (a line's text never begins or ends with
 * whitespace, so its first and last are its text's own).
 */
export function hasOpeningLine(lines: LineTable, count: number, gate: LineGate, own: (text: string, kinds: number) => boolean): boolean {
  const { input, textStarts, textEnds } = lines;
  const { first, last } = gate;
  const end = Math.min(lines.count, count);
  for (let at = 0; at < end; at++) {
    const start = textStarts[at] as number;
    const stop = textEnds[at] as number;
    if (start === stop) continue;
    const opens = first[Math.min(input.charCodeAt(start), ASCII)] as number;
    if (opens === 0) continue;
    const kinds = opens & (last[Math.min(input.charCodeAt(stop - 1), ASCII)] as number);
    if (kinds !== 0 && own(lines.text(at), kinds)) return true;
  }
  return false;
}

/**
 * The details of a page that joins two copies in one text (as a person copies two tabs of one
 * title): those read from detail `from` on are the second copy's, and each of them that repeats one
 * of the first copy's (its label and value the same) is furniture, taken out of `details`; the
 * others stay, in order. `from` undefined: the text is one copy, and nothing changes.
 *
 * @example
 * ```ts
 * // Read: Distributor, Release Date, then a second copy's Distributor and Season.
 * furnishCopiedDetails(details, 2, report);
 * details.map(({ label }) => label); //=> ['Distributor', 'Release Date', 'Season']
 * ```
 */
export function furnishCopiedDetails(details: PageDetail[], from: number | undefined, report: Report): void {
  if (from === undefined) return;
  for (const detail of details.splice(from)) {
    if (details.some((held, at) => at < from && held.label === detail.label && held.value === detail.value)) report.furnishSpan(detail.span);
    else details.push(detail);
  }
}
