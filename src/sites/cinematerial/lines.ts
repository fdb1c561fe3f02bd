/**
 * cinematerial.com's pages with Rotten Tomatoes' reviews: its kinds of line,
 * one recogniser each, with the lines they accept.
 *
 * @module
 */
import type { LineRow } from '../shared/table.js';

/** `97 / 100` under `Critics score:`: the Tomatometer as a score out of 100. */
export function recogniseOutOf100(text: string): number | undefined {
  const match = /^(\d{1,3}) ?\/ ?100$/u.exec(text);
  const value = match ? Number(match[1]) : undefined;
  return value !== undefined && value <= 100 ? value : undefined;
}

/** A review line's parts: the byline before the first ": ", and the quote without its "Read more". */
export interface ReviewLine {
  readonly byline: string;
  readonly quote: string;
  /** False when the line stops before its "Read more" (the page's cut end). */
  readonly linked: boolean;
}

/** `Michael Wilmington, Chicago Tribune: No one kindles a flame... Read more`, `Hollywood Reporter: ... Read more`, `A.O. Scott, New York Times: Read more`. */
export function recogniseReviewLine(text: string): ReviewLine | undefined {
  const colon = text.indexOf(': ');
  const bare = text.endsWith(':') && !text.includes(': ') ? text.length - 1 : -1;
  const at = colon >= 0 ? colon : bare;
  if (at <= 0 || at > 120) return undefined;
  const byline = text.slice(0, at).trim();
  let quote = text.slice(at + 1).trim();
  const linked = /(?:^| )read more$/iu.test(quote);
  if (linked) quote = quote.slice(0, quote.length - 'read more'.length).trim();
  return { byline, quote, linked };
}

/** The kinds of cinematerial's lines. */
export type CinematerialLineKind = 'blank' | 'provided-by' | 'score-label' | 'score' | 'review' | 'text';

/** The table: one row per kind, in the order they are tried. */
export const CINEMATERIAL_LINES: readonly LineRow<CinematerialLineKind>[] = [
  { kind: 'blank', test: (text) => text === '', examples: [''] },
  { kind: 'provided-by', test: (text) => /^reviews provided by rotten ?tomatoes$/iu.test(text), examples: ['Reviews provided by RottenTomatoes'] },
  { kind: 'score-label', test: (text) => /^critics score:$/iu.test(text), examples: ['Critics score:'] },
  { kind: 'score', test: (text) => recogniseOutOf100(text) !== undefined, examples: ['97 / 100'] },
  { kind: 'review', test: (text) => recogniseReviewLine(text) !== undefined, examples: ["Michael Wilmington, Chicago Tribune: No one kindles a flame like Ingrid Bergman's Ilsa. Read more", 'Hollywood Reporter: Surely no more skilled ensemble of actors could be dreamed up. Read more'] },
];
