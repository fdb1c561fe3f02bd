/**
 * The Metacritic line table: one row per kind of line a metacritic.com page
 * has, in the order they are tried (where two rows take a line, the earlier
 * wins), and beside them the lines each accepts ({@link METACRITIC_EXAMPLES},
 * which the parser never reads). Every line of a page is classified
 * once by this table (`classifyLines`); the readers then decide what a line
 * means at its place in the page.
 *
 * Adding a kind of line is adding a row here with its examples (and a reader
 * that opens on it, or a reader's test of it).
 *
 * @module
 */
import { ANY_FIRST, defineLineKinds, DIGITS, LETTERS, type LineKindRow, type LineExamples, type LineKinds, type TokenList } from '../../engine/classify.js';
import {
  type DistributionLine,
  type ProfileLine,
  type ScoreBullet,
  type VerdictLine,
  DISTRIBUTION_LINE_LAST,
  isWord,
  MEDIA_FILTER_LAST,
  recogniseBullet,
  recogniseDetail,
  recogniseDistributionLabel,
  recogniseDistributionLine,
  recogniseFurniture,
  recogniseMediaFilter,
  numberedTextAt,
  recogniseProfileLine,
  recogniseScoreBullet,
  recogniseTitleMetascore,
  recogniseVerdictLine,
  recogniseWidgetTail,
  type DistributionOwner,
  VERDICT_LAST,
} from './recognise.js';
import { type DateLine, recogniseDate } from '../../text/dates.js';
import { recogniseBareNumber } from '../../text/numbers.js';
import { BARE_DETAIL_FIRST, recogniseBareDetail, recogniseBarePercent, recogniseBareScoreLine } from './copied-lines.js';

/** The value each kind of line gives. */
export interface MetacriticValues {
  readonly verdict: VerdictLine;
  readonly distributionLabel: { readonly owner: DistributionOwner };
  readonly distributionLine: DistributionLine;
  readonly metascoreHeading: true;
  readonly userScoreHeading: true;
  readonly profileStatistic: ProfileLine;
  readonly profileHeading: ProfileLine;
  readonly titleMetascore: { readonly metascore: number | 'tbd' };
  readonly scoreBullet: ScoreBullet;
  readonly widgetBullet: string;
  readonly mediaFilter: string;
  readonly detail: { readonly label: string; readonly value: string };
  readonly bullet: string;
  readonly furniture: true;
  /** The item's number; its text is {@link numberedText}. */
  readonly numberedFurniture: number;
  /** The item's number; its text is {@link numberedText}. */
  readonly numbered: number;
  readonly date: DateLine;
  readonly bareTitleMetascore: { readonly metascore: number | 'tbd' };
  readonly bareScoreLine: ScoreBullet;
  readonly bareDetail: { readonly label: string; readonly value: string };
  readonly bareProfilePercent: ProfileLine;
  readonly bareMediaFilter: string;
  readonly text: string;
}

/** A line's kind in the Metacritic table. */
export type MetacriticKind = keyof MetacriticValues;

/** The tokens of a Metacritic page. */
export type MetacriticTokens = TokenList<MetacriticValues>;

const BULLETS = '•·';

/** The characters a furniture line begins with: quotes (`> `), rankings (`#12`), counts (`0 out of 10`), words (`ſ` is an `s` to a case-blind match). */
const FURNITURE_FIRST = `>#${DIGITS}${LETTERS}ſ`;

/** The text after a line's bullet, when the line is a bullet. */
function bulletOf(text: string): string | undefined {
  return recogniseBullet(text);
}

/** A row's recogniser for a kind of bullet: `recognise` run on the text after the bullet. */
function afterBullet<T>(recognise: (bullet: string) => T | undefined): (text: string) => T | undefined {
  return (text) => {
    const bullet = bulletOf(text);
    return bullet === undefined ? undefined : recognise(bullet);
  };
}

/**
 * `• 10` ... `• 0`, the rating widget, or other furniture as a list
 * (`• #12 Best PC Game of 2009`): after the bullet.
 */
