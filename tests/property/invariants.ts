/**
 * The invariants `parse` keeps for any string, checked from the outside: the
 * property tests, the saved fuzz fixtures and the long fuzz run (`npm run fuzz`)
 * all use these functions, so they all check the same promises.
 *
 * Each check throws an {@link InvariantError} naming the invariant it found
 * broken; nothing here trusts the parser's own line table or positions.
 */
import { isDeepStrictEqual } from 'node:util';
import { aggregate, checkConsistency, DIAGNOSTIC_CODES, parse } from '../../src/index.js';
import { formatCsvRows, formatPage, toCsv, toJsonLd } from '../../src/formats/index.js';
import type { Page, ParseOptions, ParseResult, Point, Span } from '../../src/index.js';

/** The names of the invariants, as reported in errors and saved fixtures. */
export type InvariantName =
  | 'returns'
  | 'deterministic'
  | 'spans-inside-input'
  | 'diagnostics-sorted'
  | 'diagnostics-catalogued'
  | 'furniture-in-order'
  | 'every-line-accounted-for'
  | 'consumers-accept-result'
  | 'furniture-does-not-change-facts';

/** A broken invariant, with what broke it. */
export class InvariantError extends Error {
  override readonly name = 'InvariantError';
  constructor(
    readonly invariant: InvariantName,
    message: string,
  ) {
    super(`${invariant}: ${message}`);
  }
}

function fail(invariant: InvariantName, message: string): never {
  throw new InvariantError(invariant, message);
}

/** One line of the input as the contract defines lines: cut at LF, CRLF and CR. */
export interface SourceLine {
  /** 1-based. */
  readonly number: number;
  readonly start: number;
  /** Just past the line's last character, before its line break. */
  readonly end: number;
  readonly text: string;
}

/** Splits `text` at LF, CRLF and CR, keeping each line's offsets. */
export function sourceLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  const breaks = /\r\n|\r|\n/gu;
  let start = 0;
  for (let match = breaks.exec(text); match !== null; match = breaks.exec(text)) {
    lines.push({ number: lines.length + 1, start, end: match.index, text: text.slice(start, match.index) });
    start = match.index + match[0].length;
  }
  lines.push({ number: lines.length + 1, start, end: text.length, text: text.slice(start) });
  return lines;
}

/** Blank: nothing but whitespace (`\s`, which has the byte-order mark and no-break spaces) and zero-width spaces. */
export function isBlank(text: string): boolean {
  return /^[\s\u200b]*$/u.test(text);
}

/** `text` without the whitespace (as {@link isBlank} counts it) at its ends. */
function trimBlank(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isBlank(text.charAt(start))) start++;
  while (end > start && isBlank(text.charAt(end - 1))) end--;
  return text.slice(start, end);
}

/** Every span in a parse result, each with where it was found. */
export function spansOf(result: ParseResult): { readonly where: string; readonly span: Span }[] {
  const found: { where: string; span: Span }[] = [];
  const add = (where: string, span: Span | null | undefined): void => {
    if (span !== null && span !== undefined) found.push({ where, span });
  };
  const { page } = result;
  page.reviews.forEach((review, i) => {
    add(`page.reviews[${i}].span`, review.span);
  });
  add('page.users.span', page.users?.span);
  page.users?.reviews.forEach((review, i) => {
    add(`page.users.reviews[${i}].span`, review.span);
  });
  add('page.profile.span', page.profile?.span);
  page.details.forEach((detail, i) => {
    add(`page.details[${i}].span`, detail.span);
  });
  for (const [key, span] of Object.entries(page.spans) as [string, Span | null | undefined][]) add(`page.spans.${key}`, span);
  result.furniture.forEach((span, i) => {
    add(`furniture[${i}]`, span);
  });
  result.diagnostics.forEach((diagnostic, i) => {
    add(`diagnostics[${i}].span (${diagnostic.code})`, diagnostic.span);
  });
  return found;
}

