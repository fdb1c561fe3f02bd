/**
 * Pages of other sites that quote Rotten Tomatoes' critics: their kinds of
 * line, one recogniser each, with the lines they accept.
 *
 * @module
 */
import type { Freshness } from '../../types/page.js';
import type { LineRow } from '../shared/table.js';

/** `Roger Ebert (Chicago Sun-Times) said:`: a quote's byline. */
export function recogniseSaid(text: string): { readonly critic: string; readonly publication: string } | undefined {
  //   ([^()]+?) \(([^()]+)\) said:  the critic, the publication in brackets, "said:"
  const match = /^([^()]+?) \(([^()]+)\) said:$/u.exec(text);
  return match ? { critic: match[1] ?? '', publication: match[2] ?? '' } : undefined;
}

/** `fresh:`, `rotten:`: a quote's freshness, on the line above it. */
export function recogniseFreshnessLabel(text: string): Freshness | undefined {
  const match = /^(fresh|rotten):$/iu.exec(text);
  return match ? ((match[1] ?? '').toLowerCase() as Freshness) : undefined;
}

/** `– Roger Ebert,`: a quote's critic, after a dash. */
export function recogniseDashedCritic(text: string): string | undefined {
  return /^[–—-] ?(\S.*?),?$/u.exec(text)?.[1];
}

/** `8.1` (an IMDb rating), `97%` (the Tomatometer), `90` (the Metascore): the three unlabelled figures. */
export function recogniseFigure(text: string): { readonly kind: 'rating' | 'percent' | 'score'; readonly value: number } | undefined {
  if (/^\d\.\d$/u.test(text)) return { kind: 'rating', value: Number(text) };
  const percent = /^(\d{1,3})%$/u.exec(text);
  if (percent) return Number(percent[1]) <= 100 ? { kind: 'percent', value: Number(percent[1]) } : undefined;
  return /^\d{1,3}$/u.test(text) && Number(text) <= 100 ? { kind: 'score', value: Number(text) } : undefined;
}

/** The kinds of these pages' lines. */
export type QuotesLineKind = 'blank' | 'said' | 'top-heading' | 'freshness' | 'dashed-critic' | 'figure' | 'text';

/** The table: one row per kind, in the order they are tried. */
export const QUOTES_LINES: readonly LineRow<QuotesLineKind>[] = [
  { kind: 'blank', test: (text) => text === '', examples: [''] },
  { kind: 'said', test: (text) => recogniseSaid(text) !== undefined, examples: ['Roger Ebert (Chicago Sun-Times) said:'] },
  { kind: 'top-heading', test: (text) => /^top critics'? reviews$/iu.test(text), examples: ['Top Critics Reviews'] },
  { kind: 'freshness', test: (text) => recogniseFreshnessLabel(text) !== undefined, examples: ['fresh:', 'rotten:'] },
  { kind: 'dashed-critic', test: (text) => recogniseDashedCritic(text) !== undefined && text.length < 80, examples: ['– Roger Ebert,'] },
  { kind: 'figure', test: (text) => recogniseFigure(text) !== undefined, examples: ['8.1', '97%', '90'] },
];
