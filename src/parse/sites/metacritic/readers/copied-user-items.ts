/**
 * A user review in copied text, where a browser's copy has dropped the
 * list's numbers (and its indentation):
 * ```
 * DavidS.                    [the user's name, with a date under it]
 * Jan 29, 2008               the date, which opens the review
 * 10                         [the 0-10 score]
 * A timeless take ...        the text, over any number of lines and paragraphs
 * Expand                     [widget tail]
 * ```
 * The text goes on up to the next review's date (or name and date), or the
 * next part of the page. On a page partly indented, a review whose item the
 * indented reader read goes on in the copied tail under it (see
 * {@link readUserRestInCopiedTail}).
 *
 * @module
 */
import { FURNITURE, recogniseUserScore, recogniseWidgetTail, stripWidgetTail } from '../recognise.js';
import { recogniseDate } from '../../../text/dates.js';
import { recogniseBareNumber } from '../../../text/numbers.js';
import { ensureUsers, type MetacriticReader, type MetacriticState, reportLine } from '../state.js';
import { clip, collapse, endsSentenceWord } from '../../../text/strings.js';
import type { MetacriticTokens } from '../kinds.js';
import { isPrintedOverUserList } from '../text.js';
import {
  copiedList,
  copiedTailStart,
  isBareItemNumber,
  droppedNumberStop,
  endItem,
  continuesUserItemUnindented,
  endsCopiedItem,
  nextCopiedLine,
  numberItem,
  opensCopiedItem,
  peekCopiedLine,
  previousCopiedLine,
} from './copied-list.js';
import { endsList } from './furniture.js';
import { type ContinuationRules, dateOf, isDateOrCutDate, type Piece } from './items.js';
import { looksLikeUserName } from './user-items.js';
import { isFieldWithoutIndent } from './copied-critic-items.js';

/** Reads a user review of copied text, opened by its date or its user's name over a date. */
export const copiedUserItemsReader: MetacriticReader = {
  name: 'copied user items',
  opens: ['text', 'date', 'bareMediaFilter'],
  when: (state, tokens, at) => (opensCopiedItem(state, tokens, at, 'user') && startsCopiedUserReview(tokens, at)) || opensStrayUserReview(state, tokens, at),
  read(tokens, at, state) {
    const users = ensureUsers(state, at);
    const list = copiedList(state, tokens, 'user', at);
    const index = numberItem(list, tokens, at);
    let line = at;
    let user: string | null = null;
    // startsCopiedUserReview settled it: a line that is no date is the user's name over one, and so
    // is a date over a date (a user named `Jan 5, 2019`: a review's date has its score or text under it).
    if (!tokens.accepts(line, 'date') || tokens.accepts(peekCopiedLine(tokens, line + 1), 'date')) {
      user = collapse(tokens.text(line));
      if (users.reviews.length === 0 && isWidgetDigitName(tokens, line)) {
        reportLine(
          state,
          'copied-number-open',
          `The number ${user} over the first user review's date is read as its user's name, but the copied text does not say whether it is the rating widget's digit.`,
          line,
        );
      }
      line = nextCopiedLine(state, line + 1);
    }
    // startsCopiedUserReview settled it: the line is a date, or the page's end, cut inside the date (`Mar 1`, reported).
    const dated = line < tokens.count;
    const dateText = dated ? tokens.text(line) : null;
    const date = dateText === null ? null : (recogniseDate(dateText)?.iso ?? null);
    if (dateText !== null && date === null) reportLine(state, 'invalid-date', `The date "${dateText}" names a day that does not exist.`, line);
    let last = dated ? line : at;
    if (dated) line = nextCopiedLine(state, line + 1);
    let score: number | null = null;
    const scoreText = tokens.text(line);
    if (line < tokens.count && !endsCopiedItem(tokens, line)) {
      const value = recogniseUserScore(scoreText);
      if (value !== undefined) {
        score = value;
        last = line;
        line = nextCopiedLine(state, line + 1);
      } else if (recogniseBareNumber(scoreText) !== undefined) {
        reportLine(
          state,
          'score-out-of-range',
          `The number ${scoreText} stands where a user score belongs but is outside the 0-10 scale; it is kept as text.`,
          line,
        );
      }
    }
    const text: string[] = [];
    for (
      ;
      line < tokens.count && (!endsCopiedItem(tokens, line) || isBareItemNumber(tokens, line)) && !endsCopiedUserText(state, line, text.length > 0);
      line = nextCopiedTextLine(state, line + 1)
    ) {
      const piece = tokens.text(line);
      if (!recogniseWidgetTail(piece)) text.push(piece);
      last = line;
    }
    const excerpt = stripWidgetTail(collapse(text.join(' ')));
    const span = tokens.lines.span(at, last);
    if (excerpt === '') state.report.report('review-without-text', 'This user review has no text.', span);
    users.reviews.push({ index, user, date, dateText, score, excerpt, span });
    users.last = last;
    endItem(list, last, false);
    return line;
  },
};

