/**
 * The classifier: every line classified once into a token (a kind and a
 * value) by one table of line kinds, dispatched on the line's first
 * significant character.
 *
 * A site describes its lines as rows, one per kind of line:
 *
 * - `kind`: the token's kind, a name ("verdict", "date");
 * - `first`: the characters a line of this kind can begin with (`ANY_FIRST`
 *   for any), so a line is tried only against the rows its first character
 *   allows;
 * - `recognise`: the line's trimmed text (every whitespace character a plain
 *   space) to the token's value, or `undefined` when the line is not of this
 *   kind;
 * - `endsItem`: whether a line of this kind ends a list item's run of lines;
 * - optionally `recogniseAt`, the same recogniser reading the line where it
 *   stands in the page (`input`, and where its text starts and ends), which
 *   the classifier calls on a line whose text is its slice of the page as it
 *   is (no other whitespace than plain spaces), with no string made for it:
 *   {@link inPlace} makes a row's `recognise` of it;
 * - optionally `last`, the characters a line of this kind can end with: with
 *   `first`, it lets most lines be told apart from most rows with no
 *   recogniser run;
 * - optionally `afterDigits`, for a row whose lines can begin with ASCII
 *   digits, the characters that can follow those digits (`.` for a numbered
 *   item's `1. `, a space for a count's `4 tv reviews`): a line that begins
 *   with digits is tried only against the rows that allow the character after
 *   them (a line of digits alone, only against the rows with no
 *   `afterDigits`: no character follows its digits).
 *
 * Rows are tried in table order: where two rows accept a line, the earlier
 * wins. A line no row accepts is of the table's `fallback` kind, its value its
 * text; a blank line is of kind {@link BLANK}. Adding a kind of line is adding
 * a row (and its example lines to the table's {@link LineExamples}, which the
 * tests and the fuzz read and the parser never does).
 *
 * @example
 * ```ts
 * interface Values { readonly score: number; readonly text: string }
 * const kinds = defineLineKinds<Values>(
 *   [{ kind: 'score', first: DIGITS, recognise: (text) => (/^\d{1,3}$/u.test(text) ? Number(text) : undefined), endsItem: false }],
 *   'text',
 * );
 * const tokens = classifyLines(cutLines('80\n\nBold.'), kinds);
 * [tokens.kind(0), tokens.value(0, 'score')]; //=> ['score', 80]
 * [tokens.kind(1), tokens.kind(2), tokens.value(2, 'text')]; //=> ['blank', 'text', 'Bold.']
 * ```
 *
 * @module
 */
import { cutLines, type LineTable, takeUint16s } from './lines.js';

/** The kind of a blank line, which every table has. */
export const BLANK = 'blank';

/** `first` for a row whose lines can begin with any character. */
export const ANY_FIRST = '';

/** The ASCII digits, as a row's `first`. */
export const DIGITS = '0123456789';

/** The ASCII letters in either case, as a row's `first`. */
export const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** A token's kind: one of the table's kinds (the keys of its values), or {@link BLANK}. */
export type TokenKind<V> = (keyof V & string) | typeof BLANK;

/** One row of a line-kind table: the lines of kind `K`, and the value each gives. */
export interface LineKind<V, K extends keyof V & string> {
  /** The kind's name. */
  readonly kind: K;
  /** The characters a line of this kind can begin with; {@link ANY_FIRST} for any. */
  readonly first: string;
  /** The value of a line of this kind, from its trimmed text; `undefined` when the line is not of it. */
  readonly recognise: (text: string) => V[K] | undefined;
  /** {@link LineKind.recognise} reading the text in place: `input.slice(start, end)` is the line's text (see {@link inPlace}). */
  readonly recogniseAt?: RecogniseAt<V[K]>;
  /** Whether a line of this kind ends a list item's lines. */
  readonly endsItem: boolean;
  /** The characters a line of this kind can end with; absent (or {@link ANY_FIRST}) for any. */
  readonly last?: string;
  /** The characters that can follow the ASCII digits a line of this kind begins with (then no line of digits alone is of it); absent (or {@link ANY_FIRST}) for any. */
  readonly afterDigits?: string;
}

