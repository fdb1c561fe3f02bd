/**
 * A bullet of movies.com's list of Metacritic's critics: the aggregate
 * (`• 5.0` / `[<M>]` / `out of 100` / `[Metascore®]` / `<Verdict>` / `based
 * on a weighted average of all` / `critic review scores.`) or a review
 * (`• <score>` / `out of 100` / `<Publication>[ <Critic>]` / `<quote>` /
 * `[Read Full Review]`).
 *
 * @module
 */
import { isNamesAlone, splitSpacedNames } from '../../shared/names.js';
import { cutLoneLine, endsPageCut } from '../../shared/state.js';
import { reviewOf } from '../../shared/page.js';
import type { PrintedNumber } from '../lines.js';
import { furnish, kindAt, lineAt, nextNonBlank, report, reportUnplaced, spanOf, valueAt, type MoviesComState } from '../state.js';
import type { SiteLine } from '../../shared/state.js';

/** The kinds of line that end a bullet's lines (besides the next item's start). */
const ENDS_ITEM: ReadonlySet<string> = new Set(['see-all', 'families', 'provided-by']);

/**
 * True when an item starts at line `at`: a bullet (`• 100`), or, where a
 * browser's copy dropped the bullets (from some line on, in a page copied
 * partly), a number over `out of 100` that is not a bullet's own first line
 * (`• 5.0` / `88` / `out of 100`: the aggregate's Metascore under its bullet).
 */
export function opensItem(state: MoviesComState, at: number): boolean {
  const kind = kindAt(state, at);
  if (kind !== 'number') return kind === 'bullet';
  const next = nextNonBlank(state, at + 1);
  return (kindAt(state, next) === 'out-of-100' || isCutOutOf(state, next)) && kindAt(state, state.input.lines.previousNonBlank(at - 1)) !== 'bullet';
}

/** `out`, `out of`, `out of 1`, `out of 10`: the start of `out of 100`. */
const CUT_OUT_OF = /^out(?: of(?: 10?)?)?$/iu;

/** True for the page's last line when the end cut it inside `out of 100`. */
function isCutOutOf(state: MoviesComState, at: number): boolean {
  const { lines } = state.input;
  return at < lines.count && at === lines.previousNonBlank(lines.count - 1) && kindAt(state, at) === 'text' && CUT_OUT_OF.test(lineAt(state, at).text);
}

/** The lines of the item at `at`, up to the next item or the list's end. */
function itemLines(state: MoviesComState, at: number): number[] {
  const lines: number[] = [];
  for (
    let line = nextNonBlank(state, at + 1);
    line < state.tokens.count && !ENDS_ITEM.has(kindAt(state, line) ?? '') && !opensItem(state, line);
    line = nextNonBlank(state, line + 1)
  )
    lines.push(line);
  return lines;
}

/** Reads the bullet at `at`; returns the first line after it. */
export function readBulletItem(state: MoviesComState, at: number): number {
  state.phase = 'list';
  const lines = itemLines(state, at);
  const next = lines.length === 0 ? at + 1 : (lines.at(-1) as number) + 1;
  const aggregate = lines.some((line) => kindAt(state, line) === 'verdict' || kindAt(state, line) === 'weighted-note');
  // `• 2` as the page's last line, with no line break: a score cut short (`• 25`), or a bullet whose lines were cut; no review.
  if (lines.length === 0 && endsPageCut(state, at)) state.draft.cutShort(lineAt(state, at), "a review's score");
  else if (aggregate) readAggregate(state, at, lines);
  else readReview(state, at, lines);
  return next;
}

/**
 * The aggregate bullet: its number (the Metascore: a whole number under the
 * bullet's own, or, without the bullet, the item's first) and verdict; the
 * rest is furniture.
 */
function readAggregate(state: MoviesComState, at: number, lines: readonly number[]): void {
  const { draft } = state;
  const numbers = kindAt(state, at) === 'number' ? [at, ...lines] : lines;
  if (kindAt(state, at) === 'bullet') furnish(state, lineAt(state, at));
  // Each aggregate's own Metascore and verdict: a second page joined in one text prints them again (the same, or reported).
  let metascoreRead = false;
  let verdictRead = false;
  for (const line of numbers) {
    const kind = kindAt(state, line);
    const text = lineAt(state, line);
    const span = spanOf(state, text);
    const { value, whole } = (valueAt(state, line) as PrintedNumber | undefined) ?? { value: 0, whole: false };
    if (kind === 'number' && !metascoreRead && whole) {
      metascoreRead = true;
      if (value <= 100) draft.setFact('metascore', value, text);
      else report(state, 'score-out-of-range', `The Metascore ${value} is above 100; it is not read.`, span);
    } else if (kind === 'number' && line === at) furnish(state, text);
    else if (kind === 'verdict' && !verdictRead) {
      verdictRead = true;
      draft.setFact('verdict', text.text, text);
    } else if (kind === 'out-of-100' || kind === 'metascore-label' || kind === 'weighted-note') furnish(state, text);
    else reportUnplaced(state, text);
  }
}

/** A review bullet: the score, the names line, the quote. */
function readReview(state: MoviesComState, at: number, lines: readonly number[]): void {
  const { draft } = state;
  const bullet = lineAt(state, at);
  const { value, whole } = valueAt(state, at) as PrintedNumber;
  const texts: SiteLine[] = [];
  let last = bullet;
  for (const line of lines) {
    const kind = kindAt(state, line);
    const text = lineAt(state, line);
    // `out of 1`: the page's end cut the scale's line, which is no quote.
    if (isCutOutOf(state, line)) {
      state.draft.cutShort(text, 'the line "out of 100"');
      continue;
    }
    // A number as the page's cut last line, in a copy without bullets: the next review's score, cut short, never this one's quote.
    if (kind === 'number' && endsPageCut(state, line)) {
      state.draft.cutShort(text, "a review's score");
      continue;
    }
    if (kind === 'text' || kind === 'number' || kind === 'verdict' || kind === 'title-heading') texts.push(text);
    else if (kind !== 'out-of-100' && kind !== 'read-full-review') reportUnplaced(state, text);
    last = text;
  }
  // The page's last line, alone under the score with no line break after it: a names line or a quote, either cut short (`The New Yo`).
  const lone = texts.length === 1 ? texts[0] : undefined;
  if (lone !== undefined && !isNamesAlone(lone.text) && cutLoneLine(state, lone)) texts.length = 0;
  // The names line is printed above the quote; a lone line is the quote, unless it is names (`Variety`, a quote not printed).
  const names = texts.length >= 2 || (texts.length === 1 && isNamesAlone(texts[0]?.text ?? '')) ? texts[0] : undefined;
  const quote = names === undefined ? texts : texts.slice(1);
  const split = names === undefined ? undefined : splitSpacedNames(names.text, 'publication-first');
  const score = whole && value <= 100 ? value : null;
  const span = spanOf(state, bullet, last);
  if (score === null) report(state, 'score-out-of-range', `The bullet's number ${lineAt(state, at).text} is no 0-100 score; it is not read.`, span);
  const excerpt = quote
    .map((line) => line.text)
    .join(' ')
    .replace(/\s+/gu, ' ')
    .trim();
  draft.reviews.push(reviewOf({ score, publication: split?.publication ?? null, critic: split?.critic ?? null, excerpt, span }));
  if (excerpt === '') report(state, 'review-without-text', 'The review has no quote.', span);
}
