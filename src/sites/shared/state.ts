/**
 * What a site's readers share while reading one page, on the parser's
 * engine: the input, its tokens (every line classified once by the site's
 * table of line kinds), the report (diagnostics and furniture) and the draft
 * of the page.
 *
 * @module
 */
import { ANY_KIND, classifyLines, type LineKinds, type Reader, type Report, type TokenKind, type TokenList } from '../../parse/engine/index.js';
import type { SiteInput } from '../../parse/site.js';
import type { DiagnosticCode } from '../../types/diagnostic.js';
import type { DataSource } from '../../types/page.js';
import type { Span } from '../../types/source.js';
import { endsWithoutLineBreak } from '../../parse/text/strings.js';
import { PageDraft } from './draft.js';
import { looksLikeNames } from './names.js';
import { clip } from './page.js';

/** The input, its tokens by the site's table, the report (the draft's) and the page's draft. */
export interface ReadingState<V> {
  readonly input: SiteInput;
  readonly tokens: TokenList<V>;
  readonly report: Report;
  readonly draft: PageDraft;
  /** True under a users' reviews' heading past the critics: the users' part, to the page's end. */
  usersPart: boolean;
}

/** A fresh reading of `input` for a site whose figures are `source`'s, every line classified by `kinds`. */
export function readingOf<V>(input: SiteInput, kinds: LineKinds<V>, source: DataSource): ReadingState<V> {
  const draft = new PageDraft(input.lines, source);
  return { input, tokens: classifyLines(input.lines, kinds), report: draft.report, draft, usersPart: false };
}

/** One line of the page: its 0-based index and its trimmed text. */
export interface SiteLine {
  readonly index: number;
  readonly text: string;
}

/** Line `at`. */
export function lineAt<V>(state: ReadingState<V>, at: number): SiteLine {
  return { index: at, text: state.tokens.text(at) };
}

/** Line `at`'s kind (`undefined` past the last line). */
export function kindAt<V>(state: ReadingState<V>, at: number): TokenKind<V> | undefined {
  return state.tokens.kind(at);
}

/** The first non-blank line at or after `from`, or the number of lines. */
export function nextNonBlank<V>(state: ReadingState<V>, from: number): number {
  return state.tokens.nextNonBlank(from);
}

/** The span from line `first` to line `last` (default: `first`). */
export function spanOf<V>(state: ReadingState<V>, first: SiteLine, last: SiteLine = first): Span {
  return state.input.lines.span(first.index, last.index);
}

/** Reports a diagnostic of `code` over `span`. */
export function report<V>(state: ReadingState<V>, code: DiagnosticCode, message: string, span: Span): void {
  state.report.report(code, message, span);
}

/** Records `line` as furniture. */
export function furnish<V>(state: ReadingState<V>, line: SiteLine): void {
  state.report.furnish(line.index);
}

/** Reports `line` as one that fits no part of the page at its place. */
export function reportUnplaced<V>(state: ReadingState<V>, line: SiteLine): void {
  state.report.reportLine('unrecognised-line', `The line "${clip(line.text)}" fits no part of the page at its place.`, line.index);
}

/**
 * Reports `line` `truncated-line` and returns true when it is the page's last, alone in its review, the text ends
 * with no line break after it, and it reads as names (`The New Yo`): a names line or a quote, either cut short,
 * which the text does not settle; the site reads neither (a caller reads a known publication alone first).
 */
export function cutLoneLine<V>(state: ReadingState<V>, line: SiteLine): boolean {
  const cut = endsPageCut(state, line.index) && looksLikeNames(line.text);
  if (cut) state.draft.cutShort(line, "a review's names or its quote");
  return cut;
}

/** True when line `at` is the page's last and the text ends with no line break after it: where a crawl's cut may have stopped it. */
export function endsPageCut<V>(state: ReadingState<V>, at: number): boolean {
  const { lines, text } = state.input;
  return at === lines.previousNonBlank(lines.count - 1) && endsWithoutLineBreak(text);
}

/** What {@link valueAt} needs of a state: its tokens' kinds and values. */
interface ValuedTokens {
  readonly tokens: { kind(line: number): string | undefined; value(line: number, kind: never): unknown };
}

/** Line `at`'s value, by its kind's row (the caller knows the type that kind gives); `undefined` for a blank line. */
export function valueAt(state: ValuedTokens, at: number): unknown {
  const kind = state.tokens.kind(at);
  return kind === undefined ? undefined : state.tokens.value(at, kind as never);
}

/**
 * The reader of a site's users' reviews' heading (IMDb's, Moviefone's,
 * tv.com's own users, under `User Reviews`; the line table holds
 * `usersHeadingRow()`): past the critics (`criticsBegan`) it opens the
 * users' part, which {@link usersPartReader} reads to the page's end; above
 * them it is a tab's label. Either way the heading is furniture.
 */
export function usersHeadingReader<V extends { readonly 'users-heading': true }, S extends ReadingState<V>>(criticsBegan: (state: S) => boolean): Reader<V, S> {
  return {
    name: 'users heading',
    opens: ['users-heading'] as TokenKind<V>[],
    read: (_tokens, at, state) => {
      if (criticsBegan(state)) state.usersPart = true;
      furnish(state, lineAt(state, at));
      return at + 1;
    },
  };
}

/**
 * The reader of the users' part (first in a site's list): every line is
 * furniture, for the users' reviews are no critic reviews and the contract's
 * user block is Metacritic's.
 */
export function usersPartReader<V, S extends ReadingState<V>>(): Reader<V, S> {
  return {
    name: "users' reviews",
    opens: ANY_KIND,
    when: (state) => state.usersPart,
    read: (_tokens, at, state) => (furnish(state, lineAt(state, at)), at + 1),
  };
}

/**
 * The reader of a line of a second page in the users' part (two pages of a site joined: IMDb's
 * `39 reviews · Provided by Metacritic.com`, Moviefone's `Ratings & Reviews`), placed before
 * {@link usersPartReader}: the users' part ends there, and `read` reads the line as its own reader does.
 */
export function nextPageReader<V, S extends ReadingState<V>>(
  opens: readonly TokenKind<V>[],
  read: (state: S, at: number) => number,
  opensPage: (state: S, at: number) => boolean = () => true,
): Reader<V, S> {
  return {
    name: 'next page',
    opens: [...opens],
    when: (state, _tokens, at) => state.usersPart && opensPage(state, at),
    read: (_tokens, at, state) => ((state.usersPart = false), read(state, at)),
  };
}
