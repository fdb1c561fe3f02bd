/**
 * cinematerial.com's page of a title's Rotten Tomatoes reviews:
 * `[<Title> <Year>` / `Critics score:` / `<NN> / 100]` / `Reviews provided by
 * RottenTomatoes`, then one line a review, `<Critic>, <Publication>: <quote>
 * Read more` or `<Publication>: <quote> Read more`, blank lines between or not.
 *
 * @module
 */
import type { Line } from '../../parse/lines.js';
import type { SiteInput, SiteResult } from '../../parse/site.js';
import { newReview, PageDraft, readCritic } from '../shared/draft.js';
import { classifyLine } from '../shared/table.js';
import { CINEMATERIAL_LINES, recogniseOutOf100, recogniseReviewLine } from './lines.js';

/** Reads a cinematerial page. */
export function readCinematerialPage(input: SiteInput): SiteResult {
  const { lines } = input.lines;
  const draft = new PageDraft(input.lines, 'rottentomatoes');
  let last = lines.length - 1;
  while (last >= 0 && lines.at(last)?.text === '') last--;
  let scoreLabel: Line | undefined;
  // Review lines follow "Reviews provided by RottenTomatoes"; above it, a title may hold a colon.
  let listed = false;
  for (let at = 0; at < lines.length; at++) {
    const line = lines.at(at);
    if (line === undefined) break;
    const kind = classifyLine(CINEMATERIAL_LINES, line.text, 'text');
    if (kind === 'blank') continue;
    if (kind === 'provided-by') {
      draft.addFurniture(line);
      listed = true;
    }
    else if (kind === 'score-label') scoreLabel = line;
    else if (kind === 'score' && scoreLabel !== undefined) {
      draft.setFact('tomatometer', recogniseOutOf100(line.text) ?? 0, scoreLabel, line);
      scoreLabel = undefined;
    } else if (kind === 'review' && listed) readReview(draft, line);
    else if (!draft.has('title') && !listed) readTitle(draft, line);
    else if (at === last) draft.cutShort(line, "a review's byline");
    else draft.unplaced(line);
  }
  if (scoreLabel) draft.unplaced(scoreLabel);
  return draft.finish(input.media);
}

/** `Casablanca 1943`: the title, and its year as a detail. */
function readTitle(draft: PageDraft, line: Line): void {
  const match = /^(\S.*) (\d{4})$/u.exec(line.text);
  draft.setFact('title', match?.[1] ?? line.text, line);
  if (match?.[2] !== undefined) draft.addDetail('Year', match[2], line);
}

/** One review line: the byline (critic and publication, or the publication alone) and the quote. */
function readReview(draft: PageDraft, line: Line): void {
  const read = recogniseReviewLine(line.text);
  if (read === undefined) return;
  const review = newReview(line);
  const comma = read.byline.indexOf(', ');
  if (comma > 0) {
    review.critic = readCritic(read.byline.slice(0, comma));
    review.publication = read.byline.slice(comma + 2).trim();
  } else review.publication = read.byline;
  review.excerpt.push(read.quote);
  draft.pushReview(review);
}