/** Counts every object shaped like a span anywhere in `value`, to catch a span the list above misses. */
function countSpanShapes(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item: unknown) => sum + countSpanShapes(item), 0);
  if (typeof value !== 'object' || value === null) return 0;
  if ('start' in value && 'end' in value && Object.keys(value).length === 2) return 1;
  return Object.values(value).reduce((sum: number, member: unknown) => sum + countSpanShapes(member), 0);
}

/** The 1-based line and column of an offset, counted here from the text itself. */
function pointFor(lines: readonly SourceLine[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if ((lines[middle] as SourceLine).start <= offset) low = middle;
    else high = middle - 1;
  }
  const line = lines[low] as SourceLine;
  return { line: line.number, column: offset - line.start + 1 };
}

function checkPoint(lines: readonly SourceLine[], length: number, point: Point, where: string): void {
  if (!Number.isInteger(point.offset) || point.offset < 0 || point.offset > length) {
    fail('spans-inside-input', `${where} has offset ${point.offset}, outside 0-${length}`);
  }
  const expected = pointFor(lines, point.offset);
  if (point.line !== expected.line || point.column !== expected.column) {
    fail(
      'spans-inside-input',
      `${where} says line ${point.line}, column ${point.column} for offset ${point.offset}, which is line ${expected.line}, column ${expected.column}`,
    );
  }
}

/** The lines no span touches: each non-blank line must overlap some span. */
export function unaccountedLines(text: string, result: ParseResult): SourceLine[] {
  const lines = sourceLines(text);
  // A difference array over line numbers: +1 where a span's first touched line is, -1 past its last.
  const marks = new Array<number>(lines.length + 1).fill(0);
  for (const { span } of spansOf(result)) {
    const start = span.start.offset;
    const end = span.end.offset;
    if (end <= start) continue;
    let first = pointFor(lines, start).line - 1;
    // A span that starts on a line break touches the next line first.
    if (start >= (lines[first] as SourceLine).end) first++;
    const last = pointFor(lines, end - 1).line - 1;
    if (first > last) continue;
    marks[first] = (marks[first] ?? 0) + 1;
    marks[last + 1] = (marks[last + 1] ?? 0) - 1;
  }
  const missed: SourceLine[] = [];
  let depth = 0;
  for (const line of lines) {
    depth += marks[line.number - 1] ?? 0;
    if (depth === 0 && !isBlank(line.text)) missed.push(line);
  }
  return missed;
}

/**
 * Checks every invariant of one parse result for `text`:
 * spans inside the input with consistent points; diagnostics sorted, and
 * as the catalogue says; furniture in document order; every non-blank line
 * accounted for.
 */
export function checkResult(text: string, result: ParseResult): void {
  const lines = sourceLines(text);
  const spans = spansOf(result);
  const shapes = countSpanShapes(result);
  if (shapes !== spans.length) fail('spans-inside-input', `the result holds ${shapes} spans but the check found ${spans.length}; update spansOf`);
  for (const { where, span } of spans) {
    checkPoint(lines, text.length, span.start, `${where}.start`);
    checkPoint(lines, text.length, span.end, `${where}.end`);
    if (span.start.offset > span.end.offset) fail('spans-inside-input', `${where} ends before it starts`);
  }

  result.diagnostics.forEach((diagnostic, i) => {
    const info = DIAGNOSTIC_CODES[diagnostic.code];
    if (!Object.hasOwn(DIAGNOSTIC_CODES, diagnostic.code) || diagnostic.severity !== info.severity || diagnostic.message === '') {
      fail('diagnostics-catalogued', `diagnostics[${i}] (${diagnostic.code}, ${diagnostic.severity}) is not as the catalogue says`);
    }
    const previous = result.diagnostics[i - 1];
    if (
      previous !== undefined &&
      (previous.span.start.offset > diagnostic.span.start.offset ||
        (previous.span.start.offset === diagnostic.span.start.offset && previous.span.end.offset > diagnostic.span.end.offset))
    ) {
      fail(
        'diagnostics-sorted',
        `diagnostics[${i - 1}] (offset ${previous.span.start.offset}) comes before diagnostics[${i}] (offset ${diagnostic.span.start.offset})`,
      );
    }
  });

  result.furniture.forEach((span, i) => {
    const previous = result.furniture[i - 1];
    if (previous !== undefined && previous.end.offset > span.start.offset) {
      fail('furniture-in-order', `furniture[${i}] starts at ${span.start.offset}, before furniture[${i - 1}] ends at ${previous.end.offset}`);
    }
  });

  const missed = unaccountedLines(text, result);
  const first = missed[0];
  if (first !== undefined) {
    fail(
      'every-line-accounted-for',
      `${missed.length} non-blank line(s) are in no span, first line ${first.number}: ${JSON.stringify(first.text.slice(0, 80))}`,
    );
  }
}

