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
import { recogniseUserScore, recogniseWidgetTail, stripWidgetTail } from '../recognise.js';
import { recogniseDate } from '../../../text/dates.js';
import { recogniseBareNumber } from '../../../text/numbers.js';
import { ensureUsers, type MetacriticReader, type MetacriticState, reportLine } from '../state.js';
import { collapse } from '../../../text/strings.js';
import type { MetacriticTokens } from '../kinds.js';
import {
  copiedList,
  copiedTailStart,
  droppedNumberStop,
  endItem,
  continuesUserItemUnindented,
  endsCopiedItem,
  nextCopiedLine,
  numberItem,
  opensCopiedItem,
  peekCopiedLine,
} from './copied-list.js';
import { type ContinuationRules, dateOf, type Piece } from './items.js';
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
    // startsCopiedUserReview settled it: a line that is no date is the user's name over one.
    if (!tokens.accepts(line, 'date')) {
      user = collapse(tokens.text(line));
      line = nextCopiedLine(state, line + 1);
    }
    // startsCopiedUserReview settled it: the line is a date.
    const dateText = tokens.text(line);
    const date = recogniseDate(dateText)?.iso ?? null;
    if (date === null) reportLine(state, 'invalid-date', `The date "${dateText}" names a day that does not exist.`, line);
    let last = line;
    line = nextCopiedLine(state, line + 1);
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
    for (; line < tokens.count && !endsCopiedItem(tokens, line) && !startsCopiedUserReview(tokens, line); line = nextCopiedLine(state, line + 1)) {
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
 * True when line `line` opens a user review of copied text: a date, or a user's name over one
 * (furniture between them passed over). A name may be a number there (`42` over `Mar 6, 2015`): a
 * review's score comes under its date, never over the next one's, so a number over a date is no
 * score of the review above it; but one from 0 to 10 may be the rating widget's last digit, bare
 * (`0`), and is no name.
 */
function startsCopiedUserReview(tokens: MetacriticTokens, line: number): boolean {
  if (tokens.accepts(line, 'date')) return true;
  const text = tokens.text(line);
  return (looksLikeUserName(text) || isNumberName(text)) && tokens.accepts(peekCopiedLine(tokens, line + 1), 'date');
}

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
  let dated = pieces.some((piece) => dateOf(tokens, piece) !== undefined);
  let taken = next;
  while (line < tokens.count && !endsCopiedItem(tokens, line) && !(dated && startsCopiedUserReview(tokens, line))) {
    const piece: Piece = { text: tokens.text(line), line, whole: true };
    dated ||= dateOf(tokens, piece) !== undefined;
    pieces.push(piece);
    taken = nextCopiedLine(state, line + 1);
    if (recogniseWidgetTail(piece.text)) break;
    line = taken;
  }
  return taken;
}

/**
 * The rules of an indented user item's lines, `rules`, as a copy leaves them: a date or score
 * left unindented right under the item's lines, over a line indented as the item's body, goes on
 * the item (`  1. DavidS.` / `Jan 29, 2008` / `    A timeless take ...`, see
 * {@link isFieldWithoutIndent}); and where the copy dropped the page's list numbers, a line as
 * deep as the item, `indent`, is the next review (`  ChristianP.` / `    Wildly overrated.` /
 * `  Feb 25, 2018`, see {@link droppedNumberStop}). At no indentation, where the copied reader
 * reads the reviews, `rules` as they are.
 */
export function copiedUserItemRules(state: MetacriticState, indent: number, rules: ContinuationRules): ContinuationRules {
  if (indent === 0) return rules;
  const stopsAt = droppedNumberStop(state, indent);
  return stopsAt === undefined ? { ...rules, shallowerGoesOn: isFieldWithoutIndent } : { ...rules, stopsAt, shallowerGoesOn: isFieldWithoutIndent };
}
