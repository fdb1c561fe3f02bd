/**
 * A review list page (2011-2021), read to its end.
 *
 * 2011: per review `[Top Critic]` / `<Critic>` / `[<Publication>]` / `<Month D, YYYY>` /
 * `<quote>` / `[Full Review | Original Score: <mark>]`: a "Top Critic" line
 * marks the review below it. A review printed with no date ends at its score
 * line or at the next "Top Critic" line.
 * 2020-2021: per review `<Month D, YYYY>` or `<Mon D, YYYY>` / `<quote>`, nothing else.
 *
 * The two are told apart by the first date: the 2011 list puts a byline above it.
 *
 * @module
 */
import type { Line } from '../../shared/lines.js';
import type { RtContext } from '../context.js';
import { kindAt, lineAt } from '../context.js';
import { newReview } from '../../shared/draft.js';
import { collapse, criticOf } from '../../shared/page.js';
import type { ReviewDraft } from '../../shared/draft.js';
import { readMarkFacts } from '../../shared/marks.js';
import { isKnownPublication } from '../../shared/publications.js';
import { isCutFurniture } from '../../shared/rt-furniture.js';
import { isCutMark, recogniseDateLine, recogniseScoreLine } from '../lines.js';
import { setCounts } from './figures.js';
import { applyDateLine } from './main-review.js';
import { repeatsHeading } from './title.js';

/** One line of a review list, by what it is to the list. */
type Entry =
  | { readonly kind: 'date'; readonly line: Line }
  | { readonly kind: 'top'; readonly line: Line }
  | { readonly kind: 'score'; readonly line: Line; readonly mark: string | undefined }
  | { readonly kind: 'text'; readonly line: Line };

/** The list's lines from `at` to the page's end, as entries; furniture is set aside. */
function entriesFrom(context: RtContext, at: number): Entry[] {
  const entries: Entry[] = [];
  for (let index = at; index < context.lines.length; index++) {
    const line = lineAt(context, index);
    if (line.text === '') continue;
    const kind = kindAt(context, index);
    // A second page of the list, joined, repeats its browser title and heading (`Paddington 2 Reviews`): no review's text.
    const repeated = (kind === 'list-heading' || kind === 'site-title') && repeatsHeading(context, line.text);
    if (repeated || kind === 'furniture' || kind === 'pager' || (index === context.last && isCutFurniture(line.text))) context.draft.addFurniture(line);
    else if (kind === 'cut-date') context.draft.cutShort(line, "a review's date line");
    else if (kind === 'counts') setCounts(context, line);
    else if (kind === 'date-line') entries.push({ kind: 'date', line });
    else if (kind === 'top-critic') entries.push({ kind: 'top', line });
    else if (kind === 'score-line') {
      const mark = recogniseScoreLine(line.text)?.mark;
      if (index === context.last && mark !== undefined && isCutMark(mark)) context.draft.cutShort(line, "a review's score line");
      else entries.push({ kind: 'score', line, mark });
    } else entries.push({ kind: 'text', line });
  }
  return entries;
}

/** A byline's lines: `[Top Critic]`, the critic, then the publication. */
interface Byline {
  top: boolean;
  lines: Line[];
  /** The byline's first line ("Top Critic" or the critic), when it has one. */
  first: Line | undefined;
}

/** Sets a review's critic and publication from its byline lines (one line that is a known publication is the publication). */
function applyByline(review: ReviewDraft, byline: Byline): void {
  review.topCritic = byline.top;
  const [name, ...rest] = byline.lines;
  // One line that is a known publication ("Time Out") names no critic.
  if (name && rest.length === 0 && isKnownPublication(name.text)) review.publication = name.text;
  else if (name) review.critic = criticOf(name.text);
  if (rest.length > 0) review.publication = collapse(rest.map((line) => line.text).join(' '));
}

/** The review list from `at` to the end of the page. */
export function readListReviews(context: RtContext, at: number): number {
  const entries = entriesFrom(context, at);
  const firstDate = entries.findIndex((entry) => entry.kind === 'date');
  if (firstDate < 0) {
    for (const entry of entries) context.draft.unplaced(entry.line);
    return context.lines.length;
  }
  const bylined = entries.slice(0, firstDate).some((entry) => entry.kind === 'text');
  if (bylined) readBylined(context, entries);
  else readDated(context, entries);
  return context.lines.length;
}

/** 2020-2021: date, then quote lines up to the next date. */
function readDated(context: RtContext, entries: readonly Entry[]): void {
  const { draft: page } = context;
  let review: ReviewDraft | undefined;
  for (const entry of entries) {
    if (entry.kind === 'date') {
      if (review) page.pushReview(review);
      review = newReview(entry.line);
      const dateLine = recogniseDateLine(entry.line.text);
      if (dateLine) applyDateLine(review, dateLine);
      continue;
    }
    if (!review) {
      page.unplaced(entry.line);
      continue;
    }
    if (entry.kind === 'score') applyMark(review, entry.mark);
    else if (entry.kind === 'top') review.topCritic = true;
    else review.excerpt.push(entry.line.text);
    review.last = entry.line;
  }
  // A date as the cut last line (`Mar 3, 2024`, no line break): no quote began, so no review, as a date cut short is none.
  if (review && review.first.index === context.last && context.cutEnd) page.cutShort(review.first, 'a review, under its date');
  else if (review) page.pushReview(review);
}

