/**
 * The line table: the input cut into lines once, each line kept as a few
 * integers (where it starts, where its text starts and ends, how deep it is
 * indented), with no object per line. A line's text is sliced when asked for,
 * with every whitespace character (tabs, no-break spaces, the other Unicode
 * spaces) turned into a plain space, one for one, so columns still match the
 * original. Which lines' text holds such a character is found by a search of
 * the whole input for each kind (most pages have none), not line by line.
 *
 * Offsets and points always refer to the ORIGINAL string: a leading byte-order
 * mark counts as part of line 1, and CR, LF and CRLF all end a line.
 *
 * @example
 * ```ts
 * const lines = cutLines('Title\n\t1. 80\r\n');
 * lines.count;        //=> 3
 * lines.text(1);      //=> '1. 80'
 * lines.indent(1);    //=> 4
 * lines.isPlain(1);   //=> true
 * lines.isBlank(2);   //=> true
 * lines.span(1);      //=> { start: { line: 2, column: 2, offset: 7 }, end: { line: 2, column: 7, offset: 12 } }
 * ```
 *
 * @module
 */
import type { Point, Span } from '../../types/source.js';

const BOM = 0xfeff;
const LF = 10;
const CR = 13;
const TAB = 9;
const SPACE = 32;
const NBSP = 0xa0;
/** The columns of a line: start, text start, text end, indentation, and whether its text needs cleaning. */
const COLUMNS = 5;

/**
 * The lines of one input, as integers. Line numbers here are 0-based indices
 * (`0` to `count - 1`); points give them 1-based, as editors do.
 *
 * @example
 * ```ts
 * import { parse, type LineTable, type Site } from 'critic-consensus';
 * import { ALL_SITES } from 'critic-consensus/sites';
 *
 * // A site that reads as Metacritic's does, and keeps the lines it was given.
 * const metacritic = ALL_SITES[0]!;
 * let lines: LineTable | undefined;
 * const keeping: Site = { name: 'keeping', claim: () => 1, read: (input) => ((lines = input.lines), metacritic.read(input)) };
 * parse('Universal acclaim - based on 1 Critics\n  1. 90\n', { sites: [keeping] });
 * lines?.text(1);   //=> '1. 90'
 * lines?.indent(1); //=> 2
 * ```
 */
export class LineTable {
  /** The input, as the caller passed it. */
  readonly input: string;
  /** How many lines the input has (an input with no line break has one; an empty input one blank line). */
  readonly count: number;
  /** Offset of each line's first character (line 0 starts at 0, before any byte-order mark). */
  readonly starts: Int32Array;
  /** Offset of each line's text: after its leading whitespace (and a leading byte-order mark). */
  readonly textStarts: Int32Array;
  /** Offset just past each line's text: before its trailing whitespace and line break. */
  readonly textEnds: Int32Array;
  /** The width of each line's leading whitespace, a tab reaching the next multiple of four. */
  readonly indents: Int32Array;
  /** True when the input holds a whitespace character other than the plain space (then text is cleaned when sliced). */
  readonly oddSpaces: boolean;
  /** True when it holds one other than the plain space, the tab and the no-break space. */
  readonly rareSpaces: boolean;
  /** 1 for each line whose text holds a whitespace character other than the plain space, else 0. */
  readonly #unplain: Int32Array;

  /** Use {@link cutLines}. */
  constructor(
    input: string,
    count: number,
    starts: Int32Array,
    textStarts: Int32Array,
    textEnds: Int32Array,
    indents: Int32Array,
    unplain: Int32Array,
    oddSpaces: boolean,
    rareSpaces: boolean,
  ) {
    this.input = input;
    this.count = count;
    this.starts = starts;
    this.textStarts = textStarts;
    this.textEnds = textEnds;
    this.indents = indents;
    this.oddSpaces = oddSpaces;
    this.rareSpaces = rareSpaces;
    this.#unplain = unplain;
  }

