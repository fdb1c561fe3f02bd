/**
 * Moviefone's line table, for its main pages (`Ratings & Reviews`, score
 * bullets, glued `<Critic><Publication>`) and its TV reviews pages (`Based
 * on <N> Critics`, quote bullets), which print Metacritic's critics.
 *
 * @module
 */
import { readCount } from '../../parse/text/numbers.js';
import { ANY_FIRST, defineLineKinds, type LineKindRow, type LineExamples, type LineKinds } from '../../parse/engine/index.js';
import { recogniseListLink, usersHeadingRow, USERS_HEADING_EXAMPLES } from '../shared/headings.js';

/** `Based on 20 Critics` */
export function recogniseCriticCount(text: string): number | undefined {
  const match = /^based on (\d[\d,]*) critics?$/iu.exec(text);
  return match ? readCount(match[1] ?? '') : undefined;
}

/**
 * `Based on 303 Users`, `Based on 1,250 Users`, `Based on 12.4K Users`, `Based on 2.1M Users` (thousands and
 * millions, rounded as printed: 12400, 2100000).
 */
export function recogniseUserCount(text: string): number | undefined {
  //   (\d[\d,]*)               the count, comma-grouped or not
  //   |(\d+(?:\.\d+)?)([km])   or thousands or millions, "12.4K", "2.1M"
  const match = /^based on (?:(\d[\d,]*)|(\d+(?:\.\d+)?)([km])) users?$/iu.exec(text);
  if (!match) return undefined;
  if (match[2] === undefined) return readCount(match[1] ?? '');
  return Math.round(Number(match[2]) * (match[3]?.toLowerCase() === 'm' ? 1_000_000 : 1000));
}

/** `Based on 2,`, `Based on 12.`, `Based on 2.1M`, `Based on`: a count line the page's end cut short (as the last line only). */
export function isCutCount(text: string): boolean {
  return /^based on(?: \d[\d,.]*[km]?)?$/iu.test(text);
}

/** `• 80`, or `80` in a browser's copy that drops the bullets: a critic's score. */
function recogniseScoreBullet(text: string): number | undefined {
  const match = /^(?:• )?(\d{1,3})$/u.exec(text);
  return match ? Number(match[1]) : undefined;
}

/** `• <quote> Show More`, `• <quote>`, `<quote> Show More` (a copy without the bullet): a quote, without its widget tail. */
function recogniseQuoteBullet(text: string): string | undefined {
  const bulleted = text.startsWith('• ');
  const quote = bulleted ? text.slice(2).trim() : text;
  if (quote === 'Show More') return '';
  if (quote.endsWith(' Show More')) return quote.slice(0, -' Show More'.length).trimEnd();
  return bulleted ? quote : undefined;
}

/** Each kind of Moviefone's lines, and the value its row gives. */
export interface MoviefoneValues {
  readonly 'critic-count': number;
  readonly 'user-count': number;
  readonly 'ratings-heading': true;
  readonly 'users-heading': true;
  readonly 'score-bullet': number;
  readonly 'quote-bullet': string;
  readonly 'metascore-label': true;
  readonly 'plot-summary': true;
  readonly link: true;
  readonly release: true;
  readonly text: string;
}

/** The rows, in the order they are tried. */
export const MOVIEFONE_LINES: readonly LineKindRow<MoviefoneValues>[] = [
  { kind: 'critic-count', recognise: recogniseCriticCount, first: ANY_FIRST, endsItem: false },
  { kind: 'user-count', recognise: recogniseUserCount, first: ANY_FIRST, endsItem: false },
  {
    kind: 'ratings-heading',
    recognise: (text: string) => (/^ratings (?:&|and) reviews$/iu.test(text) ? true : undefined),
    first: ANY_FIRST,
    endsItem: false,
  },
  /* @__PURE__ */ usersHeadingRow<MoviefoneValues>(),
  { kind: 'score-bullet', recognise: recogniseScoreBullet, first: ANY_FIRST, endsItem: false },
  {
    kind: 'quote-bullet',
    recognise: recogniseQuoteBullet,
    first: ANY_FIRST,
    endsItem: false,
  },
  {
    kind: 'metascore-label',
    recognise: (text: string) => (/^metascore$/iu.test(text) ? true : undefined),
    first: ANY_FIRST,
    endsItem: false,
  },
  {
    kind: 'plot-summary',
    recognise: (text: string) => (/^plot summary$/iu.test(text) ? true : undefined),
    first: ANY_FIRST,
    endsItem: false,
  },
  // After the quote bullets, which keep a cut quote's lone "Show More"; the page's other sections' headings (`Photos`, `Where to Watch`).
  {
    kind: 'link',
    recognise: (text: string) => (recogniseListLink(text) || SECTION.test(text) ? true : undefined),
    first: ANY_FIRST,
    endsItem: false,
  },
  // `In Theaters: July 21, 2023`, `On DVD: …`, `On Digital: …`: a main page's release dates, under its title.
  {
    kind: 'release',
    recognise: (text: string) => (/^(?:in theaters|on (?:dvd|digital|blu-ray)): /iu.test(text) ? true : undefined),
    first: 'iIoO',
    endsItem: false,
  },
];

const SECTION = /^(?:photos|videos|where to watch|showtimes)$/iu;

/** The compiled table: a line no row takes is text. */
export const MOVIEFONE_KINDS: LineKinds<MoviefoneValues> = /* @__PURE__ */ defineLineKinds<MoviefoneValues>(MOVIEFONE_LINES, 'text');

/**
 * The lines each row of {@link MOVIEFONE_KINDS} accepts, by its kind: what the tests, the
 * fuzz vocabulary and the docs read the table's lines from (each classifies as
 * its row's kind). The parser never reads them, so a bundle drops them.
 */
export const MOVIEFONE_EXAMPLES: LineExamples<MoviefoneValues, 'text'> = {
  'critic-count': ['Based on 20 Critics'],
  'user-count': ['Based on 303 Users', 'Based on 12.4K Users', 'Based on 2.1M Users'],
  'ratings-heading': ['Ratings & Reviews'],
  'score-bullet': ['• 80'],
  'quote-bullet': ['• Curiously, plenty of nothing totals one large something. Show More', 'If you give Mad Men a try tonight, you will be back. Show More'],
  'metascore-label': ['Metascore'],
  'plot-summary': ['Plot Summary'],
  link: ['See All Critic Reviews', 'Load More', 'Photos', 'Where to Watch'],
  release: ['In Theaters: June 22, 1979', 'On DVD: October 1, 2003', 'On Digital: November 21, 2023'],
  'users-heading': USERS_HEADING_EXAMPLES,
};
