/**
 * Numbers as review pages print them: counts with thousands separators
 * ("1,095") and bare scores ("80"), read the same way by every site.
 *
 * @module
 */

/** Reads "1,095" or "1095" as 1095. */
export function readCount(digits: string): number {
  // Most counts have no separator: then no string is rebuilt.
  return Number(digits.includes(',') ? digits.replaceAll(',', '') : digits);
}

/**
 * {@link readCount} of the digits and thousands separators `input` holds from
 * `start` to `end`, read in place: with at most 15 digits (every such number
 * exact in a double) by character codes, with no string made; a longer run
 * as {@link readCount} reads it, so that its rounding (or `Infinity`) is the same.
 *
 * @example
 * ```ts
 * readCountAt('based on 1,095 Critics', 9, 14); //=> 1095
 * ```
 */
export function readCountAt(input: string, start: number, end: number): number {
  let number = 0;
  let digits = 0;
  for (let at = start; at < end; at++) {
    const code = input.charCodeAt(at);
    if (code === 0x2c) continue;
    number = number * 10 + code - 0x30;
    digits++;
  }
  return digits <= 15 ? number : readCount(input.slice(start, end));
}

/** `80`, `6`, `100`: a bare whole number of one to three digits. */
export function recogniseBareNumber(text: string): number | undefined {
  return recogniseBareNumberAt(text, 0, text.length);
}

/** {@link recogniseBareNumber} of the text `input` holds from `start` to `end`, read by character codes. */
export function recogniseBareNumberAt(input: string, start: number, end: number): number | undefined {
  if (end === start || end - start > 3) return undefined;
  let number = 0;
  for (let at = start; at < end; at++) {
    const code = input.charCodeAt(at);
    if (!isDigit(code)) return undefined;
    number = number * 10 + code - 0x30;
  }
  return number;
}

/** True for the character code of an ASCII digit, 0-9. */
export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
