/**
 * Fandango's line table, for its critic-reviews and overview pages, which
 * print Metacritic's critics and Metascore.
 *
 * @module
 */
import { parseVerdictLabel } from '../../classify/classify.js';
import type { Verdict } from '../../types/page.js';
import { readCount } from '../../parse/text/numbers.js';
import { ANY_FIRST, defineLineKinds, type LineKindRow, type LineExamples, type LineKinds } from '../../parse/engine/index.js';
import { recogniseListLink, usersHeadingRow, USERS_HEADING_EXAMPLES } from '../shared/headings.js';

/**
 * `By Ty Burr`, `By Staff (Not Credited)`: the critic (or, under the Metascore, a user) of the item; a name of at
 * most five words that ends no sentence (`By turns a toy commercial and a critique of one...`, `By turns brilliant.`
 * are quotes).
 */
export function recogniseBy(text: string): string | undefined {
  //   (?:by|By|BY) (\S+(?: \S+){0,4})   "By" and up to five words
  //   (?<![.…!?]{2}|[…!?]|\p{Ll}{2}\.)   not ending as a sentence does ("...", "…", "!", "?", "word."; "Jr." does not)
  const match = /^(?:by|By|BY) (\S+(?: \S+){0,4})(?<![.…!?]{2}|[…!?]|\p{Ll}{2}\.)$/u.exec(text);
  return match && match[1] !== undefined && match[1].length <= 80 ? match[1] : undefined;
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
  readonly 'cast-heading': true;
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
  { kind: 'by', recognise: recogniseBy, first: ANY_FIRST, endsItem: false },
  {
    kind: 'full-review',
    recognise: (text: string) => (/^full review$/iu.test(text) ? true : undefined),
    first: ANY_FIRST,
    endsItem: false,
  },
  { kind: 'metascore', recognise: recogniseMetascore, first: ANY_FIRST, endsItem: false },
  { kind: 'verdict', recognise: parseVerdictLabel, first: ANY_FIRST, endsItem: false },
  {
    kind: 'metascore-note',
    recognise: (text: string) => (recogniseMetascoreNote(text) ? true : undefined),
    first: ANY_FIRST,
    endsItem: false,
  },
  {
    // The overview's cast block (`Cast & Crew` / name / role / ... / `See Full Cast + Crew`) carries no critic data, as its synopsis.
    kind: 'cast-heading',
    recognise: (text: string) => (/^cast(?: & crew)?$/iu.test(text) ? true : undefined),
    first: 'cC',
    endsItem: false,
  },
  {
    kind: 'read-full-synopsis',
    recognise: (text: string) => (/^(?:read full synopsis|see full cast \+ crew)$/iu.test(text) ? true : undefined),
    first: ANY_FIRST,
    endsItem: false,
  },
  {
    kind: 'synopsis-heading',
    recognise: (text: string) => /^(.+) synopsis$/iu.exec(text)?.[1],
    first: ANY_FIRST,
    endsItem: false,
  },
  { kind: 'critic-ratings', recognise: recogniseCriticRatings, first: ANY_FIRST, endsItem: false },
  {
    kind: 'furniture',
    recognise: (text: string) => (/^(?:movie|critic) reviews$/iu.test(text) || recogniseListLink(text) ? true : undefined),
    first: ANY_FIRST,
    endsItem: false,
  },
  /* @__PURE__ */ usersHeadingRow<FandangoValues>(),
  // After the two rows above, which keep "Movie Reviews" and "Fan Reviews"; in a list, a publication's line (critic-item.ts).
  {
    kind: 'reviews-heading',
    recognise: recogniseReviewsHeading,
    first: ANY_FIRST,
    endsItem: false,
  },
];

/** The compiled table: a line no row takes is text. */
export const FANDANGO_KINDS: LineKinds<FandangoValues> = /* @__PURE__ */ defineLineKinds<FandangoValues>(FANDANGO_LINES, 'text');

/**
 * The lines each row of {@link FANDANGO_KINDS} accepts, by its kind: what the tests, the
 * fuzz vocabulary and the docs read the table's lines from (each classifies as
 * its row's kind). The parser never reads them, so a bundle drops them.
 */
export const FANDANGO_EXAMPLES: LineExamples<FandangoValues, 'text'> = {
  by: ['By Ty Burr', 'By Mick LaSalle'],
  'full-review': ['Full Review'],
  metascore: ['86 out of 100'],
  verdict: ['Universal acclaim', 'Generally favorable reviews'],
  'metascore-note': ['Metascore® based on all critic reviews. Scores range from 0 to 100, with higher scores indicating more favorable reviews.'],
  'cast-heading': ['Cast & Crew', 'Cast'],
  'read-full-synopsis': ['Read Full Synopsis', 'See Full Cast + Crew'],
  'synopsis-heading': ['Slumdog Millionaire Synopsis'],
  'critic-ratings': ['Critic Ratings', 'Critic Ratings: 39'],
  furniture: ['Movie Reviews', 'Critic Reviews', 'See All Critic Reviews'],
  'reviews-heading': ['Heat Reviews', 'Slumdog Millionaire Critic Reviews'],
  'users-heading': USERS_HEADING_EXAMPLES,
};