/**
 * Reads a user review of copied text whose user's name is a heading's or a furniture word
 * (`Metascore`, `User Score`) over its date, right under the review above it in the list:
 * ```
 * The critics were ...       the text of the review above
 * Metascore                  the user's name
 * Jun 2, 2010                the date
 * ```
 * A heading stands over its number (`Metascore` / `81`), never over a date; as saved, the user's
 * item number says it (`  2. Metascore`, see `isNamedAsFurniture` in items.ts). So is a list number
 * alone (`0.`) that reads as a name over the date (see {@link endsCopiedUserText}). Tried before the
 * readers of headings and furniture.
 */
export const copiedUserNamedAsHeadingReader: MetacriticReader = {
  name: 'copied user named as heading',
  opens: ['metascoreHeading', 'userScoreHeading', 'furniture', 'numberedFurniture'],
  when: (state, tokens, at) =>
    state.phase === 'user' &&
    (!tokens.is(at, 'furniture') || isFurnitureOverDate(tokens, at)) &&
    (!tokens.is(at, 'numberedFurniture') || isBareItemNumber(tokens, at)) &&
    (isRightUnderCopiedUserReview(state, tokens, at) || opensCopiedUserList(state, tokens, at)),
  read(tokens, at, state) {
    // Over the list's first date, a heading or a list number alone may be the page's own too.
    if (tokens.is(at, 'furniture') || state.users?.reviews.length === 0) {
      reportLine(
        state,
        'copied-boundary-open',
        `The ${tokens.is(at, 'furniture') ? 'furniture word' : 'line'} "${tokens.text(at)}" over a user review's date is read as its user's name, but the copied text does not say whether it is the page's own.`,
        at,
      );
    }
    return copiedUserItemsReader.read(tokens, at, state);
  },
};

/**
 * True when line `at`, with a date line right under it, stands right under a user review of a
 * list read as copied text (furniture between passed over): a heading there (`Metascore`, `User
 * Score`, which stand over their numbers) is the next review's user's name; so is furniture (see
 * {@link isFurnitureOverDate}), which may as well be the page's own.
 */
function isRightUnderCopiedUserReview(state: MetacriticState, tokens: MetacriticTokens, at: number): boolean {
  const last = state.users?.reviews.at(-1);
  if (last === undefined || last.span.end.line - 1 !== previousCopiedLine(tokens, at - 1)) return false;
  return tokens.accepts(tokens.nextNonBlank(at + 1), 'date') && opensCopiedItem(state, tokens, at, 'user');
}

/**
 * True when line `at`, with a date line right under it, opens a user list read as copied text,
 * the list having no review yet: a heading there is the first review's user's name, and so is
 * furniture that the page does not print over its list (`Critic Reviews`, `Trailers`; not the
 * rating widget's `Check Spelling`, see {@link isPrintedOverUserList}). Either may be the page's
 * own there as well: the reader reports it (`copied-boundary-open`).
 */
function opensCopiedUserList(state: MetacriticState, tokens: MetacriticTokens, at: number): boolean {
  return (
    state.users?.reviews.length === 0 &&
    !isPrintedOverUserList(tokens.text(at)) &&
    tokens.accepts(tokens.nextNonBlank(at + 1), 'date') &&
    opensCopiedItem(state, tokens, at, 'user')
  );
}

/**
 * True when line `at` is a word of the page's furniture (`Trailers`, `Photos`, `Critic Reviews`)
 * with a date line right under it, and no widget tail (`Expand`, which closes the review above)
 * nor a line that ends a list (`See all 20 Critic Reviews`): where a user's name stands in a
 * copied user list.
 */
