/**
 * A site's line table: one row per kind of line, each with the lines it
 * accepts as examples (the fuzz reads them). A line is of the first row's
 * kind whose test accepts it.
 *
 * @module
 */

/** One kind of line: its name, its test, and lines it accepts. */
export interface LineRow<K extends string> {
  readonly kind: K;
  /** True when `text` (a line's trimmed text) is a line of this kind. */
  readonly test: (text: string) => boolean;
  /** Lines of this kind, as real pages print them. */
  readonly examples: readonly string[];
}

/** The kind of `text` by `table`: the first row that accepts it, or `fallback`. */
export function classifyLine<K extends string, F extends string>(table: readonly LineRow<K>[], text: string, fallback: F): K | F {
  for (const row of table) if (row.test(text)) return row.kind;
  return fallback;
}
