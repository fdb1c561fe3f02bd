/**
 * Fandango's line table, for its critic-reviews and overview pages, which
 * print Metacritic's critics and Metascore.
 *
 * @module
 */
import { parseVerdictLabel } from '../../classify/classify.js';
import type { Verdict } from '../../types/page.js';
import { readCount } from '../../parse/text/numbers.js';
import { ANY_FIRST, defineLineKinds, type LineKindRow, type LineKinds } from '../../parse/engine/index.js';
import { recogniseListLink, usersHeadingRow } from '../shared/headings.js';

/** `By Ty Burr`: the critic (or, under the Metascore, a user) of the item. */
export function recogniseBy(text: string): string | undefined {
  const match = /^by (\S.{0,79})$/iu.exec(text);
  return match ? match[1] : undefined;
}

/** `86 out of 100`: the Metascore. */
export function recogniseMetascore(text: string): number | undefined {
  const match = /^(\d{1,3}) out of 100$/u.exec(text);
  return match ? Number(match[1]) : undefined;
}

/** `Metascore® based on all critic reviews. Scores range from 0 to 100, ...` */
export function recogniseMetascoreNote(text: string): boolean {
  return /^metascore®? based on all critic reviews\b/iu.test(text);
}

/** `Critic Ratings`, `Critic Ratings: 39`: the count where it is printed, `null` where not. */
function recogniseCriticRatings(text: string): { readonly count: number | null } | undefined {
  const match = /^critic ratings(?:: ?(\d[\d,]*))?$/iu.exec(text);
  return match ? { count: match[1] === undefined ? null : readCount(match[1]) } : undefined;
}

//   (\S.*?)                 the title, "Heat", "Slumdog Millionaire"
//    (?:critic |movie )?     the list's word, where printed
//   reviews                   "Heat Reviews", "Heat Critic Reviews"
const REVIEWS_HEADING = /^(\S.*?) (?:critic |movie )?reviews$/iu;

/** `Heat Reviews`, `Heat Critic Reviews`: the list's heading, and the title in it. */
export function recogniseReviewsHeading(text: string): string | undefined {
  return REVIEWS_HEADING.exec(text)?.[1];
}

/** Each kind of Fandango's lines, and the value its row gives. */
export interface FandangoValues {
  readonly by: string;
  readonly 'full-review': true;
  readonly metascore: number;
  readonly verdict: Verdict;
  readonly 'metascore-note': true;
  readonly 'read-full-synopsis': true;
  readonly 'synopsis-heading': string;
  readonly 'critic-ratings': { readonly count: number | null };
  readonly furniture: true;
  readonly 'users-heading': true;
  readonly 'reviews-heading': string;
  readonly text: string;
}

/** The rows, in the order they are tried. */
export const FANDANGO_LINES: readonly LineKindRow<FandangoValues>[] = [
  { kind: 'by', recognise: recogniseBy, examples: ['By Ty Burr', 'By Mick LaSalle'], first: ANY_FIRST, endsItem: false },
  {
    kind: 'full-review',
    recognise: (text: string) => (/^full review$/iu.test(text) ? true : undefined),
    examples: ['Full Review'],
    first: ANY_FIRST,
    endsItem: false,
  },
  { kind: 'metascore', recognise: recogniseMetascore, examples: ['86 out of 100'], first: ANY_FIRST, endsItem: false },
  { kind: 'verdict', recognise: parseVerdictLabel, examples: ['Universal acclaim', 'Generally favorable reviews'], first: ANY_FIRST, endsItem: false },
  {
    kind: 'metascore-note',
    recognise: (text: string) => (recogniseMetascoreNote(text) ? true : undefined),
    examples: ['Metascore® based on all critic reviews. Scores range from 0 to 100, with higher scores indicating more favorable reviews.'],
    first: ANY_FIRST,
    endsItem: false,
  },
  {
    kind: 'read-full-synopsis',
    recognise: (text: string) => (/^read full synopsis$/iu.test(text) ? true : undefined),
    examples: ['Read Full Synopsis'],
    first: ANY_FIRST,
    endsItem: false,
  },
  {
    kind: 'synopsis-heading',
    recognise: (text: string) => /^(.+) synopsis$/iu.exec(text)?.[1],
    examples: ['Slumdog Millionaire Synopsis'],
    first: ANY_FIRST,
    endsItem: false,
  },
  { kind: 'critic-ratings', recognise: recogniseCriticRatings, examples: ['Critic Ratings', 'Critic Ratings: 39'], first: ANY_FIRST, endsItem: false },
  {
    kind: 'furniture',
    recognise: (text: string) => (/^(?:movie|critic) reviews$/iu.test(text) || recogniseListLink(text) ? true : undefined),
    examples: ['Movie Reviews', 'Critic Reviews', 'See All Critic Reviews'],
    first: ANY_FIRST,
    endsItem: false,
  },
  /* @__PURE__ */ usersHeadingRow<FandangoValues>(),
  // After the two rows above, which keep "Movie Reviews" and "Fan Reviews"; in a list, a publication's line (critic-item.ts).
  {
    kind: 'reviews-heading',
    recognise: recogniseReviewsHeading,
    examples: ['Heat Reviews', 'Slumdog Millionaire Critic Reviews'],
    first: ANY_FIRST,
    endsItem: false,
  },
];

/** The compiled table: a line no row takes is text. */
export const FANDANGO_KINDS: LineKinds<FandangoValues> = /* @__PURE__ */ defineLineKinds<FandangoValues>(FANDANGO_LINES, 'text');
