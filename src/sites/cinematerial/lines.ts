/**
 * cinematerial.com's pages with Rotten Tomatoes' reviews: its kinds of line,
 * one recogniser each, with the lines they accept.
 *
 * @module
 */
import { ANY_FIRST, DIGITS, defineLineKinds, type LineExamples, type LineKinds } from '../../parse/engine/index.js';
import { recogniseListLink } from '../shared/headings.js';

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

/** The value of each kind of line. */
export interface CinematerialValues {
  readonly 'provided-by': true;
  readonly 'score-label': true;
  readonly 'audience-label': true;
  readonly score: number;
  readonly 'no-score': true;
  readonly review: ReviewLine;
  readonly link: true;
  readonly text: string;
}

/** The table: one row per kind, in the order they are tried; other lines are `text`. */
export const CINEMATERIAL_LINES: LineKinds<CinematerialValues> = /* @__PURE__ */ defineLineKinds<CinematerialValues>(
  [
    {
      kind: 'provided-by',
      first: 'rR',
      recognise: (text) => (/^reviews provided by rotten ?tomatoes$/iu.test(text) ? true : undefined),
      endsItem: true,
    },
    {
      kind: 'score-label',
      first: 'cC',
      recognise: (text) => (/^critics score:$/iu.test(text) ? true : undefined),
      endsItem: true,
    },
    {
      kind: 'audience-label',
      first: 'aA',
      recognise: (text) => (/^audience score:$/iu.test(text) ? true : undefined),
      endsItem: true,
    },
    { kind: 'score', first: DIGITS, recognise: recogniseOutOf100, endsItem: true },
    // `N/A`, `N/A / 100`: a score the site has not got (too few reviews).
    { kind: 'no-score', first: 'nN', recognise: (text) => (/^n\/a(?: ?\/ ?100)?$/iu.test(text) ? true : undefined), endsItem: true },
    {
      kind: 'review',
      first: ANY_FIRST,
      recognise: recogniseReviewLine,
      endsItem: true,
    },
    {
      // The list's links under its reviews, never a byline: `See all reviews`, `More reviews at RottenTomatoes`, `Load more`.
      kind: 'link',
      first: ANY_FIRST,
      recognise: (text) => (recogniseListLink(text) || /^more (?:critic )?reviews(?: (?:on|at) \S.*)?$/iu.test(text) ? true : undefined),
      endsItem: true,
    },
  ],
  'text',
);

/**
 * The lines each row of {@link CINEMATERIAL_LINES} accepts, by its kind: what the tests, the
 * fuzz vocabulary and the docs read the table's lines from (each classifies as
 * its row's kind). The parser never reads them, so a bundle drops them.
 */
export const CINEMATERIAL_EXAMPLES: LineExamples<CinematerialValues, 'text'> = {
  'provided-by': ['Reviews provided by RottenTomatoes'],
  'score-label': ['Critics score:'],
  'audience-label': ['Audience score:'],
  score: ['97 / 100'],
  'no-score': ['N/A', 'N/A / 100'],
  review: [
    "Michael Wilmington, Chicago Tribune: No one kindles a flame like Ingrid Bergman's Ilsa. Read more",
    'Hollywood Reporter: Surely no more skilled ensemble of actors could be dreamed up. Read more',
  ],
  link: ['See all reviews', 'More reviews at RottenTomatoes', 'Load more'],
};
