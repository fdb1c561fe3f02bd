/**
 * The kinds of line of metacritic.com's critic-reviews and user-reviews pages
 * of 2019-2022 (mc-2021-flat and mc-2021-pipes): one row per kind, each with
 * the lines it accepts. A line no row accepts is `text` (a review's name line
 * or excerpt, a user's name or text, or a title above everything).
 *
 * @module
 */
import type { Sentiment } from '../../../types/page.js';
import { isNotYetScored, recogniseFurniture } from '../metacritic/recognise.js';
import { parseVerdictLabel } from '../../../classify/index.js';
import { isDigit, readCount, recogniseBareNumber } from '../../text/numbers.js';
import { isWhitespaceCode, KELVIN, LONG_S } from '../../text/codes.js';
import { type DateLine, recogniseDate } from '../../text/dates.js';
import { ANY_FIRST, defineLineKinds, DIGITS, type LineKindRow, type LineExamples, type LineKinds } from '../../engine/index.js';

/** Whose a part of the page is: the critics' or the users'. */
export type Block = 'critic' | 'user';

/** The header line of the score distribution widget, and what it glues before its label. */
export interface Heading {
  /** Whose distribution the widget is (`CRITIC SCORE DISTRIBUTION`, `USER SCORE DISTRIBUTION`). */
  readonly block: Block;
  readonly distributor: string | null;
  /** The title's release date as printed ("May 28, 1958"): no review's date. */
  readonly releaseDate: string | null;
}

/** A distribution label, with its count when it is on the same line. */
export interface DistributionLabel {
  readonly sentiment: Sentiment;
  readonly count: number | null;
}

/** The value each kind of line gives. */
export interface Values {
  readonly pipes: true;
  readonly heading: Heading;
  readonly metascoreLabel: true;
  readonly userScoreLabel: true;
  readonly tbd: true;
  readonly number: number;
  readonly decimal: number;
  readonly count: number;
  /** `count` is the critics' reviews, or the users' ratings when `block` is `user`. */
  readonly verdict: { readonly label: string; readonly count: number; readonly block: Block };
  readonly distribution: DistributionLabel;
  readonly season: number;
  readonly date: DateLine;
  readonly section: Block;
  readonly tail: true;
  readonly furniture: true;
  readonly text: string;
}

/** The widget's label, after `CRITIC` or `USER`, which the crawl prints in capitals. */
const LABEL = ' SCORE DISTRIBUTION';

/**
 * `[<Distributor> | ][Release Date: <date> ][| ]CRITIC SCORE DISTRIBUTION[ | ||]`, or `USER SCORE
 * DISTRIBUTION` on a user-reviews page: what comes before the label, cut at its first pipe, found
 * by searching rather than by a pattern.
 */
export function recogniseHeading(text: string): Heading | undefined {
  const label = text.indexOf(LABEL);
  const block: Block = text.startsWith('USER', label - 4) ? 'user' : 'critic';
  const at = label - block.length;
  if (label < 0 || !text.startsWith(block.toUpperCase(), at) || !/^[|\s]*$/u.test(text.slice(label + LABEL.length))) return undefined;
  const before = text.slice(0, at).trimEnd().replace(/\|$/u, '');
  const pipe = before.indexOf('|');
  const distributor = (pipe < 0 ? '' : before.slice(0, pipe)).trim();
  const rest = (pipe < 0 ? before : before.slice(pipe + 1)).trim();
  const date = /^release date:\s*/iu.exec(rest);
  return { block, distributor: distributor || (date || rest === '' ? null : rest), releaseDate: date ? rest.slice(date[0].length) || null : null };
}

//   (label) based on (N) Critic Reviews, or (N) Ratings, no dash; the label letters and spaces
const VERDICT = /^([a-z][a-z ]{2,40}?)\s+based on\s+(\d[\d,]*)\s+(?:critic(?: reviews?|s)?|(ratings?))$/iu;

//   (label) based on (N)(rest): a verdict line that may be cut before its end
const VERDICT_START = /^([a-z][a-z ]{2,40}?)\s+based on\s+\d[\d,]*( [a-z ]*)?$/iu;