/**
 * The lines each row of a table over the values `V` accepts, by the row's
 * kind (every kind of `V` but the fallback `F`, at least one line each): what
 * the docs, the fuzz vocabulary and the tests read a table's lines from, each
 * line classifying as its row's kind. A site keeps them beside its rows, apart
 * from them, so that the parser never holds them (a bundle drops them).
 *
 * @example
 * ```ts
 * interface Values { readonly score: number; readonly text: string }
 * const examples: LineExamples<Values, 'text'> = { score: ['80', '7'] };
 * examples.score[0]; //=> '80'
 * ```
 */
export type LineExamples<V, F extends keyof V & string> = { readonly [K in Exclude<keyof V & string, F>]: readonly [string, ...string[]] };

/**
 * A recogniser that reads a line's text where it stands: `input.slice(start,
 * end)` is the text (trimmed, its whitespace plain spaces), read by character
 * codes with no string made for it; `undefined` when the line is not of its kind.
 */
export type RecogniseAt<T> = (input: string, start: number, end: number) => T | undefined;

/**
 * A row's two recognisers from one that reads in place: `recogniseAt` itself,
 * and `recognise`, which reads a whole string with it. Spread into a row.
 *
 * @example
 * ```ts
 * const score = inPlace((input, start, end) => (end - start === 2 && DIGITS.includes(input.charAt(start)) ? Number(input.slice(start, end)) : undefined));
 * [score.recognise('80'), score.recogniseAt('1. 80', 3, 5), score.recognise('8')]; //=> [80, 80, undefined]
 * ```
 */
export function inPlace<T>(recogniseAt: RecogniseAt<T>): { readonly recognise: (text: string) => T | undefined; readonly recogniseAt: RecogniseAt<T> } {
  return { recognise: (text) => recogniseAt(text, 0, text.length), recogniseAt };
}

/** A row of a table over the values `V`: a {@link LineKind} of any of its kinds. */
export type LineKindRow<V> = { [K in keyof V & string]: LineKind<V, K> }[keyof V & string];

/** A compiled table of line kinds: its rows, dispatched by first character, and its fallback kind. */
export interface LineKinds<V> {
  readonly rows: readonly LineKindRow<V>[];
  /** The kind of a non-blank line no row accepts; its value is the line's text. */
  readonly fallback: TextKind<V>;
  /** The rows a line beginning with the code unit `code` is tried against, in table order. */
  rowsFor(code: number): readonly LineKindRow<V>[];
  /** Whether a line of `kind` ends a list item (the fallback and blank lines do not). */
  endsItem(kind: TokenKind<V>): boolean;
  /** {@link LineKinds.endsItem} for the row at `index` (as {@link LineKinds.rowOf} numbers them). */
  endsItemAt(index: number): boolean;
  /** The index of `kind`'s row: `rows.length` for the fallback, 0xffff for {@link BLANK}; -1 for a kind the table lacks. */
  rowOf(kind: TokenKind<V>): number;
  /** The kind of the row at `index` (as {@link LineKinds.rowOf} numbers them). */
  kindAt(index: number): TokenKind<V>;
  /** The rows a line may be of, by its first character (the rows' `first`). */
  readonly byFirst: RowSets;
  /** The rows a line may be of, by its last character (the rows' `last`). */
  readonly byLast: RowSets;
  /** The rows a line that begins with ASCII digits may be of, by the character after them (the rows' `afterDigits`). */
  readonly byAfterDigits: RowSets;
  /** Each row's reading of a line in place, by index: its `recogniseAt`, or its `recognise` of the line's slice where it has none. */
  readonly readsAt: readonly RecogniseAt<unknown>[];
}

/**
 * Sets of a table's rows, one for each character code: the rows whose `first`
 * (or `last`) allows that character, as the bits of a 32-bit number (bit `i`
 * for row `i`), so that going through a set's bits from the lowest is going
 * through its rows in table order. The codes below 128 have a set each; a code
 * above has its own set when some row names it, else the set of the rows that
 * allow any character.
 */
