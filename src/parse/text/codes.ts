/**
 * Text read by character codes, in place: the tests the recognisers make of a
 * line where it stands in the page, with no string made for it.
 *
 * @module
 */

/** The Kelvin sign, which lower-cases to "k". */
export const KELVIN = 0x212a;

/** The long s, "ſ", an "s" to a case-blind regular expression. */
export const LONG_S = 0x17f;

/**
 * True when `input` holds `word` (ASCII, in lower case) at `at`, in any case:
 * a letter of the word is that letter in either case or, as lower-casing has
 * it, the Kelvin sign for a "k"; with `longS`, also "ſ" for an "s", as a
 * case-blind pattern reads it. The caller knows the word fits before the
 * line's end.
 *
 * @example
 * ```ts
 * [hasWordAt('• 72 METAſCORE', 5, 'metascore', true), hasWordAt('• 72 METAſCORE', 5, 'metascore', false)]; //=> [true, false]
 * ```
 */
export function hasWordAt(input: string, at: number, word: string, longS: boolean): boolean {
  for (let index = 0; index < word.length; index++) {
    const code = input.charCodeAt(at + index);
    const wanted = word.charCodeAt(index);
    if (
      code !== wanted &&
      !(wanted >= 0x61 && wanted <= 0x7a && (code === wanted - 0x20 || (wanted === 0x6b && code === KELVIN) || (longS && wanted === 0x73 && code === LONG_S)))
    )
      return false;
  }
  return true;
}

/** {@link hasWordAt}, case-blind with "ſ" for an "s", for a word that must also fit between `at` and `end`. */
export function hasWordBefore(input: string, at: number, end: number, word: string): boolean {
  return end - at >= word.length && hasWordAt(input, at, word, true);
}

/** {@link hasWordBefore} at the end of the text from `start` to `end`: the text ends with `word`. */
export function endsWithWord(input: string, start: number, end: number, word: string): boolean {
  return end - start >= word.length && hasWordAt(input, end - word.length, word, true);
}

/**
 * True for the code of a whitespace character as a pattern's `\s` has it
 * (the space told first, the others by the pattern).
 *
 * @example
 * ```ts
 * [isWhitespaceCode(0x20), isWhitespaceCode(0x2028), isWhitespaceCode(0x200b)]; //=> [true, true, false]
 * ```
 */
export function isWhitespaceCode(code: number): boolean {
  return code === 0x20 || ((code < 0x80 ? code >= 0x09 && code <= 0x0d : code >= 0xa0) && WHITESPACE.test(String.fromCharCode(code)));
}

/** One whitespace character, as a pattern's `\s`. */
const WHITESPACE = /\s/u;
