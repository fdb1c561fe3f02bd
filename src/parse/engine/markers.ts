/**
 * The list markers other tools write in place of a crawled page's own: a
 * plain-text copy from Firefox writes `* ` for a bullet, editors `- `, `◦ `,
 * `‣ `, `▪ ` and `1) `. {@link normaliseListMarkers} makes them the page's own
 * (`• `, `1. `), one character for one, before a site classifies the lines.
 *
 * @module
 */
import { isDigit } from '../text/numbers.js';
import { cutLines, type LineTable } from './lines.js';

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
 * @param numbers - Whether `12) ` becomes `12. ` too: true for a site whose pages number their items; a site whose
 *   pages only bullet them leaves a line that begins `1) ` as its text.
 * @returns The same lines, or the lines of the text with the page's markers.
 *
 * @example
 * ```ts
 * normaliseListMarkers(cutLines('  * 72 Metascore\n  1) Reviewed by: Ty Burr')).text(0); //=> '• 72 Metascore'
 * normaliseListMarkers(cutLines('- 100\n1) Bold.'), false).text(1); //=> '1) Bold.'
 * ```
 */
export function normaliseListMarkers(lines: LineTable, numbers = true): LineTable {
  const { input } = lines;
  if (!hasOtherMarker(lines, numbers)) return lines;
  OTHER_MARKER.lastIndex = 0;
  const rewritten = input.replace(OTHER_MARKER, (marker, bullet: string | undefined) =>
    bullet !== undefined ? `${marker.slice(0, -1)}•` : numbers ? `${marker.slice(0, -1)}.` : marker,
  );
  // A marker with no text after it (a `-` with trailing spaces) is none: the lines stay as they are.
  return rewritten === input ? lines : cutLines(rewritten);
}

/**
 * True when some line of `lines` starts as {@link OTHER_MARKER} matches (a
 * numbered line only when `numbers`): told from each line's first character,
 * which the line table knows (a marker's bullet, or a digit: then one to four
 * of them and a `)`), and for the few lines that begin so, from the space
 * after the marker and the indentation before it (spaces, tabs and no-break
 * spaces only, as the pattern's; not a zero-width space or a leading
 * byte-order mark, which the table's indentation takes in). A text with a
 * line break of its own (`\u2028`, `\u2029`, where the pattern's `^` matches
 * too but no line is cut) or another rare space is searched by the pattern
 * itself.
 */
function hasOtherMarker(lines: LineTable, numbers: boolean): boolean {
  const { input } = lines;
  OTHER_MARKER.lastIndex = 0;
  if (lines.rareSpaces) return OTHER_MARKER.test(input);
  const { count, starts, textStarts } = lines;
  for (let line = 0; line < count; line++) {
    const first = textStarts[line] as number;
    const code = input.charCodeAt(first);
    let end = first + 1;
    if (isDigit(code)) {
      if (!numbers) continue;
      while (end < first + 5 && isDigit(input.charCodeAt(end))) end++;
      if (end === first + 5 || input.charCodeAt(end) !== 0x29) continue;
      end++;
    } else if (!isOtherBullet(code)) continue;
    if (input.charCodeAt(end) === 0x20 && isIndentation(input, starts[line] as number, first)) return true;
  }
  return false;
}

/** True when `code` is a bullet another tool writes: `*`, `-`, `◦`, `‣`, `▪` (as {@link OTHER_MARKER} has them). */
function isOtherBullet(code: number): boolean {
  return code === 0x2a || code === 0x2d || code === 0x25e6 || code === 0x2023 || code === 0x25aa;
}

/**
 * A line's trimmed text with its bullet made the page's own: `* , Fresh Tomatometer Score` (another tool's
 * bullet and its space) is `• , Fresh Tomatometer Score`, as {@link normaliseListMarkers} makes it; any other text
 * is returned as it is. For a site's claim, which looks at a few lines before any are rewritten.
 *
 * @example
 * ```ts
 * withPageBullet('- , Fresh Tomatometer Score'); //=> '• , Fresh Tomatometer Score'
 * withPageBullet('-5 degrees');                  //=> '-5 degrees'
 * ```
 */
export function withPageBullet(text: string): string {
  return isOtherBullet(text.charCodeAt(0)) && text.charCodeAt(1) === 0x20 && text.length > 2 ? `•${text.slice(1)}` : text;
}

/**
 * True when a line's trimmed text is a bullet alone, the page's own (`•`) or another tool's (`*`, `-`, `◦`, `‣`,
 * `▪`): an item whose text the page's end cut before its first word, or an empty item.
 *
 * @example
 * ```ts
 * isLoneBullet('*'); //=> true
 * isLoneBullet('**'); //=> false
 * ```
 */
export function isLoneBullet(text: string): boolean {
  return text.length === 1 && (text === '•' || isOtherBullet(text.charCodeAt(0)));
}

/** True when the text from `start` to `end` holds nothing but the pattern's indentation: spaces, tabs, no-break spaces. */
function isIndentation(input: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    const code = input.charCodeAt(at);
    if (code !== 0x20 && code !== 0x09 && code !== 0xa0) return false;
  }
  return true;
}