/**
 * True when `text` opens as a verdict line of a known label and stops short of its `Critic Reviews`:
 * `Universal acclaim based on 4`, `Mixed or average reviews based on 12 Critic Rev`, a page's last
 * line cut.
 */
export function isVerdictCutShort(text: string): boolean {
  const match = VERDICT_START.exec(text);
  if (match === null) return false;
  const label = match[1] as string;
  const rest = (match[2] ?? '').toLowerCase();
  return (' critic reviews'.startsWith(rest) || ' ratings'.startsWith(rest)) && (parseVerdictLabel(label) !== undefined || isNotYetScored(label));
}

//   Positive: | Mixed: 1 | Negative:0
const DISTRIBUTION = /^(positive|mixed|negative):\s*(\d[\d,]*)?$/iu;

/**
 * True when the first character of `text` that is neither a letter nor whitespace is an ASCII
 * digit: what {@link VERDICT} needs, whose label and "based on" are letters (ASCII, or the "ſ"
 * and Kelvin sign its case-blind `[a-z]` takes) and whitespace, up to the count. Told by
 * character codes, it spares the pattern the many lines that begin as a verdict can and end as
 * one can (a current page's `Generally favorable reviews - based on 11 Critics`, a name).
 *
 * @example
 * ```ts
 * [countFollowsWords('Universal acclaim based on 32 Critic Reviews'), countFollowsWords('Universal acclaim - based on 32 Critics')]; //=> [true, false]
 * ```
 */
export function countFollowsWords(text: string): boolean {
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    const lower = code | 0x20;
    if (!((lower >= 0x61 && lower <= 0x7a) || code === LONG_S || code === KELVIN || isWhitespaceCode(code))) return isDigit(code);
  }
  return false;
}

/** `Universal acclaim based on 32 Critic Reviews`, `Universal acclaim based on 1,234 Ratings` (the users') */
export function recogniseVerdict(text: string): Values['verdict'] | undefined {
  const match = countFollowsWords(text) ? VERDICT.exec(text) : null;
  return match ? { label: match[1] as string, count: readCount(match[2] as string), block: match[3] === undefined ? 'critic' : 'user' } : undefined;
}

/** `Positive:`, `Mixed: 1` */
export function recogniseDistribution(text: string): DistributionLabel | undefined {
  const match = DISTRIBUTION.exec(text);
  return match ? { sentiment: (match[1] as string).toLowerCase() as Sentiment, count: match[2] === undefined ? null : readCount(match[2]) } : undefined;
}

/** `Season 3 Review:` */
export function recogniseSeason(text: string): number | undefined {
  const match = /^season (\d{1,3}) review:$/iu.exec(text);
  return match ? Number(match[1]) : undefined;
}

// Widget leftovers this era adds to the metacritic.com ones `recogniseFurniture` knows: the
// streaming links, a user review's spoiler note (its text follows on the next line).
const FURNITURE = new Set(['watch now', 'stream on', 'rent on', 'buy', 'rent', 'stream', 'collapse', 'this review contains spoilers, click expand to view.']);

//   3 of 4 users found this helpful | 0 of 1 users found this helpful (under a user review)
//   Sort by: Most Helpful | Sort By: Date (the user reviews' sort row)
const WIDGET = /^(?:\d[\d,]* of \d[\d,]* users? found this helpful|sort by:.*)$/iu;

/** True when `text` is a widget leftover of this era's pages or of metacritic.com's others. */
function isFurniture(text: string): boolean {
  return FURNITURE.has(text.toLowerCase()) || WIDGET.test(text) || recogniseFurniture(text);
}

/** `Critic Reviews`, `User Reviews`: the heading of whose reviews follow. */
function recogniseSection(text: string): Block | undefined {
  const match = /^(critic|user) reviews$/iu.exec(text);
  return match ? ((match[1] as string).toLowerCase() as Block) : undefined;
}

