/**
 * A JSON line of any size the parser can read: `JSON.stringify` when the
 * value is small, else the same text in pieces made as they are written (a
 * page of a million reviews is never one string of JSON: its reviews are
 * written one after another, and a page of millions has more JSON than a
 * string can hold). The characters JSON leaves raw that a terminal or a line
 * reader acts on (DEL, the C1 controls, U+0085 among them, U+2028, U+2029
 * and the bidirectional embeddings, overrides and isolates, in a file name,
 * a URL or a page's text) are written as `\u` escapes: the same value, safe
 * on a terminal, and always one line. (JSON escapes the C0 controls itself,
 * and a lone surrogate, since ES2019.)
 */

/** What JSON leaves raw and a terminal or a line reader acts on; see the module's comment. */
const RAW_CONTROLS = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
const RAW_CONTROLS_ALL = new RegExp(RAW_CONTROLS.source, 'gu');

/**
 * Whether `text` holds a character that JSON leaves raw and the command
 * writes as a `\u` escape. A page's JSON holds none unless its text, file
 * name or URL does (every other string in it is the library's own): asking
 * that of the text costs less than asking it of the JSON.
 */
export function holdsRawControls(text: string): boolean {
  return RAW_CONTROLS.test(text);
}

/** JSON text with its raw controls escaped: the same value, on one line for every reader and safe on a terminal. */
function escapeRawControls(json: string): string {
  return json.replace(RAW_CONTROLS_ALL, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Pieces of at least this many characters (but the last) when the JSON is written in pieces. */
const PIECE_CHARS = 1 << 20;
/** An array this long is written element by element, and so is what holds it: never first tried whole. */
const LONG_ARRAY = 10_000;
/** How deep {@link holdsLongArray} looks through objects (a record, its page, the page's user block). */
const LONG_ARRAY_DEPTH = 4;

/**
 * `value` as one line of JSON ending with a newline: one string for a value
 * that holds no long array; else pieces, made as they are taken, that joined
 * are the same text (also when `JSON.stringify` cannot make a string that
 * long). `escapes: false` says no string in `value` holds a raw control (see
 * {@link holdsRawControls}), so none is looked for.
 */
export function jsonLine(value: unknown, escapes = true): string | Iterable<string> {
  if (!holdsLongArray(value, LONG_ARRAY_DEPTH)) {
    try {
      const json = JSON.stringify(value);
      return `${escapes ? escapeRawControls(json) : json}\n`;
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
    }
  }
  return jsonPieces(value, PIECE_CHARS, escapes);
}

/**
 * `value`'s JSON text and a newline, in pieces of about `pieceChars`
 * characters, made as they are taken: the same text as `JSON.stringify`
 * gives (were a string long enough), escaped as {@link jsonLine} says. Its
 * elements or properties are each tried whole, then their own.
 */
export function* jsonPieces(value: unknown, pieceChars: number, escapes = true): Generator<string, void, undefined> {
  let current = '';
  // The value as a whole was tried already (or holds a long array): its parts are.
  for (const text of parts(value, false)) {
    current += escapes ? escapeRawControls(text) : text;
    if (current.length >= pieceChars) {
      yield current;
      current = '';
    }
  }
  yield `${current}\n`;
}

/** Whether an array of {@link LONG_ARRAY} elements or more is `value` or one of its properties', `depth` objects deep. */
function holdsLongArray(value: unknown, depth: number): boolean {
  if (Array.isArray(value)) return value.length >= LONG_ARRAY;
  if (typeof value !== 'object' || value === null || depth === 0) return false;
  for (const item of Object.values(value)) if (holdsLongArray(item, depth - 1)) return true;
  return false;
}

/** Whether JSON leaves the value out of an object (and writes `null` for it in an array). */
function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** `value`'s JSON in parts: whole when it holds no long array and `JSON.stringify` can hold it, else its elements or properties one by one. */
function* parts(value: unknown, tryWhole: boolean): Generator<string, void, undefined> {
  if (isOmitted(value)) {
    yield 'null';
    return;
  }
  if (tryWhole && !holdsLongArray(value, LONG_ARRAY_DEPTH)) {
    let whole: string | undefined;
    try {
      whole = JSON.stringify(value);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
    }
    if (whole !== undefined) {
      yield whole;
      return;
    }
  }
  if (Array.isArray(value)) {
    yield '[';
    for (const [index, item] of value.entries()) {
      if (index > 0) yield ',';
      yield* parts(item, true);
    }
    yield ']';
    return;
  }
  // Only an array's or an object's JSON can be too long for a string: its own enumerable properties, in order.
  yield '{';
  let first = true;
  for (const [key, item] of Object.entries(value as object)) {
    if (isOmitted(item)) continue;
    yield `${first ? '' : ','}${JSON.stringify(key)}:`;
    yield* parts(item, true);
    first = false;
  }
  yield '}';
}
