/**
 * A profile's reviews in copied text, their bullets (and numbers, and
 * indentation) dropped:
 * ```
 * 72 Metascore                 a scored block: the title's Metascore,
 * 80 Sheri Linden              the score line ("40 Critic Score"; "25 Reviewed by", the critic on the next line)
 * What gives Spielberg ...     the excerpt: one line (each paragraph being one)
 * Even stupidity stops ...     an item whose score is not rendered: one line, numbered in turn
 * ```
 * A block carries no number; the items of a list with no printed number are
 * numbered in turn. Two lines of text in a row are two reviews, reported as
 * an open boundary (`copied-boundary-open`).
 *
 * @module
 */
import { recogniseScoreBullet, recogniseTitleMetascore, recogniseWidgetTail, type ScoreBullet } from '../recognise.js';
import { newReview, type MetacriticReader, type MetacriticState, reportLine, type ReviewDraft, startPage } from '../state.js';
import { readCritic } from '../text.js';
import { continuesExcerpt } from './critic-items.js';
import {
  copiedList,
  endItem,
  endsCopiedItem,
  hasOpenText,
  nextCopiedLine,
  numberItem,
  opensCopiedItem,
  previousCopiedLine,
  reportOpenBoundary,
} from './copied-list.js';
import { pushReview } from './items.js';

/** Reads a scored block whose lines stand bare: `72 Metascore`, its score line, its excerpt. */
export const copiedProfileBlockReader: MetacriticReader = {
  name: 'copied profile block',
  opens: ['bareTitleMetascore', 'bareScoreLine'],
  when: (state) => state.phase === 'profile',
  read(tokens, at, state) {
    startPage(state);
    const list = copiedList(state, tokens, 'profile');
    const draft = newReview(at, null);
    let line = at;
    const metascore = tokens.value(at, 'bareTitleMetascore');
    if (metascore !== undefined) {
      if (metascore.metascore !== 'tbd' && metascore.metascore > 100) {
        reportLine(state, 'score-out-of-range', `The Metascore ${metascore.metascore} is outside the 0-100 scale.`, at);
      } else {
        draft.metascore = metascore.metascore;
      }
      line = nextCopiedLine(state, at + 1);
    }
    // The score line: "40 Critic Score", "25 Reviewed by", or a number and the critic's name.
    const score = tokens.value(line, 'bareScoreLine') ?? (tokens.is(line, 'text') ? recogniseScoreBullet(tokens.text(line)) : undefined);
    if (score !== undefined) {
      readScoreLine(state, draft, score, line);
      draft.last = line;
      line = nextCopiedLine(state, line + 1);
      if (draft.awaitingCritic && line < tokens.count && !endsCopiedItem(tokens, line)) {
        draft.critic = readCritic(tokens.text(line));
        draft.awaitingCritic = false;
        draft.last = line;
        line = nextCopiedLine(state, line + 1);
      }
    }
    line = readExcerpt(state, draft, line);
    endItem(list, draft.last, hasOpenText(tokens, draft));
    pushReview(state, draft);
    return Math.max(line, at + 1);
  },
};

/** Reads a profile item whose number a copy dropped: one line of text. */
export const copiedProfileItemsReader: MetacriticReader = {
  name: 'copied profile items',
  opens: ['text', 'date', 'bareMediaFilter'],
  when: (state, tokens, at) => opensCopiedItem(state, tokens, at, 'profile'),
  read(tokens, at, state) {
    const list = copiedList(state, tokens, 'profile');
    if (list.lastText !== undefined && list.lastText === previousCopiedLine(tokens, at - 1)) reportOpenBoundary(state, list.lastText, at);
    const draft = newReview(at, numberItem(list, tokens, at));
    const next = readExcerpt(state, draft, at);
    endItem(list, draft.last, hasOpenText(tokens, draft));
    pushReview(state, draft);
    return next;
  },
};

/** Reads a block's score line into `draft`; a score off the scale is reported. */
function readScoreLine(state: MetacriticState, draft: ReviewDraft, score: ScoreBullet, line: number): void {
  if (score.score > 100) reportLine(state, 'score-out-of-range', `The critic score ${score.score} is outside the 0-100 scale.`, line);
  else draft.score = score.score;
  if (score.by.kind === 'name') draft.critic = readCritic(score.by.name);
  draft.awaitingCritic = score.by.kind === 'reviewed-by';
}

/** Reads an excerpt's line from `line` (and a citation, hard-wrapped line or widget tail on it); returns the first line not taken. */
function readExcerpt(state: MetacriticState, draft: ReviewDraft, from: number): number {
  const { tokens } = state;
  let line = from;
  for (; line < tokens.count; line = nextCopiedLine(state, line + 1)) {
    if (line > draft.first && endsCopiedItem(tokens, line)) break;
    const text = tokens.text(line);
    if (recogniseWidgetTail(text)) {
      draft.last = line;
      return tokens.nextNonBlank(line + 1);
    }
    if (draft.excerpt.length > 0 && !continuesExcerpt(draft.excerpt, text)) break;
    if (draft.excerpt.length === 0 && recogniseTitleMetascore(text) !== undefined) break;
    draft.excerpt.push(text);
    draft.last = line;
  }
  return line;
}
