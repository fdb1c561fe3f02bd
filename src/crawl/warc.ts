/**
 * WARC records read as they stream in: the format web crawls publish (WARC/1.0
 * and 1.1; WET files are WARC files of "conversion" records that hold each
 * page's text). Plain or gzip-compressed, recognised by gzip's magic bytes.
 * Memory holds one record at a time, however large the file.
 */
import { decompressGzip, GzipDataError, isGzip } from './gzip.js';
import { iterateBytes, peekBytes, startsWithAscii, type ByteSource } from './source.js';

/**
 * One WARC record, its content decoded as UTF-8.
 *
 * @example
 * ```ts
 * const record: WarcRecord = {
 *   kind: 'record', type: 'conversion', url: 'https://www.metacritic.com/movie/pusher/critic-reviews',
 *   headers: { 'warc-type': 'conversion', 'content-length': '2875' }, content: 'Generally favorable reviews - ...',
 *   offset: 0, contentLength: 2875,
 * };
 * ```
 */
export interface WarcRecord {
  readonly kind: 'record';
  /** `WARC-Type`: `conversion` for a WET page's text, `warcinfo` for the file's own header, ...; `null` when absent. */
  readonly type: string | null;
  /** `WARC-Target-URI`, the page's address; `null` when absent (as on `warcinfo` records). */
  readonly url: string | null;
  /** Every header field, its name lower-cased (names are case-insensitive in WARC, as in HTTP); a repeated name keeps its first value. */
  readonly headers: Readonly<Record<string, string>>;
  /** The record's block decoded as UTF-8 (a malformed sequence becomes U+FFFD); a byte-order mark is kept. */
  readonly content: string;
  /** Offset of the record's first byte (`W` of `WARC/`) in the decompressed stream. */
  readonly offset: number;
  /** `Content-Length`: the block's length in bytes. */
  readonly contentLength: number;
}

/**
 * What can go wrong while reading a WARC stream. Each is reported once, as a
 * {@link WarcProblem} item, and reading goes on where it can:
 *
 * - `truncated-record`: the input ends inside a record (a file cut short); the record is not returned.
 * - `malformed-record`: bytes where a record should begin are not a WARC header, or a header has no
 *   valid `Content-Length`; they are skipped up to the next line that starts with `WARC/`.
 * - `record-too-large`: a record's block is longer than `maxRecordBytes`; it is skipped unread.
 * - `invalid-gzip`: gzip data that cannot be decompressed (cut short or corrupt); what came before is returned.
 *
 * @example
 * ```ts
 * const code: WarcProblemCode = 'truncated-record';
 * ```
 */
export type WarcProblemCode = 'truncated-record' | 'malformed-record' | 'record-too-large' | 'invalid-gzip';

/**
 * A problem met while reading a WARC stream, in stream order among the records.
 *
 * @example
 * ```ts
 * const problem: WarcProblem = {
 *   kind: 'problem', code: 'truncated-record', url: 'https://www.metacritic.com/movie/pusher',
 *   offset: 52113, message: 'The input ends 1,412 bytes into a record of 2,875 bytes.',
 * };
 * ```
 */
export interface WarcProblem {
  readonly kind: 'problem';
  readonly code: WarcProblemCode;
  /** One sentence that says what happened. */
  readonly message: string;
  /** The record's `WARC-Target-URI` when its header was read, else `null`. */
  readonly url: string | null;
  /** Offset in the decompressed stream where the problem begins. */
  readonly offset: number;
}

/**
 * Options of {@link readWarcRecords}.
 *
 * @example
 * ```ts
 * const options: ReadWarcOptions = { maxRecordBytes: 4 * 1024 * 1024 };
 * ```
 */
export interface ReadWarcOptions {
  /** The longest record block read into memory, in bytes; longer ones are skipped as `record-too-large`. Default 32 MiB. */
  readonly maxRecordBytes?: number;
}

