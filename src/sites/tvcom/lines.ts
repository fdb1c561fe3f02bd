/**
 * tv.com's line table, for its movie pages, which print Metacritic's critics
 * under "Metacritic Score" beside tv.com's own user rating.
 *
 * @module
 */
import type { LineRow } from '../shared/rows.js';

/** The kinds of tv.com's lines; any other line is text. */
export type TvComLineKind = 'released' | 'user-rating' | 'summary-heading' | 'metacritic-heading' | 'score-bullet';

/** `MGM Released 1968`, `Released 1968`: the studio (where printed) and the year. */
export function recogniseReleased(text: string): { readonly studio: string | null; readonly year: string } | undefined {
  const match = /^(?:(.{1,60}) )?released (\d{4})$/iu.exec(text);
  return match ? { studio: match[1] ?? null, year: match[2] ?? '' } : undefined;
}

/** `• 100`, or `100` in a browser's copy that drops the bullets: a critic's score. */
export function recogniseScoreBullet(text: string): number | undefined {
  const match = /^(?:• )?(\d{1,3})$/u.exec(text);
  return match ? Number(match[1]) : undefined;
}

/** tv.com's own user rating and its links: `User Score: 0`, `out of 10`, `User Rating`, `8 votes`, `By TV.com Users`, `Write A Review`, `No Editor`. */
const USER_RATING = /^(?:user score: ?\d{1,2}(?:\.\d)?|out of 10|user rating|\d[\d,]* votes?|by tv\.com users|write a review|no editor)$/iu;

/** The row table, in the order rows are tried. */
export const TVCOM_LINES: readonly LineRow<TvComLineKind>[] = [
  { kind: 'released', recognise: recogniseReleased, examples: ['MGM Released 1968', 'Released 2004'] },
  { kind: 'user-rating', recognise: (text: string) => USER_RATING.test(text), examples: ['User Score: 0', 'out of 10', 'User Rating', '8 votes', 'By TV.com Users', 'Write A Review', 'No Editor'] },
  { kind: 'summary-heading', recognise: (text: string) => /^(movie|show|episode) summary$/iu.exec(text)?.[1]?.toLowerCase(), examples: ['Movie Summary'] },
  { kind: 'metacritic-heading', recognise: (text: string) => /^metacritic score$/iu.test(text), examples: ['Metacritic Score'] },
  { kind: 'score-bullet', recognise: recogniseScoreBullet, examples: ['• 100', '• 40', '60'] },
];
