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
import {
  ANY_FIRST,
  defineLineKinds,
  DIGITS,
  inPlace,
  LETTERS,
  type LineExamples,
  type LineKindRow,
  type LineKinds,
  type RecogniseAt,
  type TokenList,
} from '../../engine/classify.js';
import {
  type DistributionLine,
  type ProfileLine,
  type ScoreBullet,
  type VerdictLine,
  bulletTextAt,
  DISTRIBUTION_LINE_LAST,
  endsAsHeading,
  isFurnitureAt,
  isWidgetTailAt,
  isWordAt,
  itemNumberAt,
  MEDIA_FILTER_LAST,
  numberedTextAt,
  numberedTextIn,
  recogniseDetail,
  recogniseDistributionLabelAt,
  recogniseDistributionLineAt,
  recogniseMediaFilter,
  recogniseProfileLineAt,
  recogniseScoreBulletAt,
  recogniseTitleMetascoreAt,
  recogniseVerdictLineAt,
  type DistributionOwner,
  VERDICT_LAST,
} from './recognise.js';
import { type DateLine, recogniseDateAt } from '../../text/dates.js';
import { recogniseBareNumberAt } from '../../text/numbers.js';
import { BARE_DETAIL_FIRST, recogniseBareDetailAt, recogniseBarePercent, recogniseBareScoreLineAt } from './copied-lines.js';

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

/** A row's recogniser for a kind of bullet: `recogniseAt` run on the text after the bullet, where it stands. */
function afterBulletAt<T>(recogniseAt: RecogniseAt<T>): RecogniseAt<T> {
  return (input, start, end) => {
    const bullet = bulletTextAt(input, start, end);
    return bullet < 0 ? undefined : recogniseAt(input, bullet, end);
  };
}

/**
 * `• 10` ... `• 0`, the rating widget, or other furniture as a list
 * (`• #12 Best PC Game of 2009`): after the bullet.
 */
export function isWidgetBullet(bullet: string): boolean {
  return isWidgetBulletAt(bullet, 0, bullet.length);
}

/** {@link isWidgetBullet} of the text `input` holds from `start` to `end`, read in place. */
function isWidgetBulletAt(input: string, start: number, end: number): boolean {
  const widget = recogniseBareNumberAt(input, start, end);
  return (widget !== undefined && widget <= 10) || isFurnitureAt(input, start, end);
}

/** `recognise` run on the text after a bullet, sliced: for the bulleted rows that need the text as a string. */
function sliced<T>(recognise: (bullet: string) => T | undefined): RecogniseAt<T> {
  return (input, start, end) => recognise(input.slice(start, end));
}

/** The item's number of a numbered line whose list item's text has none but furniture (`1. Your Score`, `2.`). */
function numberedFurnitureAt(input: string, start: number, end: number): number | undefined {
  const rest = numberedTextIn(input, start, end);
  return rest >= 0 && (rest === end || isFurnitureAt(input, rest, end)) ? itemNumberAt(input, start) : undefined;
}