export class RowSets {
  /** The sets: those of the codes 0 to 127 first, then the others', then the set of the rows that allow any. */
  readonly bits: Int32Array;
  /** The set of the rows that allow any character (those with no characters named). */
  readonly any: number;
  /** The codes above 127 that some row names, in the order of their sets in {@link RowSets.bits} (a few: searched one by one, faster than a map). */
  readonly #others: Int32Array;

  /** Files rows by the characters `allowed` names for each ({@link ANY_FIRST}: any character). */
  constructor(allowed: readonly string[]) {
    const codes = Array.from({ length: 128 }, (_, code) => code);
    for (const chars of allowed) for (const char of chars) if (char.charCodeAt(0) >= 128 && !codes.includes(char.charCodeAt(0))) codes.push(char.charCodeAt(0));
    this.#others = Int32Array.from(codes.slice(128));
    this.bits = Int32Array.from([...codes, -1], (code) =>
      allowed.reduce((set, chars, row) => (chars === ANY_FIRST || (code >= 0 && chars.includes(String.fromCharCode(code))) ? set | (1 << row) : set), 0),
    );
    this.any = this.bits[this.bits.length - 1] as number;
  }

  /** The set of the character code `code`. */
  of(code: number): number {
    if (code < 128) return this.bits[code] as number;
    const others = this.#others;
    let slot = 0;
    while (slot < others.length && others[slot] !== code) slot++;
    return this.bits[128 + slot] as number;
  }
}

/** The kinds of `V` whose value is a string: those a table can have as its fallback (the value is the line's text). */
export type TextKind<V> = { [K in keyof V & string]: V[K] extends string ? K : never }[keyof V & string];

/**
 * Compiles a table of line kinds: each row is filed under the first
 * characters it allows, so that a line is tried only against those.
 *
 * @param rows - The rows, in the order they are tried.
 * @param fallback - The kind of a line no row accepts (its value is its text).
 * @returns The compiled table, for {@link classifyLines}.
 * @throws Error when two rows have the same kind, a row is named as the fallback, or there are more than 32 rows (a row is a bit of a {@link RowSets} set).
 *
 * @example
 * ```ts
 * const kinds = defineLineKinds<{ readonly bullet: string; readonly text: string }>(
 *   [{ kind: 'bullet', first: '•', recognise: (text) => text.slice(1).trim(), endsItem: true }],
 *   'text',
 * );
 * kinds.rowsFor('•'.charCodeAt(0)).length; //=> 1
 * kinds.rowsFor('N'.charCodeAt(0)).length; //=> 0
 * ```
 */
export function defineLineKinds<V>(rows: readonly LineKindRow<V>[], fallback: TextKind<V>): LineKinds<V> {
  if (rows.length > 32) throw new Error('A table has at most 32 rows.');
  const seen = new Set<string>([BLANK, fallback]);
  for (const row of rows) {
    if (seen.has(row.kind)) throw new Error(`The line kind "${row.kind}" is defined twice (or is the fallback or "${BLANK}").`);
    seen.add(row.kind);
  }
  const byFirst = new RowSets(rows.map((row) => row.first));
  const byLast = new RowSets(rows.map((row) => row.last ?? ANY_FIRST));
  const byAfterDigits = new RowSets(rows.map((row) => row.afterDigits ?? ANY_FIRST));
  const indices = new Map<string, number>(rows.map((row, index) => [row.kind, index]));
  indices.set(fallback, rows.length);
  indices.set(BLANK, BLANK_ROW);
  const names: TokenKind<V>[] = [...rows.map((row) => row.kind), fallback];
  return {
    rows,
    fallback,
    // Each code's rows, in table order, as the first-character sets hold them.
    rowsFor: (code: number) => rows.filter((_, index) => (byFirst.of(code) >>> index) & 1),
    endsItem: (kind: TokenKind<V>) => rows[indices.get(kind) ?? -1]?.endsItem === true,
    endsItemAt: (index: number) => rows[index]?.endsItem === true,
    rowOf: (kind: TokenKind<V>) => indices.get(kind) ?? -1,
    kindAt: (index: number) => names[index] ?? BLANK,
    byFirst,
    byLast,
    byAfterDigits,
    readsAt: rows.map((row): RecogniseAt<unknown> => row.recogniseAt ?? ((input, start, end) => row.recognise(input.slice(start, end)))),
  };
}

