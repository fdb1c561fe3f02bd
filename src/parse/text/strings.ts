/**
 * Text as every site's readers keep it and quote it: runs of spaces collapsed,
 * and a line cut to a length fit for a message.
 *
 * @module
 */

/**
 * Runs of spaces as one space, ends trimmed: for text taken from lines, in
 * which every whitespace character is already a plain space.
 */
export function collapse(text: string): string {
  // Most text has only single spaces: searching for a run first, so "a - based on a - ..."
  // over a megabyte is not rebuilt space by space. The pattern finds one faster than
  // `includes('  ')` does (V8 steps over the text two characters at a time).
  return (DOUBLE_SPACE.test(text) ? text.replace(/ {2,}/gu, ' ') : text).trim();
}

/** Two spaces in a row. */
const DOUBLE_SPACE = / {2}/u;

/** A line's text cut to a length fit for a one-sentence message. */
export function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * True when `input` ends with no line break after its last line (spaces and tabs aside): a
 * truncated page's text, cut wherever its crawl stopped, rather than a whole file's.
 *
 * @example
 * ```ts
 * endsWithoutLineBreak('90\nVarietyOwen Gleiberman'); //=> true
 * endsWithoutLineBreak('90\nVarietyOwen Gleiberman\n'); //=> false
 * ```
 */
export function endsWithoutLineBreak(input: string): boolean {
  let at = input.length - 1;
  while (at >= 0 && (input.charCodeAt(at) === 0x20 || input.charCodeAt(at) === 0x09)) at--;
  return at >= 0 && input.charCodeAt(at) !== 0x0a && input.charCodeAt(at) !== 0x0d;
}

/**
 * True when `text`'s last word ends a sentence rather than a name: a lower-case letter before a
 * full stop (`Electric.`, `... a marvel.`), or `!`, `?` or `…` at its end (`Wow!`); a name's last
 * full stop follows a capital, its initial (`DavidS.`, `Dr. Marvin C.`). With `closingQuote`, one
 * closing quote or bracket may follow (`... "hammy."`).
 *
 * @example
 * ```ts
 * endsSentenceWord('Electric.'); //=> true
 * endsSentenceWord('DavidS.'); //=> false
 * endsSentenceWord('Simply "hammy."', true); //=> true
 * ```
 */
export function endsSentenceWord(text: string, closingQuote = false): boolean {
  const end = closingQuote && CLOSING_QUOTES.includes(text.charAt(text.length - 1)) ? text.length - 1 : text.length;
  return SENTENCE_WORD.test(end === text.length ? text : text.slice(0, end));
}

const SENTENCE_WORD = /(?:\p{Ll}\.|[!?…])$/u;
const CLOSING_QUOTES = '"\'”’)';
