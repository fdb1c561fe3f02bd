/**
 * IMDb's line table, for its critic-review pages of 2016-2019, 2023 on, and
 * its mobile pages (figures provided by Metacritic.com).
 *
 * @module
 */
import { readCount, recogniseBareNumber } from '../../parse/text/numbers.js';
import { ANY_FIRST, defineLineKinds, type LineKindRow, type LineExamples, type LineKinds } from '../../parse/engine/index.js';
import { recogniseListLink, usersHeadingRow, USERS_HEADING_EXAMPLES } from '../shared/headings.js';

//   (\d[\d,]*)           the count, "39", "1,024"
//    reviews? [·•|-]     "reviews" and the separator IMDb prints
//    Provided by Metacritic.com
const COUNT_2023 = /^(\d[\d,]*) (?:critic )?reviews? ?[·•|–-] ?provided by metacritic(?:\.com)?$/iu;

/** `39 reviews · Provided by Metacritic.com`: the number of critic reviews. */
export function recogniseCount2023(text: string): number | undefined {
  const match = COUNT_2023.exec(text);
  return match ? readCount(match[1] ?? '') : undefined;
}

/** `Based on 18 critic reviews provided by Metacritic.com` */
export function recogniseCount2018(text: string): number | undefined {
  const match = /^based on (\d[\d,]*) critic reviews? provided by metacritic(?:\.com)?$/iu.exec(text);
  return match ? readCount(match[1] ?? '') : undefined;
}

/** `Metascore (23 reviews)`: the mobile page's count, with no Metascore number. */
export function recogniseCountMobile(text: string): number | undefined {
  const match = /^metascore \((\d[\d,]*) (?:critic )?reviews?\)$/iu.exec(text);
  return match ? readCount(match[1] ?? '') : undefined;
}

/** `Citizen Kane : Critic Reviews`: the mobile page's heading, and its title. */
export function recogniseMobileHeading(text: string): string | undefined {
  const match = /^(.+?) ?: critic reviews$/iu.exec(text);
  return match ? match[1] : undefined;
}

/** `- 100VarietyJustin Chang...`, `- <quote>`: an item of the 2023 list, the text after its dash. */
export function recogniseDashItem(text: string): string | undefined {
  return text.startsWith('- ') && text.length > 2 ? text.slice(2).trim() : undefined;
}

/** What IMDb's pages of other kinds are, as their diagnostic names them. */
export const EXTERNAL_PAGE = 'external reviews (links to them)';
export const USERS_PAGE = "its users' reviews";

//   (external reviews)      the heading of the page of links to critics' reviews elsewhere
//   | review this title     the link over the users' reviews
const OTHER_PAGE = /^(?:(external reviews)|review this title)$/iu;

/** `External reviews`, or `Review this title` over IMDb's users' reviews: the page of another kind it shows. */
export function recogniseOtherPage(text: string): string | undefined {
  const match = OTHER_PAGE.exec(text);
  return match ? (match[1] === undefined ? USERS_PAGE : EXTERNAL_PAGE) : undefined;
}

/** Lines that carry no data: links and headings around the list, the page's edit links under it. */
const FURNITURE = /^(?:critic reviews|metacritic\.com|suggest an edit or add missing content)$/iu;

/** The first lines of the page's footer, under the list: the rest of the page is furniture. */
const FOOTER = /^(?:contribute to this page|more from this title|top gap)$/iu;

/** Each kind of IMDb's lines, and the value its row gives. */
export interface ImdbValues {
  readonly 'metascore-label': true;
  readonly 'count-2023': number;
  readonly 'count-2018': number;
  readonly 'count-mobile': number;
  readonly 'mobile-heading': string;
  readonly 'provided-by': true;
  readonly year: string;
  readonly 'dash-item': string;
  readonly 'users-heading': true;
  readonly number: number;
  readonly furniture: true;
  readonly 'other-page': string;
  readonly footer: true;
  readonly text: string;
}

