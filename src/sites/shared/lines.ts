/**
 * A site reader's view of the engine's {@link LineTable}: a line as its
 * number and trimmed text, made when a reader asks for it.
 *
 * @module
 */
import { type LineTable, normaliseListMarkers } from '../../parse/engine/index.js';
import type { SiteInput } from '../../parse/site.js';

/** One line: its 0-based number and its trimmed text (every whitespace a plain space). */
export interface Line {
  readonly index: number;
  readonly text: string;
}

/** The lines of a page: how many, and the line at a number (`undefined` past the last). */
export interface LineList {
  readonly length: number;
  at(index: number): Line | undefined;
}

/** The lines of `table`, as {@link Line}s. */
export function listLines(table: LineTable): LineList {
  return {
    length: table.count,
    at: (index: number) => (index >= 0 && index < table.count ? { index, text: table.text(index) } : undefined),
  };
}

/**
 * `input` with the bullets another tool writes (`* `, `- `, `◦ `) made the page's own `• `, one character for one,
 * for a site whose rows begin `• ` (a line that begins `1) ` stays its text): a plain-text copy from Firefox, or an
 * editor's, reads as the crawled page.
 */
export function withPageBullets(input: SiteInput): SiteInput {
  const lines = normaliseListMarkers(input.lines, false);
  return lines === input.lines ? input : { ...input, lines };
}
