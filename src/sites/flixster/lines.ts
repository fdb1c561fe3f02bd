/**
 * flixster.com's critic list (a Rotten Tomatoes mirror, 2024): its kinds of
 * line, one recogniser each, with the lines they accept.
 *
 * @module
 */
import type { Freshness } from '../../types/page.js';
import type { LineRow } from '../shared/table.js';

/** `, 50% Rotten Tomatometer Score` (the page's) or `• , Fresh Tomatometer Score` (a review's): the percent when printed, and the freshness. */
export function recogniseTomatometerScore(text: string): { readonly percent: number | undefined; readonly freshness: Freshness } | undefined {
  //   (?:• )?, ?               a bullet, and the comma left of the icon's lost text
  //   (?:(\d{1,3})% )?          the percent (the page's score only)
  //   (fresh|rotten) tomatometer score
  const match = /^(?:• )?, ?(?:(\d{1,3})% )?(fresh|rotten|certified fresh) tomatometer score$/iu.exec(text);
  if (!match) return undefined;
  const percent = match[1] === undefined ? undefined : Number(match[1]);
  return { percent: percent !== undefined && percent <= 100 ? percent : undefined, freshness: (match[2] ?? '').toLowerCase() === 'rotten' ? 'rotten' : 'fresh' };
}

/** `Read full article` (and `Read full a`, cut at the page's end): the link that ends a review. */
export function recogniseArticleLink(text: string, isLast: boolean): boolean {
  const plain = text.toLowerCase();
  return plain === 'read full article' || (isLast && plain.length >= 4 && 'read full article'.startsWith(plain));
}

/** The kinds of flixster's lines. */
export type FlixsterLineKind = 'blank' | 'heading' | 'page-score' | 'review-score' | 'link' | 'bullet' | 'text';

/** The table: one row per kind, in the order they are tried. */
export const FLIXSTER_LINES: readonly LineRow<FlixsterLineKind>[] = [
  { kind: 'blank', test: (text) => text === '', examples: [''] },
  { kind: 'heading', test: (text) => /^critics? reviews$/iu.test(text), examples: ['critic Reviews'] },
  { kind: 'page-score', test: (text) => recogniseTomatometerScore(text)?.percent !== undefined, examples: [', 50% Rotten Tomatometer Score', ', 92% Fresh Tomatometer Score'] },
  { kind: 'review-score', test: (text) => recogniseTomatometerScore(text) !== undefined, examples: ['• , Fresh Tomatometer Score', '• , Rotten Tomatometer Score', ', Fresh Tomatometer Score'] },
  { kind: 'link', test: (text) => recogniseArticleLink(text, false), examples: ['Read full article'] },
  { kind: 'bullet', test: (text) => text.startsWith('• '), examples: ["• Anyone's entitled to judge, and McKellen plays a judge better than most."] },
];
