/**
 * A critic review in copied text, where a browser's copy has dropped the
 * list's numbers (and its indentation):
 * ```
 * Reviewed by: Noel Murray        a critic        ┐
 * Jul 15, 2013                    a date          │ its fields, each at most once
 * 80                              a score         │
 * Q Magazine                      a publication   ┘
 * As Refn counts down ...         its excerpt: one line, each paragraph being one
 * [Oct 2009, p.111]               (a print citation, a hard-wrapped line or a widget tail go on it)
 * ```
 * The next line starts the next review. Two lines of text in a row are two
 * reviews, reported as an open boundary (`copied-boundary-open`), as is a
 * review with no text over a field it has already (which of the lines are
 * whose is open); a bare number with no text under it is a score, reported
 * (`copied-number-open`).
 * On a page partly indented, a review whose item the indented reader read
 * goes on in the copied tail under it (see {@link continuesInCopiedTail}).
 *
 * @module
 */
import { recogniseReviewedBy, recogniseWidgetTail } from '../recognise.js';
import { recogniseDate } from '../../../text/dates.js';
import { recogniseBareNumber } from '../../../text/numbers.js';
import { isNumberedLine, type MetacriticTokens } from '../kinds.js';
import { type CopiedList, newReview, type MetacriticReader, type MetacriticState, type ReviewDraft } from '../state.js';
import { readCritic } from '../text.js';
import { collapse } from '../../../text/strings.js';
import { continuesExcerpt, isPublicationLine, opensWithCriticName } from './critic-items.js';
import {
  copiedList,
  copiedTailStart,
  endItem,
  endsCopiedItem,
  nextCopiedLine,
  numberItem,
  opensCopiedItem,
  peekCopiedLine,
  previousCopiedLine,
  reportOpenBoundary,
  isLeftUnindented,
  opensAboveNumbers,
  reportStrayExcerpt,
} from './copied-list.js';
import { pushReview, readDate } from './items.js';

/** Reads a critic review of copied text: its fields, then its excerpt's line. */
export const copiedCriticItemsReader: MetacriticReader = {
  name: 'copied critic items',
  opens: ['text', 'date', 'bareMediaFilter'],
  when: (state, tokens, at) => opensCopiedItem(state, tokens, at, 'critic'),
  read(tokens, at, state) {
    const list = copiedList(state, tokens, 'critic', at);
    // An older main page prints no number on an item that opens with its critic's name.
    const next = peekCopiedLine(tokens, at + 1);
    const named = !endsCopiedItem(tokens, next) && opensWithCriticName(state, tokens.text(at), tokens.text(next));
    const draft = newReview(at, numberItem(list, tokens, at, !named));
    if (named) draft.critic = readCritic(tokens.text(at));
    return readCopiedReview(state, list, draft, named ? nextCopiedLine(state, at + 1) : at);
  },
};

/**
 * True when the critic review `draft`, whose item's lines an indented reader read up to line
 * `next`, goes on in the page's copied tail (a page partly indented, its markers dropped from
 * the middle on): the line under it there is a field the review lacks or its excerpt's line,
 * or, under its excerpt, a line that goes on it (a hard-wrapped line, a citation, a widget tail).
 */
export function continuesInCopiedTail(state: MetacriticState, draft: ReviewDraft, next: number): boolean {
  const { tokens } = state;
  const line = peekCopiedLine(tokens, next);
  if (isStrayCriticLine(state, draft, line)) return true;
  if (line >= tokens.count || line < copiedTailStart(state) || endsCopiedItem(tokens, line)) return false;
  const text = tokens.text(line);
  if (draft.excerpt.length > 0) return recogniseWidgetTail(text) || continuesExcerpt(draft.excerpt, text) || isPublicationOverTail(state, draft, line);
  return !endsField(tokens, draft, line);
}

/**
 * True when the one line of text the indented reader read as the excerpt of the critic review
 * `draft` (no widget tail closed it) is its publication over line `line`, the copied tail's first (`  2. Mojo` /
 * `Her best since the debut.`): the reader told a publication by the line indented under it, and
 * the copy dropped that line's indentation. It reads as one over `line` as a copied review's
 * publication does over its text.
 */
function isPublicationOverTail(state: MetacriticState, draft: ReviewDraft, line: number): boolean {
  const { tokens } = state;
  if (draft.excerpt.length !== 1 || draft.publication !== null || !tokens.is(line, 'text') || endsField(tokens, draft, line)) return false;
  const text = tokens.text(line);
  return !recogniseWidgetTail(tokens.text(draft.last)) && !recogniseWidgetTail(text) && isPublicationLine(draft.excerpt[0] as string, text, draft);
}

/**
 * True when line `line` is a line of the critic review `draft` left unindented right under its
 * indented item (see {@link isLeftUnindented}): the review has no excerpt yet, nor a `Reviewed by`
 * awaiting its name, and the line is its excerpt (see {@link isStrayExcerptLine}) or a field it
 * lacks (`  1. Reviewed by: Noel Murray` / `Jul 15, 2013` / `As Refn counts down ...`).
 */