const DEFAULT_MAX_RECORD_BYTES = 32 * 1024 * 1024;
/** A header block longer than this is not a WARC header. */
const MAX_HEADER_BYTES = 64 * 1024;
const CR = 13;
const LF = 10;
const WARC = 'WARC/';
/** A problem about bytes that are not a record quotes this many of them. */
const SAMPLE_BYTES = 64;

/**
 * Reads WARC records (WARC/1.0 or 1.1, as in WARC and WET files) from bytes as
 * they arrive, plain or gzip-compressed (told by the magic bytes 1f 8b; a
 * file of many gzip members, one per record, as crawls publish them). Yields
 * each record with its headers and its content decoded as UTF-8, and each
 * problem met on the way as a {@link WarcProblem}: nothing in the data throws.
 * Memory holds one record (and one chunk) at a time.
 *
 * @param source - The file's bytes: an (async) iterable of `Uint8Array` chunks or a web `ReadableStream`.
 * @param options - `maxRecordBytes`, the longest record read (default 32 MiB).
 * @returns The records and problems, in stream order.
 * @throws TypeError when `source` is not a byte source or an option is invalid; an error of the source itself (a failed read) is passed on.
 *
 * @example
 * ```ts
 * for await (const item of readWarcRecords(createReadStream('CC-MAIN-...-00000.warc.wet.gz'))) {
 *   if (item.kind === 'record' && item.type === 'conversion') console.log(item.url, item.content.length);
 *   if (item.kind === 'problem') console.error(item.code, item.message);
 * }
 * //=> https://www.metacritic.com/movie/pusher/critic-reviews 2875
 * ```
 */
export function readWarcRecords(source: ByteSource, options?: ReadWarcOptions): AsyncGenerator<WarcRecord | WarcProblem, void, undefined> {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  return readRecords(source, options, (raw) => ({
    kind: 'record',
    type: nonEmpty(raw.headers['warc-type']),
    url: targetOf(raw.headers),
    headers: raw.headers,
    content: decoder.decode(raw.block),
    offset: raw.offset,
    contentLength: raw.contentLength,
  }));
}

/** A WARC record with its block as bytes, undecoded: for handing on to another thread. */
export interface WarcBlock {
  readonly kind: 'block';
  readonly type: string | null;
  readonly url: string | null;
  readonly offset: number;
  /** The record's block, in a buffer of its own. */
  readonly block: Uint8Array;
}

/** {@link readWarcRecords}, the blocks left as bytes (each copied into a buffer of its own, which can be transferred). */
export function readWarcBlocks(source: ByteSource, options?: ReadWarcOptions): AsyncGenerator<WarcBlock | WarcProblem, void, undefined> {
  return readRecords(source, options, (raw) => ({
    kind: 'block',
    type: nonEmpty(raw.headers['warc-type']),
    url: targetOf(raw.headers),
    offset: raw.offset,
    block: raw.block.slice(),
  }));
}

/** A record as the reader finds it: its block is a view into the reader's buffer, valid until the reader goes on. */
interface RawRecord {
  readonly kind: 'raw';
  readonly headers: Readonly<Record<string, string>>;
  readonly offset: number;
  readonly contentLength: number;
  readonly block: Uint8Array;
}

async function* readRecords<T>(source: ByteSource, options: ReadWarcOptions | undefined, convert: (raw: RawRecord) => T): AsyncGenerator<T | WarcProblem, void, undefined> {
  const maxRecordBytes = readMaxRecordBytes(options);
  const { head, chunks } = await peekBytes(iterateBytes(source), 2);
  const reader = new RecordReader(maxRecordBytes);
  const input = isGzip(head) ? decompressGzip(chunks) : chunks;
  // Each record is converted (decoded or copied) before the reader goes on and reuses its buffer.
  const converted = function* (items: Iterable<RawRecord | WarcProblem>): Generator<T | WarcProblem, void, undefined> {
    for (const item of items) yield item.kind === 'raw' ? convert(item) : item;
  };
  try {
    for await (const chunk of input) yield* converted(reader.push(chunk));
  } catch (error) {
    if (!(error instanceof GzipDataError)) throw error;
    // A record the gzip data cuts short is one problem, which says why; gzip data cut between records is another.
    let reported = false;
    for (const item of converted(reader.finish(error.message))) {
      reported ||= (item as { kind?: unknown }).kind === 'problem';
      yield item;
    }
    if (!reported) yield { kind: 'problem', code: 'invalid-gzip', message: error.message, url: null, offset: reader.offset };
    return;
  }
  yield* converted(reader.finish());
}

