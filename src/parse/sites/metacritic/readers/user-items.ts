/**
 * A user list item:
 * ```
 *   1. DavidS.                     [the user name, when a date line follows]
 *     Jan 29, 2008                 the date
 *     10                           [the 0-10 score]
 *     A timeless take ...          the text, over any number of lines
 *     Expand                       [widget tail]
 * ```
 *
 * @module
 */
import { endsWithWidgetTail, recogniseUserScore, stripWidgetTail } from '../recognise.js';
import { recogniseBareNumber } from '../../../text/numbers.js';
import { isBulletLine, type MetacriticTokens } from '../kinds.js';
import { ensureUsers, type MetacriticReader, type MetacriticState, reportLine } from '../state.js';
import { collapse } from '../../../text/strings.js';
import { copiedUserItemRules, holdsText, looksLikeCopiedUserName, readUserRestInCopiedTail, type UserItemRules } from './copied-user-items.js';
import { isBareItemNumber } from './copied-list.js';
import {
  continuesItem,
  dateOf,
  dateOfLine,
  firstPiece,
  isCutDateLine,
  isNamedAsFurniture,
  isWidgetTail,
  joinLines,
  NUMBERED_ROW,
  type Piece,
} from './items.js';

/** Reads a user item (in the user block: numbered or indented). */
export const userItemReader: MetacriticReader = {
  name: 'user item',
  opens: ['numbered', 'text', 'date', 'numberedFurniture'],
  when: (state, tokens, at) => state.phase === 'user' && (tokens.rowAt(at) === NUMBERED_ROW || tokens.indent(at) > 0 || isNamedAsFurniture(state, tokens, at)),
  read(tokens, at, state) {
    const users = ensureUsers(state, at);
    const { piece: head, number } = firstPiece(tokens, at);
    const indent = tokens.indent(at);
    const pieces: Piece[] = [head];
    // An unnumbered item ends where the next one's date (or name, then date) begins; any item
    // ends with its "Expand" or "Full Review »" (a line under it as shallow as the item's own,
    // such as the next item's number cut short, is not its text; on a page with no indentation
    // nothing tells them apart, and the text goes on).
    // The first piece's date, read once (the text after a number is read by the pattern).
    const headDate = dateOf(tokens, head);
    let dated = headDate !== undefined;
    let next = at + 1;
    const rules = copiedUserItemRules(state, indent, USER_ITEM_RULES);
    for (;;) {
      const line = tokens.nextNonBlank(next);
      if (line >= tokens.count) break;
      if (!continuesItem(tokens, line, next, indent, rules) && !(dated && isNumberText(state, pieces, number, line))) break;
      // Whether the item's last piece so far ends with a widget tail: asked only of a line as shallow as the item.
      if (indent > 0 && tokens.indent(line) <= indent && endsWithWidgetTail((pieces[pieces.length - 1] as Piece).text)) break;
      const piece: Piece = { text: tokens.text(line), line, whole: true };
      // A date right under a date that opens the item is the review's: the first is its user's name (`Jan 5, 2019`).
      if (dated && startsUserReview(tokens, line, piece.text) && !(pieces.length === 1 && headDate !== undefined && dateOf(tokens, piece) !== undefined)) break;
      dated ||= dateOfLine(tokens, line) !== undefined;
      pieces.push(piece);
      next = line + 1;
    }
    // On a page partly indented, the review may go on in the copied tail under it.
    next = readUserRestInCopiedTail(state, pieces, next, endsWithWidgetTail((pieces[pieces.length - 1] as Piece).text));

    let user: string | null = null;
    let date: string | null = null;
    let dateText: string | null = null;
    let score: number | null = null;
    const text: string[] = [];
    let i = 0;
    const second = pieces[1];
    // A user's name opens the item when a date (or, where the date is missing, a score) comes under it;
    // so it does alone over the page's end, cut inside the date (`  2. BobK.` / `    Mar 1`, reported).
    if (
      second !== undefined
        ? dateOf(tokens, second) !== undefined || (headDate === undefined && recogniseUserScore(second.text) !== undefined && looksLikeUserName(head.text))
        : headDate === undefined && isCutDateLine(tokens, tokens.nextNonBlank(next)) && looksLikeCopiedUserName(head.text)
    ) {
      user = collapse(head.text);
      i = 1;
    }
    // Piece i is the first piece, or the date under a user's name (none over a cut date).
    const datePiece = pieces[i] as Piece;
    const parsedDate = i === 0 ? headDate : second === undefined ? undefined : dateOf(tokens, datePiece);
    if (parsedDate) {
      dateText = datePiece.text;
      date = parsedDate.iso;
      if (date === null) reportLine(state, 'invalid-date', `The date "${datePiece.text}" names a day that does not exist.`, datePiece.line);
      i++;
    }
    const scorePiece = pieces[i];
    // The score comes after the date or the name; with neither, a 0-10 number with text under it.
    if (scorePiece && (dateText !== null || user !== null || (i === 0 && pieces.length > 1))) {
      const value = recogniseUserScore(scorePiece.text);
      if (value !== undefined) {
        score = value;
        i++;
      } else if (recogniseBareNumber(scorePiece.text) !== undefined) {
        reportLine(
          state,
          'score-out-of-range',
          `The number ${scorePiece.text} stands where a user score belongs but is outside the 0-10 scale; it is kept as text.`,
          scorePiece.line,
        );
      }
    }
    for (; i < pieces.length; i++) {
      const piece = pieces[i] as Piece;
      if (!isWidgetTail(tokens, piece.text, piece.line, piece.whole)) text.push(piece.text);
    }
    const last = (pieces[pieces.length - 1] as Piece).line;
    const excerpt = stripWidgetTail(collapse(joinLines(text)));
    const span = tokens.lines.span(at, last);
    if (excerpt === '') state.report.report('review-without-text', 'This user review has no text.', span);
    users.reviews.push({ index: number, user, date, dateText, score, excerpt, span });
    users.last = last;
    return next;
  },
};