/**
 * The tokens of a page: each line's kind and value, classified once. Lines
 * are 0-based indices into the {@link LineTable}; a view made by
 * {@link TokenList.upTo} ends early (a line at or past its `count` is out of
 * range), as if the page ended there.
 *
 * Besides its own kind, a line can be asked whether another row accepts it
 * ({@link TokenList.accepts}, {@link TokenList.valueAs}): answered from the
 * line's kind where the table's order settles it (a line of a later row was
 * refused by every earlier one), and by that row's recogniser only where an
 * earlier row took the line.
 */
export class TokenList<V> {
  readonly lines: LineTable;
  readonly kinds: LineKinds<V>;
  /** The number of lines in range: the table's, or fewer in a view made by {@link TokenList.upTo}. */
  readonly count: number;
  /** Each line's row in the table: its index, `rows.length` for the fallback, {@link BLANK_ROW} for a blank line. */
  readonly #rows: Uint16Array;
  readonly #values: readonly unknown[];

  /** Use {@link classifyLines}. */
  constructor(lines: LineTable, kinds: LineKinds<V>, rows: Uint16Array, values: readonly unknown[], count: number) {
    this.lines = lines;
    this.kinds = kinds;
    this.#rows = rows;
    this.#values = values;
    this.count = count;
  }

