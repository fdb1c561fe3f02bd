/**
 * What every list item shares: the lines that go on an item (its
 * continuation), and how the readers of critic, user and profile items end
 * one.
 *
 * @module
 */
import { isWidgetTailAt, recogniseFurniture, recogniseWidgetTail, stripWidgetTail } from '../recognise.js';
import { type DateLine, recogniseCutDate, recogniseDate } from '../../../text/dates.js';
import { isBarePartLine, isBulletLine, isFurnitureRowLine, isNumberedLine, isSectionLine, METACRITIC_KINDS, type MetacriticTokens } from '../kinds.js';
import { numberedText } from '../kinds.js';
import type { TokenList } from '../../../engine/index.js';
import { type MetacriticState, reportLine, type ReviewDraft } from '../state.js';
import { collapse } from '../../../text/strings.js';
import { isPrintedOverUserList } from '../text.js';

/** A piece of a list item: one line's text (`whole`), or the text after an item's number. */
export interface Piece {
  readonly text: string;
  readonly line: number;
  /** True when `text` is the whole line's, so the line's token says what it is. */
  readonly whole: boolean;
}

/** The date a piece is (`Jul 15, 2013`), from its line's token when it is the whole line. */
export function dateOf(tokens: MetacriticTokens, piece: Piece): DateLine | undefined {
  return piece.whole ? dateOfLine(tokens, piece.line) : recogniseDate(piece.text);
}

/** The date line `line` is (as the date row reads it), told from its row first: a line of a later row is none. */
export function dateOfLine(tokens: MetacriticTokens, line: number): DateLine | undefined {
  return tokens.valueAsRow(line, 'date', DATE_ROW);
}

/**
 * True when line `line` is where the reading of a truncated page stops (its `count`: the tokens
 * end before the page's last line, read.ts) and that line is a date cut short (`Mar 1`, `Jun 3,
 * 20`): the date of an item the page cut, which a user's name right above it opens.
 *
 * @example
 * ```ts
 * // `  2. BobK.` / `    Mar 1` at the page's end, read up to the cut
 * isCutDateLine(tokens.upTo(cut), cut); //=> true
 * ```
 */
export function isCutDateLine<V>(tokens: TokenList<V>, line: number): boolean {
  return line === tokens.count && line < tokens.lines.count && recogniseCutDate(tokens.lines.text(line));
}

/**
 * True when line `line` is a date line, or the page's truncated last line cut inside a date (see {@link isCutDateLine}).
 *
 * @example
 * ```ts
 * // `BobK` / `Mar 15, 2020`, or `BobK` / `Mar 1` at the page's end, read up to the cut
 * isDateOrCutDate(tokens, nameLine + 1); //=> true
 * ```
 */
export function isDateOrCutDate<V extends { readonly date: unknown }>(tokens: TokenList<V>, line: number): boolean {
  return tokens.accepts(line, 'date') || isCutDateLine(tokens, line);
}

/** A widget tail (`Expand`, `Full Review »`) as a piece of an item: `text` at `line`, the whole line's or the text after its number (only a line the furniture row takes can be one). */
export function isWidgetTail(tokens: MetacriticTokens, text: string, line: number, whole: boolean): boolean {
  return (!whole || isFurnitureRowLine(tokens, line)) && recogniseWidgetTail(text);
}

/** What ends a list item's lines, beyond the next item, bullet, section or furniture. */
export interface ContinuationRules {
  /** A line that ends the item wherever it stands. */
  readonly stopsAt?: (line: number) => boolean;
  /**
   * Whether a line indented deeper than the item's first line is its text even
   * when it reads as a numbered item or a section line ("Pros:" / "1. Great
   * combat", a verdict line quoted in a review). True unless said otherwise.
   */
  readonly nestedParts?: boolean;
  /** Whether such a deeper bullet or furniture line is the item's text too (a user's "• Great combat", "> quote"). */
  readonly nestedText?: (tokens: MetacriticTokens, line: number) => boolean;
  /** Whether a line shallower than the item goes on it all the same (a field whose indentation a copy dropped, over the item's body). */
  readonly shallowerGoesOn?: (tokens: MetacriticTokens, line: number, minIndent: number) => boolean;
  /** Whether an unindented item goes on across a blank line (a user review's paragraphs, where a copy dropped the page's indentation but kept its numbers). */
  readonly acrossBlank?: boolean;
}

/**
 * Collects the lines that continue a list item: non-blank lines indented at
 * least `minIndent`, across blank lines, up to the next item, bullet, section
 * or furniture, as `rules` say, each given to `take` (when there is one) as
 * it is taken. Returns the first line not taken: the lines taken are the
 * non-blank ones before it.
 */