/**
 * True when line `line`, under the lines `pieces` of a user item numbered `number` (or none) that
 * hold its date, is a list number alone (`0.`, `3.`; see {@link isBareItemNumber}) standing as deep
 * as the item's last line (a page with no indentation, or whose bodies sit as deep as their
 * numbers), where its depth does not nest it in the item as a crawled page's body does (a number
 * shallower than the body above it is the next item's): the review's text. It may as well be an
 * item cut to its number where the review has text above it, or where it is the list's next
 * number (`3.` under `2. KateP.`): it is read as the text, and reported (`copied-number-open`).
 */
function isNumberText(state: MetacriticState, pieces: readonly Piece[], number: number | null, line: number): boolean {
  const { tokens } = state;
  const last = pieces[pieces.length - 1] as Piece;
  if (tokens.indent(line) < tokens.indent(last.line) || !isBareItemNumber(tokens, line)) return false;
  if (holdsText(tokens, pieces) || (number !== null && tokens.valueAs(line, 'numberedFurniture') === number + 1)) {
    reportLine(
      state,
      'copied-number-open',
      `The line "${tokens.text(line)}" under a user review's date is read as its text, but the text does not say whether it is a list item cut to its number.`,
      line,
    );
  }
  return true;
}

/** What ends a user item's lines besides its own stops: a deeper bullet or "> " quote is its text. */
const USER_ITEM_RULES: UserItemRules = { nestedText: isUserTextLine };

/** A user name as the site prints them: one word ("DavidS.", "jdog123"), not a number. */
export function looksLikeUserName(text: string): boolean {
  return text.length <= 40 && !text.includes(' ') && recogniseBareNumber(text) === undefined;
}

/** A date line, or a one-word user name with a date line right under it: where an unnumbered user review starts. */
export function startsUserReview(tokens: MetacriticTokens, line: number, text: string = tokens.text(line)): boolean {
  if (dateOfLine(tokens, line) !== undefined) return true;
  return looksLikeUserName(text) && dateOfLine(tokens, tokens.nextNonBlank(line + 1)) !== undefined;
}

/** A user's text line that reads as a bullet or a "> " quote: in free text, it is text. */
function isUserTextLine(tokens: MetacriticTokens, line: number): boolean {
  return isBulletLine(tokens, line) || tokens.text(line).startsWith('> ');
}
