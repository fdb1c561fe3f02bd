/**
 * One review of an OpenCritic review list:
 *
 * ```text
 * [<Outlet>]                      each name line optional
 * [<Critic>]
 * [Top Critic]
 * [<mark>]
 * <Mon D, YYYY>
 *
 * <quote> | Quote not yet available
 *
 * [Review in <Language> | ]Read full review
 * ```
 *
 * or a video review: `[<mark>]` / `<date>` / `undefined video thumbnail`,
 * with no quote and no tail.
 *
 * @module
 */
import type { DateLine } from '../../../parse/text/dates.js';
import { criticOf, reviewOf } from '../../shared/page.js';
import { markFields } from '../../shared/marks.js';
import { furnish, kindAt, lineAt, nextNonBlank, report, reportUnplaced, spanOf, valueAt, type OpenCriticState } from '../state.js';
import type { SiteLine } from '../../shared/state.js';

/** The kinds of line a review's head holds, above its date. */
const HEAD_KINDS: ReadonlySet<string> = new Set(['text', 'top-critic', 'mark']);

/** The most name lines a review prints: its outlet and its critic. */
const MAX_NAMES = 2;

/** True when line `at` opens a review block: a head line with only head lines between it and a date. */
export function opensReviewBlock(state: OpenCriticState, at: number): boolean {
  return dateOfBlock(state, at) !== undefined;
}

/** The date line of the block that opens at `at`, or `undefined` when no date ends its head. */
function dateOfBlock(state: OpenCriticState, at: number): number | undefined {
  let line = at;
  let names = 0;
  for (let taken = 0; taken <= MAX_NAMES + 2 && line < state.tokens.count; taken++) {
    const kind = kindAt(state, line);
    if (kind === 'date') return line;
    if (kind === undefined || !HEAD_KINDS.has(kind)) return undefined;
    // At most two name lines: a third is no part of this block's head.
    if (kind === 'text' && ++names > MAX_NAMES) return undefined;
    line = nextNonBlank(state, line + 1);
  }
  return undefined;
}

/** Reads the review whose head starts at `at`; returns the first line after it. */
export function readReviewBlock(state: OpenCriticState, at: number): number {
  const date = dateOfBlock(state, at);
  if (date === undefined) return readUnfinishedHead(state, at);
  const names: SiteLine[] = [];
  let topCritic = false;
  let markLine: SiteLine | undefined;
  for (let line = at; line < date; line = nextNonBlank(state, line + 1)) {
    const kind = kindAt(state, line);
    if (kind === 'top-critic') topCritic = true;
    else if (kind === 'mark' && markLine === undefined) markLine = lineAt(state, line);
    else if (kind === 'text' && markLine === undefined) names.push(lineAt(state, line));
    else reportUnplaced(state, lineAt(state, line));
  }
  const { excerpt, last, next } = readQuote(state, date);
  const dateLine = lineAt(state, date);
  const parsed = valueAt(state, date) as DateLine;
  const first = lineAt(state, at);
  const [outlet, critic] = names;
  const review = reviewOf({
    publication: outlet?.text ?? null,
    critic: critic === undefined ? null : criticOf(critic.text),
    ...(markLine === undefined ? {} : markFields(markLine.text)),
    topCritic,
    date: parsed.iso,
    dateText: dateLine.text,
    excerpt,
    span: spanOf(state, first, last),
  });
  if (parsed.iso === null) report(state, 'invalid-date', `The date "${dateLine.text}" names a day that does not exist.`, spanOf(state, dateLine));
  if (excerpt === '') report(state, 'review-without-text', 'The review has no quote.', review.span);
  state.draft.reviews.push(review);
  state.marksTopCritics = true;
  return next;
}

/**
 * The quote under the date at `date`: one paragraph (`Quote not yet
 * available` is none), then the review's tail where it follows; a video
 * review's thumbnail line instead. Returns the excerpt, the review's last
 * line and the line after it.
 */
function readQuote(state: OpenCriticState, date: number): { excerpt: string; last: SiteLine; next: number } {
  let last = lineAt(state, date);
  let at = nextNonBlank(state, date + 1);
  const kind = kindAt(state, at);
  if (kind === 'video-thumbnail') {
    furnish(state, lineAt(state, at));
    return { excerpt: '', last, next: at + 1 };
  }
  const parts: string[] = [];
  if (kind === 'no-quote') {
    last = lineAt(state, at);
    at = nextNonBlank(state, at + 1);
  } else if (kind === 'text' && !opensReviewBlock(state, at)) {
    // One paragraph: its lines up to the next blank one.
    while (at < state.tokens.count && kindAt(state, at) === 'text') {
      last = lineAt(state, at);
      parts.push(last.text);
      at++;
    }
    at = nextNonBlank(state, at);
  }
  if (kindAt(state, at) === 'review-tail') {
    last = lineAt(state, at);
    at++;
  }
  return { excerpt: parts.join(' ').replace(/\s+/gu, ' ').trim(), last, next: at };
}

/**
 * A head that no date ends (`Guardian` / `Top Critic` / `Sep `, where a
 * truncated page stops): not a review, reported as cut short over its lines.
 */
function readUnfinishedHead(state: OpenCriticState, at: number): number {
  let last = at;
  let line = at;
  while (line < state.tokens.count && HEAD_KINDS.has(kindAt(state, line) ?? '')) {
    last = line;
    line = nextNonBlank(state, line + 1);
  }
  const first = lineAt(state, at);
  // A date further down: only this line is too many for that block's head (a third name line).
  if (kindAt(state, line) === 'date') {
    reportUnplaced(state, first);
    return at + 1;
  }
  const end = lineAt(state, last);
  const cut = line >= state.tokens.count;
  report(
    state,
    cut ? 'truncated-line' : 'unrecognised-line',
    cut
      ? `The page ends inside a review: "${first.text}" has no date, and is not read as a review.`
      : `The lines from "${first.text}" have no date under them, and are not read as a review.`,
    spanOf(state, first, end),
  );
  return last + 1;
}
