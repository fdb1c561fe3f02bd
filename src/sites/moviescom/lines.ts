/**
 * movies.com's line table, for its review pages' block of Metacritic's
 * critics ("Other Critics provided by Metacritic.com").
 *
 * @module
 */
import { parseVerdictLabel } from '../../classify/classify.js';
import type { Verdict } from '../../types/page.js';
import { ANY_FIRST, defineLineKinds, type LineKindRow, type LineExamples, type LineKinds } from '../../parse/engine/index.js';

/** `Other Critics provided by Metacritic.com`, `Other Critics provided by`: the list's heading. */
export function recogniseProvidedBy(text: string): boolean {
  return /^other critics provided by(?: metacritic(?:\.com)?)?$/iu.test(text);
}

/** A number as printed: its value, and whether it is a whole number (`100`, not `5.0`). */
export interface PrintedNumber {
  readonly value: number;
  readonly whole: boolean;
}

/** `88`, `5.0` */
function numberOf(digits: string): PrintedNumber {
  return { value: Number(digits), whole: !digits.includes('.') };
}

/** `• 100`, `• 5.0`: a bullet's number (the first bullet's is no score). */
export function recogniseNumberBullet(text: string): PrintedNumber | undefined {
  const match = /^• (\d{1,3}(?:\.\d)?)$/u.exec(text);
  return match ? numberOf(match[1] ?? '') : undefined;
}

/** `88`, `5.0`: a number alone (a browser's copy drops the bullets before them). */
export function recogniseNumber(text: string): PrintedNumber | undefined {
  return /^\d{1,3}(?:\.\d)?$/u.test(text) ? numberOf(text) : undefined;
}

/** Each kind of movies.com's lines, and the value its row gives. */
export interface MoviesComValues {
  readonly 'provided-by': true;
  readonly 'see-all': true;
  readonly bullet: PrintedNumber;
  readonly 'out-of-100': true;
  readonly 'metascore-label': true;
  readonly verdict: Verdict;
  readonly 'weighted-note': true;
  readonly 'read-full-review': true;
  readonly number: PrintedNumber;
  readonly families: true;
  readonly 'title-heading': string;
  readonly furniture: true;
  readonly text: string;
}

/**
 * `• See all Blade Runner reviews at Metacritic.com`, `See all Alien reviews at`, and the same cut inside the site's
 * name (`... reviews at Metacr`, the page's last line): the list's last bullet, a link.
 */
function recogniseSeeAll(text: string): true | undefined {
  //   (?:• )?see all .+ reviews at   the link's words
  //   (?: (\S+))?                    the site's name, or its start
  const match = /^(?:• )?see all .+ reviews at(?: (\S+))?$/iu.exec(text);
  return match && (match[1] === undefined || 'metacritic.com'.startsWith(match[1].toLowerCase())) ? true : undefined;
}

/** The rows, in the order they are tried. */
export const MOVIESCOM_LINES: readonly LineKindRow<MoviesComValues>[] = [
  {
    kind: 'provided-by',
    recognise: (text: string) => (recogniseProvidedBy(text) ? true : undefined),
    first: ANY_FIRST,
    endsItem: false,
  },
  {
    kind: 'see-all',
    recognise: recogniseSeeAll,
    first: ANY_FIRST,
    endsItem: false,
  },
  { kind: 'bullet', recognise: recogniseNumberBullet, first: ANY_FIRST, endsItem: false },
  {
    kind: 'out-of-100',
    recognise: (text: string) => (/^out of 100$/iu.test(text) ? true : undefined),
    first: ANY_FIRST,
    endsItem: false,
  },
  {
    kind: 'metascore-label',
    recognise: (text: string) => (/^metascore®?$/iu.test(text) ? true : undefined),
    first: ANY_FIRST,
    endsItem: false,
  },
  {
    kind: 'verdict',
    recognise: parseVerdictLabel,
    first: ANY_FIRST,
    endsItem: false,
  },
  {
    kind: 'weighted-note',
    recognise: (text: string) => (/^(?:based on a weighted average of all|critic review scores\.?)$/iu.test(text) ? true : undefined),
    first: ANY_FIRST,
    endsItem: false,
  },
  {
    kind: 'read-full-review',
    recognise: (text: string) => (/^read full review$/iu.test(text) ? true : undefined),
    first: ANY_FIRST,
    endsItem: false,
  },
  { kind: 'number', recognise: recogniseNumber, first: ANY_FIRST, endsItem: false },
  {
    kind: 'families',
    recognise: (text: string) => (/^for families provided by common sense media$/iu.test(text) ? true : undefined),
    first: ANY_FIRST,
    endsItem: false,
  },
  {
    // `Blade Runner Review`: above the list, the page's heading and its title; in a review, its text ("National Review", a quote).
    kind: 'title-heading',
    recognise: (text: string) => /^(\S.*) review$/iu.exec(text)?.[1],
    first: ANY_FIRST,
    endsItem: false,
  },
  {
    kind: 'furniture',
    recognise: (text: string) => (/^(?:share|watch it|critics scores range from 0 to 100.*|on dvd: .*)$/iu.test(text) ? true : undefined),
    first: ANY_FIRST,
    endsItem: false,
  },
];

/** The compiled table: a line no row takes is text. */
export const MOVIESCOM_KINDS: LineKinds<MoviesComValues> = /* @__PURE__ */ defineLineKinds<MoviesComValues>(MOVIESCOM_LINES, 'text');

/**
 * The lines each row of {@link MOVIESCOM_KINDS} accepts, by its kind: what the tests, the
 * fuzz vocabulary and the docs read the table's lines from (each classifies as
 * its row's kind). The parser never reads them, so a bundle drops them.
 */
export const MOVIESCOM_EXAMPLES: LineExamples<MoviesComValues, 'text'> = {
  'provided-by': ['Other Critics provided by Metacritic.com', 'Other Critics provided by'],
  'see-all': ['• See all Blade Runner reviews at Metacritic.com', 'See all Alien reviews at', "• See all Pan's Labyrinth reviews at Metacr"],
  bullet: ['• 100', '• 5.0'],
  'out-of-100': ['out of 100'],
  'metascore-label': ['Metascore®', 'Metascore'],
  verdict: ['Universal acclaim', 'Generally favorable reviews', 'Mixed or average reviews'],
  'weighted-note': ['based on a weighted average of all', 'critic review scores.'],
  'read-full-review': ['Read Full Review'],
  number: ['88', '5.0'],
  families: ['For Families provided by Common Sense Media'],
  'title-heading': ['Blade Runner Review'],
  furniture: [
    'Share',
    'Watch It',
    'On DVD: TBD | On Blu-ray: TBD',
    'Critics scores range from 0 to 100, with higher scores indicating more favorable reviews.',
  ],
};
