/**
 * OpenCritic's line table: one row per kind of line of its review lists and
 * game pages, each with the lines it accepts.
 *
 * @module
 */
import { recogniseDate } from '../../parse/recognise.js';
import type { LineRow } from '../shared/rows.js';

/** The kinds of OpenCritic's lines; any other line is text (an outlet, a critic, a quote). */
export type OpenCriticLineKind =
  | 'percentile'
  | 'top-critic'
  | 'mark'
  | 'date'
  | 'review-tail'
  | 'video-thumbnail'
  | 'no-quote'
  | 'figure-label'
  | 'reviews-heading';

//   (.+?)            the title
//   is ranked in the (\d{1,3})(?:st|nd|rd|th)   the percentile, with its ordinal suffix
//   percentile of (\w+) scored on OpenCritic\.?  what it is ranked among ("games")
const PERCENTILE = /^(.+?) is ranked in the (\d{1,3})(?:st|nd|rd|th) percentile of (\w+) scored on OpenCritic\.?$/u;

/** `Hades II is ranked in the 100th percentile of games scored on OpenCritic.`: the percentile and what it ranks among. */
export function recognisePercentile(text: string): { readonly title: string; readonly percentile: number; readonly among: string } | undefined {
  const match = text.endsWith('OpenCritic.') || text.endsWith('OpenCritic') ? PERCENTILE.exec(text) : null;
  if (!match) return undefined;
  const percentile = Number(match[2]);
  return percentile <= 100 ? { title: match[1] ?? '', percentile, among: match[3] ?? '' } : undefined;
}

//   \d{1,3}(\.\d{1,2})?   the value, "9", "9.5"
//    ?\/ ?                the slash, spaced or not
//   \d{1,3}(\.\d{1,2})?   the scale, "10", "10.0", "5.0", "100"
const FRACTION = /^\d{1,3}(?:\.\d{1,2})? ?\/ ?\d{1,3}(?:\.\d{1,2})?$/u;

/** `95%` */
const PERCENT = /^\d{1,3}%$/u;

/** `A`, `B+`, `C-`: a letter grade. */
const LETTER = /^[A-F][+\-−]?$/u;

/** `★★★★½`, `★★★☆☆`: stars as glyphs. */
const STARS = /^[★☆½]{1,10}$/u;

/** The words outlets give instead of a number, as OpenCritic prints them, and "Unscored". */
const WORD_MARKS: ReadonlySet<string> = new Set([
  'unscored',
  'essential',
  'recommended',
  'highly recommended',
  'must play',
  'yes',
  'no',
  'not yet',
  'avoid',
  'buy',
  "don't buy",
  'wait for sale',
]);

/** `9 / 10.0`, `8 / 10`, `4.5 / 5.0`, `88 / 100`, `95%`, `A`, `★★★★½`, `Essential`, `Yes`, `Unscored`: a review's mark. */
export function recogniseMark(text: string): boolean {
  if (text.length > 20) return false;
  return FRACTION.test(text) || PERCENT.test(text) || LETTER.test(text) || STARS.test(text) || WORD_MARKS.has(text.toLowerCase());
}

/** `Review in Spanish | Read full review`, `Read full review`: the link that ends a review. */
export function recogniseReviewTail(text: string): boolean {
  return /^(?:review in [\p{L} ]{2,30} \| )?read full review$/iu.test(text);
}

/** The row table, in the order rows are tried. */
export const OPENCRITIC_LINES: readonly LineRow<OpenCriticLineKind>[] = [
  { kind: 'percentile', recognise: recognisePercentile, examples: ['Hades II is ranked in the 100th percentile of games scored on OpenCritic.', 'Elden Ring is ranked in the 99th percentile of games scored on OpenCritic.'] },
  { kind: 'top-critic', recognise: (text: string) => text === 'Top Critic', examples: ['Top Critic'] },
  { kind: 'mark', recognise: recogniseMark, examples: ['9 / 10.0', '8 / 10', '4.5 / 5.0', '88 / 100', '95%', 'A', 'B+', 'Essential', 'Yes', 'Unscored', '★★★★½'] },
  { kind: 'date', recognise: (text: string) => recogniseDate(text), examples: ['Sep 26, 2025', 'May 6, 2024', 'October 27, 2025'] },
  { kind: 'review-tail', recognise: recogniseReviewTail, examples: ['Read full review', 'Review in Spanish | Read full review', 'Review in Brazilian Portuguese | Read full review'] },
  { kind: 'video-thumbnail', recognise: (text: string) => /^undefined video thumbnail$/iu.test(text), examples: ['undefined video thumbnail'] },
  { kind: 'no-quote', recognise: (text: string) => /^quote not yet available\.?$/iu.test(text), examples: ['Quote not yet available'] },
  { kind: 'figure-label', recognise: (text: string) => /^(?:top critic average|critics recommend|opencritic rating)$/iu.test(text), examples: ['Top Critic Average', 'Critics Recommend', 'OpenCritic Rating'] },
  { kind: 'reviews-heading', recognise: (text: string) => /^critic reviews for .+$/iu.test(text), examples: ['Critic Reviews for Hades II'] },
];
