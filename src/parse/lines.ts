import type { Point, Span } from '../types/source.js';

/**
 * One line of the input, with its place in the ORIGINAL text.
 *
 * `text` is the line with every whitespace character (tabs, no-break spaces,
 * the other Unicode spaces) turned into a plain space, one for one so columns
 * still match the original, and its ends trimmed.
 *
 * @example
 * ```ts
 * input.lines.lines.at(0);
 * //=> { index: 0, start: 0, end: 9, textStart: 2, indent: 2, text: '1. 90' } for "  1.\t90"
 * ```
 */
export interface Line {
  /** 0-based position in the list of lines. */
  readonly index: number;
  /** Offset of the line's first character in the original input. */
  readonly start: number;
  /** Offset just past the line's last character, before its line break. */
  readonly end: number;
  /** Offset of `text`'s first character: the line's start plus its leading whitespace. */
  readonly textStart: number;
  /** The width of the leading whitespace, a tab reaching the next multiple of four. */
  readonly indent: number;
  readonly text: string;
}

/**
 * The lines of the input, in order: `length`, and `at(index)` for an index
 * from 0 to `length - 1` (an array of lines serves as well).
 *
 * @example
 * ```ts
 * const { lines } = input.lines;
 * for (let at = 0; at < lines.length; at++) lines.at(at)?.text;
 * ```
 */
export interface LineList {
  readonly length: number;
  /** Line `index`, or `undefined` past the last. */
  at(index: number): Line | undefined;
}

/**
 * The input cut into lines, and the way back from an offset to a line and column.
 *
 * @example
 * ```ts
 * const span = input.lines.spanOf(first, last); // from the start of `first` to the end of `last`
 * input.lines.pointAt(0);                       //=> { line: 1, column: 1, offset: 0 }
 * ```
 */
export interface LineIndex {
  /** The lines, in order. */
  readonly lines: LineList;
  /** The 1-based line and column of a 0-based offset into the original text. */
  pointAt(offset: number): Point;
  /** The span from the start of `first`'s text to the end of `last` (or of `first`). */
  spanOf(first: Line, last?: Line): Span;
}

const BOM = 0xfeff;
const LF = 10;
const TAB = 9;

/**
 * Cuts `input` into lines at LF, CRLF and CR alike, skipping a leading
 * byte-order mark, and keeps for each line its offsets in `input`.
 *
 * Only the offsets are kept for every line; a line's {@link Line} is made when
 * it is asked for and kept while it is among the most recent, so that a page of
 * millions of lines leaves no object per line for the garbage collector to
 * carry to the end of the parse.
 */
export function splitLines(input: string): LineIndex {
  // Offsets where each line starts and ends (before its break). Point positions count a
  // leading BOM as part of line 1 so offsets stay exact; the line's text starts after it.
  const lineStarts: number[] = [0];
  const lineEnds: number[] = [];
  let start = input.charCodeAt(0) === BOM ? 1 : 0;
  const firstStart = start;
  const length = input.length;
  // The next CR and LF at or after the line's start, found by `indexOf` (much faster than a loop in
  // script) and searched again only once a line's start has passed them.
  let cr = -1;
  let lf = -1;
  for (;;) {
    if (cr < start) cr = nextBreak(input, '\r', start);
    if (lf < start) lf = nextBreak(input, '\n', start);
    const end = cr < lf ? cr : lf;
    lineEnds.push(end);
    if (end >= length) break;
    start = end === cr && input.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
    lineStarts.push(start);
  }
  // One search of the whole input (after a leading BOM, which no line holds): most pages have
  // no tab or no-break space for any line to clean.
  const odd = hasOddSpace(firstStart === 0 ? input : input.slice(firstStart));
  const recent: (Line | undefined)[] = new Array<Line | undefined>(RECENT_LINES);
  const lines: LineList = {
    length: lineEnds.length,
    at(index: number): Line | undefined {
      if (!(index >= 0 && index < lineEnds.length)) return undefined;
      const slot = index & (RECENT_LINES - 1);
      const kept = recent[slot];
      if (kept !== undefined && kept.index === index) return kept;
      const line = makeLine(input, index, index === 0 ? firstStart : (lineStarts[index] as number), lineEnds[index] as number, odd);
      recent[slot] = line;
      return line;
    },
  };

  function pointAt(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, length));
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if ((lineStarts[middle] as number) <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: clamped - (lineStarts[low] as number) + 1, offset: clamped };
  }

  // A point on a known line needs no search: its column counts from the line's start.
  function pointOn(line: Line, offset: number): Point {
    return { line: line.index + 1, column: offset - (lineStarts[line.index] as number) + 1, offset };
  }

  function spanOf(first: Line, last: Line = first): Span {
    return { start: pointOn(first, first.textStart), end: pointOn(last, last.textStart + last.text.length) };
  }

  return { lines, pointAt, spanOf };
}

