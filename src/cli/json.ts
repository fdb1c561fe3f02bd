/**
 * A JSON line of any size the parser can read: `JSON.stringify` when the text
 * fits in one string, else the same text in pieces, written one after
 * another (a page of millions of reviews has more JSON than a string holds).
 */

/** Pieces of at least this many characters (but the last) when the JSON is written in pieces. */
const PIECE_CHARS = 1 << 20;
/** An array this long is written element by element at once, without first trying it whole. */
const LONG_ARRAY = 10_000;

/**
 * `value` as one line of JSON ending with a newline: one string, or, when
 * `JSON.stringify` cannot make a string that long, pieces that joined are
 * the same text.
 */
export function jsonLine(value: unknown): string | readonly string[] {
  try {
    return `${JSON.stringify(value)}\n`;
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
  }
  return jsonPieces(value, PIECE_CHARS);
}

/**
 * `value`'s JSON text and a newline, in pieces of about `pieceChars`
 * characters: the same text as `JSON.stringify` gives, were a string long
 * enough. Its elements or properties are each tried whole, then their own.
 */
export function jsonPieces(value: unknown, pieceChars: number): readonly string[] {
  const pieces: string[] = [];
  let current = '';
  const emit = (text: string): void => {
    current += text;
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
