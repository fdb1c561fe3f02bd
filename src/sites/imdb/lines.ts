/**
 * IMDb's line table, for its critic-review pages of 2016-2019, 2023 on, and
 * its mobile pages (figures provided by Metacritic.com).
 *
 * @module
 */
import { readCount, recogniseBareNumber } from '../../parse/recognise.js';
import type { LineRow } from '../shared/rows.js';

/** The kinds of IMDb's lines; any other line is text. */
export type ImdbLineKind =
  | 'metascore-label'
  | 'count-2023'
  | 'count-2018'
  | 'count-mobile'
  | 'mobile-heading'
  | 'provided-by'
  | 'year'
  | 'dash-item'
  | 'number'
  | 'furniture';

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

/** Lines that carry no data: links and headings around the list. */
const FURNITURE = /^(?:critic reviews|metacritic\.com|user reviews|see all .+ reviews(?: on metacritic\.com)?|see more|show more|load more)$/iu;

/** The row table, in the order rows are tried. */
export const IMDB_LINES: readonly LineRow<ImdbLineKind>[] = [
  { kind: 'metascore-label', recognise: (text: string) => /^metascore$/iu.test(text), examples: ['Metascore'] },
  { kind: 'count-2023', recognise: recogniseCount2023, examples: ['39 reviews · Provided by Metacritic.com', '1 review · Provided by Metacritic.com'] },
  { kind: 'count-2018', recognise: recogniseCount2018, examples: ['Based on 18 critic reviews provided by Metacritic.com'] },
  { kind: 'count-mobile', recognise: recogniseCountMobile, examples: ['Metascore (23 reviews)'] },
  { kind: 'mobile-heading', recognise: recogniseMobileHeading, examples: ['Citizen Kane : Critic Reviews', 'Rear Window: Critic Reviews'] },
  { kind: 'provided-by', recognise: (text: string) => /^provided by(?: metacritic(?:\.com)?)?$/iu.test(text), examples: ['Provided by', 'Provided by Metacritic.com'] },
  { kind: 'year', recognise: (text: string) => (/^\(\d{4}\)$/u.test(text) ? text.slice(1, 5) : undefined), examples: ['(1954)'] },
  { kind: 'dash-item', recognise: recogniseDashItem, examples: ['- 100VarietyJustin ChangVarietyJustin ChangGripping.', '- Citizen Kane is a superb motion picture.'] },
  { kind: 'number', recognise: recogniseBareNumber, examples: ['100', '90', '7'] },
  { kind: 'furniture', recognise: (text: string) => FURNITURE.test(text), examples: ['Critic Reviews', 'Metacritic.com', 'See all 39 reviews on Metacritic.com'] },
];