export function readContinuation(
  tokens: MetacriticTokens,
  from: number,
  minIndent: number,
  take: ((piece: Piece) => void) | undefined,
  rules: ContinuationRules = {},
): number {
  let cursor = from;
  for (;;) {
    const at = tokens.nextNonBlank(cursor);
    if (at >= tokens.count || !continuesItem(tokens, at, cursor, minIndent, rules)) return cursor;
    take?.({ text: tokens.text(at), line: at, whole: true });
    cursor = at + 1;
  }
}

/** True when line `at`, the next non-blank line from `cursor`, goes on the item (see {@link readContinuation}). */
export function continuesItem(tokens: MetacriticTokens, at: number, cursor: number, minIndent: number, rules: ContinuationRules): boolean {
  const indent = tokens.indent(at);
  if (indent < minIndent) return rules.shallowerGoesOn?.(tokens, at, minIndent) === true;
  if (endsUnindentedItem(tokens, at, rules.acrossBlank === true ? at : cursor)) return false;
  // A line of text (or a date) is no item, bullet, section, part or furniture: only `stopsAt` can end the item there.
  const row = tokens.rowAt(at);
  if (row === TEXT_ROW || (row === DATE_ROW && DATE_IS_PLAIN)) return rules.stopsAt?.(at) !== true;
  const nested = rules.nestedParts !== false && indent > minIndent && !isShallowerThanBody(tokens, at, minIndent);
  if ((!nested && (isNumberedLine(tokens, at) || isSectionLine(tokens, at))) || rules.stopsAt?.(at) === true) return false;
  const partOrFurniture = isBulletLine(tokens, at) || isBarePartLine(tokens, at) || isFurnitureNotTail(tokens, at);
  return !partOrFurniture || (nested && rules.nestedText?.(tokens, at) === true);
}

/**
 * True when line `at`, deeper than its item's number (at `minIndent`), does not nest in the item's
 * text: the item's line above it is deeper than this one (`2. 80` / `    Each film ...` /
 * `  3. Reviewed by: ...`: a copy dropped the indentation of the item's number), or is no deeper
 * than the item's number and no numbered line (`Jul 15, 2013` / `As Refn ...` / `  2. 80`: a copy
 * dropped the indentation of the item's lines), or is the item's numbered line and this one is
 * numbered next to it (`4. The odd toy-box ...` / `  5. The first ...`). A numbered or section
 * line there is no part of the item's text, which nests under the item's own line or in its body,
 * at least as deep as the body line above it (`  1. 80` / `    1. It is fun.`, a user's `Pros:` /
 * `  1. Great combat`).
 */
function isShallowerThanBody(tokens: MetacriticTokens, at: number, minIndent: number): boolean {
  const above = tokens.previousNonBlank(at - 1);
  if (above < 0) return false;
  if (tokens.indent(above) > minIndent) return tokens.indent(at) < tokens.indent(above);
  const number = tokens.value(above, 'numbered');
  return number === undefined || tokens.value(at, 'numbered') === number + 1;
}

/** The rows of a numbered item's line and of a date line (as `rowOf` numbers them), for tests of a line's own kind by one integer. */
export const NUMBERED_ROW: number = METACRITIC_KINDS.rowOf('numbered');
const NUMBERED_FURNITURE_ROW: number = METACRITIC_KINDS.rowOf('numberedFurniture');
export const DATE_ROW: number = METACRITIC_KINDS.rowOf('date');

/** The row of a line no other row takes: a line of text, none of the others (no item, bullet, section, part or furniture). */
export const TEXT_ROW: number = METACRITIC_KINDS.rows.length;

/**
 * Whether a date line is plain text to an item's continuation, as a line of
 * text is: its row comes after every row that the numbered, bullet and
 * furniture tests accept and after the section rows (so none of them takes
 * it), and it is no bulleted part standing bare.
 */
const DATE_IS_PLAIN = DATE_ROW > Math.max(...(['numbered', 'bullet', 'furniture', 'profileHeading'] as const).map((kind) => METACRITIC_KINDS.rowOf(kind)));

/** The furniture row's index. */
const FURNITURE_ROW: number = METACRITIC_KINDS.rowOf('furniture');

/** True when line `line` is furniture but no widget tail (`Expand`, `Full Review »`, which stay in an item). */
export function isFurnitureNotTail(tokens: MetacriticTokens, line: number): boolean {
  // A line of the furniture row is furniture or a widget tail (as the row reads it): only the tail is to be told.
  if (tokens.rowAt(line) === FURNITURE_ROW) return !isWidgetTailLine(tokens, line);
  if (!isFurnitureRowLine(tokens, line)) return false;
  const text = tokens.text(line);
  return recogniseFurniture(text) && !recogniseWidgetTail(text);
}