/** The table, in the order rows are tried. */
export const ROWS: readonly LineKindRow<Values>[] = [
  {
    kind: 'pipes',
    first: '|',
    recognise: (text) => (/^[|\s]+$/u.test(text) ? true : undefined),
    endsItem: true,
  },
  {
    kind: 'heading',
    first: ANY_FIRST,
    recognise: recogniseHeading,
    endsItem: true,
  },
  { kind: 'metascoreLabel', first: 'Mm', recognise: (text) => (/^metascore$/iu.test(text) ? true : undefined), endsItem: true },
  { kind: 'userScoreLabel', first: 'Uu', recognise: (text) => (/^user score$/iu.test(text) ? true : undefined), endsItem: true },
  { kind: 'tbd', first: 'tT', recognise: (text) => (/^tbd$/iu.test(text) ? true : undefined), endsItem: true },
  { kind: 'number', first: DIGITS, recognise: recogniseBareNumber, endsItem: true },
  // A count of four to fifteen digits, `1,100`, `80000` (a distribution's, of users' ratings).
  { kind: 'count', first: DIGITS, recognise: (text) => (/^\d{1,3}(?:,\d{3}){1,4}$|^\d{4,15}$/u.test(text) ? readCount(text) : undefined), endsItem: true },
  // The user score, `8.5`.
  { kind: 'decimal', first: DIGITS, recognise: (text) => (/^\d{1,2}\.\d$/u.test(text) ? Number(text) : undefined), endsItem: true },
  {
    kind: 'verdict',
    first: ANY_FIRST,
    recognise: recogniseVerdict,
    endsItem: true,
  },
  {
    kind: 'distribution',
    first: 'PpMmNn',
    recognise: recogniseDistribution,
    endsItem: true,
  },
  {
    kind: 'season',
    first: 'Ss',
    recognise: recogniseSeason,
    endsItem: true,
  },
  // A user review's date, `Mar 15, 2020` (a critic review of this era prints none).
  { kind: 'date', first: 'JjFfMmAaSsOoNnDd', recognise: recogniseDate, endsItem: true },
  { kind: 'section', first: 'CcUu', recognise: recogniseSection, endsItem: true },
  {
    kind: 'tail',
    first: 'RrFf',
    recognise: (text) => (/^(?:read full review|full review)$/iu.test(text) ? true : undefined),
    endsItem: true,
  },
  {
    kind: 'furniture',
    first: ANY_FIRST,
    recognise: (text) => (isFurniture(text) ? true : undefined),
    endsItem: true,
  },
];

/** The compiled table; a line no row accepts is `text`. */
export const LINE_KINDS: LineKinds<Values> = defineLineKinds<Values>(ROWS, 'text');

/**
 * The lines each row of {@link LINE_KINDS} accepts, by its kind: what the tests, the
 * fuzz vocabulary and the docs read the table's lines from (each classifies as
 * its row's kind). The parser never reads them, so a bundle drops them.
 */
export const LINE_EXAMPLES: LineExamples<Values, 'text'> = {
  pipes: ['|', '| ||'],
  heading: [
    'Paramount Pictures | Release Date: May 28, 1958 CRITIC SCORE DISTRIBUTION',
    'CRITIC SCORE DISTRIBUTION | ||',
    '| CRITIC SCORE DISTRIBUTION',
    'Paramount Pictures | Release Date: May 28, 1958 USER SCORE DISTRIBUTION',
    'USER SCORE DISTRIBUTION | ||',
  ],
  metascoreLabel: ['METASCORE'],
  userScoreLabel: ['USER SCORE'],
  tbd: ['tbd'],
  number: ['100', '80', '0'],
  decimal: ['8.5', '7.0'],
  count: ['1,100', '160342'],
  verdict: ['Universal acclaim based on 32 Critic Reviews', 'Mixed or average reviews based on 1 Critic Review', 'Universal acclaim based on 1,234 Ratings'],
  distribution: ['Positive:', 'Mixed:', 'Negative:', 'Positive: 31'],
  season: ['Season 3 Review:'],
  date: ['Mar 15, 2020', 'Jun 19, 2020'],
  section: ['Critic Reviews', 'User Reviews'],
  tail: ['Read full review'],
  furniture: [
    'Watch Now',
    'Stream On',
    'Buy on',
    'Expand',
    '3 of 4 users found this helpful',
    "All this user's reviews",
    'This review contains spoilers, click expand to view.',
    'Sort by: Most Helpful',
  ],
};
