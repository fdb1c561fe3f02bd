/**
 * A stand-in for the parsing engine of issue 12 (`src/parse/engine/`), which
 * is not on main yet: the few calls of it that the metacritic.com sites of
 * other eras use, with the engine's names and shapes (`defineLineKinds`,
 * `classifyLines`, `compileReaders`, `Report`), so that moving those sites
 * onto the engine is changing one import and deleting this file. Nothing else
 * is to use it.
 *
 * @module
 */
import { DIAGNOSTIC_CODES, type Diagnostic, type DiagnosticCode } from '../../types/diagnostic.js';
import type { Span } from '../../types/source.js';
import type { Line, LineIndex } from '../lines.js';

/** The kind of a blank line. */
export const BLANK = 'blank';

/** A token's kind: one of the table's kinds, or {@link BLANK}. */
export type TokenKind<V> = (keyof V & string) | typeof BLANK;

/** One row of a line-kind table: the lines of kind `K` and the value each gives (as the engine's `LineKind`). */
export interface LineKind<V, K extends keyof V & string> {
  readonly kind: K;
  /** The characters a line of this kind can begin with; `''` for any. */
  readonly first: string;
  /** The value of a line of this kind, from its trimmed text; `undefined` when the line is not of it. */
  readonly recognise: (text: string) => V[K] | undefined;
  /** Lines this row accepts. */
  readonly examples: readonly string[];
  /** Whether a line of this kind ends a list item's lines. */
  readonly endsItem: boolean;
}

/** A row of a table over the values `V`. */
export type LineKindRow<V> = { [K in keyof V & string]: LineKind<V, K> }[keyof V & string];

/** The kinds of `V` whose value is a string: those a table can fall back to. */
type TextKind<V> = { [K in keyof V & string]: V[K] extends string ? K : never }[keyof V & string];

/** A table of line kinds: its rows, in the order they are tried, and its fallback kind. */
export interface LineKinds<V> {
  readonly rows: readonly LineKindRow<V>[];
  readonly fallback: TextKind<V>;
}

/** The table of `rows`, a line no row accepts being of kind `fallback`. */
export function defineLineKinds<V>(rows: readonly LineKindRow<V>[], fallback: TextKind<V>): LineKinds<V> {
  return { rows, fallback };
}

/** The kind and value of one line's trimmed text, by `kinds`. */
export function classifyText<V>(kinds: LineKinds<V>, text: string): { readonly kind: TokenKind<V>; readonly value: unknown } {
  if (text === '') return { kind: BLANK, value: undefined };
  const first = text.charAt(0);
  for (const row of kinds.rows) {
    if (row.first !== '' && !row.first.includes(first)) continue;
    const value = row.recognise(text);
    if (value !== undefined) return { kind: row.kind, value };
  }
  return { kind: kinds.fallback, value: text };
}

/** The tokens of a page: each line's kind and value, classified once (0-based line numbers). */
export class TokenList<V> {
  readonly count: number;
  readonly #index: LineIndex;
  readonly #kinds: TokenKind<V>[] = [];
  readonly #values: unknown[] = [];
  readonly #lines: Line[] = [];

  constructor(index: LineIndex, kinds: LineKinds<V>) {
    this.#index = index;
    this.count = index.lines.length;
    for (let at = 0; at < this.count; at++) {
      const line = index.lines.at(at) as Line;
      const { kind, value } = classifyText(kinds, line.text);
      this.#lines.push(line);
      this.#kinds.push(kind);
      this.#values.push(value);
    }
  }

  kind(line: number): TokenKind<V> | undefined {
    return this.#kinds[line];
  }

  is(line: number, kind: TokenKind<V>): boolean {
    return this.#kinds[line] === kind;
  }

  value<K extends keyof V & string>(line: number, kind: K): V[K] | undefined {
    return this.is(line, kind) ? (this.#values[line] as V[K]) : undefined;
  }

  text(line: number): string {
    return this.#lines[line]?.text ?? '';
  }

  /** The first non-blank line at or after `from`, or `count`. */
  nextNonBlank(from: number): number {
    let at = Math.max(from, 0);
    while (at < this.count && this.#kinds[at] === BLANK) at++;
    return at;
  }

  /** The last non-blank line at or before `from`, or -1. */
  previousNonBlank(from: number): number {
    let at = Math.min(from, this.count - 1);
    while (at >= 0 && this.#kinds[at] === BLANK) at--;
    return at;
  }

  /** The span from line `first`'s text to the end of line `last`. */
  span(first: number, last: number = first): Span {
    return this.#index.spanOf(this.#lines[first] as Line, this.#lines[last]);
  }
}

/** Classifies every line of `index` once, by `kinds`. */
export function classifyLines<V>(index: LineIndex, kinds: LineKinds<V>): TokenList<V> {
  return new TokenList(index, kinds);
}

/** A reader of one part of a page: it opens on a line of a kind it names and returns the first line it did not take. */
export interface Reader<V, S> {
  readonly name: string;
  readonly opens: readonly TokenKind<V>[] | '*';
  readonly when?: (state: S, tokens: TokenList<V>, at: number) => boolean;
  read(tokens: TokenList<V>, at: number, state: S): number;
}

/** A site's readers, compiled into the loop that reads a page. */
export interface ReaderSet<V, S> {
  read(tokens: TokenList<V>, state: S): void;
}

/** The loop over `readers`: every non-blank line to the first reader that opens on it; a reader that takes no line is a bug, and throws. */
export function compileReaders<V, S>(readers: readonly Reader<V, S>[]): ReaderSet<V, S> {
  return {
    read(tokens: TokenList<V>, state: S): void {
      for (let at = 0; at < tokens.count; ) {
        const kind = tokens.kind(at) as TokenKind<V>;
        if (kind === BLANK) {
          at++;
          continue;
        }
        const reader = readers.find((one) => (one.opens === '*' || one.opens.includes(kind)) && (one.when === undefined || one.when(state, tokens, at)));
        if (reader === undefined) throw new Error(`No reader opens on line ${at + 1} (${kind}).`);
        const next = reader.read(tokens, at, state);
        if (!(next > at)) throw new Error(`Reader "${reader.name}" made no progress at line ${at + 1}.`);
        at = next;
      }
    },
  };
}

/** The diagnostics and furniture of one reading. */
export class Report {
  readonly diagnostics: Diagnostic[] = [];
  readonly furniture: Span[] = [];
  readonly #tokens: { span(first: number, last?: number): Span };

  constructor(tokens: { span(first: number, last?: number): Span }) {
    this.#tokens = tokens;
  }

  report(code: DiagnosticCode, message: string, span: Span): void {
    this.diagnostics.push({ code, severity: DIAGNOSTIC_CODES[code].severity, message, span });
  }

  reportLine(code: DiagnosticCode, message: string, first: number, last: number = first): void {
    this.report(code, message, this.#tokens.span(first, last));
  }

  furnish(line: number): void {
    this.furniture.push(this.#tokens.span(line));
  }

  sortedDiagnostics(): Diagnostic[] {
    return this.diagnostics.sort((a, b) => a.span.start.offset - b.span.start.offset || a.span.end.offset - b.span.end.offset);
  }
}
