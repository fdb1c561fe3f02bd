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
 * reviews, reported as an open boundary (`copied-boundary-open`); a bare
 * number with no text under it is a score, reported (`copied-number-open`).
 *
 * @module
 */
import { recogniseReviewedBy, recogniseWidgetTail } from '../recognise.js';
import { recogniseDate } from '../../../text/dates.js';
import { recogniseBareNumber } from '../../../text/numbers.js';
import type { MetacriticTokens } from '../kinds.js';
import { newReview, type MetacriticReader, type ReviewDraft } from '../state.js';
import { readCritic } from '../text.js';
import { collapse } from '../../../text/strings.js';
import { continuesExcerpt, isPublicationLine, opensWithCriticName } from './critic-items.js';
import {
  copiedList,
  endItem,
  endsCopiedItem,
  nextCopiedLine,
  numberItem,
  opensCopiedItem,
  peekCopiedLine,
  previousCopiedLine,
  reportOpenBoundary,
} from './copied-list.js';
import { pushReview, readDate } from './items.js';

/** Reads a critic review of copied text: its fields, then its excerpt's line. */
export const copiedCriticItemsReader: MetacriticReader = {
  name: 'copied critic items',
  opens: ['text', 'date', 'bareMediaFilter'],
  when: (state, tokens, at) => opensCopiedItem(state, tokens, at, 'critic'),
  read(tokens, at, state) {
    const list = copiedList(state, tokens, 'critic');
    // An older main page prints no number on an item that opens with its critic's name.
    const next = peekCopiedLine(tokens, at + 1);
    const named = !endsCopiedItem(tokens, next) && opensWithCriticName(state, tokens.text(at), tokens.text(next));
    const draft = newReview(at, numberItem(list, tokens, at, !named));
    let line = at;
    let excerptFrom = -1;
    for (; line < tokens.count; line = nextCopiedLine(state, line + 1)) {
      if (line > at && (endsCopiedItem(tokens, line) || (excerptFrom < 0 && endsField(tokens, draft, line)))) break;
      const text = tokens.text(line);
      if (excerptFrom >= 0) {
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
      if (line === at && named) draft.critic = readCritic(tokens.text(line));
      else if (!readField(state, tokens, draft, line)) {
        draft.excerpt.push(text);
        excerptFrom = line;
      }
      draft.last = line;
    }
    if (excerptFrom === at && list.lastText !== undefined && list.lastText === previousCopiedLine(tokens, at - 1)) reportOpenBoundary(state, list.lastText, at);
    endItem(list, draft.last, excerptFrom >= 0 && !recogniseWidgetTail(tokens.text(draft.last)));
    if (draft.excerpt.length === 0 && draft.score !== null) {
      state.report.reportLine(
        'copied-number-open',
        `The number ${draft.score} has no review text under it: it is read as a review's score, but the copied text does not say whether it is a rating widget's digit.`,
        draft.first,
        draft.last,
      );
    }
    pushReview(state, draft);
    return line;
  },
};

/**
 * Reads line `line` as one of the review's fields when it is one the review
 * lacks (a "Reviewed by", a critic's name under it, a date, a score, a
 * publication); false when it is text. (A field the review has already
 * opens the next review: see {@link endsField}.)
 */
function readField(state: Parameters<MetacriticReader['read']>[2], tokens: MetacriticTokens, draft: ReviewDraft, line: number): boolean {
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
  if (
    draft.publication === null &&
    !endsCopiedItem(tokens, next) &&
    !recogniseWidgetTail(tokens.text(next)) &&
    isPublicationLine(text, tokens.text(next), draft)
  ) {
    draft.publication = collapse(text);
    return true;
  }
  return false;
}

/** True when line `line` is a field that `draft` has already: it opens the next review. */
export function endsField(tokens: MetacriticTokens, draft: ReviewDraft, line: number): boolean {
  const text = tokens.text(line);
  if (recogniseReviewedBy(text) !== undefined) return draft.critic !== null || draft.awaitingCritic;
  if (recogniseDate(text) !== undefined) return draft.dateText !== null;
  const score = recogniseBareNumber(text);
  return score !== undefined && score <= 100 && draft.score !== null;
}