function isStrayCriticLine(state: MetacriticState, draft: ReviewDraft, line: number): boolean {
  if (draft.excerpt.length > 0 || draft.awaitingCritic || !isLeftUnindented(state, draft.last, line)) return false;
  const { tokens } = state;
  return (tokens.is(line, 'text') || tokens.is(line, 'date')) && !endsField(tokens, draft, line);
}

/**
 * Reads the lines of the critic review `draft` that a copy left unindented right under its
 * indented item, from line `from` (see {@link isStrayCriticLine}): the fields it lacks, then its
 * excerpt's line (and a widget tail or a hard-wrapped line on it), each right under the one
 * before, unindented, above the page's copied tail. The text does not say whether they open a
 * review of their own: a `copied-boundary-open` warning spans the review. Returns the first line
 * not taken.
 */
function readStrayLines(state: MetacriticState, draft: ReviewDraft, from: number): number {
  const { tokens } = state;
  const tail = copiedTailStart(state);
  let excerptFirst = false;
  let line = from;
  for (; line < tail && line === draft.last + 1 && tokens.indent(line) === 0 && !endsCopiedItem(tokens, line); line++) {
    const text = tokens.text(line);
    if (draft.excerpt.length > 0) {
      if (recogniseWidgetTail(text)) {
        draft.last = line;
        line++;
        break;
      }
      if (!continuesExcerpt(draft.excerpt, text)) break;
      draft.excerpt.push(text);
    } else if (endsField(tokens, draft, line) || !(tokens.is(line, 'text') || tokens.is(line, 'date'))) break;
    else if (!readField(state, tokens, draft, line)) {
      draft.excerpt.push(text);
      excerptFirst = line === from;
    }
    draft.last = line;
  }
  if (excerptFirst) reportStrayExcerpt(state, draft.first, from);
  else {
    state.report.reportLine(
      'copied-boundary-open',
      'Lines stand unindented right under an indented review with no text: they are read as that review’s fields and excerpt, their indentation dropped, but the text does not say whether they open a review of their own.',
      draft.first,
      draft.last,
    );
  }
  reportOpenNumber(state, draft);
  pushReview(state, draft);
  return line;
}

/**
 * Reads the rest of the critic review `draft` from the page's copied tail, its lines read up to
 * line `next` (see {@link continuesInCopiedTail}); the reviews under it are read as the copied
 * list they are, numbered on from it. Returns the first line not taken.
 */
export function readRestInCopiedTail(state: MetacriticState, draft: ReviewDraft, next: number): number {
  const from = nextCopiedLine(state, next);
  // Its lines left unindented on a page that keeps its indentation: they alone are the review's, and no copied list opens.
  if (isStrayCriticLine(state, draft, from)) return readStrayLines(state, draft, from);
  const list = copiedList(state, state.tokens, 'critic', from);
  // Its one line of text is its publication, over its excerpt in the tail.
  if (isPublicationOverTail(state, draft, from)) draft.publication = collapse(draft.excerpt.pop() as string);
  if (draft.index !== null) list.next = draft.index + 1;
  // A review with no number that opens shallower than the numbers above lost its number: the tail's are open.
  else if (opensAboveNumbers(state, state.reviews, draft.first)) list.numbersOpen = true;
  return readCopiedReview(state, list, draft, from);
}

/** Reads the review `draft` of `list` from line `from`: the fields it lacks, then its excerpt's line. Returns the first line not taken. */
function readCopiedReview(state: MetacriticState, list: CopiedList, draft: ReviewDraft, from: number): number {
  const { tokens } = state;
  let line = from;
  let inExcerpt = draft.excerpt.length > 0;
  let excerptStart: number | undefined;
  for (; line < tokens.count; line = nextCopiedLine(state, line + 1)) {
    if (line > draft.first && (endsCopiedItem(tokens, line) || (!inExcerpt && endsField(tokens, draft, line)) || isShallower(state, draft, line))) break;
    const text = tokens.text(line);
    if (inExcerpt) {
      // After the excerpt's line: a widget tail closes it, a citation or a hard-wrapped line goes on it.
      if (recogniseWidgetTail(text)) {
        draft.last = line;
        line = tokens.nextNonBlank(line + 1);
        break;
      }
      if (!continuesExcerpt(draft.excerpt, text)) break;
      draft.excerpt.push(text);
      draft.last = line;
      continue;
    }
    if (!readField(state, tokens, draft, line)) {
      draft.excerpt.push(text);
      inExcerpt = true;
      excerptStart = line;
    }
    draft.last = line;
  }
  // A review that is its excerpt's line alone, right under the last one's text: the boundary is open.
  const { first } = draft;
  if (excerptStart === first && list.lastText !== undefined && list.lastText === previousCopiedLine(tokens, first - 1))
    reportOpenBoundary(state, list.lastText, first);
  // A review with no text over a field it has already: which of its lines are the next review's is open
  // (for a score alone, copied-number-open says so).
  if (!inExcerpt && draft.score === null && line < tokens.count && line > draft.first && !endsCopiedItem(tokens, line) && endsField(tokens, draft, line)) {
    state.report.reportLine(
      'copied-boundary-open',
      'A review with no text stands over a field it has already (a second date, score or byline): they are read as two reviews, but the copied text does not say which of these lines are whose.',
      draft.first,
      line,
    );
  }
  endItem(list, draft.last, inExcerpt && !recogniseWidgetTail(tokens.text(draft.last)));
  reportOpenNumber(state, draft);
  pushReview(state, draft);
  return line;
}

