/**
 * movies.com's line table, for its review pages' block of Metacritic's
 * critics ("Other Critics provided by Metacritic.com").
 *
 * @module
 */
import { parseVerdictLabel } from '../../classify/classify.js';
import type { LineRow } from '../shared/rows.js';

/** The kinds of movies.com's lines; any other line is text. */
export type MoviesComLineKind =
  | 'provided-by'
  | 'see-all'
  | 'bullet'
  | 'out-of-100'
  | 'metascore-label'
  | 'verdict'
  | 'weighted-note'
  | 'read-full-review'
  | 'number'
  | 'families'
  | 'furniture';

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

/** The row table, in the order rows are tried. */
export const MOVIESCOM_LINES: readonly LineRow<MoviesComLineKind>[] = [
  { kind: 'provided-by', recognise: recogniseProvidedBy, examples: ['Other Critics provided by Metacritic.com', 'Other Critics provided by'] },
  { kind: 'see-all', recognise: (text: string) => /^(?:• )?see all .+ reviews at(?: metacritic(?:\.com)?)?$/iu.test(text), examples: ['• See all Blade Runner reviews at Metacritic.com', 'See all Alien reviews at'] },
  { kind: 'bullet', recognise: recogniseNumberBullet, examples: ['• 100', '• 5.0'] },
  { kind: 'out-of-100', recognise: (text: string) => /^out of 100$/iu.test(text), examples: ['out of 100'] },
  { kind: 'metascore-label', recognise: (text: string) => /^metascore®?$/iu.test(text), examples: ['Metascore®', 'Metascore'] },
  { kind: 'verdict', recognise: parseVerdictLabel, examples: ['Universal acclaim', 'Generally favorable reviews', 'Mixed or average reviews'] },
  { kind: 'weighted-note', recognise: (text: string) => /^(?:based on a weighted average of all|critic review scores\.?)$/iu.test(text), examples: ['based on a weighted average of all', 'critic review scores.'] },
  { kind: 'read-full-review', recognise: (text: string) => /^read full review$/iu.test(text), examples: ['Read Full Review'] },
  { kind: 'number', recognise: recogniseNumber, examples: ['88', '5.0'] },
  { kind: 'families', recognise: (text: string) => /^for families provided by common sense media$/iu.test(text), examples: ['For Families provided by Common Sense Media'] },
  {
    kind: 'furniture',
    recognise: (text: string) => /^(?:share|watch it|critics scores range from 0 to 100.*|on dvd: .*|.+ review)$/iu.test(text),
    examples: ['Share', 'Watch It', 'On DVD: TBD | On Blu-ray: TBD', 'Critics scores range from 0 to 100, with higher scores indicating more favorable reviews.', 'Blade Runner Review'],
  },
];
