/**
 * flixster.com's critic list (a Rotten Tomatoes mirror, 2024): its kinds of
 * line, one recogniser each, with the lines they accept.
 *
 * @module
 */
import { ANY_FIRST, defineLineKinds, type LineExamples, type LineKinds } from '../../parse/engine/index.js';
import type { Freshness } from '../../types/page.js';
import { recogniseListLink } from '../shared/headings.js';
import { isRtFurniture } from '../shared/rt-furniture.js';

/** `, 50% Rotten Tomatometer Score` (the page's) or `• , Fresh Tomatometer Score` (a review's): the percent when printed, and the freshness. */
export function recogniseTomatometerScore(text: string): { readonly percent: number | undefined; readonly freshness: Freshness } | undefined {
  //   (?:• )?, ?               a bullet, and the comma left of the icon's lost text
  //   (?:(\d{1,3})% )?          the percent (the page's score only)
  //   (fresh|rotten) tomatometer score
  const match = /^(?:• )?, ?(?:(\d{1,3})% )?(fresh|rotten|certified fresh) tomatometer score$/iu.exec(text);
  if (!match) return undefined;
  const percent = match[1] === undefined ? undefined : Number(match[1]);
  return {
    percent: percent !== undefined && percent <= 100 ? percent : undefined,
    freshness: (match[2] ?? '').toLowerCase() === 'rotten' ? 'rotten' : 'fresh',
  };
}

/** `• , Fresh Tomatomet`, `, 93% Rott`: as the page's last line, a Tomatometer Score line cut short (no other line opens with a comma). */
export function isCutTomatometerScore(text: string): boolean {
  return /^(?:• )?,/u.test(text);
}

/** `Read full article` (and `Read full a`, cut at the page's end): the link that ends a review. */
export function recogniseArticleLink(text: string, isLast: boolean): boolean {
  const plain = text.toLowerCase();
  return plain === 'read full article' || (isLast && plain.length >= 4 && 'read full article'.startsWith(plain));
}

/** The value of each kind of line. */
export interface FlixsterValues {
  readonly heading: true;
  readonly 'page-score': number;
  readonly 'review-score': Freshness;
  readonly link: true;
  readonly furniture: true;
  readonly bullet: string;
  readonly text: string;
}

/** The table: one row per kind, in the order they are tried; other lines are `text`. */
export const FLIXSTER_LINES: LineKinds<FlixsterValues> = /* @__PURE__ */ defineLineKinds<FlixsterValues>(
  [
    { kind: 'heading', first: 'cC', recognise: (text) => (/^critics? reviews$/iu.test(text) ? true : undefined), endsItem: true },
    {
      kind: 'page-score',
      first: ',',
      recognise: (text) => recogniseTomatometerScore(text)?.percent,
      endsItem: true,
    },
    {
      kind: 'review-score',
      first: ',•',
      recognise: (text) => recogniseTomatometerScore(text)?.freshness,
      endsItem: true,
    },
    { kind: 'link', first: 'rR', recognise: (text) => (recogniseArticleLink(text, false) ? true : undefined), endsItem: true },
    // Rotten Tomatoes' widget leftovers and the list's links around the reviews: `See all reviews`, `Movie Info`, `Cast & Crew`.
    { kind: 'furniture', first: ANY_FIRST, recognise: (text) => (recogniseListLink(text) || isRtFurniture(text) ? true : undefined), endsItem: true },
    {
      kind: 'bullet',
      first: '•',
      recognise: (text) => (text.startsWith('• ') ? text.slice(2).trim() : undefined),
      endsItem: true,
    },
  ],
  'text',
);

/**
 * The lines each row of {@link FLIXSTER_LINES} accepts, by its kind: what the tests, the
 * fuzz vocabulary and the docs read the table's lines from (each classifies as
 * its row's kind). The parser never reads them, so a bundle drops them.
 */
export const FLIXSTER_EXAMPLES: LineExamples<FlixsterValues, 'text'> = {
  heading: ['critic Reviews'],
  'page-score': [', 50% Rotten Tomatometer Score', ', 92% Fresh Tomatometer Score'],
  'review-score': ['• , Fresh Tomatometer Score', '• , Rotten Tomatometer Score', ', Fresh Tomatometer Score'],
  link: ['Read full article'],
  furniture: ['See all reviews', 'Movie Info', 'Cast & Crew'],
  bullet: ["• Anyone's entitled to judge, and McKellen plays a judge better than most."],
};
/** The kinds of flixster's lines. */
export type FlixsterLineKind = keyof FlixsterValues | 'blank';
