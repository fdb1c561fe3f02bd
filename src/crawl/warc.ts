/**
 * WARC records read as they stream in: the format web crawls publish (WARC/1.0
 * and 1.1; WET files are WARC files of "conversion" records that hold each
 * page's text). Plain or gzip-compressed, recognised by gzip's magic bytes.
 * Memory holds one record at a time, however large the file.
 */
import { decompressGzip, GZIP_PROBE_BYTES, looksGzip, type GzipFault } from './gzip.js';
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
 * {@link WarcProblem} item, and reading goes on at the next record, so that
 * only what is broken is lost:
 *
 * - `truncated-record`: the input ends inside a record (a file cut short); the record is not returned.
 * - `malformed-record`: bytes where a record should begin are not a WARC header, or a header has no
 *   valid `Content-Length`; they are skipped up to the next line that starts with `WARC/`.
 * - `record-too-large`: a record's block is longer than `maxRecordBytes`; it is skipped unread.
 * - `content-length-mismatch`: a record's `Content-Length` runs past the start of the next record
 *   (a line `WARC/1.0` or `WARC/1.1` after a blank line); the record is read up to there.
 * - `invalid-gzip`: gzip data that cannot be decompressed (a corrupt member, bytes between members
 *   that are not gzip, data cut short); a record it cuts is lost, the members after it are read.
 * - `response-records` ({@link parseWarc} only): the stream holds WARC `response` records (a
 *   crawl's HTML) where WET `conversion` records (page text) were looked for; said once, at the
 *   first. (readWarcRecords gives those records as they are, their `type` `response`.)
 *
 * @example
 * ```ts
 * const code: WarcProblemCode = 'truncated-record';
 * ```
 */
export type WarcProblemCode = 'truncated-record' | 'malformed-record' | 'record-too-large' | 'content-length-mismatch' | 'invalid-gzip' | 'response-records';

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
  /**
   * The URL the problem concerns: the `WARC-Target-URI` of the record it is in when its header
   * was read, else of the record just before it (for bytes between records); `null` when none.
   */
  readonly url: string | null;
  /** Offset in the decompressed stream where the problem begins (a gzip problem also names its byte in the compressed input). */
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

export const DEFAULT_MAX_RECORD_BYTES: number = 32 * 1024 * 1024;
/** A header block longer than this is not a WARC header. */
export const MAX_HEADER_BYTES: number = 64 * 1024;
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
 * // One WET record (a crawl file is many, plain or gzip; a Node read stream of it works as well).
 * const text = 'Universal acclaim - based on 1 Critics\n  1. 90\n    A marvel.\n';
 * const wet = 'WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://www.metacritic.com/movie/pusher/critic-reviews\r\n' +
 *   `Content-Length: ${text.length}\r\n\r\n${text}\r\n\r\n`;
 * const read: unknown[] = [];
 * for await (const item of readWarcRecords([new TextEncoder().encode(wet)])) {
 *   read.push(item.kind === 'record' ? [item.type, item.url, item.content.length] : [item.code, item.message]);
 * }
 * read;
 * //=> [['conversion', 'https://www.metacritic.com/movie/pusher/critic-reviews', 61]]
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

/**
 * {@link readWarcRecords} over bytes already decompressed (with the gzip
 * faults among them), the blocks left as bytes (each copied into a buffer of
 * its own, which can be transferred).
 */
export function readWarcBlocks(
  input: AsyncIterable<Uint8Array | GzipFault>,
  options?: ReadWarcOptions,
): AsyncGenerator<WarcBlock | WarcProblem, void, undefined> {
  return readRecordsFrom(input, readMaxRecordBytes(options), (raw) => ({
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

async function* readRecords<T>(
  source: ByteSource,
  options: ReadWarcOptions | undefined,
  convert: (raw: RawRecord) => T,
): AsyncGenerator<T | WarcProblem, void, undefined> {
  const maxRecordBytes = readMaxRecordBytes(options);
  const { head, chunks } = await peekBytes(iterateBytes(source), GZIP_PROBE_BYTES);
  yield* readRecordsFrom(looksGzip(head) ? decompressGzip(chunks) : chunks, maxRecordBytes, convert);
}

async function* readRecordsFrom<T>(
  input: AsyncIterable<Uint8Array | GzipFault>,
  maxRecordBytes: number,
  convert: (raw: RawRecord) => T,
): AsyncGenerator<T | WarcProblem, void, undefined> {
  const reader = new RecordReader(maxRecordBytes);
  // Each record is converted (decoded or copied) before the reader goes on and reuses its buffer.
  for await (const chunk of input) {
    for (const item of chunk instanceof Uint8Array ? reader.push(chunk) : reader.fault(chunk.message)) yield item.kind === 'raw' ? convert(item) : item;
  }
  for (const item of reader.finish()) yield item.kind === 'raw' ? convert(item) : item;
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
  /** Where the search for a record start inside the block goes on from (bytes after the block's start). */
  searched: number;
  /** Bytes of the block still to skip, for a record too large to read; `undefined` while it is read. */
  skipping: number | undefined;
}

/** Bytes after a block that tell whether a record begins there: the line breaks that end it, and `WARC/`. */
const LOOKAHEAD = 4 + WARC.length;
/**
 * Of a record longer than read, this much is held while looking for a record
 * start in it (a lying length: the record is then read up to there); past it,
 * the block goes by unread, still looked through for a record start.
 */
const LYING_HOLD_BYTES = 2 * 1024 * 1024;
/** Bytes a record start inside other bytes needs in hand to be told: `WARC/1.0\r\nContent-` (its line, and the next field's name). */
const START_BYTES = 18;

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
  /** The URL of the last record read, for a problem between records. */
  private lastUrl: string | null = null;
  private readonly decoder = new TextDecoder('utf-8', { ignoreBOM: true });

  constructor(private readonly maxRecordBytes: number) {}

  /** Offset in the stream of the first byte not yet used. */
  get offset(): number {
    return this.base + this.start;
  }

  *push(chunk: Uint8Array): Generator<RawRecord | WarcProblem, void, undefined> {
    this.append(chunk);
    yield* this.drain(false);
  }

  /**
   * A break in the bytes (gzip data that could not be read): a record open
   * across it is lost, and reading goes on at the next record start. One
   * problem, which names the record it cut, or the one before it.
   */
  *fault(message: string): Generator<RawRecord | WarcProblem, void, undefined> {
    // A record whose block is whole is not lost: only its closing line breaks are missing.
    yield* this.drain(true);
    const open = this.open;
    if (open !== undefined) {
      const got = open.skipping === undefined ? this.end - this.start : open.contentLength - open.skipping;
      yield this.problem(
        'invalid-gzip',
        `${message} The record is lost ${count(got)} bytes into its block of ${count(open.contentLength)} bytes.`,
        targetOf(open.headers),
        open.offset,
      );
    } else {
      const url = this.heldUrl() ?? this.lastUrl;
      yield this.problem('invalid-gzip', message, url, this.offset);
    }
    this.open = undefined;
    this.base += this.end;
    this.start = 0;
    this.end = 0;
    this.headerScan = 0;
    this.resyncing = true;
  }

  /** The input has ended: the records still in hand, and a problem for a record it cuts short. */
  *finish(): Generator<RawRecord | WarcProblem, void, undefined> {
    yield* this.drain(true);
    const open = this.open;
    if (open !== undefined) {
      const got = open.skipping === undefined ? this.end - this.start : open.contentLength - open.skipping;
      yield this.problem(
        'truncated-record',
        `The input ends ${count(got)} bytes into a record block of ${count(open.contentLength)} bytes.`,
        targetOf(open.headers),
        open.offset,
      );
    } else {
      this.skipSeparators();
      if (this.start < this.end && !this.resyncing) {
        const text = this.decoder.decode(this.bytes.subarray(this.start, Math.min(this.end, this.start + MAX_HEADER_BYTES)));
        if (startsWithAscii(this.bytes, WARC, this.start) || isWarcPrefix(this.bytes, this.start, this.end)) {
          yield this.problem('truncated-record', 'The input ends inside a record header.', this.heldUrl(), this.offset);
        } else {
          yield this.problem(
            'malformed-record',
            `The input ends with ${count(this.end - this.start)} bytes that are not a WARC record ("${clip(text)}").`,
            this.lastUrl,
            this.offset,
          );
        }
      }
    }
    this.open = undefined;
    this.start = this.end;
  }

  /** The URL in a record header held in part, if it got that far. */
  private heldUrl(): string | null {
    if (!startsWithAscii(this.bytes, WARC, this.start)) return null;
    const text = this.decoder.decode(this.bytes.subarray(this.start, Math.min(this.end, this.start + MAX_HEADER_BYTES)));
    return /^WARC-Target-URI:[ \t]*(\S+)[ \t]*\r?\n/imu.exec(text)?.[1] ?? null;
  }

  private append(chunk: Uint8Array): void {
    const incoming = chunk.length;
    if (incoming === 0) return;
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
    this.bytes.set(chunk, this.end);
    this.end += incoming;
  }

  /** Every record and problem the bytes in hand complete; `ending` when no more bytes will come before a break. */
  private *drain(ending: boolean): Generator<RawRecord | WarcProblem, void, undefined> {
    for (;;) {
      if (this.open === undefined) {
        const header = this.readHeader();
        if (header === 'more') return;
        if (header === undefined) continue;
        if ('kind' in header) {
          yield header;
          continue;
        }
        this.open = header;
      }
      const open = this.open;
      if (open.skipping !== undefined) {
        if (!this.skip(open)) return;
        continue;
      }
      const held = this.end - this.start;
      // A record start inside the block: the Content-Length is wrong (checked only when the block's end does not begin a record).
      if (open.contentLength <= this.maxRecordBytes && (held >= open.contentLength + LOOKAHEAD || (ending && held >= open.contentLength))) {
        // A record start inside the block (after a blank line) says the length is wrong even where the block's end looks right.
        const inside = this.findRecordStart(open, this.start + open.contentLength);
        if (inside < 0 && this.endsAtBoundary(this.start + open.contentLength, ending)) {
          yield this.take(open, open.contentLength);
          continue;
        }
        if (inside < 0) {
          // What follows is not a record: the bytes after it are reported, and the record stands as declared.
          yield this.take(open, open.contentLength);
          continue;
        }
        yield* this.takeUpTo(open, inside);
        continue;
      }
      if (open.contentLength > this.maxRecordBytes || ending) {
        // Too long to read, or cut short: a record start in what is held means the length is wrong.
        const hold = ending ? this.maxRecordBytes : Math.min(this.maxRecordBytes, LYING_HOLD_BYTES);
        const inside = this.findRecordStart(open, Math.min(this.end, this.start + hold));
        if (inside >= 0) {
          yield* this.takeUpTo(open, inside);
          continue;
        }
        if (ending) return;
        if (held < hold) return;
        // As much as is read, and no record start: the rest of the block goes by unread.
        open.skipping = open.contentLength - held;
        this.start = this.end;
        continue;
      }
      return;
    }
  }

  /** Yields the record with the first `length` bytes of what is held as its block. */
  private take(open: OpenRecord, length: number): RawRecord {
    const block = this.bytes.subarray(this.start, this.start + length);
    this.start += length;
    this.open = undefined;
    this.lastUrl = targetOf(open.headers);
    return { kind: 'raw', headers: open.headers, offset: open.offset, contentLength: length, block };
  }

  /** The record up to a record start found inside its block (its closing line breaks left out), after the problem that says so. */
  private *takeUpTo(open: OpenRecord, recordStart: number): Generator<RawRecord | WarcProblem, void, undefined> {
    let length = recordStart - this.start;
    const { bytes } = this;
    for (let breaks = 0; breaks < 4 && length > 0 && (bytes[this.start + length - 1] === LF || bytes[this.start + length - 1] === CR); breaks++) length--;
    const url = targetOf(open.headers);
    if (length > this.maxRecordBytes) {
      yield this.problem(
        'record-too-large',
        `The record block of ${count(length)} bytes is longer than the ${count(this.maxRecordBytes)} bytes read; it is skipped.`,
        url,
        open.offset,
      );
      this.start = recordStart;
      this.open = undefined;
      this.lastUrl = url;
      return;
    }
    yield this.problem(
      'content-length-mismatch',
      `The record's Content-Length of ${count(open.contentLength)} bytes runs past the next record, which begins ${count(recordStart - this.start)} bytes into its block; the record is read up to there.`,
      url,
      open.offset,
    );
    const record = this.take(open, length);
    this.start = recordStart;
    yield record;
  }

  /**
   * Lets the bytes of a record too large to read go by, looking for a record
   * start among them (a wrong length); true when it is done with the record.
   */
  private skip(open: OpenRecord): boolean {
    const skipping = open.skipping as number;
    const held = this.end - this.start;
    const inside = this.findRecordStart(open, this.start + Math.min(held, skipping + START_BYTES));
    const url = targetOf(open.headers);
    if (inside >= 0 && inside - this.start < skipping) {
      this.pending.push(
        this.problem(
          'content-length-mismatch',
          `The record's Content-Length of ${count(open.contentLength)} bytes runs past the next record; the record, longer than the ${count(this.maxRecordBytes)} bytes read, is skipped up to there.`,
          url,
          open.offset,
        ),
      );
      this.start = inside;
      this.open = undefined;
      this.lastUrl = url;
      return true;
    }
    if (held >= skipping) {
      this.pending.push(
        this.problem(
          'record-too-large',
          `The record block of ${count(open.contentLength)} bytes is longer than the ${count(this.maxRecordBytes)} bytes read; it is skipped.`,
          url,
          open.offset,
        ),
      );
      this.start += skipping;
      this.open = undefined;
      this.lastUrl = url;
      return true;
    }
    // Keep the last bytes, where a record start may begin that the next bytes complete.
    const keep = Math.min(held, START_BYTES);
    open.skipping = skipping - (held - keep);
    open.searched = 0;
    this.start = this.end - keep;
    return false;
  }

  /** Whether a record begins (after line breaks) at `at`, or the input ends there; `ending` when no more bytes come. */
  private endsAtBoundary(at: number, ending: boolean): boolean {
    const { bytes } = this;
    let next = at;
    while (next < this.end && (bytes[next] === CR || bytes[next] === LF)) next++;
    if (next >= this.end) return ending || next - at >= LOOKAHEAD;
    if (this.end - next < WARC.length) return ending ? false : isWarcPrefix(bytes, next, this.end);
    return startsWithAscii(bytes, WARC, next);
  }

  /**
   * The first record start inside the open record's block before `limit`: a
   * line `WARC/1.0` or `WARC/1.1` right after a line break, or -1.
   */
  private findRecordStart(open: OpenRecord, limit: number): number {
    // Searched up to the bytes in hand only (indexOf would go on to the buffer's end).
    const bytes = this.bytes.subarray(0, this.end);
    const to = Math.min(limit, this.end - START_BYTES + 1);
    let at = this.start + open.searched;
    // At any byte (a record cut short runs into the next one mid-line), a "WARC/1.x" line and a header field under it.
    for (at = bytes.indexOf(0x57, at); at >= 0 && at < to; at = bytes.indexOf(0x57, at + 1)) {
      if (isRecordStartLine(bytes, at) && isFieldNext(bytes, at)) return at;
    }
    open.searched = Math.max(0, Math.min(limit, this.end - START_BYTES) - this.start);
    return -1;
  }

  /**
   * The next record's header: an open record, a problem (then reading goes
   * on), `undefined` when bytes were skipped, or `'more'` when the bytes in
   * hand do not complete it.
   */
  private readHeader(): OpenRecord | WarcProblem | undefined | 'more' {
    const pending = this.pending.shift();
    if (pending !== undefined) return pending;
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
      return this.problem('malformed-record', `A WARC header runs over ${count(MAX_HEADER_BYTES)} bytes without ending; it is skipped.`, this.lastUrl, offset);
    }
    const offset = this.offset;
    // A header cut short runs into the next record's: that record begins at its "WARC/1.x" line.
    const cut = this.findRecordStartIn(this.start + 1, headerEnd);
    if (cut >= 0) {
      const headers = readHeaderFields(this.decoder.decode(this.bytes.subarray(this.start, cut)));
      this.start = cut;
      this.headerScan = cut;
      this.lastUrl = targetOf(headers);
      return this.problem('malformed-record', 'A WARC header is cut short by the next record; the record is skipped.', targetOf(headers), offset);
    }
    const headers = readHeaderFields(this.decoder.decode(this.bytes.subarray(this.start, headerEnd)));
    this.start = headerEnd;
    this.headerScan = headerEnd;
    const length = headers['content-length'];
    if (length === undefined || !/^\d{1,15}$/u.test(length)) {
      this.resyncing = true;
      this.lastUrl = targetOf(headers);
      return this.problem(
        'malformed-record',
        length === undefined
          ? 'A WARC header has no Content-Length; the record is skipped.'
          : `A WARC header has an invalid Content-Length "${clip(length)}"; the record is skipped.`,
        targetOf(headers),
        offset,
      );
    }
    return { offset, headers, contentLength: Number(length), searched: 0, skipping: undefined };
  }

  /** The first "WARC/1.0" or "WARC/1.1" line start (at any byte) from `from` to `to`, or -1. */
  private findRecordStartIn(from: number, to: number): number {
    const bytes = this.bytes.subarray(0, to);
    for (let at = bytes.indexOf(0x57, from); at >= 0 && at + START_BYTES - 1 <= to; at = bytes.indexOf(0x57, at + 1)) {
      if (isRecordStartLine(bytes, at)) return at;
    }
    return -1;
  }

  /** Problems found while skipping, given out before the next header. */
  private readonly pending: WarcProblem[] = [];
  /** Offset just past the blank line that ends the header that starts at `start`, or -1. */
  private findHeaderEnd(): number {
    // Searched up to the bytes in hand only (indexOf would go on to the buffer's end).
    const bytes = this.bytes.subarray(0, this.end);
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
    // Searched up to the bytes in hand only (indexOf would go on to the buffer's end).
    const bytes = this.bytes.subarray(0, this.end);
    let found = -1;
    let keep = this.end;
    // A record begins at a line "WARC/..." or, after bytes that end in no line break, at "WARC/1.0" or "WARC/1.1" anywhere.
    for (let at = bytes.indexOf(0x57, this.start + 1); at >= 0 && at < this.end; at = bytes.indexOf(0x57, at + 1)) {
      if (this.end - at < START_BYTES - 1) {
        // A record start may begin here: keep it for the next chunk.
        keep = at;
        break;
      }
      if ((bytes[at - 1] === LF && startsWithAscii(bytes, WARC, at)) || isRecordStartLine(bytes, at)) {
        found = at;
        break;
      }
    }
    const report = !this.resyncing;
    if (report && found < 0 && this.end - this.start < SAMPLE_BYTES) return 'more';
    const offset = this.offset;
    const sample = this.decoder.decode(bytes.subarray(this.start, Math.min(found < 0 ? this.end : found, this.start + SAMPLE_BYTES)));
    this.resyncing = true;
    this.start = found < 0 ? keep : found;
    if (report) return this.problem('malformed-record', `Bytes that are not a WARC record ("${clip(sample)}") are skipped.`, this.lastUrl, offset);
    return found < 0 ? 'more' : undefined;
  }

  private problem(code: WarcProblemCode, message: string, url: string | null, offset: number): WarcProblem {
    return { kind: 'problem', code, message, url, offset };
  }
}

/**
 * The fields of a WARC header (its text, the `WARC/` line first), names
 * lower-cased; a folded line continues the field above it; a repeated name
 * keeps its first value; lines that are not fields are passed over.
 */
export function readHeaderFields(text: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let last: string | undefined;
  for (const line of text.split(/\r?\n/u).slice(1)) {
    if (line === '') continue;
    if ((line.startsWith(' ') || line.startsWith('\t')) && last !== undefined) {
      headers[last] = `${headers[last] ?? ''} ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon < 1) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    last = name;
    if (!(name in headers)) headers[name] = line.slice(colon + 1).trim();
  }
  return headers;
}

/** A record's `WARC-Target-URI`; `null` when absent or empty. */
export function targetOf(headers: Readonly<Record<string, string>>): string | null {
  return nonEmpty(headers['warc-target-uri']);
}

export function nonEmpty(value: string | undefined): string | null {
  return value === undefined || value === '' ? null : value;
}

/** Whether a line `WARC/1.0` or `WARC/1.1` (a record's first) begins at `at`; START_BYTES - 1 bytes must be in hand. */
function isRecordStartLine(bytes: Uint8Array, at: number): boolean {
  if (!startsWithAscii(bytes, 'WARC/1.', at)) return false;
  const minor = bytes[at + 7];
  const next = bytes[at + 8];
  return (minor === 0x30 || minor === 0x31) && (next === CR || next === LF);
}

/** Whether the line after the "WARC/1.x" line at `at` begins with a WARC header's field: `WARC-` or `Content-`. */
function isFieldNext(bytes: Uint8Array, at: number): boolean {
  const next = bytes[at + 8] === CR ? at + 10 : at + 9;
  return startsWithAscii(bytes, 'WARC-', next) || startsWithAscii(bytes, 'Content-', next);
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