  /** Line `line`'s kind; `undefined` for a line out of range. */
  kind(line: number): TokenKind<V> | undefined {
    return line >= 0 && line < this.count ? this.kinds.kindAt(this.#rows[line] as number) : undefined;
  }

  /** True when line `line` is in range and of `kind`. */
  is(line: number, kind: TokenKind<V>): boolean {
    // The row's kind compared with `kind` (two names, each one string in memory): no lookup of `kind`'s row.
    return line >= 0 && line < this.count && this.kinds.kindAt(this.#rows[line] as number) === kind;
  }

  /** Line `line`'s value when it is of `kind`; `undefined` otherwise. */
  value<K extends keyof V & string>(line: number, kind: K): V[K] | undefined {
    return this.is(line, kind) ? (this.#valueAt(line) as V[K]) : undefined;
  }

  /** The value of line `line`, in range and not blank: its text for the fallback kind (kept as the line, not as a string). */
  #valueAt(line: number): unknown {
    return this.#rows[line] === this.kinds.rows.length ? this.lines.text(line) : this.#values[line];
  }

  /**
   * Line `line`'s value, for a reader that opened on it and knows its kind.
   *
   * @throws Error when the line is not of `kind`: a reader's bug.
   */
  valueOf<K extends keyof V & string>(line: number, kind: K): V[K] {
    if (!this.is(line, kind)) throw new Error(`Line ${line + 1} is of kind "${String(this.kind(line))}", not "${kind}".`);
    return this.#valueAt(line) as V[K];
  }

  /**
   * The value the row of `kind` gives line `line`, whatever the line's own
   * kind: its value when it is of `kind`; `undefined` when its row comes
   * after (every earlier row refused it); otherwise that row's recogniser run
   * on its text. The fallback kind accepts every non-blank line.
   */
  valueAs<K extends keyof V & string>(line: number, kind: K): V[K] | undefined {
    return this.valueAsRow(line, kind, this.kinds.rowOf(kind));
  }

  /**
   * {@link TokenList.valueAs} for `kind`, whose row's index `row` the caller
   * found once with {@link LineKinds.rowOf}: for a site's hot paths, which
   * look up no kind per line (`kind` names the row for the reader and the
   * types).
   */
  valueAsRow<K extends keyof V & string>(line: number, _kind: K, row: number): V[K] | undefined {
    if (!(line >= 0 && line < this.count)) return undefined;
    const own = this.#rows[line] as number;
    if (own === row) return this.#valueAt(line) as V[K];
    if (own === BLANK_ROW) return undefined;
    const rows = this.kinds.rows;
    if (row === rows.length) return this.lines.text(line) as V[K];
    if (own > row) return undefined;
    return recogniseLine(rows[row] as LineKind<V, K>, this.lines, line);
  }

  /** True when the row of `kind` accepts line `line` (see {@link TokenList.valueAs}). */
  accepts(line: number, kind: keyof V & string): boolean {
    return this.acceptsRow(line, this.kinds.rowOf(kind));
  }

  /** Line `line`'s row index (as {@link LineKinds.rowOf} numbers them), or -1 out of range: for a site's hot paths, which name rows by index. */
  rowAt(line: number): number {
    return line >= 0 && line < this.count ? (this.#rows[line] as number) : -1;
  }

  /** {@link TokenList.accepts} for the row at index `row`, found once with {@link LineKinds.rowOf}. */
  acceptsRow(line: number, row: number): boolean {
    if (!(line >= 0 && line < this.count)) return false;
    const own = this.#rows[line] as number;
    if (own === row) return true;
    if (own === BLANK_ROW || own > row) return false;
    const rows = this.kinds.rows;
    return row === rows.length || recogniseLine(rows[row] as LineKindRow<V>, this.lines, line) !== undefined;
  }

  /** Line `line`'s text (as {@link LineTable.text}); `''` out of range. */
  text(line: number): string {
    return line >= 0 && line < this.count ? this.lines.text(line) : '';
  }

  /** Line `line`'s indentation width. */
  indent(line: number): number {
    return this.lines.indent(line);
  }

  /** True when line `line` is blank or out of range. */
  isBlank(line: number): boolean {
    return !(line >= 0 && line < this.count) || this.#rows[line] === BLANK_ROW;
  }

  /** Whether line `line` is of a kind that ends a list item (a line out of range ends every item). */
  endsItem(line: number): boolean {
    return !(line >= 0 && line < this.count) || this.kinds.endsItemAt(this.#rows[line] as number);
  }

  /** The first non-blank line at or after `from`, or `count` when there is none. */
  nextNonBlank(from: number): number {
    return this.lines.nextNonBlank(from, this.count);
  }

  /** The last non-blank line at or before `from` (and before `count`), or -1 when there is none. */
  previousNonBlank(from: number): number {
    return this.lines.previousNonBlank(Math.min(from, this.count - 1));
  }

  /** These tokens as if the page ended before line `end`. */
  upTo(end: number): TokenList<V> {
    return new TokenList(this.lines, this.kinds, this.#rows, this.#values, Math.max(0, Math.min(end, this.count)));
  }
}

/** What the row `row` gives line `line` (not blank): read in place when it can be, else from the line's text. */
function recogniseLine<V, K extends keyof V & string>(row: LineKind<V, K>, lines: LineTable, line: number): V[K] | undefined {
  const at = row.recogniseAt;
  return at !== undefined && lines.isPlain(line)
    ? at(lines.input, lines.textStarts[line] as number, lines.textEnds[line] as number)
    : row.recognise(lines.text(line));
}

/** The row index of a blank line's token. */
const BLANK_ROW = 0xffff;

/**
 * Classifies every line of `lines` once, by the table `kinds`: the pipeline's
 * second step.
 *
 * @param lines - The input's lines, from {@link cutLines}.
 * @param kinds - The site's table, from {@link defineLineKinds}.
 * @returns The tokens, one per line.
 *
 * @example
 * ```ts
 * const kinds = defineLineKinds<{ readonly text: string }>([], 'text');
 * classifyLines(cutLines('a\n\nb'), kinds).kind(1); //=> 'blank'
 * ```
 */
export function classifyLines<V>(lines: LineTable, kinds: LineKinds<V>): TokenList<V> {
  const { count, textStarts, textEnds } = lines;
  const rows = takeUint16s(count);
  // Only the lines of a row keep a value: a line of the fallback kind keeps no string (its
  // value, its text, is sliced again when asked for), a blank line nothing.
  const values: unknown[] = new Array<unknown>(count);
  const fallback = kinds.rows.length;
  // Where the input has no other whitespace than spaces, every line is read where it stands.
  const plain = !lines.oddSpaces;
  for (let line = 0; line < count; line++) {
    const start = textStarts[line] as number;
    const end = textEnds[line] as number;
    if (start === end) {
      rows[line] = BLANK_ROW;
      continue;
    }
    const row = rowOfLine(kinds, lines, line, start, end, plain || lines.isPlain(line));
    rows[line] = row;
    if (row !== fallback) values[line] = foundValue;
  }
  return new TokenList(lines, kinds, rows, values, count);
}

/** The value {@link rowOfLine} found last (a second result, with no object made for the pair). */
let foundValue: unknown;

/**
 * The row that takes line `line` of `lines` (not blank; its text from `start`
 * to `end`): the first in table order whose `first`, `last` and `afterDigits`
 * allow the line and whose recogniser accepts it, its value left in
 * {@link foundValue}; the fallback (`rows.length`) when none does. A `plain`
 * line (no other whitespace than spaces) is read where it stands, each row's
 * reading given the input and the line's offsets; another line's text is
 * sliced (and its whitespace made plain) once, for the first row tried.
 */
function rowOfLine<V>(kinds: LineKinds<V>, lines: LineTable, line: number, start: number, end: number, plain: boolean): number {
  const { input } = lines;
  const first = input.charCodeAt(start);
  const last = input.charCodeAt(end - 1);
  // The rows both characters allow, the lowest bit (the earliest row) first.
  let set =
    (first < 128 ? (kinds.byFirst.bits[first] as number) : kinds.byFirst.of(first)) &
    (last < 128 ? (kinds.byLast.bits[last] as number) : kinds.byLast.of(last));
  let text: string | undefined;
  // Of a line that begins with digits, the rows the character after them allows (read in its
  // text, whitespace made plain, where the line has other whitespace than spaces); of a line of
  // digits alone (a score, "80"), the rows that allow any.
  if (set !== 0 && isAsciiDigit(first)) {
    let after = start + 1;
    while (isAsciiDigit(input.charCodeAt(after))) after++;
    set &=
      after < end ? kinds.byAfterDigits.of(plain ? input.charCodeAt(after) : (text = lines.text(line)).charCodeAt(after - start)) : kinds.byAfterDigits.any;
  }
  const { readsAt, rows } = kinds;
  while (set !== 0) {
    const row = 31 - Math.clz32(set & -set);
    set &= set - 1;
    const value: unknown = plain
      ? (readsAt[row] as RecogniseAt<unknown>)(input, start, end)
      : (rows[row] as LineKindRow<V>).recognise((text ??= lines.text(line)));
    if (value !== undefined) {
      foundValue = value;
      return row;
    }
  }
  foundValue = undefined;
  return rows.length;
}

/** True for the code of an ASCII digit. */
function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * The kind and value the first line of `text` classifies as, by the table
 * `kinds` (its text trimmed and its whitespace made plain, as a page's line's
 * is), as {@link classifyLines} classifies it: for tests, docs and a row's
 * examples.
 *
 * @example
 * ```ts
 * const kinds = defineLineKinds<{ readonly text: string }>([], 'text');
 * classifyText(kinds, '  Bold. '); //=> { kind: 'text', value: 'Bold.' }
 * ```
 */
export function classifyText<V>(kinds: LineKinds<V>, text: string): { readonly kind: TokenKind<V>; readonly value: unknown } {
  const lines = cutLines(text);
  if (lines.isBlank(0)) return { kind: BLANK, value: undefined };
  const row = rowOfLine(kinds, lines, 0, lines.textStarts[0] as number, lines.textEnds[0] as number, lines.isPlain(0));
  return row === kinds.rows.length ? { kind: kinds.fallback, value: lines.text(0) } : { kind: kinds.kindAt(row), value: foundValue };
}
