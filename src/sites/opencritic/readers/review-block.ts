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
import type { Line } from '../../../parse/lines.js';
import type { DateLine } from '../../../parse/recognise.js';
import { criticOf, furnish, report, reportUnplaced, reviewOf } from '../../shared/page.js';
import { markFields } from '../../shared/marks.js';
import { lineAt, nextNonBlank, type OpenCriticState } from '../state.js';

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
  for (let taken = 0; taken <= MAX_NAMES + 2 && line < state.kinds.length; taken++) {
    const kind = state.kinds[line];
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
  const names: Line[] = [];
  let topCritic = false;
  let markLine: Line | undefined;
  for (let line = at; line < date; line = nextNonBlank(state, line + 1)) {
    const kind = state.kinds[line];
    if (kind === 'top-critic') topCritic = true;
    else if (kind === 'mark' && markLine === undefined) markLine = lineAt(state, line);
    else if (kind === 'text' && markLine === undefined) names.push(lineAt(state, line));
    else reportUnplaced(state.draft, state.input, lineAt(state, line));
  }
  const { excerpt, last, next } = readQuote(state, date);
  const dateLine = lineAt(state, date);
  const parsed = state.values[date] as DateLine;
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
    span: state.input.lines.spanOf(first, last),
  });
  if (parsed.iso === null) report(state.draft, 'invalid-date', `The date "${dateLine.text}" names a day that does not exist.`, state.input.lines.spanOf(dateLine));
  if (excerpt === '') report(state.draft, 'review-without-text', 'The review has no quote.', review.span);
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
function readQuote(state: OpenCriticState, date: number): { excerpt: string; last: Line; next: number } {
  let last = lineAt(state, date);
  let at = nextNonBlank(state, date + 1);
  const kind = state.kinds[at];
  if (kind === 'video-thumbnail') {
    furnish(state.draft, state.input, lineAt(state, at));
    return { excerpt: '', last, next: at + 1 };
  }
  const parts: string[] = [];
  if (kind === 'no-quote') {
    last = lineAt(state, at);
    at = nextNonBlank(state, at + 1);
  } else if (kind === 'text' && !opensReviewBlock(state, at)) {
    // One paragraph: its lines up to the next blank one.
    while (at < state.kinds.length && state.kinds[at] === 'text') {
      last = lineAt(state, at);
      parts.push(last.text);
      at++;
    }
    at = nextNonBlank(state, at);
  }
  if (state.kinds[at] === 'review-tail') {
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
  while (line < state.kinds.length && HEAD_KINDS.has(state.kinds[line] ?? '')) {
    last = line;
    line = nextNonBlank(state, line + 1);
  }
  const first = lineAt(state, at);
  // A date further down: only this line is too many for that block's head (a third name line).
  if (state.kinds[line] === 'date') {
    reportUnplaced(state.draft, state.input, first);
    return at + 1;
  }
  const end = lineAt(state, last);
  const cut = line >= state.kinds.length;
  report(
    state.draft,
    'unrecognised-line',
    cut
      ? `The page ends inside a review: "${first.text}" has no date, and is not read as a review.`
      : `The lines from "${first.text}" have no date under them, and are not read as a review.`,
    state.input.lines.spanOf(first, end),
  );
  return last + 1;
}
