/**
 * tv.com's line table, for its movie pages, which print Metacritic's critics
 * under "Metacritic Score" beside tv.com's own user rating.
 *
 * @module
 */
import { ANY_FIRST, defineLineKinds, type LineKindRow, type LineExamples, type LineKinds } from '../../parse/engine/index.js';
import { usersHeadingRow, USERS_HEADING_EXAMPLES } from '../shared/headings.js';

/** The studio (where printed) and the year of `MGM Released 1968`. */
export interface Released {
  readonly studio: string | null;
  readonly year: string;
}

/** `MGM Released 1968`, `Released 1968`: the studio (where printed) and the year. */
export function recogniseReleased(text: string): Released | undefined {
  const match = /^(?:(.{1,60}) )?released (\d{4})$/iu.exec(text);
  return match ? { studio: match[1] ?? null, year: match[2] ?? '' } : undefined;
}

/** `• 100`, or `100` in a browser's copy that drops the bullets: a critic's score. */
export function recogniseScoreBullet(text: string): number | undefined {
  const match = /^(?:• )?(\d{1,3})$/u.exec(text);
  return match ? Number(match[1]) : undefined;
}

/**
 * tv.com's own user rating and its links: `User Score: 0`, `out of 10`, `User Rating`, `8 votes`, `12,345 votes`,
 * `2.4K votes`, `1.2M votes`, `By TV.com Users`, `Write A Review`, `No Editor`.
 */
const USER_RATING =
  /^(?:user score: ?\d{1,2}(?:\.\d)?|out of 10|user rating|(?:\d[\d,]*|\d{1,3}(?:\.\d{1,2})?[km]) votes?|by tv\.com users|write a review|no editor)$/iu;

//   trivia, notes, quotes and allusions | trivia, n…   the section under the critics (cut anywhere after its first word)
//   | cast (?:&|and) crew                               or the cast list's heading
const NEXT_SECTION = /^(?:trivia,(?: .*)?|cast (?:&|and) crew)$/iu;

/** Each kind of tv.com's lines, and the value its row gives. */
export interface TvComValues {
  readonly released: Released;
  readonly 'user-rating': true;
  readonly 'summary-heading': string;
  readonly 'metacritic-heading': true;
  readonly 'users-heading': true;
  readonly 'score-bullet': number;
  readonly 'next-section': true;
  readonly text: string;
}

/** The rows, in the order they are tried. */
export const TVCOM_LINES: readonly LineKindRow<TvComValues>[] = [
  { kind: 'released', recognise: recogniseReleased, first: ANY_FIRST, endsItem: false },
  {
    kind: 'user-rating',
    recognise: (text: string) => (USER_RATING.test(text) ? true : undefined),
    first: ANY_FIRST,
    endsItem: false,
  },
  {
    kind: 'summary-heading',
    recognise: (text: string) => /^(movie|show|episode) summary$/iu.exec(text)?.[1]?.toLowerCase(),
    first: ANY_FIRST,
    endsItem: false,
  },
  {
    kind: 'metacritic-heading',
    recognise: (text: string) => (/^metacritic score$/iu.test(text) ? true : undefined),
    first: ANY_FIRST,
    endsItem: false,
  },
  /* @__PURE__ */ usersHeadingRow<TvComValues>(),
  { kind: 'score-bullet', recognise: recogniseScoreBullet, first: ANY_FIRST, endsItem: false },
  {
    kind: 'next-section',
    recognise: (text: string) => (NEXT_SECTION.test(text) ? true : undefined),
    first: 'tTcC',
    endsItem: true,
  },
];

/** The compiled table: a line no row takes is text. */
export const TVCOM_KINDS: LineKinds<TvComValues> = /* @__PURE__ */ defineLineKinds<TvComValues>(TVCOM_LINES, 'text');

/**
 * The lines each row of {@link TVCOM_KINDS} accepts, by its kind: what the tests, the
 * fuzz vocabulary and the docs read the table's lines from (each classifies as
 * its row's kind). The parser never reads them, so a bundle drops them.
 */
export const TVCOM_EXAMPLES: LineExamples<TvComValues, 'text'> = {
  released: ['MGM Released 1968', 'Released 2004'],
  'user-rating': ['User Score: 0', 'out of 10', 'User Rating', '8 votes', '2.4K votes', 'By TV.com Users', 'Write A Review', 'No Editor'],
  'summary-heading': ['Movie Summary'],
  'metacritic-heading': ['Metacritic Score'],
  'score-bullet': ['• 100', '• 40', '60'],
  'next-section': ['Trivia, Notes, Quotes and Allusions', 'Trivia, Not', 'Cast & Crew'],
  'users-heading': USERS_HEADING_EXAMPLES,
};
