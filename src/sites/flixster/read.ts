/**
 * flixster.com's critic list: `<Title>` / `critic Reviews` / `, <NN>% Rotten|Fresh
 * Tomatometer Score` / `  • <consensus>` (unlabelled) / per review
 * `  • , Fresh|Rotten Tomatometer Score` / `<Critic><Publication>` (glued) /
 * `<quote>` / `[blank]` / `Read full article`.
 *
 * @module
 */
import type { Line, LineList } from '../../parse/lines.js';
import type { SiteInput, SiteResult } from '../../parse/site.js';
import { splitGluedByline } from '../shared/bylines.js';
import { collapse, newReview, PageDraft, readCritic } from '../shared/draft.js';
import { classifyLine } from '../shared/table.js';
import { FLIXSTER_LINES, recogniseArticleLink, recogniseTomatometerScore } from './lines.js';
import type { FlixsterLineKind } from './lines.js';

/** Reads a flixster critic list. */
export function readFlixsterPage(input: SiteInput): SiteResult {
  const { lines } = input.lines;
  const draft = new PageDraft(input.lines, 'rottentomatoes');
  let last = lines.length - 1;
  while (last >= 0 && lines.at(last)?.text === '') last--;
  const kindAt = (at: number): FlixsterLineKind => classifyLine(FLIXSTER_LINES, lines.at(at)?.text ?? '', 'text');
  let at = 0;
  while (at < lines.length) {
    const next = readLine(draft, lines, at, kindAt, last);
    if (next <= at) throw new Error(`A flixster reader made no progress at line ${at + 1}.`);
    at = next;
  }
  return draft.finish(input.media);
}

/** Reads the part that opens at `at`; returns the next unread line. */
function readLine(draft: PageDraft, lines: LineList, at: number, kindAt: (at: number) => FlixsterLineKind, last: number): number {
  const line = lines.at(at);
  if (line === undefined) return at + 1;
  const kind = kindAt(at);
  switch (kind) {
    case 'blank':
      return at + 1;
    case 'heading':
      draft.addFurniture(line);
      return at + 1;
    case 'page-score': {
      draft.setFact('tomatometer', recogniseTomatometerScore(line.text)?.percent ?? 0, line);
      return at + 1;
    }
    case 'review-score':
      return readReview(draft, lines, at, kindAt, last);
    case 'bullet':
      return readConsensus(draft, line) ? at + 1 : unplaced(draft, line, at);
    case 'link':
      draft.unplaced(line);
      return at + 1;
    case 'text':
      if (!draft.has('title') && draft.reviews.length === 0 && !draft.has('tomatometer')) {
        draft.setFact('title', line.text, line);
        return at + 1;
      }
      return readConsensus(draft, line) ? at + 1 : unplaced(draft, line, at);
  }
}

function unplaced(draft: PageDraft, line: Line, at: number): number {
  draft.unplaced(line);
  return at + 1;
}

/** The unlabelled consensus: the first text (a bullet, or a line a copy left unbulleted) under the page's score, before any review. */
function readConsensus(draft: PageDraft, line: Line): boolean {
  if (draft.has('consensus') || draft.reviews.length > 0 || !draft.has('tomatometer')) return false;
  draft.setFact('consensus', collapse(line.text.startsWith('• ') ? line.text.slice(2) : line.text), line);
  return true;
}

/** A review: its freshness bullet, the glued byline, the quote lines, and the link. */
function readReview(draft: PageDraft, lines: LineList, at: number, kindAt: (at: number) => FlixsterLineKind, last: number): number {
  const opening = lines.at(at);
  if (opening === undefined) return at + 1;
  const review = newReview(opening);
  review.freshness = recogniseTomatometerScore(opening.text)?.freshness ?? null;
  let next = at + 1;
  let bylineRead = false;
  while (next < lines.length) {
    const line = lines.at(next);
    if (line === undefined) break;
    const kind = kindAt(next);
    if (kind === 'blank') {
      next++;
      continue;
    }
    if (kind === 'link' || (next === last && recogniseArticleLink(line.text, true))) {
      review.last = line;
      next++;
      break;
    }
    if (kind !== 'text') break;
    if (!bylineRead) {
      bylineRead = true;
      const split = splitGluedByline(line.text);
      if (split) {
        review.critic = split.critic === null ? null : readCritic(split.critic);
        review.publication = split.publication;
      } else {
        review.critic = readCritic(line.text);
        draft.reportLine('glued-text', `The byline "${line.text.slice(0, 50)}" has no case change where a critic's name would end; it is kept whole as the critic.`, line);
      }
    } else review.excerpt.push(line.text);
    review.last = line;
    next++;
  }
  draft.pushReview(review);
  return next;
}
