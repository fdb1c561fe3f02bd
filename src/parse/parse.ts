import type { Diagnostic } from '../types/diagnostic.js';
import type { MediaType, Page } from '../types/page.js';
import type { Span } from '../types/source.js';
import { cutLines } from './engine/lines.js';
import { chooseSite, type Site, type SiteInput } from './site.js';
import { FALLBACK_SITE, SITES } from './sites/index.js';
import { checkMediaOption, checkOptions, describeValue } from '../shared/checks.js';

/**
 * Options of {@link parse} and {@link parseStrict}.
 *
 * @example
 * ```ts
 * const options: ParseOptions = { media: 'game' };
 * ```
 */
export interface ParseOptions {
  /** The page's media where the page itself does not say it; what the page says wins. */
  readonly media?: MediaType;
  /**
   * The page's address, when the caller has it (a crawl record's URL): it
   * helps choose the site whose layouts the page follows.
   */
  readonly url?: string;
  /**
   * The sites to choose from, by the text (and `url`); by default the core's
   * metacritic.com layouts. `ALL_SITES` from `critic-consensus/sites` adds
   * every other site's. A text no site claims is read as a metacritic.com page.
   */
  readonly sites?: readonly Site[];
}

/**
 * What {@link parse} returns: the page, every diagnostic sorted by offset, and
 * the lines read as page furniture.
 *
 * Together they account for every non-blank line of the input: each lies in
 * the span of some part of the page (a review, a user review, the user block,
 * the profile, a detail, one of `page.spans`), in a `furniture` span, or in a
 * diagnostic's span.
 *
 * @example
 * ```ts
 * const { page, diagnostics, furniture }: ParseResult = parse(
 *   'Universal acclaim - based on 1 Critics\nWatch On\n  1. 90\n    Bold.\n',
 * );
 * page.reviews[0]?.score; //=> 90
 * diagnostics;            //=> []
 * furniture;              //=> [{ start: { line: 2, column: 1, offset: 39 }, end: { line: 2, column: 9, offset: 47 } }]
 * ```
 */
export interface ParseResult {
  readonly page: Page;
  readonly diagnostics: readonly Diagnostic[];
  /**
   * The lines read as page furniture or widget leftovers, which carry no data
   * ("Watch On", "Buy Now", "Your Score", the rating widget "• 10" ... "• 0",
   * "Metascore" over "tbd", "See all 20 Critic Reviews", ...), one span per
   * line, in document order. Widget tails inside a review ("Expand",
   * "Full Review »") belong to the review's span instead.
   */
  readonly furniture: readonly Span[];
}

const OPTION_KEYS: readonly string[] = ['media', 'url', 'sites'];

/**
 * Reads the text of a review page (saved, crawled or copied from an
 * aggregator) into a typed {@link Page}. Lenient: it returns for any string,
 * and reports what it could not place as diagnostics instead of throwing.
 *
 * Input may have a byte-order mark, CRLF or CR line ends, no-break spaces,
 * tabs, trailing spaces and no final newline; spans point into the original
 * string all the same.
 *
 * @param text - The page's text.
 * @param options - `media` for pages that do not say it; `url`, the page's address, when known.
 * @returns The page in the corpus contract's shape, and the diagnostics.
 * @throws TypeError when `text` is not a string or an option is unknown or of the wrong type.
 * @throws RangeError when `media` is not one of movie, tv, music, game.
 *
 * @example
 * ```ts
 * const { page, diagnostics } = parse(
 *   'Generally favorable reviews - based on 11 Critics\n' +
 *   '  1. Positive: 9 out of 11\n' +
 *   '  2. Negative: 0 out of 11\n' +
 *   '  1. 80\n' +
 *   '    Each film in the trilogy can stand on its own.\n',
 * );
 * page.verdict;        //=> 'Generally favorable reviews'
 * page.criticCount;    //=> 11
 * page.distribution;   //=> { positive: 9, mixed: null, negative: 0 }
 * page.reviews[0]?.score; //=> 80
 * diagnostics;         //=> []
 * ```
 */
export function parse(text: string, options?: ParseOptions): ParseResult {
  return parseAs('parse', text, options);
}

/** The parse itself, after the arguments are checked; `fn` names the caller in errors. */
function parseAs(fn: string, text: unknown, options: unknown): ParseResult {
  if (typeof text !== 'string') {
    const hint = text instanceof Uint8Array ? ' (decode it to a string first)' : '';
    throw new TypeError(`${fn} expects the page's text as a string; got ${describeValue(text)}${hint}.`);
  }
  const checked = checkOptions(fn, options, OPTION_KEYS);
  const media = checkMediaOption(fn, checked['media']);
  const url = checked['url'];
  if (url !== undefined && typeof url !== 'string') throw new TypeError(`${fn} option url must be a string; got ${describeValue(url)}.`);
  const sites = checkSites(fn, checked['sites']);
  const input: SiteInput = { text, lines: cutLines(text), url, media };
  return chooseSite(sites, FALLBACK_SITE, input).read(input);
}

/** Checks a `sites` option: undefined (the core's sites) or an array of sites. */
function checkSites(fn: string, value: unknown): readonly Site[] {
  if (value === undefined) return SITES;
  const isSite = (site: unknown): boolean =>
    typeof site === 'object' && site !== null && typeof (site as Site).claim === 'function' && typeof (site as Site).read === 'function';
  if (!Array.isArray(value) || !value.every(isSite)) {
    throw new TypeError(`${fn} option sites must be an array of sites (such as ALL_SITES from critic-consensus/sites); got ${describeValue(value)}.`);
  }
  return value as readonly Site[];
}

/**
 * The error {@link parseStrict} throws: it carries every diagnostic of the
 * parse, the errors and the rest, and the page as far as it was read.
 *
 * @example
 * ```ts
 * try {
 *   parseStrict('not a review page');
 * } catch (error) {
 *   if (error instanceof PageParseError) error.diagnostics[0]?.code; //=> 'not-a-review-page'
 * }
 * ```
 */
export class PageParseError extends Error {
  override readonly name = 'PageParseError';
  readonly diagnostics: readonly Diagnostic[];
  readonly page: Page;

  constructor(result: ParseResult) {
    const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    const first = errors[0];
    const where = first ? ` (line ${first.span.start.line}, column ${first.span.start.column}: ${first.message})` : '';
    super(`The page has ${errors.length} error diagnostic${errors.length === 1 ? '' : 's'}${where}`);
    this.diagnostics = result.diagnostics;
    this.page = result.page;
  }
}

/**
 * {@link parse}, strict: the same steps, but a page with any error diagnostic
 * throws a {@link PageParseError} carrying all the diagnostics. Warnings and
 * infos are returned as with `parse`.
 *
 * @param text - The page's text.
 * @param options - As for {@link parse}.
 * @returns The page and its (non-error) diagnostics.
 * @throws PageParseError when any diagnostic is an error.
 * @throws TypeError for a bad argument, as {@link parse} does.
 *
 * @example
 * ```ts
 * parseStrict('Universal acclaim - based on 1 Critics\n  1. 90\n    A marvel.\n').page.reviews[0]?.score;
 * //=> 90
 * parseStrict('   ');
 * //=> throws PageParseError: The page has 1 error diagnostic (line 1, column 1: The input holds no text but whitespace.)
 * ```
 */
export function parseStrict(text: string, options?: ParseOptions): ParseResult {
  const result = parseAs('parseStrict', text, options);
  if (result.diagnostics.some((diagnostic) => diagnostic.severity === 'error')) throw new PageParseError(result);
  return result;
}