/**
 * Parses `text` twice (with `options`, such as the sites of
 * critic-consensus/sites) and checks every invariant: it returns, gives the
 * same result both times, and the result passes {@link checkResult}.
 */
export function checkParse(text: string, options?: ParseOptions): ParseResult {
  let first: ParseResult;
  let second: ParseResult;
  try {
    first = parse(text, options);
    second = parse(text, options);
  } catch (error) {
    fail('returns', `parse threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  }
  if (!isDeepStrictEqual(first, second)) fail('deterministic', 'two parses of the same input differ');
  checkResult(text, first);
  checkConsumers(first);
  return first;
}

/** What reads a parsed page, each of which must accept whatever `parse` returns. */
const CONSUMERS: readonly (readonly [string, (result: ParseResult) => unknown])[] = [
  ['aggregate', ({ page }) => aggregate(page)],
  ['checkConsistency', ({ page }) => checkConsistency(page)],
  ['toJsonLd', ({ page }) => toJsonLd(page)],
  ['toCsv', ({ page }) => toCsv(page)],
  ['formatCsvRows', ({ page }) => formatCsvRows(page)],
  ['formatPage', ({ page }) => formatPage(page)],
];

/** Checks that `aggregate`, `checkConsistency` and every formats function accept `result`'s page. */
export function checkConsumers(result: ParseResult): void {
  for (const [name, consume] of CONSUMERS) {
    try {
      consume(result);
    } catch (error) {
      fail('consumers-accept-result', `${name} threw on parse's own result: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    }
  }
}

// ------------------------------------------------------------------ furniture

/**
 * Lines of page furniture that belong to no part of the page: widgets and
 * crawl leftovers. ("See all N Critic Reviews", "Metascore" and "User Score"
 * are furniture that means something, and are left out.)
 */
export const UNRELATED_FURNITURE: readonly string[] = [
  'Watch On',
  'Where to Watch',
  'Buy Now',
  'Buy on',
  'Top Trailers',
  'Awards & Rankings',
  'Trailers & Clips',
  'Details & Credits',
  'Photos',
  'Videos',
  'Your Score',
  '0 out of 10',
  'Rate this:',
  'Check Spelling',
  'Notable Tracks',
  '> Track One',
  'There are no user reviews yet.',
];

/** The lines of `text` (cut at LF, CRLF and CR, as the parser cuts them), each with the line end after it. */
function linesWithEnds(text: string): { line: string; end: string }[] {
  const parts = text.split(/(\r\n|\r|\n)/u);
  const lines: { line: string; end: string }[] = [];
  for (let i = 0; i < parts.length; i += 2) lines.push({ line: parts[i] ?? '', end: parts[i + 1] ?? '' });
  return lines;
}

// A line whose value or rest comes on the next line: "Metascore" over "81", "User Score" over
// "8.6", a profile block's "• 72 Metascore" over its score bullet, "• 25 Reviewed by" over a name.
/** True when the next non-blank line after line `at` is indented. */
function indentedNext(lines: readonly { readonly line: string }[], at: number): boolean {
  for (let i = at + 1; i < lines.length; i++) {
    const { line } = lines[i] as { readonly line: string };
    if (!isBlank(line)) return /^[\s\u200b]/u.test(line);
  }
  return false;
}

/** A review's field on a line of its own: a bare score, a date, a `Reviewed by:`. */
const FIELD = /^(?:\d{1,3}|Reviewed by:.*|[A-Z][a-z]{2,8} \d{1,2}, \d{4})$/u;
const HEADING = /^(?:metascore|user score|[•·] ?(?:\d{1,3}|tbd) metascore|(?:[•·] ?\d{1,3} |\d{1,6}\. )?reviewed by:?)$/iu;

/**
 * The places between blocks of a page where unrelated furniture can go: before
 * a non-blank line at indent 0 that a blank or indented line precedes (in a
 * page with no indentation, unindented lines with no blank line between them
 * can be one list item), except right under a line whose value comes on the
 * next line ("Metascore", "User Score", "• 72 Metascore", "Reviewed by") and
 * before a line of an unindented distribution list; and at the end. Returned as
 * line indices.
 */
export function blockBoundaries(text: string): number[] {
  const lines = linesWithEnds(text);
  const boundaries: number[] = [];
  let previous = '';
  let previousLineUnindented = false;
  for (const [i, { line }] of lines.entries()) {
    if (isBlank(line)) {
      previousLineUnindented = false;
      continue;
    }
    const unindented = !/^[\s\u200b]/u.test(line);
    const trimmed = trimBlank(line);
    const heading = HEADING.test(previous);
    const listLine = /^(?:\d{1,2}\.\s+)?(?:positive|mixed|neutral|negative):?\s*\d/iu.test(trimmed);
    // A field left unindented inside an indented item, over the item's indented body, is the item's (no block starts there).
    if (unindented && !previousLineUnindented && !heading && !listLine && !(FIELD.test(trimmed) && indentedNext(lines, i))) boundaries.push(i);
    previous = trimmed;
    previousLineUnindented = unindented;
  }
  boundaries.push(lines.length);
  return boundaries;
}

/** The page without its spans: the facts it states. */
export function factsOf(page: Page): unknown {
  return JSON.parse(JSON.stringify(page, (key, value: unknown) => (key === 'span' || key === 'spans' ? undefined : value)));
}

/** One furniture line put in at a block boundary: `at` picks the boundary, modulo their number. */
export interface FurnitureInsertion {
  readonly at: number;
  readonly line: string;
}

/** `text` with the furniture lines put in at block boundaries, each ended by LF. */
export function withFurniture(text: string, insertions: readonly FurnitureInsertion[]): string {
  const lines = linesWithEnds(text);
  const boundaries = blockBoundaries(text);
  const before = new Map<number, string[]>();
  for (const { at, line } of insertions) {
    const index = boundaries[at % boundaries.length] ?? lines.length;
    before.set(index, [...(before.get(index) ?? []), line]);
  }
  let result = '';
  for (const [i, { line, end }] of lines.entries()) {
    for (const furniture of before.get(i) ?? []) result += `${furniture}\n`;
    result += line + end;
  }
  // At the end: on a line of its own.
  const last = before.get(lines.length) ?? [];
  if (last.length > 0) result += (result === '' || /[\r\n]$/u.test(result) ? '' : '\n') + last.join('\n');
  return result;
}

/** The warnings by which a parse says that copied text left a boundary open (the facts may then differ, said). */
const OPEN_READING: ReadonlySet<string> = new Set(['copied-boundary-open', 'copied-number-open', 'copied-index-open']);

/**
 * Checks that furniture put in between the blocks of `text` changes none of
 * its facts, unless the parse says a boundary of copied text is open (a
 * `copied-*` warning, issue 15's promise: never a silent merge or split), and
 * that the larger text keeps every invariant too.
 */
export function checkFurnitureInsensitive(text: string, insertions: readonly FurnitureInsertion[]): void {
  const before = checkParse(text);
  const changed = withFurniture(text, insertions);
  const after = checkParse(changed);
  const said = [...before.diagnostics, ...after.diagnostics].some((diagnostic) => OPEN_READING.has(diagnostic.code));
  if (!said && !isDeepStrictEqual(factsOf(before.page), factsOf(after.page))) {
    fail('furniture-does-not-change-facts', `adding ${insertions.length} furniture line(s) changed the page's facts`);
  }
}