  /** Line `line`'s text, trimmed, every whitespace character a plain space; `''` for a blank line or one out of range. */
  text(line: number): string {
    if (!(line >= 0 && line < this.count)) return '';
    const start = this.textStarts[line] as number;
    const end = this.textEnds[line] as number;
    if (start === end) return '';
    const text = this.input.slice(start, end);
    return this.#unplain[line] === 0 ? text : plainSpaces(text);
  }

  /**
   * True when line `line`'s text holds no whitespace character but the plain
   * space (no tab, no-break or other Unicode space): {@link LineTable.text}
   * is then its slice of the input, as it is. A blank line's text is plain;
   * a line out of range's is not.
   */
  isPlain(line: number): boolean {
    return this.#unplain[line] === 0;
  }

  /** Line `line`'s indentation width (0 for a line out of range). */
  indent(line: number): number {
    return this.indents[line] ?? 0;
  }

  /** True when line `line` holds nothing but whitespace (or is out of range). */
  isBlank(line: number): boolean {
    return !(line >= 0 && line < this.count) || this.textStarts[line] === this.textEnds[line];
  }

  /** The first line at or after `from` that is not blank, or `to` (default: `count`) when there is none before it. */
  nextNonBlank(from: number, to: number = this.count): number {
    let at = from;
    while (at < to && this.textStarts[at] === this.textEnds[at]) at++;
    return at < to ? at : to;
  }

  /** The last line at or before `from` that is not blank, or -1 when there is none. */
  previousNonBlank(from: number): number {
    let at = Math.min(from, this.count - 1);
    while (at >= 0 && this.textStarts[at] === this.textEnds[at]) at--;
    return at;
  }

  /** The point at `offset` in the original input (clamped to it), found by binary search over the line starts. */
  pointAt(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, this.input.length));
    let low = 0;
    let high = this.count - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if ((this.starts[middle] as number) <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: clamped - (this.starts[low] as number) + 1, offset: clamped };
  }

  /** The point at `offset`, known to lie on line `line`: no search. */
  pointOn(line: number, offset: number): Point {
    return { line: line + 1, column: offset - (this.starts[line] as number) + 1, offset };
  }

  /** The span from the start of line `first`'s text to the end of line `last`'s (default: `first`). */
  span(first: number, last: number = first): Span {
    return { start: this.pointOn(first, this.textStarts[first] as number), end: this.pointOn(last, this.textEnds[last] as number) };
  }
}

/**
 * Cuts `input` into lines at LF, CRLF and CR alike, and measures each line's
 * indentation and text: the pipeline's first step, done once per input.
 *
 * @param input - The page's text, as the caller passed it.
 * @returns The {@link LineTable}.
 *
 * @example
 * ```ts
 * cutLines('a\rb\r\nc').count; //=> 3
 * cutLines('\ufeffhead').span(0); //=> { start: { line: 1, column: 2, offset: 1 }, end: { line: 1, column: 6, offset: 5 } }
 * ```
 */