/**
 * How many of the most recently asked-for lines are kept (a power of two): more
 * than the assembler looks ahead or back in all but pages of long runs of blank
 * lines, for which a line is made again, the same.
 */
const RECENT_LINES = 256;

/**
 * Whitespace as people's pages have it: `\s` (spaces, tabs, no-break spaces,
 * the other Unicode spaces and a stray byte-order mark), plus the zero-width space.
 */
const SPACE = /[\s\u200b]/u;

/** True when the code unit at `at` is whitespace; a printable ASCII character is told apart with no regular expression. */
function isSpaceAt(input: string, at: number): boolean {
  const code = input.charCodeAt(at);
  return code === 32 || ((code < 32 || code >= 127) && SPACE.test(input.charAt(at)));
}

/** The offset of the next `code` at or after `from`, or the input's length when there is none. */
function nextBreak(input: string, code: string, from: number): number {
  const at = input.indexOf(code, from);
  return at < 0 ? input.length : at;
}

function makeLine(input: string, index: number, start: number, end: number, odd: boolean): Line {
  let first = start;
  let indent = 0;
  while (first < end && isSpaceAt(input, first)) {
    indent = input.charCodeAt(first) === TAB ? indent + 4 - (indent % 4) : indent + 1;
    first++;
  }
  let last = end;
  while (last > first && isSpaceAt(input, last - 1)) last--;
  const text = input.slice(first, last);
  return { index, start, end, textStart: first, indent, text: odd ? plainSpaces(text) : text };
}

// The whitespace characters of `\s` other than the plain space, the tab, the no-break space
// and the line breaks. All are in the Basic Multilingual Plane, so the `u` flag would change
// nothing but the speed: without it, V8 scans a page for them several times faster.
const RARE_SPACE = /[\v\f\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

/**
 * True when `text` holds a whitespace character other than the plain space:
 * `includes` finds tabs and no-break spaces (the common ones) faster than
 * any pattern does.
 */
function hasOddSpace(text: string): boolean {
  return text.includes('\t') || text.includes('\u00a0') || RARE_SPACE.test(text);
}

/** Code units are copied through this buffer, a chunk at a time. */
const CHUNK = new Uint16Array(4096);

/**
 * `text` with every whitespace character turned into a plain space, one for
 * one. Copied code unit by code unit in chunks, not by a regular expression's
 * replace, which builds a part for every match and is slow on a megabyte of
 * no-break spaces. Lone surrogates are kept as they are.
 */
function plainSpaces(text: string): string {
  if (!hasOddSpace(text)) return text;
  const parts: string[] = [];
  for (let from = 0; from < text.length; from += CHUNK.length) {
    const to = Math.min(from + CHUNK.length, text.length);
    for (let at = from; at < to; at++) {
      const code = text.charCodeAt(at);
      CHUNK[at - from] = isOddSpace(code) ? SPACE_CODE : code;
    }
    // `apply` takes the typed array as it is; spreading it would copy it into an argument list first.
    parts.push(String.fromCharCode.apply(null, CHUNK.subarray(0, to - from) as unknown as number[]));
  }
  return parts.join('');
}

const SPACE_CODE = 32;

/** True for the code of a whitespace character (as `\s` has them) other than the plain space and the line breaks. */
function isOddSpace(code: number): boolean {
  if (code < 0x80) return code === TAB || code === 0x0b || code === 0x0c;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