function applyMark(review: ReviewDraft, printed: string | undefined): void {
  if (printed === undefined) return;
  const { mark, score } = readMarkFacts(printed);
  review.mark = mark;
  review.score = score;
}

/**
 * 2011: the entries between two dates are the first review's quote (one
 * line), its score line, and the next review's byline (the last two text
 * lines, or those after a "Top Critic" line); text lines between the quote
 * and the byline continue the quote.
 */
function readBylined(context: RtContext, entries: readonly Entry[]): void {
  const { draft: page } = context;
  const chunks: Entry[][] = [[]];
  for (const entry of entries) {
    if (entry.kind === 'date') chunks.push([entry]);
    else (chunks[chunks.length - 1] as Entry[]).push(entry);
  }
  let byline = bylineOf(pushUndated(context, chunks[0] ?? []));
  for (let index = 1; index < chunks.length; index++) {
    const [date, ...rest] = chunks[index] as [Entry, ...Entry[]];
    const isLast = index === chunks.length - 1;
    const split = splitChunk(rest, isLast);
    pushListReview(context, byline, date.line, split.quote, split.score);
    const next = pushUndated(context, split.next);
    if (isLast && next.length > 0) {
      const nextFirst = next[0] as Entry;
      const nextLast = next[next.length - 1] as Entry;
      page.reportLine(
        'truncated-line',
        "The page ends inside the next review's byline, before its date; it is not read as a review.",
        nextFirst.line,
        nextLast.line,
      );
    }
    byline = bylineOf(next);
  }
}

/**
 * Pushes the reviews the page prints with no date among `entries`, those
 * between two dated ones (`Dave Kehr` / `Chicago Reader` / `<quote>` /
 * `Full Review`), each ended by its score line or by the "Top Critic" line
 * over the next: `[Top Critic]`, the byline (the text lines but the last, at
 * most two), the quote (the rest), the score line. Returns the entries left,
 * the next dated review's byline.
 */
function pushUndated(context: RtContext, entries: readonly Entry[]): Entry[] {
  let current: Entry[] = [];
  const end = (): void => {
    const texts = current.filter((entry) => entry.kind === 'text');
    const names = Math.min(2, texts.length - 1);
    if (names < 0) for (const entry of current) context.draft.unplaced(entry.line);
    else {
      const byline = { ...bylineOf(current), lines: texts.slice(0, names).map((entry) => entry.line) };
      pushListReview(
        context,
        byline,
        undefined,
        texts.slice(names),
        current.find((entry) => entry.kind === 'score'),
      );
    }
    current = [];
  };
  for (const entry of entries) {
    if (entry.kind === 'top' && current.some((held) => held.kind === 'text')) end();
    current.push(entry);
    if (entry.kind === 'score') end();
  }
  return current;
}

/** A 2011 review made of its byline, its date line (where printed), its quote lines and its score line. */
function pushListReview(context: RtContext, byline: Byline, date: Line | undefined, quote: readonly Entry[], score: Entry | undefined): void {
  const review = newReview(byline.first ?? date ?? (quote[0] as Entry).line);
  applyByline(review, byline);
  const dateLine = date && recogniseDateLine(date.text);
  if (dateLine) applyDateLine(review, dateLine);
  if (date) review.last = date;
  for (const entry of quote) {
    review.excerpt.push(entry.line.text);
    review.last = entry.line;
  }
  if (score?.kind === 'score') {
    applyMark(review, score.mark);
    review.last = score.line;
  }
  context.draft.pushReview(review);
}

/** A chunk's quote entries, its score entry, and the entries of the next review's byline. */
function splitChunk(rest: readonly Entry[], isLast: boolean): { quote: Entry[]; score: (Entry & { kind: 'score' }) | undefined; next: Entry[] } {
  const scoreAt = rest.findIndex((entry) => entry.kind === 'score');
  const topAt = rest.findIndex((entry) => entry.kind === 'top');
  let quoteEnd: number;
  if (scoreAt >= 0) quoteEnd = scoreAt;
  else if (topAt >= 0) quoteEnd = topAt;
  else {
    const texts = rest.length;
    // The last two lines are the next review's byline (critic, publication), unless the page ends here.
    quoteEnd = isLast ? Math.min(1, texts) : Math.max(1, texts - 2);
    if (!isLast && texts <= 2) quoteEnd = Math.min(1, texts);
  }
  const score = scoreAt >= 0 ? (rest[scoreAt] as Entry & { kind: 'score' }) : undefined;
  const nextFrom = scoreAt >= 0 ? scoreAt + 1 : quoteEnd;
  return { quote: rest.slice(0, quoteEnd), score, next: rest.slice(nextFrom) };
}

/** The byline that the entries give: a "Top Critic" line, then the critic and publication lines. */
function bylineOf(entries: readonly Entry[]): Byline {
  const top = entries.some((entry) => entry.kind === 'top');
  return { top, lines: entries.filter((entry) => entry.kind === 'text').map((entry) => entry.line), first: entries[0]?.line };
}