function readMaxRecordBytes(options: ReadWarcOptions | undefined): number {
  const value: unknown = options?.maxRecordBytes;
  if (value === undefined) return DEFAULT_MAX_RECORD_BYTES;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new TypeError(`The option "maxRecordBytes" must be a whole number of bytes, 0 or more, but got ${JSON.stringify(value)}.`);
  }
  return value;
}

/** A record whose header has been read, its block still to come. */
interface OpenRecord {
  readonly offset: number;
  readonly headers: Record<string, string>;
  readonly contentLength: number;
  /** Bytes of the block still to skip, for a record too large to read. */
  skipping: number | undefined;
}

/**
 * The record splitter: bytes in, records and problems out. Holds the bytes of
 * the record being read and nothing before them.
 */
class RecordReader {
  private bytes = new Uint8Array(64 * 1024);
  /** First unread byte in `bytes`. */
  private start = 0;
  private end = 0;
  /** Offset in the whole stream of `bytes[0]`. */
  private base = 0;
  /** Where the search for the header's end goes on from, so a slow header is not scanned twice. */
  private headerScan = 0;
  private open: OpenRecord | undefined;
  /** Set while skipping bytes that are not a record, so one stretch of them is one problem. */
  private resyncing = false;
  private readonly decoder = new TextDecoder('utf-8', { ignoreBOM: true });

  constructor(private readonly maxRecordBytes: number) {}

  /** Offset in the stream of the first byte not yet used. */
  get offset(): number {
    return this.base + this.start;
  }

  *push(chunk: Uint8Array): Generator<RawRecord | WarcProblem, void, undefined> {
    let from = 0;
    const open = this.open;
    if (open?.skipping !== undefined) {
      // Inside a record too large to read: let its bytes go by.
      const skipped = Math.min(open.skipping, chunk.length);
      open.skipping -= skipped;
      this.base += skipped;
      from = skipped;
      if (open.skipping > 0) return;
      this.open = undefined;
    }
    this.append(chunk, from);
    yield* this.drain();
  }

  /**
   * The records still in hand, and a problem for a record the input cuts short.
   *
   * @param cause - Why the input ended early, when known (the gzip data's error), for the problem's message.
   */
  *finish(cause?: string): Generator<RawRecord | WarcProblem, void, undefined> {
    yield* this.drain();
    const because = cause === undefined ? '' : ` ${cause}`;
    const open = this.open;
    if (open !== undefined) {
      const got = open.skipping === undefined ? this.end - this.start : open.contentLength - open.skipping;
      yield this.problem(
        'truncated-record',
        `The input ends ${count(got)} bytes into a record block of ${count(open.contentLength)} bytes.${because}`,
        targetOf(open.headers),
        open.offset,
      );
    } else {
      this.skipSeparators();
      if (this.start < this.end && !this.resyncing) {
        const text = this.decoder.decode(this.bytes.subarray(this.start, Math.min(this.end, this.start + MAX_HEADER_BYTES)));
        if (startsWithAscii(this.bytes, WARC, this.start) || isWarcPrefix(this.bytes, this.start, this.end)) {
          const url = /^WARC-Target-URI:[ \t]*(\S+)[ \t]*\r?\n/imu.exec(text)?.[1] ?? null;
          yield this.problem('truncated-record', `The input ends inside a record header.${because}`, url, this.offset);
        } else {
          yield this.problem('malformed-record', `The input ends with ${count(this.end - this.start)} bytes that are not a WARC record ("${clip(text)}").`, null, this.offset);
        }
      }
    }
    this.open = undefined;
    this.start = this.end;
  }

