/**
 * The kinds of line of metacritic.com's critic-reviews pages of 2019-2022
 * (mc-2021-flat and mc-2021-pipes): one row per kind, each with the lines it
 * accepts. A line no row accepts is `text` (a review's name line or excerpt,
 * or a title above everything).
 *
 * @module
 */
import type { Sentiment } from '../../../types/page.js';
import { isNotYetScored, recogniseFurniture } from '../metacritic/recognise.js';
import { parseVerdictLabel } from '../../../classify/index.js';
import { readCount, recogniseBareNumber } from '../../text/numbers.js';
import { ANY_FIRST, defineLineKinds, DIGITS, type LineKindRow, type LineExamples, type LineKinds } from '../../engine/index.js';

/** The header line of the score distribution widget, and what it glues before its label. */
export interface Heading {
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
  readonly tbd: true;
  readonly number: number;
  readonly verdict: { readonly label: string; readonly count: number };
  readonly distribution: DistributionLabel;
  readonly season: number;
  readonly tail: true;
  readonly furniture: true;
  readonly text: string;
}

/** The widget's label, which the crawl prints in capitals. */
const LABEL = 'CRITIC SCORE DISTRIBUTION';

/**
 * `[<Distributor> | ][Release Date: <date> ][| ]CRITIC SCORE DISTRIBUTION[ | ||]`: what comes
 * before the label, cut at its first pipe, found by searching rather than by a pattern.
 */
export function recogniseHeading(text: string): Heading | undefined {
  const at = text.indexOf(LABEL);
  if (at < 0 || !/^[|\s]*$/u.test(text.slice(at + LABEL.length))) return undefined;
  const before = text.slice(0, at).trimEnd().replace(/\|$/u, '');
  const pipe = before.indexOf('|');
  const distributor = (pipe < 0 ? '' : before.slice(0, pipe)).trim();
  const rest = (pipe < 0 ? before : before.slice(pipe + 1)).trim();
  const date = /^release date:\s*/iu.exec(rest);
  return { distributor: distributor || (date || rest === '' ? null : rest), releaseDate: date ? rest.slice(date[0].length) || null : null };
}

//   (label) based on (N) Critic Reviews, no dash; the label letters and spaces
const VERDICT = /^([a-z][a-z ]{2,40}?)\s+based on\s+(\d[\d,]*)\s+critic(?: reviews?|s)?$/iu;

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
  return ' critic reviews'.startsWith((match[2] ?? '').toLowerCase()) && (parseVerdictLabel(label) !== undefined || isNotYetScored(label));
}

//   Positive: | Mixed: 1 | Negative:0
const DISTRIBUTION = /^(positive|mixed|negative):\s*(\d[\d,]*)?$/iu;

/** `Universal acclaim based on 32 Critic Reviews` */
export function recogniseVerdict(text: string): Values['verdict'] | undefined {
  const match = VERDICT.exec(text);
  return match ? { label: match[1] as string, count: readCount(match[2] as string) } : undefined;
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

// Widget leftovers this era adds to the metacritic.com ones `recogniseFurniture` knows.
const FURNITURE = new Set(['watch now', 'stream on', 'rent on', 'buy', 'rent', 'stream', 'collapse']);

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
  { kind: 'tbd', first: 'tT', recognise: (text) => (/^tbd$/iu.test(text) ? true : undefined), endsItem: true },
  { kind: 'number', first: DIGITS, recognise: recogniseBareNumber, endsItem: true },
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
  {
    kind: 'tail',
    first: 'RrFf',
    recognise: (text) => (/^(?:read full review|full review)$/iu.test(text) ? true : undefined),
    endsItem: true,
  },
  {
    kind: 'furniture',
    first: ANY_FIRST,
    recognise: (text) => (FURNITURE.has(text.toLowerCase()) || recogniseFurniture(text) ? true : undefined),
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
  heading: ['Paramount Pictures | Release Date: May 28, 1958 CRITIC SCORE DISTRIBUTION', 'CRITIC SCORE DISTRIBUTION | ||', '| CRITIC SCORE DISTRIBUTION'],
  metascoreLabel: ['METASCORE'],
  tbd: ['tbd'],
  number: ['100', '80', '0'],
  verdict: ['Universal acclaim based on 32 Critic Reviews', 'Mixed or average reviews based on 1 Critic Review'],
  distribution: ['Positive:', 'Mixed:', 'Negative:', 'Positive: 31'],
  season: ['Season 3 Review:'],
  tail: ['Read full review'],
  furniture: ['Watch Now', 'Stream On', 'Buy on', 'Critic Reviews', 'Expand'],
};