/** True when line `line`'s text is a widget tail (`Expand`, `Full Review »`), read where it stands when it is its slice of the input. */
function isWidgetTailLine(tokens: MetacriticTokens, line: number): boolean {
  const { lines } = tokens;
  return lines.isPlain(line)
    ? isWidgetTailAt(lines.input, lines.textStarts[line] as number, lines.textEnds[line] as number)
    : recogniseWidgetTail(tokens.text(line));
}

/**
 * True when line `at`, the next non-blank one from `cursor`, cannot go on an
 * unindented item or block (a page with no indentation): it is unindented
 * and follows a blank or an indented line. An unindented item goes on only in
 * unindented lines right under it: nothing else sets it apart from whatever
 * unindented text follows.
 */
export function endsUnindentedItem(tokens: MetacriticTokens, at: number, cursor: number): boolean {
  return tokens.indent(at) === 0 && (at > cursor || tokens.indent(at - 1) > 0);
}

/** The pieces an item's first line gives: the text after its number, or the whole line. */
export function firstPiece(tokens: MetacriticTokens, at: number): { readonly piece: Piece; readonly number: number | null } {
  // A numbered line of furniture's words opens an item where a reader takes it for one (a user named "Metascore").
  const numbered = tokens.rowAt(at) === NUMBERED_ROW || tokens.is(at, 'numberedFurniture') ? tokens.valueAsRow(at, 'numbered', NUMBERED_ROW) : undefined;
  return numbered !== undefined
    ? { piece: { text: numberedText(tokens, at), line: at, whole: false }, number: numbered }
    : { piece: { text: tokens.text(at), line: at, whole: true }, number: null };
}

/**
 * True when line `at` is a numbered item of the user list whose text is a furniture word, numbered
 * on from the list's last review, with a date line under it (`  2. Metascore` / `    Jun 2, 2010`):
 * a user's name, not furniture (the rating widget's `1. Submit` comes before the list). The list's
 * first (`  1. Critic Reviews` / `    Jul 1, 2021`) is one where its date is indented deeper than
 * its number, as an item's lines are: no widget line has a date under it; or, where the page's
 * indentation does not say it, where its text is no word the page prints over its list (see
 * `isPrintedOverUserList`: not the widget's `1. Submit`).
 */
export function isNamedAsFurniture(state: MetacriticState, tokens: MetacriticTokens, at: number): boolean {
  if (state.phase !== 'user') return false;
  // Most lines asked about are furniture with no number (the rating widget's `• 10`): told by the number alone.
  const number = tokens.valueAsRow(at, 'numberedFurniture', NUMBERED_FURNITURE_ROW);
  if (number === undefined) return false;
  const last = state.users?.reviews.at(-1);
  const below = tokens.nextNonBlank(at + 1);
  const text = numberedText(tokens, at);
  const numberedOn =
    last === undefined
      ? number === 1 && (tokens.indent(below) > tokens.indent(at) || !isPrintedOverUserList(text))
      : last.index !== null && number === last.index + 1;
  return numberedOn && text !== '' && dateOfLine(tokens, below) !== undefined;
}

/** Finishes a review draft: its excerpt collapsed and cut of widget tails, a review with no text reported. */
export function pushReview(state: MetacriticState, draft: ReviewDraft): void {
  const span = state.tokens.lines.span(draft.first, draft.last);
  const excerpt = draft.excerpt.length === 0 ? '' : stripWidgetTail(collapse(joinLines(draft.excerpt)));
  if (excerpt === '') state.report.report('review-without-text', 'This review has no text.', span);
  state.reviews.push({
    index: draft.index,
    critic: draft.critic,
    publication: draft.publication,
    score: draft.score,
    mark: null,
    freshness: null,
    topCritic: null,
    date: draft.date,
    dateText: draft.dateText,
    metascore: draft.metascore,
    excerpt,
    span,
  });
}

/** Lines of text as one, a space between each: a single line as it is, with no copy. */
export function joinLines(lines: readonly string[]): string {
  return lines.length === 1 ? (lines[0] as string) : lines.join(' ');
}

/** Reads a date piece into `draft`; a day that does not exist is reported. */
export function readDate(state: MetacriticState, draft: ReviewDraft, iso: string | null, text: string, line: number): void {
  draft.dateText = text;
  draft.date = iso;
  if (iso === null) reportLine(state, 'invalid-date', `The date "${text}" names a day that does not exist.`, line);
}
