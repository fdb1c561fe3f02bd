/**
 * Other sites' pages of one title's Rotten Tomatoes quotes.
 *
 * - "said" pages: `<Critic> (<Publication>) said:` / `"<quote>"`, with an
 *   unlabelled consensus sentence above the quotes (under the title).
 * - "top critics" pages: `Top Critics Reviews` / per review `fresh:` or
 *   `rotten:` / `<quote>` / `– <Critic>,` / `<Publication>,` / `<D Mon YYYY>`,
 *   and three unlabelled figures above: `8.1` (an IMDb rating, a detail),
 *   `97%` (the Tomatometer) and `90` (the Metascore).
 *
 * @module
 */
import type { Line } from '../../parse/lines.js';
import type { SiteInput, SiteResult } from '../../parse/site.js';
import { readDate } from '../shared/dates.js';
import { collapse, newReview, PageDraft, readCritic } from '../shared/draft.js';
import type { ReviewDraft } from '../shared/draft.js';
import { classifyLine } from '../shared/table.js';
import { QUOTES_LINES, recogniseDashedCritic, recogniseFigure, recogniseFreshnessLabel, recogniseSaid } from './lines.js';

/** A quote as printed, without the quotation marks around it. */
function unquote(text: string): string {
  const match = /^["“](.*)["”]$/u.exec(text);
  return match?.[1] ?? text;
}

/** Reads a page of quotes. */
export function readQuotesPage(input: SiteInput): SiteResult {
  const { lines } = input.lines;
  const draft = new PageDraft(input.lines, 'rottentomatoes');
  let review: ReviewDraft | undefined;
  /** What the open review awaits next: its quote, its critic, its publication, its date. */
  let awaiting: 'quote' | 'critic' | 'publication' | 'date' | 'none' = 'none';
  let topList = false;
  const close = (): void => {
    if (review) draft.pushReview(review);
    review = undefined;
    awaiting = 'none';
  };
  const take = (line: Line): void => {
    if (review) review.last = line;
  };
  for (let at = 0; at < lines.length; at++) {
    const line = lines.at(at);
    if (line === undefined) break;
    const kind = classifyLine(QUOTES_LINES, line.text, 'text');
    if (kind === 'blank') continue;
    if (kind === 'said') {
      close();
      const said = recogniseSaid(line.text);
      review = newReview(line);
      review.critic = said ? readCritic(said.critic) : null;
      review.publication = said?.publication ?? null;
      awaiting = 'quote';
    } else if (kind === 'top-heading') {
      close();
      topList = true;
      draft.addFurniture(line);
    } else if (kind === 'freshness' && topList) {
      close();
      review = newReview(line);
      review.freshness = recogniseFreshnessLabel(line.text) ?? null;
      review.topCritic = true;
      awaiting = 'quote';
    } else if (review && awaiting === 'quote') {
      review.excerpt.push(unquote(line.text));
      take(line);
      awaiting = topList ? 'critic' : 'none';
    } else if (review && awaiting === 'critic' && kind === 'dashed-critic') {
      review.critic = readCritic(recogniseDashedCritic(line.text) ?? line.text);
      take(line);
      awaiting = 'publication';
    } else if (review && awaiting === 'publication' && readDate(line.text) === undefined) {
      review.publication = collapse(line.text.replace(/,$/u, ''));
      take(line);
      awaiting = 'date';
    } else if (review && (awaiting === 'date' || awaiting === 'publication') && readDate(line.text) !== undefined) {
      const date = readDate(line.text);
      review.date = date?.iso ?? null;
      review.dateText = date?.text ?? null;
      take(line);
      close();
    } else if (kind === 'figure' && draft.reviews.length === 0 && !review) readFigure(draft, line);
    else if (!draft.has('title') && draft.reviews.length === 0 && !review) draft.setFact('title', line.text, line);
    else if (!draft.has('consensus') && draft.reviews.length === 0 && !review && !topList) draft.setFact('consensus', collapse(line.text), line);
    else if (review && awaiting === 'none' && !topList) {
      review.excerpt.push(unquote(line.text));
      take(line);
    } else draft.unplaced(line);
  }
  close();
  return draft.finish(input.media);
}

/** One of the three unlabelled figures: an IMDb rating (a detail), the Tomatometer, the Metascore. */
function readFigure(draft: PageDraft, line: Line): void {
  const figure = recogniseFigure(line.text);
  if (figure?.kind === 'rating') draft.addDetail('IMDb rating', line.text, line);
  else if (figure?.kind === 'percent') draft.setFact('tomatometer', figure.value, line);
  else if (figure) draft.setFact('metascore', figure.value, line);
}
