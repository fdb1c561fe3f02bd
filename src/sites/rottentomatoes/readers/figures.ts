/**
 * The page's figures: the Tomatometer and the audience score ("99%" over
 * "TOMATOMETER" or "Audience Score"), the counts ("Total Count: 117",
 * "User Ratings: 459,059", "All Critics (408) | Top Critics (56) | Fresh (394)
 * | Rotten (14)", "Fresh: 45 | Rotten: 0", "View All (40) Critics Reviews"),
 * the 2014 blocks ("Average Rating: 8.1/10" / "Reviews Counted: 45" / ...,
 * the second the top critics') and the 2024 summary line.
 *
 * @module
 */
import type { RtContext } from '../context.js';
import type { Line } from '../../shared/lines.js';
import { kindAt, lineAt, nextNonBlank } from '../context.js';
import {
  recogniseAverageRating,
  recogniseCountLine,
  recogniseCountsLine,
  recogniseFreshRotten,
  recognisePercent,
  recogniseSummaryLine,
  recogniseViewAll,
} from '../lines.js';

/** `99%` over `TOMATOMETER` (the Tomatometer) or over `Audience Score` (the audience's percent), blank lines between. */
export function readPercent(context: RtContext, at: number): number {
  const { draft, lines } = context;
  const line = lineAt(context, at);
  const value = recognisePercent(line.text) ?? 0;
  const labelAt = nextNonBlank(lines, at + 1);
  const label = labelAt < lines.length ? kindAt(context, labelAt) : 'blank';
  if (label === 'tomatometer-label') {
    draft.setFact('tomatometer', value, line, lineAt(context, labelAt));
    return labelAt + 1;
  }
  if (label === 'audience-label') {
    draft.setUsers({ score: value }, line);
    draft.setUsers({}, lineAt(context, labelAt));
    return labelAt + 1;
  }
  draft.unplaced(line);
  return at + 1;
}

/** True when `value` is a percentage a page can print (0-100); otherwise a `score-out-of-range` warning on `line`, and the figure is not read. */
function isPercent(context: RtContext, value: number, line: Line): boolean {
  if (value <= 100) return true;
  context.draft.reportLine('score-out-of-range', `The percentage ${value}% is above 100; it is not read.`, line);
  return false;
}

/** `TOMATOMETER` or `Audience Score` with no percent above it (an image the text lost): the label alone. */
export function readLabel(context: RtContext, at: number): number {
  const line = lineAt(context, at);
  if (kindAt(context, at) === 'audience-label') context.draft.setUsers({}, line);
  else context.draft.addFurniture(line);
  return at + 1;
}

/** `Total Count: 117`, `Critic Ratings: 26`, `Reviews Counted: 45`, `User Ratings: 459,059`, `Verified Ratings: 2,692`. */
export function readCount(context: RtContext, at: number): number {
  const { draft, state } = context;
  const line = lineAt(context, at);
  const count = recogniseCountLine(line.text);
  if (count === undefined) return at + 1;
  if (count.label === 'ratings') draft.setUsers({ ratingCount: count.count }, line);
  else if (count.label === 'critics' && state.figureBlocks >= 2) draft.setFact('topCriticCount', count.count, line);
  else if (count.label === 'critics' || !draft.has('criticCount')) draft.setFact('criticCount', count.count, line);
  else draft.addDetail(count.name, String(count.count), line);
  return at + 1;
}

/** `All Critics (408) | Top Critics (56) | Fresh (394) | Rotten (14)`: the counts; the review list follows. */
export function readCounts(context: RtContext, at: number): number {
  setCounts(context, lineAt(context, at));
  context.state.section = 'main-reviews';
  return at + 1;
}

/** The page's counts from a counts line (a title page's, or the tabs over a 2011 list). */
export function setCounts(context: RtContext, line: Line): void {
  const { draft } = context;
  const counts = recogniseCountsLine(line.text);
  if (counts === undefined) return;
  if (counts.all !== undefined) draft.setFact('criticCount', counts.all, line);
  if (counts.top !== undefined) draft.setFact('topCriticCount', counts.top, line);
  if (counts.fresh !== undefined || counts.rotten !== undefined) {
    draft.setFact('distribution', { positive: counts.fresh ?? null, mixed: null, negative: counts.rotten ?? null }, line);
  }
}

/** `Fresh: 45 | Rotten: 0` (2014): the critics' counts in the first block, the top critics' (a detail) in the second. */
export function readFreshRotten(context: RtContext, at: number): number {
  const { draft, state } = context;
  const line = lineAt(context, at);
  const counts = recogniseFreshRotten(line.text);
  if (counts === undefined) return at + 1;
  if (state.figureBlocks >= 2) draft.addDetail('Top Critics Fresh | Rotten', `${counts.fresh} | ${counts.rotten}`, line);
  else {
    draft.setFact('distribution', { positive: counts.fresh, mixed: null, negative: counts.rotten }, line);
    state.awaitingConsensus = !draft.has('consensus');
  }
  return at + 1;
}

/** `Average Rating: 8.1/10` (2014): opens a figure block; a detail of the page (the critics', then the top critics'). */
export function readAverageRating(context: RtContext, at: number): number {
  const { draft, state } = context;
  const line = lineAt(context, at);
  state.figureBlocks++;
  state.awaitingConsensus = false;
  draft.addDetail(state.figureBlocks >= 2 ? 'Top Critics Average Rating' : 'Average Rating', recogniseAverageRating(line.text) ?? '', line);
  return at + 1;
}

/** `85% Tomatometer 40 Reviews 96% Popcornmeter 250+ Ratings` (2024): every figure on one line. */
export function readSummary(context: RtContext, at: number): number {
  const { draft } = context;
  const line = lineAt(context, at);
  const summary = recogniseSummaryLine(line.text);
  if (summary === undefined) return at + 1;
  if (summary.tomatometer !== undefined && isPercent(context, summary.tomatometer, line)) draft.setFact('tomatometer', summary.tomatometer, line);
  if (summary.reviews !== undefined) draft.setFact('criticCount', summary.reviews, line);
  const figures = {
    ...(summary.audience === undefined || !isPercent(context, summary.audience, line) ? {} : { score: summary.audience }),
    ...(summary.ratings === undefined ? {} : { ratingCount: summary.ratings }),
  };
  if (summary.audience !== undefined || summary.ratings !== undefined || summary.ratingsAtLeast !== undefined) draft.setUsers(figures, line);
  if (summary.ratingsAtLeast !== undefined) draft.addDetail('Audience ratings (at least)', String(summary.ratingsAtLeast), line);
  return at + 1;
}

/** `View All (40) Critics Reviews` (2024-2025): the count of critic reviews; the review list follows. */
export function readViewAll(context: RtContext, at: number): number {
  const line = lineAt(context, at);
  const count = recogniseViewAll(line.text);
  if (count !== undefined) context.draft.setFact('criticCount', count, line);
  context.state.section = 'main-reviews';
  context.state.bylinedList = true;
  return at + 1;
}
