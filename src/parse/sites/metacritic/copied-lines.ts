/**
 * Lines as people copy them: what a browser's copy of a page leaves of its
 * bulleted lines (`72 Metascore`, `80 Critic Score`, `Network: NBC`, with no
 * `• `), and the list markers other tools write instead of the page's own
 * (`* `, `- `, `◦ ` for a bullet, `1) ` for a number), made the page's own once,
 * before the lines are classified.
 *
 * @module
 */
import { cutLines, type LineTable } from '../../engine/lines.js';
import { isDigit } from '../../text/numbers.js';
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

/**
 * A line's start as another tool writes a list marker: spaces, then `* `,
 * `- `, `◦ `, `‣ `, `▪ ` (a bullet) or `12) ` (a number).
 *   ^[ \t\u00a0]*          the indentation
 *   (?:([*◦‣▪-])|\d{1,4}\))   a bullet character, or a number and its ")"
 *   (?= [ \t]*\S)          followed by a space and the item's text (a `-` with trailing spaces is a line's text)
 */
const OTHER_MARKER = /^[ \t\u00a0]*(?:([*◦‣▪-])|\d{1,4}\))(?= [ \t]*\S)/gmu;

/**
 * The lines of a page copied through a tool that writes list markers of its
 * own (a plain-text copy from Firefox writes `* `; editors `- `, `◦ `, `1) `),
 * with each marker made the page's own (`• `, `1. `), one character for one,
 * so offsets, lines and columns still point into the caller's text. Lines with
 * no such marker, and a page with none, are returned as they are.
 *
 * @param lines - The page's lines.
 * @returns The same lines, or the lines of the text with the page's markers.
 *
 * @example
 * ```ts
 * normaliseListMarkers(cutLines('  * 72 Metascore\n  1) Reviewed by: Ty Burr')).text(0); //=> '• 72 Metascore'
 * ```
 */
export function normaliseListMarkers(lines: LineTable): LineTable {
  const { input } = lines;
  if (!hasOtherMarker(lines)) return lines;
  OTHER_MARKER.lastIndex = 0;
  const rewritten = input.replace(OTHER_MARKER, (marker, bullet: string | undefined) =>
    bullet === undefined ? `${marker.slice(0, -1)}.` : `${marker.slice(0, -1)}•`,
  );
  // A marker with no text after it (a `-` with trailing spaces) is none: the lines stay as they are.
  return rewritten === input ? lines : cutLines(rewritten);
}

/**
 * True when some line of `lines` starts as {@link OTHER_MARKER} matches: told
 * from each line's first character, which the line table knows (a marker's
 * bullet, or a digit: then one to four of them and a `)`), and for the few
 * lines that begin so, from the space after the marker and the indentation
 * before it (spaces, tabs and no-break spaces only, as the pattern's; not a
 * zero-width space or a leading byte-order mark, which the table's
 * indentation takes in). A text with a line break of its own (`\u2028`,
 * `\u2029`, where the pattern's `^` matches too but no line is cut) or
 * another rare space is searched by the pattern itself.
 */
function hasOtherMarker(lines: LineTable): boolean {
  const { input } = lines;
  OTHER_MARKER.lastIndex = 0;
  if (lines.rareSpaces) return OTHER_MARKER.test(input);
  const { count, starts, textStarts } = lines;
  for (let line = 0; line < count; line++) {
    const first = textStarts[line] as number;
    const code = input.charCodeAt(first);
    let end = first + 1;
    if (isDigit(code)) {
      while (end < first + 5 && isDigit(input.charCodeAt(end))) end++;
      if (end === first + 5 || input.charCodeAt(end) !== 0x29) continue;
      end++;
    } else if (!(code === 0x2a || code === 0x2d || code === 0x25e6 || code === 0x2023 || code === 0x25aa)) continue;
    if (input.charCodeAt(end) === 0x20 && isIndentation(input, starts[line] as number, first)) return true;
  }
  return false;
}

/** True when the text from `start` to `end` holds nothing but the pattern's indentation: spaces, tabs, no-break spaces. */
function isIndentation(input: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    const code = input.charCodeAt(at);
    if (code !== 0x20 && code !== 0x09 && code !== 0xa0) return false;
  }
  return true;
}
