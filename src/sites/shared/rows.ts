/**
 * A site's line table: one row per kind of line, each a pure recogniser with
 * the lines it accepts as examples (the shape of the engine's line kinds, so
 * that a site moves onto the engine row for row).
 *
 * @module
 */

/** One kind of line: its name, its recogniser (the line's trimmed text to a value, or `undefined`), and lines it accepts. */
export interface LineRow<K extends string> {
  readonly kind: K;
  readonly recognise: (text: string) => unknown;
  readonly examples: readonly string[];
}

/** What a line is by a table: the first row's kind that accepts it, with the row's value. */
export interface Classified<K extends string> {
  readonly kind: K;
  readonly value: unknown;
}

/** The first row of `rows` that accepts `text`, or `undefined` when none does (a line of text). */
export function classify<K extends string>(rows: readonly LineRow<K>[], text: string): Classified<K> | undefined {
  for (const row of rows) {
    const value = row.recognise(text);
    if (value !== undefined && value !== false) return { kind: row.kind, value };
  }
  return undefined;
}