/** Reports the score of the copied review `draft` when no text stands under it (`copied-number-open`): it may be a rating widget's digit. */
function reportOpenNumber(state: MetacriticState, draft: ReviewDraft): void {
  if (draft.excerpt.length > 0 || draft.score === null) return;
  state.report.reportLine(
    'copied-number-open',
    `The number ${draft.score} has no review text under it: it is read as a review's score, but the copied text does not say whether it is a rating widget's digit.`,
    draft.first,
    draft.last,
  );
}

/**
 * Reads line `line` as one of the review's fields when it is one the review
 * lacks (a "Reviewed by", a critic's name under it, a date, a score, a
 * publication); false when it is text. (A field the review has already
 * opens the next review: see {@link endsField}.)
 */
function readField(state: MetacriticState, tokens: MetacriticTokens, draft: ReviewDraft, line: number): boolean {
  const text = tokens.text(line);
  if (draft.awaitingCritic) {
    draft.critic = readCritic(text);
    draft.awaitingCritic = false;
    return true;
  }
  const reviewedBy = recogniseReviewedBy(text);
  if (reviewedBy !== undefined) {
    if (reviewedBy.name === '') draft.awaitingCritic = true;
    else draft.critic = readCritic(reviewedBy.name);
    return true;
  }
  const date = recogniseDate(text);
  if (date !== undefined) {
    readDate(state, draft, date.iso, text, line);
    return true;
  }
  const score = recogniseBareNumber(text);
  if (score !== undefined && score <= 100) {
    draft.score = score;
    return true;
  }
  if (score !== undefined) {
    state.report.reportLine('score-out-of-range', `The number ${score} stands where a score belongs but is outside the 0-100 scale; it is kept as text.`, line);
    return false;
  }
  const next = peekCopiedLine(tokens, line + 1);
  if (draft.publication !== null || endsCopiedItem(tokens, next)) return false;
  const nextText = tokens.text(next);
  if (recogniseWidgetTail(nextText) || !isPublicationLine(text, nextText, draft)) return false;
  // Between a review's score or date and a `Reviewed by:`, the line is the review's text, and the byline the next review's.
  if ((draft.score !== null || draft.dateText !== null) && recogniseReviewedBy(nextText) !== undefined) {
    state.report.reportLine(
      'copied-boundary-open',
      'A short line stands between a review’s fields and a `Reviewed by:` line: it is read as the review’s text and the byline as the next review’s, but the copied text does not say whether it is the review’s publication, over its critic.',
      line,
      next,
    );
    return false;
  }
  draft.publication = collapse(text);
  return true;
}

/** True when line `line` is a field that `draft` has already: it opens the next review. */
export function endsField(tokens: MetacriticTokens, draft: ReviewDraft, line: number): boolean {
  const text = tokens.text(line);
  if (recogniseReviewedBy(text) !== undefined) return draft.critic !== null || draft.awaitingCritic;
  if (recogniseDate(text) !== undefined) return draft.dateText !== null;
  const score = recogniseBareNumber(text);
  return score !== undefined && score <= 100 && draft.score !== null;
}

/**
 * True when line `line`, shallower than the item it stands in (whose number sits at `minIndent`),
 * is a field of that item whose indentation a copy dropped: a `Reviewed by:`, a date or a bare
 * score, right under the item's lines (no blank line between), with the line under it indented
 * as the item's body (`  4. Reviewed by: Dennis Lim` / `Jul 15, 2013` / `    As botched-drug-deal
 * tales go ...`). A numbered line opens an item of its own, and a field over a line as shallow,
 * or at the page's end, settles nothing.
 */
export function isFieldWithoutIndent(tokens: MetacriticTokens, line: number, minIndent: number): boolean {
  if (tokens.isBlank(line - 1) || isNumberedLine(tokens, line)) return false;
  const under = tokens.nextNonBlank(line + 1);
  if (under >= tokens.count || tokens.indent(under) <= minIndent || tokens.indent(under) <= tokens.indent(line) || isNumberedLine(tokens, under)) return false;
  if (tokens.is(line, 'date')) return true;
  const text = tokens.text(line);
  const score = recogniseBareNumber(text);
  return (score !== undefined && score <= 100) || recogniseReviewedBy(text) !== undefined;
}

/**
 * True when line `line`, above the page's copied tail, is indented less than the review `draft`'s
 * first line: where the copy kept the indentation, it settles the boundary, as on a page (`  Reviewed
 * by: Scott Tobias` under a review opened by `    Aug 19, 2012`, the two items' numbers dropped).
 */
function isShallower(state: MetacriticState, draft: ReviewDraft, line: number): boolean {
  const { tokens } = state;
  return line < copiedTailStart(state) && tokens.indent(line) < tokens.indent(draft.first);
}
