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
 * - `examples`: lines it accepts, which feed the docs, the fuzz vocabulary and
 *   the tests (each row's examples must classify as its kind);
 * - `endsItem`: whether a line of this kind ends a list item's run of lines.
 *
 * Rows are tried in table order: where two rows accept a line, the earlier
 * wins. A line no row accepts is of the table's `fallback` kind, its value its
 * text; a blank line is of kind {@link BLANK}. Adding a kind of line is adding
 * a row.
 *
 * @example
 * ```ts
 * interface Values { readonly score: number; readonly text: string }
 * const kinds = defineLineKinds<Values>(
 *   [{ kind: 'score', first: DIGITS, recognise: (text) => (/^\d{1,3}$/u.test(text) ? Number(text) : undefined), examples: ['80'], endsItem: false }],
 *   'text',
 * );
 * const tokens = classifyLines(cutLines('80\n\nBold.'), kinds);
 * [tokens.kind(0), tokens.value(0, 'score')]; //=> ['score', 80]
 * [tokens.kind(1), tokens.kind(2), tokens.value(2, 'text')]; //=> ['blank', 'text', 'Bold.']
 * ```
 *
 * @module
 */
import { cutLines, type LineTable } from './lines.js';

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
  /** Lines this row accepts (each classifies as this kind). */
  readonly examples: readonly string[];
  /** Whether a line of this kind ends a list item's lines. */
  readonly endsItem: boolean;
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
  /** The indices (as {@link LineKinds.rowOf} numbers them) of the rows {@link LineKinds.rowsFor} gives. */
  rowIndicesFor(code: number): readonly number[];
  /** Whether a line of `kind` ends a list item (the fallback and blank lines do not). */
  endsItem(kind: TokenKind<V>): boolean;
  /** The index of `kind`'s row: `rows.length` for the fallback, 0xffff for {@link BLANK}; -1 for a kind the table lacks. */
  rowOf(kind: TokenKind<V>): number;
  /** The kind of the row at `index` (as {@link LineKinds.rowOf} numbers them). */
  kindAt(index: number): TokenKind<V>;
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
 * @throws Error when two rows have the same kind, or a row is named as the fallback.
 *
 * @example
 * ```ts
 * const kinds = defineLineKinds<{ readonly bullet: string; readonly text: string }>(
 *   [{ kind: 'bullet', first: '•', recognise: (text) => text.slice(1).trim(), examples: ['• Network: NBC'], endsItem: true }],
 *   'text',
 * );
 * kinds.rowsFor('•'.charCodeAt(0)).length; //=> 1
 * kinds.rowsFor('N'.charCodeAt(0)).length; //=> 0
 * ```
 */
export function defineLineKinds<V>(rows: readonly LineKindRow<V>[], fallback: TextKind<V>): LineKinds<V> {
  if (rows.length >= BLANK_ROW) throw new Error(`A table has at most ${BLANK_ROW - 1} rows.`);
  const seen = new Set<string>([BLANK, fallback]);
  for (const row of rows) {
    if (seen.has(row.kind)) throw new Error(`The line kind "${row.kind}" is defined twice (or is the fallback or "${BLANK}").`);
    seen.add(row.kind);
  }
  const any = rows.filter((row) => row.first === ANY_FIRST);
  // Each code's rows: those that name it, and those that allow any first character, in table order.
  const byCode = new Map<number, LineKindRow<V>[]>();
  for (const row of rows) {
    for (const char of row.first) {
      const code = char.charCodeAt(0);
      if (!byCode.has(code))
        byCode.set(
          code,
          rows.filter((other) => other.first === ANY_FIRST || other.first.includes(char)),
        );
    }
  }
  const ascii: (readonly LineKindRow<V>[])[] = [];
  for (let code = 0; code < 128; code++) ascii.push(byCode.get(code) ?? any);
  const indicesOf = (bucket: readonly LineKindRow<V>[]): readonly number[] => bucket.map((row) => rows.indexOf(row));
  const asciiIndices = ascii.map(indicesOf);
  const anyIndices = indicesOf(any);
  const indicesByCode = new Map([...byCode].map(([code, bucket]) => [code, indicesOf(bucket)]));
  const ends = new Map<string, boolean>(rows.map((row) => [row.kind, row.endsItem]));
  const indices = new Map<string, number>(rows.map((row, index) => [row.kind, index]));
  indices.set(fallback, rows.length);
  indices.set(BLANK, BLANK_ROW);
  const names: TokenKind<V>[] = [...rows.map((row) => row.kind), fallback];
  return {
    rows,
    fallback,
    rowsFor: (code: number) => (code < 128 ? (ascii[code] ?? any) : (byCode.get(code) ?? any)),
    rowIndicesFor: (code: number) => (code < 128 ? (asciiIndices[code] ?? anyIndices) : (indicesByCode.get(code) ?? anyIndices)),
    endsItem: (kind: TokenKind<V>) => ends.get(kind) === true,
    rowOf: (kind: TokenKind<V>) => indices.get(kind) ?? -1,
    kindAt: (index: number) => names[index] ?? BLANK,
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
    return line >= 0 && line < this.count && this.#rows[line] === this.kinds.rowOf(kind);
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
    if (!(line >= 0 && line < this.count)) return undefined;
    const own = this.#rows[line] as number;
    const wanted = this.kinds.rowOf(kind);
    if (own === wanted) return this.#valueAt(line) as V[K];
    if (own === BLANK_ROW) return undefined;
    if (wanted === this.kinds.rows.length) return this.lines.text(line) as V[K];
    if (own > wanted) return undefined;
    const row = this.kinds.rows[wanted] as LineKind<V, K>;
    return row.recognise(this.lines.text(line));
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
    return row === rows.length || (rows[row] as LineKindRow<V>).recognise(this.lines.text(line)) !== undefined;
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
    const kind = this.kind(line);
    return kind === undefined || this.kinds.endsItem(kind);
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
  const rows = new Uint16Array(count);
  const values: unknown[] = [];
  const fallback = kinds.rows.length;
  for (let line = 0; line < count; line++) {
    if (textStarts[line] === textEnds[line]) {
      rows[line] = BLANK_ROW;
      values.push(undefined);
      continue;
    }
    const text = lines.text(line);
    let row = fallback;
    let value: unknown = text;
    const candidates = kinds.rowIndicesFor(text.charCodeAt(0));
    for (let i = 0; i < candidates.length; i++) {
      const index = candidates[i] as number;
      const found = (kinds.rows[index] as LineKindRow<V>).recognise(text);
      if (found !== undefined) {
        row = index;
        value = found;
        break;
      }
    }
    rows[line] = row;
    // A line of the fallback kind keeps no string: its value, its text, is sliced again when asked for.
    values.push(row === fallback ? undefined : value);
  }
  return new TokenList(lines, kinds, rows, values, count);
}

/**
 * The kind and value the first line of `text` classifies as, by the table
 * `kinds` (its text trimmed and its whitespace made plain, as a page's line's
 * is): for tests, docs and a row's examples.
 *
 * @example
 * ```ts
 * const kinds = defineLineKinds<{ readonly text: string }>([], 'text');
 * classifyText(kinds, '  Bold. '); //=> { kind: 'text', value: 'Bold.' }
 * ```
 */
export function classifyText<V>(kinds: LineKinds<V>, text: string): { readonly kind: TokenKind<V>; readonly value: unknown } {
  const trimmed = cutLines(text).text(0);
  if (trimmed === '') return { kind: BLANK, value: undefined };
  for (const row of kinds.rowsFor(trimmed.charCodeAt(0))) {
    const found = row.recognise(trimmed);
    if (found !== undefined) return { kind: row.kind, value: found };
  }
  return { kind: kinds.fallback, value: trimmed };
}
