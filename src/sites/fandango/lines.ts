/**
 * Fandango's line table, for its critic-reviews and overview pages, which
 * print Metacritic's critics and Metascore.
 *
 * @module
 */
import { parseVerdictLabel } from '../../classify/classify.js';
import { readCount } from '../../parse/recognise.js';
import type { LineRow } from '../shared/rows.js';

/** The kinds of Fandango's lines; any other line is text. */
export type FandangoLineKind =
  | 'by'
  | 'full-review'
  | 'metascore'
  | 'verdict'
  | 'metascore-note'
  | 'synopsis-heading'
  | 'read-full-synopsis'
  | 'critic-ratings'
  | 'furniture';

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

/** The row table, in the order rows are tried. */
export const FANDANGO_LINES: readonly LineRow<FandangoLineKind>[] = [
  { kind: 'by', recognise: recogniseBy, examples: ['By Ty Burr', 'By Mick LaSalle'] },
  { kind: 'full-review', recognise: (text: string) => /^full review$/iu.test(text), examples: ['Full Review'] },
  { kind: 'metascore', recognise: recogniseMetascore, examples: ['86 out of 100'] },
  { kind: 'verdict', recognise: parseVerdictLabel, examples: ['Universal acclaim', 'Generally favorable reviews'] },
  { kind: 'metascore-note', recognise: recogniseMetascoreNote, examples: ['Metascore® based on all critic reviews. Scores range from 0 to 100, with higher scores indicating more favorable reviews.'] },
  { kind: 'read-full-synopsis', recognise: (text: string) => /^read full synopsis$/iu.test(text), examples: ['Read Full Synopsis'] },
  { kind: 'synopsis-heading', recognise: (text: string) => /^(.+) synopsis$/iu.exec(text)?.[1], examples: ['Slumdog Millionaire Synopsis'] },
  { kind: 'critic-ratings', recognise: recogniseCriticRatings, examples: ['Critic Ratings', 'Critic Ratings: 39'] },
  { kind: 'furniture', recognise: (text: string) => /^(?:movie reviews|critic reviews|user reviews|fan reviews|audience reviews)$/iu.test(text), examples: ['Movie Reviews', 'Fan Reviews'] },
];