function isFurnitureOverDate(tokens: MetacriticTokens, at: number): boolean {
  // The date under it asked first: one row's test, where most furniture (the rating widget's) has none.
  if (!tokens.is(at, 'furniture') || !tokens.accepts(tokens.nextNonBlank(at + 1), 'date')) return false;
  const text = tokens.text(at);
  return FURNITURE.has(text.toLowerCase()) && !recogniseWidgetTail(text) && !endsList(text);
}

/**
 * The next line of a copied user review's text at or after `from` (see {@link nextCopiedLine}),
 * stopping at furniture that may name the next review's user (see {@link isFurnitureOverDate}),
 * under other furniture too (`3 of 4 users found this helpful` / `Photos` / `Mar 2, 2005`).
 */
function nextCopiedTextLine(state: MetacriticState, from: number): number {
  const { tokens } = state;
  let line = tokens.nextNonBlank(from);
  // Furniture is passed over a line at a time (as nextCopiedLine records it), to stop at a name among it.
  while (line < tokens.count && !isFurnitureOverDate(tokens, line) && peekCopiedLine(tokens, line) !== line) {
    state.report.furnish(line);
    line = tokens.nextNonBlank(line + 1);
  }
  return line;
}

/**
 * True when line `line` opens a user review of copied text: a date, or a user's name over one
 * (furniture between them passed over; see {@link looksLikeCopiedUserName}).
 */
function startsCopiedUserReview(tokens: MetacriticTokens, line: number): boolean {
  if (tokens.accepts(line, 'date')) return true;
  return looksLikeCopiedUserName(tokens.text(line)) && isDateOrCutDate(tokens, peekCopiedLine(tokens, line + 1));
}

/**
 * True when `text`, over a date line, can be a user's name in copied text: one word (`DavidS.`,
 * `jdog123`; see {@link looksLikeUserName}), a number (`42`, `5`; see {@link isNumberName}), or a name
 * of a few capitalised words (`Dr. Marvin C.`, `Marvin Cole`; see {@link looksLikeNameOfWords}).
 *
 * @example
 * ```ts
 * looksLikeCopiedUserName('Dr. Marvin C.'); //=> true
 * looksLikeCopiedUserName('A clever, absorbing thriller.'); //=> false
 * ```
 */
export function looksLikeCopiedUserName(text: string): boolean {
  return looksLikeUserName(text) || isNumberName(text) || recogniseUserScore(text) !== undefined || looksLikeNameOfWords(text) !== undefined;
}

/**
 * True when line `line`, under a user review's date (and score) in copied text, ends the review's
 * text: a date (the next review's), or a line over one that reads as the next review's user's
 * name rather than the review's text, `hasText` telling whether the review has text above it
 * (see {@link readNameOverDate}; a list number alone, `0.`, is the text of a review with none, and
 * open under text). Where the text does not settle it, the line is read as the name,
 * and reported (`copied-boundary-open`).
 */
function endsCopiedUserText(state: MetacriticState, line: number, hasText: boolean): boolean {
  const { tokens } = state;
  if (tokens.accepts(line, 'date')) return true;
  if (!isDateOrCutDate(tokens, peekCopiedLine(tokens, line + 1))) return false;
  // A list number alone (`0.`) is the text of a review with none yet; under text, it may be a user's name as well as a paragraph.
  const reading = isBareItemNumber(tokens, line) ? (hasText ? 'open' : 'text') : readNameOverDate(tokens.text(line), hasText);
  if (reading === 'open') {
    reportLine(
      state,
      'copied-boundary-open',
      `The line "${clip(tokens.text(line))}" over a user review's date is read as its user's name, but the copied text does not say whether it is the text of the review above.`,
      line,
    );
  }
  return reading !== 'text';
}

/**
 * How a line of copied text, `text`, with a date line under it, reads under a user review's date
 * (and score), the review having text above it or not (`hasText`): as the next review's user's
 * name (`'name'`), as the review's text (`'text'`), or as a name that could as well be the
 * review's text (`'open'`). A word that ends a sentence (`Electric.`, `Wow!`: a name's last
 * period follows its initial, `DavidS.`) is text; a one-word name (`JohnD.`, `Masterpiece`) is
 * the name, and open when the review has no text yet (which a one-word text would be); a name of
 * words with an initial last (`Dr. Marvin C.`) is the name; a few capitalised words with no
 * initial (`Marvin Cole`, `Great Show`) are open; so is a number of the 0-10 scale (`5`) under text,
 * and under none it is text (a score's place is right under the date); any other line (a sentence) is text.
 */