export function cutLines(input: string): LineTable {
  const length = input.length;
  // A guess at the number of lines, grown by doubling: a typical page has a line per 40 characters.
  // The five columns share one buffer (taken from a slab, see `takeInt32s`), each a block of `capacity`.
  let capacity = Math.max(16, (length >>> 5) + 1);
  let columns = takeInt32s(capacity * COLUMNS);
  // One search of the whole input (after a leading BOM) for each kind of odd space: most pages have none.
  const firstStart = input.charCodeAt(0) === BOM ? 1 : 0;
  let tab = nextOf(input, '\t', firstStart);
  let nbsp = nextOf(input, '\u00a0', firstStart);
  let tabulation = nextOf(input, '\v', firstStart);
  let formFeed = nextOf(input, '\f', firstStart);
  let wide = nextWideSpace(input, firstStart);
  const rareSpaces = Math.min(tabulation, formFeed, wide) < length;
  let count = 0;
  let start = 0;
  let textFrom = firstStart;
  // The next CR and LF at or after the line's start, found by `indexOf` (much faster than a
  // loop in script) and searched again only once a line's start has passed them.
  let cr = -1;
  let lf = -1;
  for (;;) {
    if (cr < textFrom) cr = nextOf(input, '\r', textFrom);
    if (lf < textFrom) lf = nextOf(input, '\n', textFrom);
    const end = cr < lf ? cr : lf;
    if (count === capacity) {
      columns = grow(columns, capacity);
      capacity *= 2;
    }
    // Leading whitespace: plain spaces are told apart with no call, tabs count to the next stop of four.
    let first = textFrom;
    let indent = 0;
    for (;;) {
      if (first >= end) break;
      const code = input.charCodeAt(first);
      if (code === SPACE) indent++;
      else if (code === TAB) indent += 4 - (indent % 4);
      else if (isSpaceCode(code)) indent++;
      else break;
      first++;
    }
    let last = end;
    while (last > first && isSpaceCode(input.charCodeAt(last - 1))) last--;
    columns[count] = start;
    columns[capacity + count] = first;
    columns[2 * capacity + count] = last;
    columns[3 * capacity + count] = indent;
    count++;
    if (end >= length) break;
    start = end === cr && input.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
    textFrom = start;
  }
  const starts = columns.subarray(0, count);
  const textStarts = columns.subarray(capacity, capacity + count);
  const textEnds = columns.subarray(2 * capacity, 2 * capacity + count);
  const unplain = columns.subarray(4 * capacity, 4 * capacity + count);
  const oddSpaces = Math.min(tab, nbsp, tabulation, formFeed, wide) < length;
  // On a page that has odd spaces, the lines whose text holds one are marked: the next of each
  // kind is searched for again only past the line (or the indentation) that holds the last one.
  for (let line = 0, at = Math.min(tab, nbsp, tabulation, formFeed, wide); at < length; at = Math.min(tab, nbsp, tabulation, formFeed, wide)) {
    while (line + 1 < count && (starts[line + 1] as number) <= at) line++;
    const textStart = textStarts[line] as number;
    if (at >= textStart && at < (textEnds[line] as number)) unplain[line] = 1;
    const from = at < textStart ? textStart : line + 1 < count ? (starts[line + 1] as number) : length;
    if (tab < from) tab = nextOf(input, '\t', from);
    if (nbsp < from) nbsp = nextOf(input, '\u00a0', from);
    if (tabulation < from) tabulation = nextOf(input, '\v', from);
    if (formFeed < from) formFeed = nextOf(input, '\f', from);
    if (wide < from) wide = nextWideSpace(input, from);
  }
  return new LineTable(input, count, starts, textStarts, textEnds, columns.subarray(3 * capacity, 3 * capacity + count), unplain, oddSpaces, rareSpaces);
}

/**
 * The typed arrays of small inputs' lines are views into one shared block of
 * this many integers (128 kB), a region each, handed out once: a typed array
 * of its own costs far more to make than to fill (its memory is allocated
 * outside the heap and tracked, about a microsecond a page), and a view of a
 * block costs little. A block lives while any view of it does: a table kept
 * keeps at most one block (its own region, and those of the tables made
 * beside it).
 */
const SLAB = 1 << 15;

/** The block the next small request's region is taken from, and how much of it is taken. */
let slab: Int32Array<ArrayBuffer> | undefined;
let slabUsed = 0;

/**
 * `count` integers, all 0: a region of the shared block when they fill no
 * more than an eighth of one (a new block once the last is used up), an array
 * of their own otherwise.
 */
function takeInt32s(count: number): Int32Array<ArrayBuffer> {
  if (count > SLAB >>> 3) return new Int32Array(count);
  if (slab === undefined || slabUsed + count > SLAB) {
    slab = new Int32Array(SLAB);
    slabUsed = 0;
  }
  const taken = slab.subarray(slabUsed, slabUsed + count);
  slabUsed += count;
  return taken;
}

/**
 * `count` 16-bit integers, all 0, taken as {@link takeInt32s} takes its own
 * (two to an integer of the block): for a page's per-line values that fit in 16 bits.
 */
export function takeUint16s(count: number): Uint16Array<ArrayBuffer> {
  if (count > SLAB >>> 2) return new Uint16Array(count);
  const words = takeInt32s((count + 1) >>> 1);
  return new Uint16Array(words.buffer, words.byteOffset, count);
}