/** The rows, in the order they are tried. */
export const IMDB_LINES: readonly LineKindRow<ImdbValues>[] = [
  {
    kind: 'metascore-label',
    recognise: (text: string) => (/^metascore$/iu.test(text) ? true : undefined),
    first: ANY_FIRST,
    endsItem: false,
  },
  {
    kind: 'count-2023',
    recognise: recogniseCount2023,
    first: ANY_FIRST,
    endsItem: false,
  },
  { kind: 'count-2018', recognise: recogniseCount2018, first: ANY_FIRST, endsItem: false },
  { kind: 'count-mobile', recognise: recogniseCountMobile, first: ANY_FIRST, endsItem: false },
  {
    kind: 'mobile-heading',
    recognise: recogniseMobileHeading,
    first: ANY_FIRST,
    endsItem: false,
  },
  {
    kind: 'provided-by',
    recognise: (text: string) => (/^provided by(?: metacritic(?:\.com)?)?$/iu.test(text) ? true : undefined),
    first: ANY_FIRST,
    endsItem: false,
  },
  {
    kind: 'year',
    recognise: (text: string) => (/^\(\d{4}\)$/u.test(text) ? text.slice(1, 5) : undefined),
    first: ANY_FIRST,
    endsItem: false,
  },
  {
    kind: 'dash-item',
    recognise: recogniseDashItem,
    first: ANY_FIRST,
    endsItem: false,
  },
  /* @__PURE__ */ usersHeadingRow<ImdbValues>(),
  { kind: 'number', recognise: recogniseBareNumber, first: ANY_FIRST, endsItem: false },
  {
    kind: 'furniture',
    recognise: (text: string) => (FURNITURE.test(text) || recogniseListLink(text) ? true : undefined),
    first: ANY_FIRST,
    endsItem: false,
  },
  { kind: 'other-page', recognise: recogniseOtherPage, first: 'eErR', endsItem: false },
  // The page's footer, under the list: `More from this title`, `Contribute to this page`, `Top Gap`.
  { kind: 'footer', recognise: (text: string) => (FOOTER.test(text) ? true : undefined), first: 'cCmMtT', endsItem: true },
];

/** The compiled table: a line no row takes is text. */
export const IMDB_KINDS: LineKinds<ImdbValues> = /* @__PURE__ */ defineLineKinds<ImdbValues>(IMDB_LINES, 'text');

/**
 * The lines each row of {@link IMDB_KINDS} accepts, by its kind: what the tests, the
 * fuzz vocabulary and the docs read the table's lines from (each classifies as
 * its row's kind). The parser never reads them, so a bundle drops them.
 */
export const IMDB_EXAMPLES: LineExamples<ImdbValues, 'text'> = {
  'metascore-label': ['Metascore'],
  'count-2023': ['39 reviews · Provided by Metacritic.com', '1 review · Provided by Metacritic.com'],
  'count-2018': ['Based on 18 critic reviews provided by Metacritic.com'],
  'count-mobile': ['Metascore (23 reviews)'],
  'mobile-heading': ['Citizen Kane : Critic Reviews', 'Rear Window: Critic Reviews'],
  'provided-by': ['Provided by', 'Provided by Metacritic.com'],
  year: ['(1954)'],
  'dash-item': ['- 100VarietyJustin ChangVarietyJustin ChangGripping.', '- Citizen Kane is a superb motion picture.'],
  number: ['100', '90', '7'],
  furniture: ['Critic Reviews', 'Metacritic.com', 'See all 39 reviews on Metacritic.com', 'Back to top', 'Suggest an edit or add missing content'],
  'other-page': ['External reviews', 'External Reviews', 'Review this title'],
  footer: ['Contribute to this page', 'More from this title', 'Top Gap'],
  'users-heading': USERS_HEADING_EXAMPLES,
};
