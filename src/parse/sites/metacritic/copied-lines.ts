/**
 * Lines as people copy them: what a browser's copy of a page leaves of its
 * bulleted lines (`72 Metascore`, `80 Critic Score`, `Network: NBC`, with no
 * `• `), and the list markers other tools write instead of the page's own
 * (`* `, `- `, `◦ ` for a bullet, `1) ` for a number), made the page's own once,
 * before the lines are classified (the engine's `normaliseListMarkers`, which
 * every site whose pages print list markers shares).
 *
 * @module
 */
export { normaliseListMarkers } from '../../engine/markers.js';
import { type ProfileLine, recogniseDetail, recogniseProfileLine, recogniseScoreBulletAt, type ScoreBullet } from './recognise.js';

/**
 * `80 Critic Score`, `25 Reviewed by` (the critic's name on the next line):
 * a profile block's score line with its bullet dropped. A number and a name
 * (`80 Sheri Linden`) is not taken here: bare, it reads as a review's text
 * ("93 minutes of punishment"), and only its place in a block settles it.
 *
 * @example
 * ```ts
 * recogniseBareScoreLine('40 Critic Score'); //=> { score: 40, by: { kind: 'critic-score' } }
 * recogniseBareScoreLine('93 minutes of punishment'); //=> undefined
 * ```
 */
export function recogniseBareScoreLine(text: string): ScoreBullet | undefined {
  return recogniseBareScoreLineAt(text, 0, text.length);
}

/** {@link recogniseBareScoreLine} of the line `input` holds from `start` to `end`, its score read in place. */
export function recogniseBareScoreLineAt(input: string, start: number, end: number): ScoreBullet | undefined {
  const found = recogniseScoreBulletAt(input, start, end);
  return found !== undefined && found.by.kind !== 'name' ? found : undefined;
}

/**
 * `75% higher than the average critic`: a profile's percentage line with its
 * bullet dropped.
 *
 * @example
 * ```ts
 * recogniseBarePercent('25% lower than the average critic'); //=> { kind: 'percent', relation: 'lower', value: 25 }
 * ```
 */
export function recogniseBarePercent(text: string): ProfileLine | undefined {
  if (!text.includes('% ')) return undefined;
  const found = recogniseProfileLine(`• ${text}`);
  return found?.kind === 'percent' ? found : undefined;
}

/**
 * The labels of a title's header details, as a page prints them ("Network",
 * "Record Label"), compared in lower case: bare, only these read as a detail,
 * so a review's "Verdict: a triumph." stays text.
 */
export const DETAIL_LABELS: ReadonlySet<string> = new Set([
  'network',
  'series premiere date',
  'season #',
  'record label',
  'release date',
  'starring',
  'summary',
  'genre',
  'genre(s)',
  'platform',
  'platforms',
  'also on',
  'publisher',
  'developer',
  'rating',
  'runtime',
  'director',
  'cast',
  '# of players',
  'studio',
]);

/**
 * The characters a bare detail's line can begin with: the first characters of
 * the {@link DETAIL_LABELS}, a letter in either case (lower-casing no other
 * character gives one of them), and the `#` of `# of players`, as the line
 * table's row has them (its test checks they are).
 */
export const BARE_DETAIL_FIRST = '#AaCcDdGgNnPpRrSs';

/**
 * `Network: NBC`, `Series Premiere Date: Dec 17, 2012`, `Record Label: Epic`:
 * a title's header detail with its bullet dropped, for the labels a page's
 * header has.
 *
 * @example
 * ```ts
 * recogniseBareDetail('Network: NBC'); //=> { label: 'Network', value: 'NBC' }
 * recogniseBareDetail('Verdict: a triumph.'); //=> undefined
 * ```
 */
export function recogniseBareDetail(text: string): { readonly label: string; readonly value: string } | undefined {
  return recogniseBareDetailAt(text, 0, text.length);
}

/** The lengths of the {@link DETAIL_LABELS}, by their first letter (in lower case). */
const LABEL_LENGTHS: ReadonlyMap<number, readonly number[]> = [...DETAIL_LABELS].reduce(
  (lengths, label) => lengths.set(label.charCodeAt(0), [...(lengths.get(label.charCodeAt(0)) ?? []), label.length]),
  new Map<number, number[]>(),
);

/**
 * {@link recogniseBareDetail} of the line `input` holds from `start` to
 * `end`: sliced only when a colon stands where one of the labels that begin
 * with its first letter ends (a label is ASCII, so lower-casing it keeps its
 * length).
 */
export function recogniseBareDetailAt(input: string, start: number, end: number): { readonly label: string; readonly value: string } | undefined {
  const lengths = LABEL_LENGTHS.get(input.charCodeAt(start) | 0x20);
  const found = lengths?.some((length) => input.charCodeAt(start + length) === 0x3a && start + length < end)
    ? recogniseDetail(input.slice(start, end))
    : undefined;
  return found !== undefined && DETAIL_LABELS.has(found.label.toLowerCase()) ? found : undefined;
}
