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

/** `80`, `6`, `100`: a bare whole number of one to three digits. */
export function recogniseBareNumber(text: string): number | undefined {
  // Told apart by its length and first character before any pattern is tried.
  return text.length <= 3 && isDigit(text.charCodeAt(0)) && /^\d{1,3}$/u.test(text) ? Number(text) : undefined;
}

/** True for the character code of an ASCII digit, 0-9. */
export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