export function isWidgetBullet(bullet: string): boolean {
  const widget = recogniseBareNumber(bullet);
  return (widget !== undefined && widget <= 10) || recogniseFurniture(bullet);
}

/** Furniture, or a widget line that ends a review's text (`Expand`, `Full Review »`). */
function isFurnitureLine(text: string): boolean {
  return recogniseFurniture(text) || recogniseWidgetTail(text);
}

/** The number of a numbered item's line `text` (`2` of `2. Check Spelling`): its digits before the dot. */
function itemNumber(text: string): number {
  return Number(text.slice(0, text.indexOf('.')));
}

const ROWS: readonly LineKindRow<MetacriticValues>[] = [
  {
    kind: 'verdict',
    first: ANY_FIRST,
    last: VERDICT_LAST,
    recognise: recogniseVerdictLine,
    endsItem: true,
  },
  {
    kind: 'distributionLabel',
    first: 'CcUuSs',
    last: ':',
    recognise: recogniseDistributionLabel,
    endsItem: true,
  },
  {
    kind: 'distributionLine',
    first: `${DIGITS}PpMmNn`,
    last: DISTRIBUTION_LINE_LAST,
    afterDigits: '.',
    recognise: recogniseDistributionLine,
    endsItem: true,
  },
  {
    kind: 'metascoreHeading',
    first: 'Mm',
    last: 'Ee',
    recognise: (text) => (isWord(text, 'metascore') ? true : undefined),
    endsItem: true,
  },
  {
    kind: 'userScoreHeading',
    first: 'Uu',
    last: 'Ee',
    recognise: (text) => (isWord(text, 'user score') ? true : undefined),
    endsItem: true,
  },
  {
    kind: 'profileStatistic',
    first: `FfOoAaHhLl${DIGITS}${BULLETS}`,
    // "4 tv reviews", "1,095 movie reviews".
    afterDigits: ' ,',
    recognise: (text) => {
      const found = recogniseProfileLine(text);
      return found?.kind === 'heading' ? undefined : found;
    },
    endsItem: true,
  },
  {
    kind: 'profileHeading',
    first: ANY_FIRST,
    last: 's',
    recognise: (text) => {
      // Only a line that ends so is tried: "... Scores".
      if (!text.endsWith(' Scores')) return undefined;
      const found = recogniseProfileLine(text);
      return found?.kind === 'heading' ? found : undefined;
    },
    endsItem: true,
  },
  {
    kind: 'titleMetascore',
    first: BULLETS,
    last: 'Ee',
    recognise: afterBullet(recogniseTitleMetascore),
    endsItem: true,
  },
  {
    kind: 'scoreBullet',
    first: BULLETS,
    recognise: afterBullet(recogniseScoreBullet),
    endsItem: true,
  },
  {
    kind: 'widgetBullet',
    first: BULLETS,
    recognise: afterBullet((bullet) => (isWidgetBullet(bullet) ? bullet : undefined)),
    endsItem: true,
  },
  {
    kind: 'mediaFilter',
    first: BULLETS,
    last: MEDIA_FILTER_LAST,
    recognise: afterBullet(recogniseMediaFilter),
    endsItem: true,
  },
  {
    kind: 'detail',
    first: BULLETS,
    recognise: afterBullet(recogniseDetail),
    endsItem: true,
  },
  { kind: 'bullet', first: BULLETS, recognise: bulletOf, endsItem: true },
  {
    kind: 'furniture',
    first: FURNITURE_FIRST,
    // "0 out of 10", "3 of 4 users found this helpful".
    afterDigits: ' ,',
    recognise: (text) => (isFurnitureLine(text) ? true : undefined),
    endsItem: true,
  },
  {
    kind: 'numberedFurniture',
    first: DIGITS,
    afterDigits: '.',
    recognise: (text) => {
      const rest = numberedTextAt(text);
      return rest >= 0 && (rest === text.length || recogniseFurniture(text.slice(rest))) ? itemNumber(text) : undefined;
    },
    endsItem: true,
  },
  {
    kind: 'numbered',
    first: DIGITS,
    afterDigits: '.',
    recognise: (text) => (numberedTextAt(text) < 0 ? undefined : itemNumber(text)),
    endsItem: true,
  },
  { kind: 'date', first: LETTERS, last: DIGITS, recognise: recogniseDate, endsItem: false },
  // Copied text (a browser's copy drops the bullets): the bulleted lines a profile block and a
  // title's header have, standing bare. Last, so they take only lines no other row takes.
  {
    kind: 'bareTitleMetascore',
    first: `${DIGITS}Tt`,
    last: 'Ee',
    afterDigits: ' ',
    recognise: recogniseTitleMetascore,
    endsItem: true,
  },
  {
    kind: 'bareScoreLine',
    first: DIGITS,
    last: 'EeYy:',
    afterDigits: ' ',
    recognise: recogniseBareScoreLine,
    endsItem: true,
  },
  {
    kind: 'bareDetail',
    first: BARE_DETAIL_FIRST,
    recognise: recogniseBareDetail,
    endsItem: true,
  },
  {
    kind: 'bareProfilePercent',
    first: DIGITS,
    last: 'Cc',
    afterDigits: '%.',
    recognise: recogniseBarePercent,
    endsItem: true,
  },
  {
    kind: 'bareMediaFilter',
    first: 'AaMmGgTtSs',
    last: MEDIA_FILTER_LAST,
    recognise: recogniseMediaFilter,
    endsItem: true,
  },
];