  private append(chunk: Uint8Array, from: number): void {
    const incoming = chunk.length - from;
    if (incoming <= 0) return;
    if (this.end + incoming > this.bytes.length) {
      const held = this.end - this.start;
      const needed = held + incoming;
      if (needed <= this.bytes.length / 2 && (this.bytes.length <= 1024 * 1024 || needed > this.bytes.length / 8)) {
        this.bytes.copyWithin(0, this.start, this.end);
      } else {
        // Grow for a long record; shrink again after one, so one large record does not hold memory for good.
        const next = new Uint8Array(Math.max(64 * 1024, 2 ** Math.ceil(Math.log2(needed * 2))));
        next.set(this.bytes.subarray(this.start, this.end));
        this.bytes = next;
      }
      this.base += this.start;
      this.headerScan -= this.start;
      this.end = held;
      this.start = 0;
    }
    this.bytes.set(from === 0 ? chunk : chunk.subarray(from), this.end);
    this.end += incoming;
  }

  /** Every record and problem the bytes in hand complete. */
  private *drain(): Generator<RawRecord | WarcProblem, void, undefined> {
    for (;;) {
      if (this.open === undefined) {
        const header = this.readHeader();
        if (header === 'more') return;
        if (header !== undefined && 'kind' in header) {
          yield header;
          continue;
        }
        if (header === undefined) continue;
        this.open = header;
        if (header.contentLength > this.maxRecordBytes) {
          yield this.problem(
            'record-too-large',
            `The record block of ${count(header.contentLength)} bytes is longer than the ${count(this.maxRecordBytes)} bytes read; it is skipped.`,
            targetOf(header.headers),
            header.offset,
          );
          const skipped = Math.min(header.contentLength, this.end - this.start);
          this.start += skipped;
          header.skipping = header.contentLength - skipped;
          if (header.skipping > 0) {
            // The rest of the block goes by in push(); nothing after it is in hand.
            this.base += this.end;
            this.start = 0;
            this.end = 0;
            this.headerScan = 0;
            return;
          }
          this.open = undefined;
          continue;
        }
      }
      const open = this.open;
      if (this.end - this.start < open.contentLength) return;
      const block = this.bytes.subarray(this.start, this.start + open.contentLength);
      this.start += open.contentLength;
      this.open = undefined;
      yield { kind: 'raw', headers: open.headers, offset: open.offset, contentLength: open.contentLength, block };
    }
  }

  /**
   * The next record's header: an open record, a problem (then reading goes
   * on), `undefined` when bytes were skipped, or `'more'` when the bytes in
   * hand do not complete it.
   */
  private readHeader(): OpenRecord | WarcProblem | undefined | 'more' {
    this.skipSeparators();
    if (this.start >= this.end) return 'more';
    if (!startsWithAscii(this.bytes, WARC, this.start)) {
      if (this.end - this.start < WARC.length && isWarcPrefix(this.bytes, this.start, this.end)) return 'more';
      return this.resync();
    }
    this.resyncing = false;
    const headerEnd = this.findHeaderEnd();
    if (headerEnd < 0 || headerEnd - this.start > MAX_HEADER_BYTES) {
      if (headerEnd < 0 && this.end - this.start <= MAX_HEADER_BYTES) return 'more';
      const offset = this.offset;
      this.start += WARC.length;
      this.resyncing = true;
      return this.problem('malformed-record', `A WARC header runs over ${count(MAX_HEADER_BYTES)} bytes without ending; it is skipped.`, null, offset);
    }
    const offset = this.offset;
    const lines = this.decoder.decode(this.bytes.subarray(this.start, headerEnd)).split(/\r?\n/u);
    this.start = headerEnd;
    this.headerScan = headerEnd;
    const headers: Record<string, string> = {};
    let last: string | undefined;
    for (const line of lines.slice(1)) {
      if (line === '') continue;
      if ((line.startsWith(' ') || line.startsWith('\t')) && last !== undefined) {
        // A folded line continues the field above it.
        headers[last] = `${headers[last] ?? ''} ${line.trim()}`;
        continue;
      }
      const colon = line.indexOf(':');
      if (colon < 1) continue;
      const name = line.slice(0, colon).trim().toLowerCase();
      last = name;
      if (!(name in headers)) headers[name] = line.slice(colon + 1).trim();
    }
    const length = headers['content-length'];
    if (length === undefined || !/^\d{1,15}$/u.test(length)) {
      this.resyncing = true;
      return this.problem(
        'malformed-record',
        length === undefined ? 'A WARC header has no Content-Length; the record is skipped.' : `A WARC header has an invalid Content-Length "${clip(length)}"; the record is skipped.`,
        targetOf(headers),
        offset,
      );
    }
    return { offset, headers, contentLength: Number(length), skipping: undefined };
  }

