/**
 * OpenCritic's line table: one row per kind of line of its review lists and
 * game pages, each with the lines it accepts.
 *
 * @module
 */
import { recogniseDate, type DateLine } from '../../parse/text/dates.js';
import { ANY_FIRST, defineLineKinds, type LineKindRow, type LineExamples, type LineKinds } from '../../parse/engine/index.js';
import { recogniseListLink } from '../shared/headings.js';

//   (.+?)            the title
//   is ranked in the (\d{1,3})(?:st|nd|rd|th)   the percentile, with its ordinal suffix
//   percentile of (\w+) scored on OpenCritic\.?  what it is ranked among ("games")
const PERCENTILE = /^(.+?) is ranked in the (\d{1,3})(?:st|nd|rd|th) percentile of (\w+) scored on OpenCritic\.?$/u;

/** The percentile sentence's facts: the title, the percentile, what it ranks among ("games"). */
export interface Percentile {
  readonly title: string;
  readonly percentile: number;
  readonly among: string;
}

/** `Hades II is ranked in the 100th percentile of games scored on OpenCritic.`: the percentile and what it ranks among. */
export function recognisePercentile(text: string): Percentile | undefined {
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

//   (Platforms?|Release Date|Developers?|Publishers?|Genres?)   the label a game page prints over its facts
//   (?::(?: (.+))?)?                                            an optional colon, with the value on the line
const DETAIL = /^(platforms?|release date|developers?|publishers?|genres?)(?::(?: (.+))?)?$/iu;

/** A game's fact as the page prints it: its label, and its value where the line holds it. */
export interface DetailLine {
  readonly label: string;
  readonly value: string | undefined;
}

/** `Platforms`, `Release Date`, `Developer: FromSoftware`: a game's fact over the review list, its value on the line or under it. */
export function recogniseDetail(text: string): DetailLine | undefined {
  const match = text.length < 200 ? DETAIL.exec(text) : null;
  return match ? { label: match[1] ?? '', value: match[2] } : undefined;
}

/** Each kind of OpenCritic's lines, and the value its row gives. */
export interface OpenCriticValues {
  readonly percentile: Percentile;
  readonly 'top-critic': true;
  readonly mark: true;
  readonly date: DateLine;
  readonly 'review-tail': true;
  readonly 'video-thumbnail': true;
  readonly 'no-quote': true;
  readonly 'figure-label': true;
  readonly 'reviews-heading': true;
  readonly 'section-heading': true;
  readonly link: true;
  readonly detail: DetailLine;
  readonly text: string;
}

/** The rows, in the order they are tried. */
export const OPENCRITIC_LINES: readonly LineKindRow<OpenCriticValues>[] = [
  {
    kind: 'percentile',
    recognise: recognisePercentile,
    first: ANY_FIRST,
    endsItem: false,
  },
  { kind: 'top-critic', recognise: (text: string) => (text === 'Top Critic' ? true : undefined), first: ANY_FIRST, endsItem: false },
  {
    kind: 'mark',
    recognise: (text: string) => (recogniseMark(text) ? true : undefined),
    first: ANY_FIRST,
    endsItem: false,
  },
  {
    kind: 'date',
    recognise: (text: string) => recogniseDate(text),
    first: ANY_FIRST,
    endsItem: false,
  },
  {
    kind: 'review-tail',
    recognise: (text: string) => (recogniseReviewTail(text) ? true : undefined),
    first: ANY_FIRST,
    endsItem: false,
  },
  {
    kind: 'video-thumbnail',
    recognise: (text: string) => (/^undefined video thumbnail$/iu.test(text) ? true : undefined),
    first: ANY_FIRST,
    endsItem: false,
  },
  {
    kind: 'no-quote',
    recognise: (text: string) => (/^quote not yet available\.?$/iu.test(text) ? true : undefined),
    first: ANY_FIRST,
    endsItem: false,
  },
  {
    kind: 'figure-label',
    recognise: (text: string) => (/^(?:top critic average|critics recommend|opencritic rating)$/iu.test(text) ? true : undefined),
    first: ANY_FIRST,
    endsItem: false,
  },
  {
    kind: 'reviews-heading',
    recognise: (text: string) => (/^critic reviews for .+$/iu.test(text) ? true : undefined),
    first: ANY_FIRST,
    endsItem: false,
  },
  {
    // A list's own heading over its reviews, never an outlet or a critic.
    kind: 'section-heading',
    recognise: (text: string) => (/^(?:(?:all|top critic|all critic|critic) )?reviews$/iu.test(text) ? true : undefined),
    first: ANY_FIRST,
    endsItem: false,
  },
  {
    // The list's links, never a quote: `View All`, `View All 120 Reviews`, `Load More`, `Show More`.
    kind: 'link',
    recognise: (text: string) => (recogniseListLink(text) ? true : undefined),
    first: ANY_FIRST,
    endsItem: false,
  },
  // A game's facts over its reviews: `Platforms` / `PC, PlayStation 5`, `Release Date` / `Feb 25, 2022`, `Developer: FromSoftware`.
  { kind: 'detail', recognise: recogniseDetail, first: 'dDgGpPrR', endsItem: false },
];

/** The compiled table: a line no row takes is text. */
export const OPENCRITIC_KINDS: LineKinds<OpenCriticValues> = /* @__PURE__ */ defineLineKinds<OpenCriticValues>(OPENCRITIC_LINES, 'text');

/**
 * The lines each row of {@link OPENCRITIC_KINDS} accepts, by its kind: what the tests, the
 * fuzz vocabulary and the docs read the table's lines from (each classifies as
 * its row's kind). The parser never reads them, so a bundle drops them.
 */
export const OPENCRITIC_EXAMPLES: LineExamples<OpenCriticValues, 'text'> = {
  percentile: [
    'Hades II is ranked in the 100th percentile of games scored on OpenCritic.',
    'Elden Ring is ranked in the 99th percentile of games scored on OpenCritic.',
  ],
  'top-critic': ['Top Critic'],
  mark: ['9 / 10.0', '8 / 10', '4.5 / 5.0', '88 / 100', '95%', 'A', 'B+', 'Essential', 'Yes', 'Unscored', '★★★★½'],
  date: ['Sep 26, 2025', 'May 6, 2024', 'October 27, 2025'],
  'review-tail': ['Read full review', 'Review in Spanish | Read full review', 'Review in Brazilian Portuguese | Read full review'],
  'video-thumbnail': ['undefined video thumbnail'],
  'no-quote': ['Quote not yet available'],
  'figure-label': ['Top Critic Average', 'Critics Recommend', 'OpenCritic Rating'],
  'reviews-heading': ['Critic Reviews for Hades II'],
  'section-heading': ['Critic Reviews', 'Top Critic Reviews', 'All Reviews'],
  link: ['View All', 'View All 120 Reviews', 'Load More'],
  detail: ['Platforms', 'Release Date', 'Developer: FromSoftware', 'Publishers: Bandai Namco'],
};
