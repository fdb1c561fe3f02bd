/**
 * One normalisation of critic, publication and user names, so that the same
 * name read from different pages is one key.
 *
 * @module
 */
import { describeValue } from './validate.js';

/** Characters that print nothing: soft hyphen, zero-width space, word joiner, byte-order mark. */
const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/gu;
/** Each run of whitespace, no-break spaces included (`\s` covers U+00A0, U+202F, U+3000 …): linear. */
const WHITESPACE = /\s+/gu;
/** One apostrophe-like character: ‘ ’ ‛ ʼ ′ ＇ ` ´. */
const APOSTROPHE = /[\u2018\u2019\u201B\u02BC\u2032\uFF07\u0060\u00B4]/gu;
/** The uncredited mark the site appends to "Staff", compared lower-cased. */
const NOT_CREDITED = '[not credited]';
/** The key of an uncredited staff byline before it is qualified by its publication. */
const STAFF = 'staff';

/** Drops one trailing "[Not Credited]" mark (any case) from a trimmed, single-spaced name. */
function dropNotCredited(name: string): string {
  if (name.length < NOT_CREDITED.length) return name;
  const tail = name.slice(name.length - NOT_CREDITED.length);
  return tail.toLowerCase() === NOT_CREDITED ? name.slice(0, name.length - NOT_CREDITED.length).trimEnd() : name;
}

/**
 * The printed form of a name, cleaned but not folded: Unicode NFC, invisible
 * characters removed, whitespace runs as one space, trimmed, and a trailing
 * "[Not Credited]" mark dropped.
 *
 * @internal
 */
export function cleanName(name: string): string {
  return dropNotCredited(name.normalize('NFC').replace(INVISIBLE, '').replace(WHITESPACE, ' ').trim());
}

/**
 * Drops trailing full stops and "[Not Credited]" marks, with the spaces
 * between them ("DavidS." → "DavidS", "Staff [Not Credited]." → "Staff"),
 * unless nothing else is left. Each round removes at least one character.
 */
function dropTrailingMarks(name: string): string {
  let current = name;
  for (;;) {
    let end = current.length;
    while (end > 0 && (current.charCodeAt(end - 1) === 0x2e || current.charCodeAt(end - 1) === 0x20)) end -= 1;
    if (end === 0) return current;
    const next = dropNotCredited(current.slice(0, end));
    if (next === current) return current;
    current = next;
  }
}

/**
 * Returns the key a name is matched by, so that one person or publication
 * printed in different ways on different pages is one key.
 *
 * The steps, in order:
 *
 * 1. Unicode NFC (a precomposed "é" and "e" + U+0301 are one letter).
 * 2. Invisible characters are removed: soft hyphen U+00AD, zero-width space
 *    U+200B, word joiner U+2060, byte-order mark U+FEFF.
 * 3. Every run of whitespace, no-break spaces (U+00A0, U+202F) and other
 *    Unicode spaces included, becomes one space; the result is trimmed.
 * 4. Trailing "[Not Credited]" marks (any case) and trailing full stops are
 *    dropped, with the spaces between them: "Staff [Not Credited]" = "Staff",
 *    "DavidS." = "DavidS". A name of nothing but full stops is kept. Inner
 *    stops stay ("V.A. Musetto").
 * 5. Case is folded: lower-cased, upper-cased, lower-cased again, then NFC
 *    again, which matches "STRASSE", "Straße" and "STRAẞE" and is independent
 *    of the locale.
 * 6. Apostrophe-like characters become "'": ‘ ’ ‛ ʼ ′ ＇ ` ´ (so O’Hehir = O'Hehir).
 *
 * The key of a key is itself.
 *
 * Every string is a plain name: `__proto__`, `constructor` and `toString` are
 * keys like any other (look keys up in a `Map`, never in a plain object). A name
 * that is empty after these steps gives `''`; the summaries treat it as no name.
 * Uncredited staff are qualified by their publication in
 * {@link normalizeCriticName}, not here.
 *
 * @param name - A name as printed.
 * @returns The key: lower-case, NFC, single-spaced, trimmed.
 * @throws `TypeError` when `name` is not a string.
 *
 * @example
 * ```ts
 * normalizeName('Andrew O’Hehir');
 * //=> "andrew o'hehir"
 * normalizeName('  DavidS.\u00a0');
 * //=> 'davids'
 * normalizeName('Staff [Not Credited]');
 * //=> 'staff'
 * normalizeName('__proto__');
 * //=> '__proto__'
 * ```
 */
export function normalizeName(name: string): string {
  const value: unknown = name;
  if (typeof value !== 'string') {
    throw new TypeError(`normalizeName: name must be a string; got ${describeValue(value)}.`);
  }
  const folded = dropTrailingMarks(cleanName(value)).toLowerCase().toUpperCase().toLowerCase().normalize('NFC');
  // Apostrophes last: folding can make one ("ŉ" upper-cases to "ʼN").
  return folded.replace(APOSTROPHE, "'");
}

/**
 * Returns the key a critic is matched by: {@link normalizeName} of the name,
 * except for uncredited staff.
 *
 * "Staff" and "Staff [Not Credited]" stand for whoever wrote for a publication
 * without a byline: the staff of different publications are different people.
 * So a name whose key is `staff` is qualified by the publication's key when
 * the publication is known and has a non-empty key: `staff (boston globe)`. The
 * staff of an unknown publication share the key `staff`. A byline printed as
 * "Staff (Boston Globe)" gets the same key as Staff of the Boston Globe.
 *
 * @param name - The critic's name as printed.
 * @param publication - The review's publication, `null` or omitted when unknown.
 * @returns The critic's key.
 * @throws `TypeError` when `name` is not a string or `publication` is not a string, `null` or `undefined`.
 *
 * @example
 * ```ts
 * normalizeCriticName('Staff', 'Boston Globe');
 * //=> 'staff (boston globe)'
 * normalizeCriticName('Staff [Not Credited]');
 * //=> 'staff'
 * normalizeCriticName('V.A.  Musetto', 'New York Post');
 * //=> 'v.a. musetto'
 * ```
 */
export function normalizeCriticName(name: string, publication?: string | null): string {
  const given: unknown = publication;
  if (given !== undefined && given !== null && typeof given !== 'string') {
    throw new TypeError(`normalizeCriticName: publication must be a string, null or undefined; got ${describeValue(given)}.`);
  }
  const key = normalizeName(name);
  if (key !== STAFF || typeof given !== 'string') return key;
  const publicationKey = normalizeName(given);
  return publicationKey === '' ? key : `${STAFF} (${publicationKey})`;
}

/**
 * The display form of a critic: the cleaned name, and for staff of a known
 * publication "Staff (Publication)", matching {@link normalizeCriticName}.
 *
 * @internal
 */
export function criticDisplayName(name: string, publication: string | null): string {
  const cleaned = cleanName(name);
  if (publication === null || normalizeName(cleaned) !== STAFF) return cleaned;
  const publicationName = cleanName(publication);
  return normalizeName(publicationName) === '' ? cleaned : `${cleaned} (${publicationName})`;
}