/** The Metacritic line table, compiled: a line no row takes is `text`. */
export const METACRITIC_KINDS: LineKinds<MetacriticValues> = defineLineKinds<MetacriticValues>(ROWS, 'text');

/**
 * The lines each row of {@link METACRITIC_KINDS} accepts, by its kind: what the tests, the
 * fuzz vocabulary and the docs read the table's lines from (each classifies as
 * its row's kind). The parser never reads them, so a bundle drops them.
 */
export const METACRITIC_EXAMPLES: LineExamples<MetacriticValues, 'text'> = {
  verdict: [
    'Generally favorable reviews - based on 11 Critics',
    'Universal acclaim- based on 476 Ratings',
    'Mixed or average reviews – based on 7 Critic Reviews What’s this?',
    'No score yet - based on 3 Critics',
    'Pretty good - based on 4 Critics',
  ],
  distributionLabel: ['Critic score distribution:', 'User score distribution:', 'Score distribution:'],
  distributionLine: ['1. Positive: 9 out of 11', 'Mixed: 0 out of 7', '3. Neutral: 2 out of 7', '3. Negative: 0 out of 11'],
  metascoreHeading: ['Metascore', 'METASCORE'],
  userScoreHeading: ['User Score'],
  profileStatistic: [
    'For 1,095 reviews, this publication has graded:',
    '• 75% higher than the average critic',
    'On average, this critic grades 12.7 points higher than other critics. (0-100 point scale)',
    'Average Movie review score: 62',
    'Highest review score: 90 Nightingale: Season 1',
    '4 tv reviews',
    'For 4 reviews, this critic has graded:',
    '• 0% same as the average critic',
    '• 25% lower than the average critic',
    'On average, this publication grades 7.9 points lower than other critics.',
    'Lowest review score: 0 From Justin to Kelly',
  ],
  profileHeading: ["Sheri Linden's Scores", 'The Guardian’s Scores', "Variety' Scores"],
  titleMetascore: ['• 72 Metascore', '• tbd Metascore'],
  scoreBullet: ['• 80 Sheri Linden', '• 40 Critic Score', '• 25 Reviewed by'],
  widgetBullet: ['• 10', '• 0', '• #12 Best PC Game of 2009'],
  mediaFilter: ['• Movies', '• TV Shows', '• All'],
  detail: [
    '• Network: NBC',
    '• Series Premiere Date: Dec 17, 2012',
    '• # of players: 1-4',
    '• Starring: , ,',
    '• Record Label: Epic',
    '• Release Date: Feb 21, 2020',
  ],
  bullet: ['• Q Magazine', '• Great music • weak story'],
  furniture: [
    'Watch On',
    'Critic Reviews',
    'See all 20 Critic Reviews',
    '> Track name',
    'Expand',
    'Full Review »',
    '#12 Best PC Game of 2009',
    'No user score yet- Awaiting 4 more ratings',
    '3 of 4 users found this helpful',
    'There are no positive critic reviews yet.',
    'Your Score',
    '0 out of 10',
    'Rate this:',
  ],
  numberedFurniture: ['1. Your Score', '1. Submit', '2. Check Spelling', '2.'],
  numbered: ['1. Reviewed by: Noel Murray', '10. 90', '3. An outstanding concert documentary.', '5. Reviewed by', '3. Q Magazine'],
  date: ['Jul 15, 2013', 'September 5, 2013', 'Feb 30, 2013'],
  bareTitleMetascore: ['72 Metascore', 'tbd Metascore'],
  bareScoreLine: ['80 Critic Score', '25 Reviewed by'],
  bareDetail: ['Network: NBC', 'Series Premiere Date: Dec 17, 2012', 'Season #: 1', 'Record Label: Epic', 'Starring: , ,'],
  bareProfilePercent: ['75% higher than the average critic', '0% same as the average critic'],
  bareMediaFilter: ['Movies', 'TV Shows', 'All'],
};