  /** Offset just past the blank line that ends the header that starts at `start`, or -1. */
  private findHeaderEnd(): number {
    const { bytes } = this;
    let at = Math.max(this.start, this.headerScan);
    for (;;) {
      at = bytes.indexOf(LF, at);
      if (at < 0 || at >= this.end) {
        this.headerScan = Math.max(this.start, this.end - 2);
        return -1;
      }
      if (at + 1 < this.end && bytes[at + 1] === LF) return at + 2;
      if (at + 2 < this.end && bytes[at + 1] === CR && bytes[at + 2] === LF) return at + 3;
      if (at + 2 >= this.end) {
        this.headerScan = at;
        return -1;
      }
      at++;
    }
  }

  /** Skips the line breaks between records. */
  private skipSeparators(): void {
    const { bytes } = this;
    while (this.start < this.end && (bytes[this.start] === CR || bytes[this.start] === LF)) this.start++;
  }

  /**
   * Skips to the next line that starts with `WARC/`: one problem for the whole
   * stretch skipped, its message quoting the stretch's first bytes (so it waits
   * for a few of them before it reports).
   */
  private resync(): WarcProblem | undefined | 'more' {
    const { bytes } = this;
    let found = -1;
    let keep = this.end;
    for (let at = bytes.indexOf(LF, this.start); at >= 0 && at < this.end; at = bytes.indexOf(LF, at + 1)) {
      if (this.end - (at + 1) < WARC.length) {
        // "WARC/" may begin after this line break: keep it for the next chunk.
        keep = at;
        break;
      }
      if (startsWithAscii(bytes, WARC, at + 1)) {
        found = at + 1;
        break;
      }
    }
    const report = !this.resyncing;
    if (report && found < 0 && this.end - this.start < SAMPLE_BYTES) return 'more';
    const offset = this.offset;
    const sample = this.decoder.decode(bytes.subarray(this.start, Math.min(found < 0 ? this.end : found, this.start + SAMPLE_BYTES)));
    this.resyncing = true;
    this.start = found < 0 ? keep : found;
    if (report) return this.problem('malformed-record', `Bytes that are not a WARC record ("${clip(sample)}") are skipped.`, null, offset);
    return found < 0 ? 'more' : undefined;
  }

  private problem(code: WarcProblemCode, message: string, url: string | null, offset: number): WarcProblem {
    return { kind: 'problem', code, message, url, offset };
  }
}

/** A record's `WARC-Target-URI`; `null` when absent or empty. */
function targetOf(headers: Readonly<Record<string, string>>): string | null {
  return nonEmpty(headers['warc-target-uri']);
}

function nonEmpty(value: string | undefined): string | null {
  return value === undefined || value === '' ? null : value;
}

/** Whether the bytes from `from` to `to` are the beginning of "WARC/" (more may complete it). */
function isWarcPrefix(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (bytes[i] !== WARC.charCodeAt(i - from)) return false;
  return true;
}

/** "1,412": a count for people. */
function count(value: number): string {
  return value.toLocaleString('en-US');
}

/** A sample of text fit for a one-sentence message, on one line. */
function clip(text: string): string {
  const line = text.replace(/\s+/gu, ' ').trim();
  return line.length > 40 ? `${line.slice(0, 37)}...` : line;
}
