/**
 * A JSON line of any size the parser can read: `JSON.stringify` when the text
 * fits in one string, else the same text in pieces, written one after
 * another (a page of millions of reviews has more JSON than a string holds).
 * The characters other programs take as line ends, which JSON allows raw
 * (U+0085, U+2028, U+2029: in a file name, a URL or a page's text), are
 * written as `\u` escapes, so one value is always one line.
 */

/** The line ends other than `\n` and `\r` (which JSON escapes itself): NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
const LINE_ENDS = /[\u0085\u2028\u2029]/gu;

/**
 * Whether `text` holds a line end that JSON leaves raw. A page's JSON holds
 * none unless its text, file name or URL does (every other string in it is
 * the library's own): asking that of the text costs less than asking it of
 * the JSON, which `JSON.stringify` builds in parts that a search would first
 * copy into one string.
 */
export function holdsLineEnds(text: string): boolean {
  return text.includes('\u2028') || text.includes('\u2029') || text.includes('\u0085');
}

/** JSON text with its line-end characters escaped: the same value, on one line for every reader. */
function escapeLineEnds(json: string): string {
  return json.replace(LINE_ENDS, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Pieces of at least this many characters (but the last) when the JSON is written in pieces. */
const PIECE_CHARS = 1 << 20;
/** An array this long is written element by element at once, without first trying it whole. */
const LONG_ARRAY = 10_000;

/**
 * `value` as one line of JSON ending with a newline: one string, or, when
 * `JSON.stringify` cannot make a string that long, pieces that joined are
 * the same text. `lineEnds: false` says no string in `value` holds U+0085,
 * U+2028 or U+2029 (see {@link holdsLineEnds}), so none is looked for.
 */
export function jsonLine(value: unknown, lineEnds = true): string | readonly string[] {
  try {
    const json = JSON.stringify(value);
    return `${lineEnds ? escapeLineEnds(json) : json}\n`;
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
  }
  return jsonPieces(value, PIECE_CHARS, lineEnds);
}

/**
 * `value`'s JSON text and a newline, in pieces of about `pieceChars`
 * characters: the same text as {@link jsonLine} gives, were a string long
 * enough. Its elements or properties are each tried whole, then their own.
 */
export function jsonPieces(value: unknown, pieceChars: number, lineEnds = true): readonly string[] {
  const pieces: string[] = [];
  let current = '';
  const emit = (text: string): void => {
    current += lineEnds ? escapeLineEnds(text) : text;
    if (current.length >= pieceChars) {
      pieces.push(current);
      current = '';
    }
  };
  // The value as a whole was tried already: its parts are.
  write(value, emit, false);
  pieces.push(`${current}\n`);
  return pieces;
}

/** Whether JSON leaves the value out of an object (and writes `null` for it in an array). */
function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** Writes `value`'s JSON: whole when `JSON.stringify` can hold it, else its elements or properties one by one. */
function write(value: unknown, emit: (text: string) => void, tryWhole: boolean): void {
  if (isOmitted(value)) {
    emit('null');
    return;
  }
  // A long array is not tried whole: its elements are written one by one at once.
  if (tryWhole && !(Array.isArray(value) && value.length >= LONG_ARRAY)) {
    try {
      emit(JSON.stringify(value));
      return;
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
    }
  }
  if (Array.isArray(value)) {
    emit('[');
    value.forEach((item, index) => {
      if (index > 0) emit(',');
      write(item, emit, true);
    });
    emit(']');
    return;
  }
  // Only an array's or an object's JSON can be too long for a string: its own enumerable properties, in order.
  emit('{');
  let first = true;
  for (const [key, item] of Object.entries(value as object)) {
    if (isOmitted(item)) continue;
    emit(`${first ? '' : ','}${JSON.stringify(key)}:`);
    write(item, emit, true);
    first = false;
  }
  emit('}');
}
