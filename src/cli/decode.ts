/**
 * The command's reading of a file's bytes as text (the library's parse takes
 * strings), and what it refuses to read as a page (a binary file, one above its
 * size cap): UTF-8, or UTF-16 when a byte-order mark or its first characters
 * say so; bytes that are not
 * valid UTF-8 are read as Windows-1252 (what "ANSI" and "Latin-1" files on
 * Windows and older sites are), with a diagnostic saying so, so that
 * "clichés" stays "clichés" and the reader knows the text was guessed.
 */
import { DIAGNOSTIC_CODES, type Diagnostic } from '../types/diagnostic.js';
import type { Point } from '../types/source.js';

/** A file's text, and how it was read. */
export interface DecodedText {
  readonly text: string;
  /** `utf-8` (with or without a byte-order mark, which the text keeps), `utf-16le`, `utf-16be` or `windows-1252`. */
  readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** For text read as Windows-1252: the warning, placed at the first byte that is not UTF-8. */
  readonly diagnostic?: Diagnostic;
}

/**
 * The characters of bytes 0x80 to 0x9F in Windows-1252 (as the WHATWG
 * Encoding Standard maps them: the five it leaves undefined stay U+0081,
 * U+008D, U+008F, U+0090 and U+009D).
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * The default of the command's --max-page-mb, the most bytes it reads of a file that is one page: 64 MiB, some four
 * times the largest page seen (2 million reviews, 16 MB), so that a file read as one page stays under 200 MB of memory
 * (a gzip of 2 GB of one line: 154 MB at 64 MiB, 394 MB at 256).
 */
export const DEFAULT_MAX_PAGE_BYTES: number = 64 * 1024 * 1024;

/** Bytes from the start of a file in which a NUL byte says it is binary. */
const BINARY_PROBE = 8192;

/**
 * A test of whether a file is binary (an image, an archive) rather than the
 * text of a page, told by its first bytes: fed the file's bytes in order, all
 * at once or chunk by chunk, it answers `true` for the chunk in which a NUL
 * byte shows among the file's first 8 KiB, unless the file opens as UTF-16
 * does (UTF-16 text holds zero bytes): with its byte-order mark, or with text
 * characters and zero bytes in turn. The command refuses such a
 * file (status 5), as the playground does.
 */
export function binaryTest(): (chunk: Uint8Array) => boolean {
  let length = 0;
  let utf16 = false;
  return (chunk) => {
    if (length === 0) utf16 = utf16Of(chunk) !== undefined;
    const binary = !utf16 && length < BINARY_PROBE && chunk.subarray(0, BINARY_PROBE - length).includes(0);
    length += chunk.length;
    return binary;
  };
}

/**
 * The UTF-16 byte order of the bytes: the one a byte-order mark opening them
 * says (FF FE little-endian, FE FF big-endian), or, without a mark, the one
 * their first characters show (see {@link utf16Unmarked}); `undefined` for
 * bytes that are not UTF-16.
 */
function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return utf16Unmarked(bytes);
}

/** The characters of unmarked UTF-16 that tell it: the first four. */
const UNMARKED_CHARACTERS = 4;

/**
 * UTF-16 without a byte-order mark (as `iconv -t UTF-16LE` and some Windows
 * tools write it), told by its first four characters: each below U+0100 and
 * not a control but a tab or a line break, so every other byte is zero (the
 * second of each pair little-endian, the first big-endian) and the other a
 * text character. A page's text opens so; a binary file almost never does.
 */
function utf16Unmarked(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 2 * UNMARKED_CHARACTERS) return undefined;
  const isText = (byte: number): boolean => byte >= 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
  for (const [order, zero] of [
    ['utf-16le', 1],
    ['utf-16be', 0],
  ] as const) {
    let characters = 0;
    while (characters < UNMARKED_CHARACTERS && bytes[characters * 2 + zero] === 0 && isText(bytes[characters * 2 + 1 - zero] ?? 0)) characters += 1;
    if (characters === UNMARKED_CHARACTERS) return order;
  }
  return undefined;
}

/**
 * Reads bytes as text: UTF-16 after its byte-order mark (the mark dropped),
 * or UTF-16 whose first characters show it without a mark; else UTF-8 (a UTF-8 mark kept, as the parser expects it); else, when the
 * bytes are not valid UTF-8, Windows-1252, one character a byte, with a
 * `not-utf-8` warning at the first byte that is not UTF-8.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const utf16 = utf16Of(bytes);
  if (utf16 !== undefined) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: below.
  }
  // Latin-1, then Windows-1252's own characters for 0x80-0x9F (Node's 'windows-1252' decoder gives Latin-1's controls there).
  const text = new TextDecoder('latin1')
    .decode(bytes)
    .replace(/[\u0080-\u009f]/gu, (character) => WINDOWS_1252_HIGH[character.charCodeAt(0) - 0x80] ?? character);
  // Windows-1252 gives one UTF-16 unit per byte, so the byte's offset is the character's.
  const offset = firstInvalidUtf8(bytes);
  const byte = bytes[offset] ?? 0;
  const diagnostic: Diagnostic = {
    code: 'not-utf-8',
    severity: DIAGNOSTIC_CODES['not-utf-8'].severity,
    message: `The text is not valid UTF-8 (byte 0x${byte.toString(16).padStart(2, '0')} at offset ${offset}); it was read as Windows-1252.`,
    span: { start: pointAt(text, offset), end: pointAt(text, Math.min(offset + 1, text.length)) },
  };
  return { text, encoding: 'windows-1252', diagnostic };
}

/**
 * The diagnostics of a parse of `decoded.text`, with the decoding's warning
 * (if any) among them in order of offset (after those at its offset).
 */
export function withDecodingDiagnostic(diagnostics: readonly Diagnostic[], decoded: Pick<DecodedText, 'diagnostic'>): readonly Diagnostic[] {
  const added = decoded.diagnostic;
  if (added === undefined) return diagnostics;
  const at = diagnostics.findIndex((diagnostic) => diagnostic.span.start.offset > added.span.start.offset);
  return at === -1 ? [...diagnostics, added] : [...diagnostics.slice(0, at), added, ...diagnostics.slice(at)];
}

/** The offset of the first byte that does not begin or continue a valid UTF-8 sequence (the bytes are known to hold one). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let at = 0;
  while (at < bytes.length) {
    const lead = bytes[at] ?? 0;
    // The sequence's length, and the range its second byte must lie in (no overlong forms, no surrogates, none past U+10FFFF).
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead < 0x80) length = 1;
    else if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return at;
    for (let next = 1; next < length; next++) {
      const byte = bytes[at + next];
      if (byte === undefined) return at;
      if (next === 1 ? byte < low || byte > high : byte < 0x80 || byte > 0xbf) return at;
    }
    at += length;
  }
  return at;
}

/** The 1-based line and column of `offset` in `text`, lines ending at LF, CRLF or CR. */
function pointAt(text: string, offset: number): Point {
  let line = 1;
  let lineStart = 0;
  for (let at = 0; at < offset; at++) {
    const code = text.charCodeAt(at);
    if (code === 10 || (code === 13 && text.charCodeAt(at + 1) !== 10)) {
      line += 1;
      lineStart = at + 1;
    }
  }
  return { line, column: offset - lineStart + 1, offset };
}
