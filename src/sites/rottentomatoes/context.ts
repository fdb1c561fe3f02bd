/**
 * What Rotten Tomatoes' readers share while they read one page: the draft
 * they fill, the lines, and the reading's state.
 *
 * @module
 */
import type { TokenList } from '../../parse/engine/index.js';
import type { Line, LineList } from '../shared/lines.js';
import type { ReviewsDraft } from '../shared/draft.js';
import type { RtLineKind, RtValues } from './lines.js';
import { refineKind } from './lines.js';

/** Where the reading is: the page's header, its list of reviews (and which kind of list), or the audience's reviews under them. */
export type RtSection = 'header' | 'main-reviews' | 'list-reviews' | 'audience-reviews';

/** The state of one page's reading. */
export interface RtState {
  section: RtSection;
  /** How many 2014 figure blocks ("Average Rating: ...") were read: the second is the top critics'. */
  figureBlocks: number;
  /** True right after a 2014 block's "Fresh: p | Rotten: r", where the unlabelled consensus follows. */
  awaitingConsensus: boolean;
  /** The words of the title, lower-cased, to know its repetitions. */
  titleWords: ReadonlySet<string>;
  /** A season's heading ("Season 3") read before any title: the show's line right under it makes the title with it. */
  seasonHeading: Line | undefined;
  /**
   * True under `View All (N) Critics Reviews` (2024-2025), whose every review
   * prints its byline and date: a last line with neither is a review the
   * page cut, not a quote.
   */
  bylinedList: boolean;
}

/** The page being read. */
export interface RtContext {
  readonly draft: ReviewsDraft;
  /** Each line's kind, classified once by the line table. */
  readonly tokens: TokenList<RtValues>;
  readonly lines: LineList;
  /** The index of the page's last non-blank line (-1 for none). */
  readonly last: number;
  /** True when the text ends with no line break after its last line: where a crawl's cut may have stopped it. */
  readonly cutEnd: boolean;
  readonly state: RtState;
}

/** A reader: it reads the part that opens at `at` and returns the index of the next unread line (always past `at`). */
export type RtReader = (context: RtContext, at: number) => number;

/** The line at `at`, which the caller knows exists. */
export function lineAt(context: RtContext, at: number): Line {
  const line = context.lines.at(at);
  if (line === undefined) throw new RangeError(`No line ${at} on this page.`);
  return line;
}

/** The kind of the line at `at`. */
export function kindAt(context: RtContext, at: number): RtLineKind {
  return refineKind(context.tokens.kind(at) as RtLineKind, context.tokens.text(at), at === context.last);
}

/** The index of the first non-blank line at or after `from` (the line count when none). */
export function nextNonBlank(lines: LineList, from: number): number {
  let at = from;
  while (at < lines.length && lines.at(at)?.text === '') at++;
  return at;
}