const ROWS: readonly LineKindRow<MetacriticValues>[] = [
  {
    kind: 'verdict',
    first: ANY_FIRST,
    last: VERDICT_LAST,
    ...inPlace(recogniseVerdictLineAt),
    endsItem: true,
  },
  {
    kind: 'distributionLabel',
    first: 'CcUuSs',
    last: ':',
    ...inPlace(recogniseDistributionLabelAt),
    endsItem: true,
  },
  {
    kind: 'distributionLine',
    first: `${DIGITS}PpMmNn`,
    last: DISTRIBUTION_LINE_LAST,
    afterDigits: '.',
    ...inPlace(recogniseDistributionLineAt),
    endsItem: true,
  },
  {
    kind: 'metascoreHeading',
    first: 'Mm',
    last: 'Ee',
    ...inPlace((input, start, end) => (isWordAt(input, start, end, 'metascore') ? true : undefined)),
    endsItem: true,
  },
  {
    kind: 'userScoreHeading',
    first: 'Uu',
    last: 'Ee',
    ...inPlace((input, start, end) => (isWordAt(input, start, end, 'user score') ? true : undefined)),
    endsItem: true,
  },
  {
    kind: 'profileStatistic',
    first: `FfOoAaHhLl${DIGITS}${BULLETS}`,
    // "4 tv reviews", "1,095 movie reviews".
    afterDigits: ' ,',
    ...inPlace((input, start, end) => {
      const found = recogniseProfileLineAt(input, start, end);
      return found?.kind === 'heading' ? undefined : found;
    }),
    endsItem: true,
  },
  {
    kind: 'profileHeading',
    first: ANY_FIRST,
    last: 's',
    ...inPlace((input, start, end) => {
      // Only a line that ends so is tried: "... Scores".
      const found = endsAsHeading(input, start, end) ? recogniseProfileLineAt(input, start, end) : undefined;
      return found?.kind === 'heading' ? found : undefined;
    }),
    endsItem: true,
  },
  {
    kind: 'titleMetascore',
    first: BULLETS,
    last: 'Ee',
    ...inPlace(afterBulletAt(recogniseTitleMetascoreAt)),
    endsItem: true,
  },
  {
    kind: 'scoreBullet',
    first: BULLETS,
    ...inPlace(afterBulletAt(recogniseScoreBulletAt)),
    endsItem: true,
  },
  {
    kind: 'widgetBullet',
    first: BULLETS,
    ...inPlace(afterBulletAt((input, start, end) => (isWidgetBulletAt(input, start, end) ? input.slice(start, end) : undefined))),
    endsItem: true,
  },
  {
    kind: 'mediaFilter',
    first: BULLETS,
    last: MEDIA_FILTER_LAST,
    ...inPlace(afterBulletAt(sliced(recogniseMediaFilter))),
    endsItem: true,
  },
  {
    kind: 'detail',
    first: BULLETS,
    ...inPlace(afterBulletAt(sliced(recogniseDetail))),
    endsItem: true,
  },
  { kind: 'bullet', first: BULLETS, ...inPlace(afterBulletAt(sliced((bullet) => bullet))), endsItem: true },
  {
    kind: 'furniture',
    first: FURNITURE_FIRST,
    // "0 out of 10", "3 of 4 users found this helpful".
    afterDigits: ' ,',
    ...inPlace((input, start, end) => (isFurnitureAt(input, start, end) || isWidgetTailAt(input, start, end) ? true : undefined)),
    endsItem: true,
  },
  {
    kind: 'numberedFurniture',
    first: DIGITS,
    afterDigits: '.',
    ...inPlace(numberedFurnitureAt),
    endsItem: true,
  },
  {
    kind: 'numbered',
    first: DIGITS,
    afterDigits: '.',
    ...inPlace((input, start, end) => (numberedTextIn(input, start, end) < 0 ? undefined : itemNumberAt(input, start))),
    endsItem: true,
  },
  { kind: 'date', first: LETTERS, last: DIGITS, ...inPlace(recogniseDateAt), endsItem: false },
  // Copied text (a browser's copy drops the bullets): the bulleted lines a profile block and a
  // title's header have, standing bare. Last, so they take only lines no other row takes.
  {
    kind: 'bareTitleMetascore',
    first: `${DIGITS}Tt`,
    last: 'Ee',
    afterDigits: ' ',
    ...inPlace(recogniseTitleMetascoreAt),
    endsItem: true,
  },
  {
    kind: 'bareScoreLine',
    first: DIGITS,
    last: 'EeYy:',
    afterDigits: ' ',
    ...inPlace(recogniseBareScoreLineAt),
    endsItem: true,
  },
  {
    kind: 'bareDetail',
    first: BARE_DETAIL_FIRST,
    ...inPlace(recogniseBareDetailAt),
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
    'Report',
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
  const { lines } = tokens;
  // A line whose text is its slice of the input is read there and sliced once, from its item's text on.
  if (line < tokens.count && lines.isPlain(line)) {
    const start = lines.textStarts[line] as number;
    const end = lines.textEnds[line] as number;
    const rest = numberedTextIn(lines.input, start, end);
    return lines.input.slice(rest < 0 ? start : rest, end);
  }
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