/** The offset of the next `search` at or after `from`, or the input's length when there is none. */
function nextOf(input: string, search: string, from: number): number {
  const at = input.indexOf(search, from);
  return at < 0 ? input.length : at;
}

/**
 * The offset of the next whitespace character at or after `from` that is not
 * in Latin-1 (U+1680, U+2000-U+200A, U+2028, U+2029, U+202F, U+205F, U+3000,
 * U+FEFF: the code units past Latin-1 that `\s` takes), or the input's length
 * when there is none. The run of characters before the next one from U+1680
 * on is skipped first (a pattern that fails at once on a string V8 holds as
 * one byte a character, most pages); from there, one greedy run over every
 * character but those spaces finds the next: one call, however many other
 * characters past Latin-1 (quotes, dashes, a page in Japanese) stand before it.
 */
function nextWideSpace(input: string, from: number): number {
  FIRST_WIDE.lastIndex = from;
  if (!FIRST_WIDE.test(input)) return input.length;
  NOT_WIDE_SPACE.lastIndex = FIRST_WIDE.lastIndex - 1;
  NOT_WIDE_SPACE.test(input);
  return NOT_WIDE_SPACE.lastIndex;
}

/** The {@link COLUMNS} columns of `capacity` lines each in a buffer twice as large, each at the start of its block. */
function grow(columns: Int32Array<ArrayBuffer>, capacity: number): Int32Array<ArrayBuffer> {
  const grown = takeInt32s(capacity * 2 * COLUMNS);
  for (let column = 0; column < COLUMNS; column++) grown.set(columns.subarray(column * capacity, (column + 1) * capacity), column * capacity * 2);
  return grown;
}

/**
 * True for the code of a whitespace character as `\s` has them (spaces, tabs,
 * no-break spaces, the other Unicode spaces, a stray byte-order mark), plus
 * the zero-width space; a printable ASCII character is told apart at once.
 */
function isSpaceCode(code: number): boolean {
  if (code === SPACE) return true;
  if (code > SPACE && code < 0x7f) return false;
  if (code < SPACE) return code >= TAB && code <= CR;
  return code === NBSP || isOddSpace(code) || code === 0x200b;
}

// The run up to the next character from U+1680 (the first space past Latin-1) on, and that
// character (with no `u` flag: code units, which is all the search needs); then the run of characters none of which is a whitespace
// character past Latin-1 (those `isWideSpace` tells). Both match from `lastIndex` on; a greedy run
// of one class keeps no backtracking state, so it takes any length of input.
const FIRST_WIDE = /[^\u1680-\uffff]*[\u1680-\uffff]/y;
const NOT_WIDE_SPACE = /[^\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]*/y;

/** Code units are copied through this buffer, a chunk at a time. */
const CHUNK = new Uint16Array(4096);

/**
 * `text` with every whitespace character turned into a plain space, one for
 * one. Copied code unit by code unit in chunks, not by a regular expression's
 * replace, which builds a part for every match and is slow on a megabyte of
 * no-break spaces. Lone surrogates are kept as they are.
 */
function plainSpaces(text: string): string {
  const parts: string[] = [];
  for (let from = 0; from < text.length; from += CHUNK.length) {
    const to = Math.min(from + CHUNK.length, text.length);
    for (let at = from; at < to; at++) {
      const code = text.charCodeAt(at);
      CHUNK[at - from] = code === TAB || code === NBSP || isOddSpace(code) ? SPACE : code;
    }
    // `apply` takes the typed array as it is; spreading it would copy it into an argument list first.
    parts.push(String.fromCharCode.apply(null, CHUNK.subarray(0, to - from) as unknown as number[]));
  }
  return parts.join('');
}

/** True for the code of a whitespace character of `\s` other than the plain space, the tab, the no-break space and the line breaks. */
function isOddSpace(code: number): boolean {
  return code < 0x80 ? code === 0x0b || code === 0x0c : isWideSpace(code);
}

/** True for the code of a whitespace character of `\s` past Latin-1. */
function isWideSpace(code: number): boolean {
  return (
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