export function readNameOverDate(text: string, hasText: boolean): 'name' | 'text' | 'open' {
  // A number of the 0-10 scale (`5`) under the review's text: a paragraph of its own, or a user named so.
  if (recogniseUserScore(text) !== undefined) return hasText ? 'open' : 'text';
  if (looksLikeUserName(text) || isNumberName(text)) {
    if (endsSentenceWord(text)) return 'text';
    return hasText ? 'name' : 'open';
  }
  const words = looksLikeNameOfWords(text);
  if (words === undefined) return 'text';
  return words === 'initial' ? 'name' : 'open';
}

/**
 * Whether `text` reads as a user's name of two to four words, each capitalised (an initial, a
 * title, a name: `Dr. Marvin C.`, `Marvin Cole`) or a number beside a capitalised one (`12
 * Ratings`, `Dec 2019`), in at most 40 characters: `'initial'` when its
 * last word is an initial (`C.`), as the site prints a user's family name; `'words'` when not
 * (which a short text may be too); undefined when it is no such name (a sentence: `Loved it.`).
 */
function looksLikeNameOfWords(text: string): 'initial' | 'words' | undefined {
  if (text.length > 40) return undefined;
  const words = text.split(' ');
  if (words.length < 2 || words.length > 4 || !words.every((word) => NAME_WORD.test(word)) || !words.some((word) => CAPITALISED.test(word))) return undefined;
  return INITIAL.test(words[words.length - 1] as string) ? 'initial' : endsSentenceWord(text) ? undefined : 'words';
}

/**
 * A word of a name: capitalised (`Marvin`, `Dr.`, `C.`, `J.R.`, `O'Brien`, `Jean-Luc`), or a number
 * (`12 Ratings`, `Dec 2019`, `Season 2`), which a name of words holds beside a capitalised one.
 */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|\d[\d,.]*)$/u;

/** A word that begins with a capital letter: a name of words has one. */
const CAPITALISED = /^\p{Lu}/u;

/** An initial: `C.`. */
const INITIAL = /^\p{Lu}\.$/u;

/**
 * True when line `at` is a date left unindented right under an indented user review that has its
 * date, above the page's copied tail: the next review, whose number and indentation a copy
 * dropped (`  1. Oct 4, 2013` / `    It reminds me ...` / `Sep 24, 2013` / `    The premiere ...`).
 * A review's date is its item's first line (or the one under its user's name), so a second one
 * is no line of the review above.
 */
function opensStrayUserReview(state: MetacriticState, tokens: MetacriticTokens, at: number): boolean {
  const last = state.users?.reviews.at(-1);
  return (
    state.phase === 'user' &&
    last !== undefined &&
    last.dateText !== null &&
    tokens.indent(at) === 0 &&
    at > 0 &&
    last.span.end.line === at &&
    tokens.indent(at - 1) > 0 &&
    tokens.accepts(at, 'date') &&
    at < copiedTailStart(state)
  );
}

/**
 * True when line `line`, a user's name, is a digit of the rating widget's scale (`10`, `0`) right
 * under the widget or its furniture (`Rate this:`, `0 out of 10`, a digit the widget reader took):
 * the widget's last digit, which a copy left bare, as well as a user named so.
 */
function isWidgetDigitName(tokens: MetacriticTokens, line: number): boolean {
  const above = tokens.previousNonBlank(line - 1);
  return (
    recogniseUserScore(tokens.text(line)) !== undefined &&
    recogniseBareNumber(tokens.text(line)) !== undefined &&
    above >= 0 &&
    (tokens.is(above, 'furniture') ||
      tokens.is(above, 'numberedFurniture') ||
      tokens.is(above, 'widgetBullet') ||
      recogniseUserScore(tokens.text(above)) !== undefined)
  );
}

/** A user's name that is a number (`42`): a bare number past the 0-10 scale of a user's score and the rating widget's digits. */
function isNumberName(text: string): boolean {
  return recogniseBareNumber(text) !== undefined && recogniseUserScore(text) === undefined;
}