/** The rows of a section line, the table's first: one that opens or belongs to another part of the page, never a review's. */
const LAST_SECTION_ROW = METACRITIC_KINDS.rowOf('profileHeading');
const NUMBERED_ROW = METACRITIC_KINDS.rowOf('numbered');
const BULLET_ROW = METACRITIC_KINDS.rowOf('bullet');
const FURNITURE_ROW = METACRITIC_KINDS.rowOf('furniture');

/** True when line `line` opens or belongs to another part of the page (a verdict, a distribution, a heading, a profile statistic). */
export function isSectionLine(tokens: MetacriticTokens, line: number): boolean {
  const row = tokens.rowAt(line);
  // A profile's percentage standing bare, as copied text has it, is one too.
  return (row >= 0 && row <= LAST_SECTION_ROW) || tokens.is(line, 'bareProfilePercent');
}

/**
 * The text of line `line` after its item's number, dot and spaces
 * (`Reviewed by: Noel Murray` of `1. Reviewed by: Noel Murray`, `''` of
 * `2.`): what a numbered line holds besides its number, its token's value.
 * A line that is no numbered item gives its whole text.
 */
export function numberedText(tokens: MetacriticTokens, line: number): string {
  const text = tokens.text(line);
  const rest = numberedTextAt(text);
  return rest < 0 ? text : text.slice(rest);
}

/** True when line `line` is a numbered list item (`1. ...`, `2.`), whatever else it is. */
export function isNumberedLine(tokens: MetacriticTokens, line: number): boolean {
  return tokens.acceptsRow(line, NUMBERED_ROW);
}

/** True when line `line` begins with a bullet (`•`, `·`), whatever else it is. */
export function isBulletLine(tokens: MetacriticTokens, line: number): boolean {
  return tokens.acceptsRow(line, BULLET_ROW);
}

/** True when the furniture row takes line `line` (furniture, or a widget tail such as `Expand`), whatever else it is. */
export function isFurnitureRowLine(tokens: MetacriticTokens, line: number): boolean {
  return tokens.acceptsRow(line, FURNITURE_ROW);
}

/** The kinds of a bulleted part's line standing bare, as copied text has them (`72 Metascore`, `40 Critic Score`, `Network: NBC`). */
const BARE_PART_KINDS: ReadonlySet<string> = new Set<MetacriticKind>(['bareTitleMetascore', 'bareScoreLine', 'bareDetail']);

/** True when line `line` is a bulleted part's line with its bullet dropped (copied text): like a bullet, it ends a list item's lines. */
export function isBarePartLine(tokens: MetacriticTokens, line: number): boolean {
  const kind = tokens.kind(line);
  return kind !== undefined && BARE_PART_KINDS.has(kind);
}