/**
 * Takes the rest of a user review from the page's copied tail (a page partly indented, its
 * markers dropped from the middle on), when the indented user reader read its item's lines
 * `pieces` up to line `next` and no widget tail (`Expand`) closed it (`closed`): the lines under
 * it there, up to the next review's date (or name and date, once the review has its date), the
 * next part of the page, or a widget tail, which it takes. Each is added to `pieces`; returns the
 * first line not taken (`next` where the review does not go on).
 */
export function readUserRestInCopiedTail(state: MetacriticState, pieces: Piece[], next: number, closed: boolean): number {
  const { tokens } = state;
  let line = peekCopiedLine(tokens, next);
  if (closed || line >= tokens.count || (line < copiedTailStart(state) && !continuesUserItemUnindented(state, pieces, line))) return next;
  line = nextCopiedLine(state, next);
  let dated = pieces.some((piece) => dateOf(tokens, piece) !== undefined);
  let taken = next;
  while (
    line < tokens.count &&
    (!endsCopiedItem(tokens, line) || (dated && isBareItemNumber(tokens, line))) &&
    // A date right under an item opened by a date is the review's: the first is its user's name (`  1. Jan 5, 2019` / `Jan 14, 2019`).
    !(dated && !(pieces.length === 1 && tokens.accepts(line, 'date')) && endsCopiedUserText(state, line, holdsText(tokens, pieces)))
  ) {
    const piece: Piece = { text: tokens.text(line), line, whole: true };
    dated ||= dateOf(tokens, piece) !== undefined;
    pieces.push(piece);
    taken = nextCopiedTextLine(state, line + 1);
    if (recogniseWidgetTail(piece.text)) break;
    line = taken;
  }
  return taken;
}

/**
 * True when the lines `pieces` of a user item hold text under its date (and the score under the
 * date): what a line over the next date is read against (see {@link readNameOverDate}).
 */
export function holdsText(tokens: MetacriticTokens, pieces: readonly Piece[]): boolean {
  const date = pieces.findIndex((piece) => dateOf(tokens, piece) !== undefined);
  if (date < 0) return false;
  const score = pieces[date + 1];
  const first = score !== undefined && recogniseUserScore(score.text) !== undefined ? date + 2 : date + 1;
  return pieces.length > first;
}

/**
 * The rules of an indented user item's lines, `rules`, as a copy leaves them: a date or score
 * left unindented right under the item's lines, over a line indented as the item's body, goes on
 * the item (`  1. DavidS.` / `Jan 29, 2008` / `    A timeless take ...`, see
 * {@link isFieldWithoutIndent}); and where the copy dropped the page's list numbers, a line as
 * deep as the item, `indent`, is the next review (`  ChristianP.` / `    Wildly overrated.` /
 * `  Feb 25, 2018`, see {@link droppedNumberStop}). At no indentation (a copy that kept the
 * numbers only), `rules`, the item's text going on across blank lines (`1. KimJ.` / ... / `First
 * paragraph.` / `` / `Second paragraph.` / `2. LeoM.`).
 */
export function copiedUserItemRules(state: MetacriticState, indent: number, rules: UserItemRules): ContinuationRules {
  // A numbered item at no indentation: its text's paragraphs go on across blank lines, as a copied list's do.
  if (indent === 0) return { nestedText: rules.nestedText, acrossBlank: true };
  // The page is weighed for dropped numbers only when a line as deep as the item is asked about:
  // on a crawled page, whose next item is numbered (which ends the item first), none is.
  let stop: ((line: number) => boolean) | undefined;
  const stopsAt = (line: number): boolean => state.tokens.indent(line) === indent && (stop ??= droppedNumberStop(state, indent) ?? keepsNumbers)(line);
  // A literal of known fields, not a spread of `rules`: a page reads many items.
  return { nestedText: rules.nestedText, stopsAt, shallowerGoesOn: isFieldWithoutIndent };
}

/** The rule of a user item's lines that {@link copiedUserItemRules} adds to, its only one: which deeper lines are its text. */
export interface UserItemRules {
  readonly nestedText: NonNullable<ContinuationRules['nestedText']>;
}

/** No line ends an item for a dropped number where the page keeps its numbers. */
const keepsNumbers = (): boolean => false;
