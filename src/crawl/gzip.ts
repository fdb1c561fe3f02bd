/**
 * Gzip, as crawls publish it: a file that is a concatenation of gzip members
 * (one per WARC record), decompressed with the web-standard
 * `DecompressionStream('gzip')` of Node 18+, browsers, Deno and Bun.
 *
 * What shapes the code:
 * - Damage is met as crawl tools meet it (zcat's "trailing garbage ignored",
 *   warcio's per-record checks): a member that cannot be read, or bytes between
 *   members that are not gzip, is one {@link GzipFault} in the output, and
 *   reading goes on at the next member header. The output around a fault is
 *   exactly the output of the members that could be read.
 * - The data is split into members here: a member ends where the next one's
 *   header begins (a place that looks like a header is a "candidate"; inside
 *   compressed data one can be false, which decompressing tells).
 * - Runtimes differ on what follows a member's end: Node 20's stream reads on
 *   into the next member (one stream for the file: fast), browsers' streams
 *   fail with "junk after end" (one stream per member). The runtime is asked
 *   once, with two tiny members.
 * - A failed stream drops the output it holds unread. So the members written to
 *   the one stream stay in hand until their output (known from each member's
 *   trailer, ISIZE) has been read; when the stream fails, those are read again
 *   one by one, skipping the output already given, to learn which member is
 *   broken.
 * - Memory is bounded: output is read as the consumer asks for it (zlib waits
 *   while it is not read), and a member larger than {@link HOLD_LIMIT} goes on
 *   in pieces instead of being held whole.
 */

import { concatBytes } from './source.js';

/** gzip's magic bytes and the one compression method it defines (deflate). */
const ID1 = 0x1f;
const ID2 = 0x8b;
const CM_DEFLATE = 8;
/** The smallest member: a 10-byte header, an empty deflate block of 2 bytes, an 8-byte trailer. */
export const MIN_MEMBER = 20;
/** A member this large (compressed) with no next member in sight is streamed on, not held back. */
const HOLD_LIMIT = 8 * 1024 * 1024;
/** Compressed bytes written to a stream at a time: what one write can make is bounded (deflate expands 1,032 times at most). */
const WRITE_SLICE = 16 * 1024;

/** `gzip("a") + gzip("b")`: two members, to ask the runtime whether it reads past a member's end. */
const TWO_MEMBERS = new Uint8Array([
  0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x4b, 0x04, 0x00, 0x43, 0xbe, 0xb7, 0xe8, 0x01, 0x00, 0x00, 0x00, 0x1f, 0x8b, 0x08, 0x00, 0x00,
  0x00, 0x00, 0x00, 0x00, 0x03, 0x4b, 0x02, 0x00, 0xf9, 0xef, 0xbe, 0x71, 0x01, 0x00, 0x00, 0x00,
]);

/**
 * A place in the decompressed output where gzip data could not be read: what
 * came before it and what comes after it are not one stream (a record open
 * across it is lost).
 */
export interface GzipFault {
  readonly kind: 'gzip-fault';
  /** One sentence: what was wrong, and where in the compressed input. */
  readonly message: string;
  /** Offset in the compressed input where the damage begins. */
  readonly offset: number;
}

/** What {@link decompressGzip} yields: decompressed bytes, and a fault where gzip data could not be read. */
export type GzipOutput = Uint8Array | GzipFault;

/** Whether `head` starts with gzip's magic bytes 1f 8b. */
export function isGzip(head: Uint8Array): boolean {
  return head[0] === ID1 && head[1] === ID2;
}

/** Bytes from a file's start looked through for gzip data after damage ({@link looksGzip}). */
export const GZIP_PROBE_BYTES: number = 64 * 1024;

/**
 * Whether a file whose first bytes are `head` is gzip data: it starts with
 * gzip's magic bytes, or (its first member damaged) a member header comes in
 * it before any `WARC/` does.
 */
export function looksGzip(head: Uint8Array): boolean {
  if (isGzip(head)) return true;
  if (head[0] === 0x57 && head[1] === 0x41 && head[2] === 0x52 && head[3] === 0x43) return false;
  const member = findMemberStart(head, 0, head.length);
  if (member < 0) return false;
  const warc = new TextDecoder('latin1').decode(head.subarray(0, member)).indexOf('WARC/');
  return warc < 0;
}

let readsAllMembers: Promise<boolean> | undefined;

/** Whether this runtime's `DecompressionStream` reads every member of a multi-member gzip; asked once. */
export function streamReadsAllMembers(): Promise<boolean> {
  readsAllMembers ??= (async () => {
    let text = '';
    const inflater = new Inflater();
    try {
      for await (const chunk of inflater.writeAndTake(TWO_MEMBERS)) text += String.fromCharCode(...chunk);
      for await (const chunk of inflater.finish()) text += String.fromCharCode(...chunk);
    } catch {
      return false;
    }
    return text === 'ab';
  })();
  return readsAllMembers;
}

/**
 * Decompresses gzip data of one or more members as it arrives. Yields the
 * decompressed bytes, and a {@link GzipFault} for each stretch of data that
 * could not be read (a corrupt member, bytes between members that are not
 * gzip, data cut short); after a fault, goes on at the next member. Throws
 * only what its input throws.
 *
 * @param chunks - The compressed bytes.
 * @param mode - `auto` asks the runtime; `members` decompresses each member on its own whatever the runtime (for tests).
 * @param offset - The offset in the file of the first byte (for the faults' messages), when the data begins inside it.
 */
export async function* decompressGzip(
  chunks: AsyncIterable<Uint8Array>,
  mode: 'auto' | 'members' = 'auto',
  offset = 0,
): AsyncGenerator<GzipOutput, void, undefined> {
  if (typeof DecompressionStream !== 'function') {
    throw new TypeError('Reading gzip needs the web-standard DecompressionStream (Node 18+, browsers, Deno, Bun); this runtime has none.');
  }
  const reader = new GzipReader(mode === 'auto' && (await streamReadsAllMembers()), offset);
  try {
    for await (const chunk of chunks) yield* reader.push(chunk);
    yield* reader.finish();
  } finally {
    await reader.abort();
  }
}

/** A member's piece, written to the one stream, kept until its output has been read. */
interface Written {
  /** Offset in the input of its first byte. */
  readonly offset: number;
  readonly bytes: Uint8Array;
  /** The output it makes, by its members' trailers (mod 2^32, as gzip keeps it). */
  readonly size: number;
}

/** The member splitter and its inflaters: compressed bytes in, output and faults out. */
class GzipReader {
  /** Compressed bytes from the first not yet decompressed; `held[0]` is at `base` in the input. */
  private held = new Uint8Array(64 * 1024);
  private length = 0;
  /** Where the search for the next member header goes on from. */
  private scanFrom = MIN_MEMBER;
  /** Output already given of the member that begins `held` (it was read in part before). */
  private given = 0;
  /** The stream that reads on from member to member (when the runtime's does). */
  private stream: Inflater | undefined;
  /** The pieces written to `stream` whose output has not all been read, oldest first, and the output read of the first. */
  private readonly unread: Written[] = [];
  private readOfFirst = 0;
  /** A member too large to hold, going through a stream of its own (or the one stream) in pieces, and the input offset where it began. */
  private large: { readonly inflater: Inflater; readonly offset: number } | undefined;
  /** Set after a fault until some output is read: one fault for one stretch of damage. */
  private faulted = false;

  constructor(
    private readonly oneStream: boolean,
    private base: number,
  ) {}

  async *push(chunk: Uint8Array): AsyncGenerator<GzipOutput, void, undefined> {
    if (this.length + chunk.length > this.held.length) {
      const grown = new Uint8Array(Math.max(this.held.length * 2, this.length + chunk.length));
      grown.set(this.held.subarray(0, this.length));
      this.held = grown;
    }
    this.held.set(chunk, this.length);
    this.length += chunk.length;
    // The whole members in hand: up to the last place a member header begins.
    let last = -1;
    for (let at = findMemberStart(this.held, this.scanFrom, this.length); at >= 0; at = findMemberStart(this.held, at + 1, this.length)) last = at;
    this.scanFrom = Math.max(MIN_MEMBER, this.length - 9);
    if (last > 0) {
      const done = yield* this.decompress(last, false);
      this.drop(done);
    }
    if (this.length > HOLD_LIMIT) yield* this.streamLarge();
  }

  /** The input has ended: the rest is the last member (perhaps cut short). */
  async *finish(): AsyncGenerator<GzipOutput, void, undefined> {
    if (this.large !== undefined) {
      yield* this.feedLarge(this.length, true);
      this.drop(this.length);
      return;
    }
    if (this.length > 0) {
      const done = yield* this.decompress(this.length, true);
      this.drop(done);
    }
    if (this.stream !== undefined) {
      const stream = this.stream;
      this.stream = undefined;
      yield* this.read(stream.finish(), stream);
    }
  }

  async abort(): Promise<void> {
    await this.stream?.abort();
    await this.large?.inflater.abort();
  }

  /** Forgets the first `count` held bytes. */
  private drop(count: number): void {
    this.held.copyWithin(0, count, this.length);
    this.length -= count;
    this.base += count;
    this.scanFrom = Math.max(MIN_MEMBER, this.scanFrom - count);
  }

  /**
   * Decompresses the held bytes up to `end` (whole members, or the input's
   * end when `final`); returns how many of them are done with (the rest is a
   * member that goes on past `end`).
   */
  private async *decompress(end: number, final: boolean): AsyncGenerator<GzipOutput, number, undefined> {
    if (this.large !== undefined) {
      yield* this.feedLarge(end, true);
      return end;
    }
    if (!this.oneStream || this.given > 0) return yield* this.byMember(this.held.slice(0, end), this.base, final);
    const bytes = this.held.slice(0, end);
    this.stream ??= new Inflater();
    const size = memberSizes(bytes);
    // More held than a member may be: the trailers do not say where output ends (a false one among them), so none is kept for reading again.
    const held = this.unread.reduce((sum, piece) => sum + piece.bytes.length, bytes.length);
    if (held > HOLD_LIMIT) {
      this.unread.length = 0;
      this.readOfFirst = 0;
    } else {
      this.unread.push({ offset: this.base, bytes, size });
    }
    const stream = this.stream;
    yield* this.read(final ? concat(stream.writeAndTake(bytes), stream.finish()) : stream.writeAndTake(bytes), stream);
    if (final && this.stream === stream) this.stream = undefined;
    return end;
  }

  /**
   * Yields the one stream's output, keeping count of what each written piece
   * has given; when the stream fails, reads the pieces whose output was not
   * all read again member by member.
   */
  private async *read(output: AsyncIterable<Uint8Array>, stream: Inflater): AsyncGenerator<GzipOutput, void, undefined> {
    try {
      for await (const chunk of output) {
        this.faulted = false;
        this.readOfFirst += chunk.length;
        while (this.unread.length > 0 && this.readOfFirst >= (this.unread[0] as Written).size) {
          this.readOfFirst -= (this.unread.shift() as Written).size;
        }
        yield chunk;
      }
    } catch (error) {
      // Which member broke the stream, the members one by one say.
      if (this.stream === stream) this.stream = undefined;
      await stream.abort();
      const pieces = this.unread.splice(0);
      const skip = this.readOfFirst;
      this.readOfFirst = 0;
      if (pieces.length === 0) {
        yield* this.fault(this.base, error, false);
        return;
      }
      const first = pieces[0] as Written;
      yield* this.byMember(pieces.length === 1 ? first.bytes : concatBytes(pieces.map((piece) => piece.bytes)), first.offset, true, skip);
    }
  }

  /**
   * Decompresses `bytes` member by member, each in a stream of its own, the
   * first `skip` bytes of output left out (given before). A member that the
   * next candidate cuts short was cut at a false one: it is read again to the
   * one after. Returns how many bytes are done with: all, or (when not
   * `final`) up to a member that goes on past them.
   */
  private async *byMember(bytes: Uint8Array, offset: number, final: boolean, skip = this.given): AsyncGenerator<GzipOutput, number, undefined> {
    let start = 0;
    let toSkip = skip;
    let end = nextMember(bytes, start);
    while (start < bytes.length) {
      const inflater = new Inflater();
      let produced = 0;
      let failure: unknown;
      try {
        for await (const chunk of concat(inflater.writeAndTake(bytes.subarray(start, end)), inflater.finish())) {
          produced += chunk.length;
          if (produced <= toSkip) continue;
          this.faulted = false;
          yield produced - chunk.length < toSkip ? chunk.subarray(toSkip - (produced - chunk.length)) : chunk;
        }
      } catch (error) {
        failure = error;
      }
      if (failure === undefined) {
        start = end;
        end = nextMember(bytes, start);
        toSkip = Math.max(0, toSkip - produced);
        continue;
      }
      toSkip = Math.max(toSkip, produced);
      if (isCutShort(failure) && end < bytes.length) {
        // A false candidate: the member goes on to the next one.
        end = nextMember(bytes, end);
        continue;
      }
      if (isCutShort(failure) && !final) {
        this.given = toSkip;
        return start;
      }
      // A failed stream drops the output it holds: where a member ends and bytes that are not gzip begin, a search tells.
      const memberEnd = await findMemberEnd(bytes, start, end);
      if (memberEnd > 0) {
        yield* this.byMember(bytes.subarray(start, memberEnd), offset + start, true, toSkip);
        yield* this.fault(offset + memberEnd, failure, false);
        // Read on at the first member header from there (bytes that are not gzip may be a few).
        const after = findMemberStart(bytes, memberEnd, bytes.length);
        start = after < 0 ? bytes.length : after;
      } else {
        yield* this.fault(offset + start, failure, end >= bytes.length && isCutShort(failure));
        // Read on at the first member header after the broken one's start (after junk, one may begin at any byte).
        const after = findMemberStart(bytes, start + 1, bytes.length);
        start = after < 0 ? bytes.length : after;
      }
      end = nextMember(bytes, start);
      toSkip = 0;
    }
    this.given = 0;
    return bytes.length;
  }

  /** A member too large to hold: its bytes so far go on to a stream, and the member's rest follows them there. */
  private async *streamLarge(): AsyncGenerator<GzipOutput, void, undefined> {
    if (this.large === undefined) {
      // The members written before it must be read out first: the one stream reads on into this one.
      const inflater = this.oneStream && this.given === 0 ? (this.stream ?? new Inflater()) : new Inflater();
      if (inflater === this.stream) this.stream = undefined;
      this.unread.length = 0;
      this.readOfFirst = 0;
      this.large = { inflater, offset: this.base };
    }
    yield* this.feedLarge(this.length, false);
    this.drop(this.length);
  }

  /** Writes the held bytes up to `end` to the large member's stream; closes it when `close`. */
  private async *feedLarge(end: number, close: boolean): AsyncGenerator<GzipOutput, void, undefined> {
    const large = this.large as { readonly inflater: Inflater; readonly offset: number };
    const piece = this.held.slice(0, end);
    try {
      for await (const chunk of this.skipGiven(large.inflater.writeAndTake(piece))) yield chunk;
      if (close) {
        this.large = undefined;
        for await (const chunk of this.skipGiven(large.inflater.finish())) yield chunk;
      }
    } catch (error) {
      this.large = undefined;
      this.given = 0;
      await large.inflater.abort();
      yield* this.fault(large.offset, error, close && isCutShort(error));
    }
  }

  /** The large member's output, after the part of it given before it grew too large. */
  private async *skipGiven(output: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array, void, undefined> {
    for await (const chunk of output) {
      this.faulted = false;
      if (this.given >= chunk.length) {
        this.given -= chunk.length;
        continue;
      }
      const rest = this.given > 0 ? chunk.subarray(this.given) : chunk;
      this.given = 0;
      yield rest;
    }
  }

  private *fault(offset: number, error: unknown, cutShort: boolean): Generator<GzipFault, void, undefined> {
    if (this.faulted) return;
    this.faulted = true;
    const what = cutShort ? 'is cut short' : 'cannot be decompressed';
    yield { kind: 'gzip-fault', offset, message: `The gzip data at byte ${offset.toLocaleString('en-US')} ${what} (${describe(error)}).` };
  }
}

/**
 * One `DecompressionStream`, fed piece after piece. Its output is read only as
 * the caller takes it (so zlib waits, and memory stays bounded, however much
 * a small input makes); input goes in slices of {@link WRITE_SLICE} bytes.
 */
class Inflater {
  // Typed from the runtime's own declaration: BufferSource in the DOM's, Uint8Array in Node's.
  private readonly writer: ReturnType<DecompressionStream['writable']['getWriter']>;
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  /** A read asked for and not yet taken. */
  private pending: ReturnType<ReadableStreamDefaultReader<Uint8Array>['read']> | undefined;

  constructor() {
    const stream = new DecompressionStream('gzip');
    this.writer = stream.writable.getWriter();
    this.reader = stream.readable.getReader();
  }

  /** Writes `bytes`, yielding the output made meanwhile; throws what stops the stream. */
  async *writeAndTake(bytes: Uint8Array): AsyncGenerator<Uint8Array, void, undefined> {
    for (let at = 0; at < bytes.length; at += WRITE_SLICE) {
      const slice = bytes.subarray(at, at + WRITE_SLICE);
      // The cast is needed under the DOM library (the playground and browsers), not under Node's types.
      const written = this.writer.write(slice as Uint8Array<ArrayBuffer>).then(
        () => WRITTEN,
        () => WRITTEN,
      );
      for (;;) {
        this.pending ??= this.reader.read();
        const next = await Promise.race([this.pending, written]);
        if (typeof next === 'symbol') break;
        this.pending = undefined;
        if (next.done) return;
        yield next.value;
      }
    }
  }

  /** Closes the stream and yields the rest of its output; throws what stops the stream. */
  async *finish(): AsyncGenerator<Uint8Array, void, undefined> {
    this.writer.close().catch(() => undefined);
    for (;;) {
      const next = await (this.pending ?? this.reader.read());
      this.pending = undefined;
      if (next.done) return;
      yield next.value;
    }
  }

  async abort(): Promise<void> {
    this.pending?.catch(() => undefined);
    await this.reader.cancel().catch(() => undefined);
    await this.writer.abort().catch(() => undefined);
  }
}

const WRITTEN: unique symbol = Symbol('written');

/**
 * Where the member that begins at `start` ends, when bytes that are not gzip
 * follow it before `end`: the one length at which it decompresses whole,
 * found by halving (shorter is cut short, longer fails on what follows); -1
 * when no length does (the member itself is broken).
 */
async function findMemberEnd(bytes: Uint8Array, start: number, end: number): Promise<number> {
  // `low` ends too soon (or is whole), `high` fails.
  let low = start + MIN_MEMBER - 1;
  let high = end;
  while (high - low > 1) {
    const middle = (low + high) >>> 1;
    const outcome = await tryInflate(bytes.subarray(start, middle));
    if (outcome === 'whole') return middle;
    if (outcome === 'short') low = middle;
    else high = middle;
  }
  // After a member, zlib reads what follows as the next member's header, and waits for up to its 10 bytes before it fails:
  // the last length that ends too soon may be that far past the member's end.
  for (let length = low - 1; length > start && length >= low - 10; length--) {
    if ((await tryInflate(bytes.subarray(start, length))) === 'whole') return length;
  }
  return -1;
}

/** Whether `bytes` decompress whole, end too soon, or fail; the output is read and let go. */
async function tryInflate(bytes: Uint8Array): Promise<'whole' | 'short' | 'bad'> {
  const inflater = new Inflater();
  try {
    // The output is read (a stream that is not read does not go on) and let go.
    const output = concat(inflater.writeAndTake(bytes), inflater.finish());
    while ((await output.next()).done !== true);
    return 'whole';
  } catch (error) {
    return isCutShort(error) ? 'short' : 'bad';
  }
}

/** The first place from `from` where a member header could begin, or -1. */
export function findMemberStart(bytes: Uint8Array, from: number, end: number): number {
  let at = from;
  while (at + 9 < end) {
    at = bytes.indexOf(ID1, at);
    if (at < 0 || at + 9 >= end) return -1;
    if (isMemberHeader(bytes, at)) return at;
    at++;
  }
  return -1;
}

/**
 * Whether a gzip member header (RFC 1952) begins at `at`: 1f 8b, method 8
 * (deflate), no reserved flag bits, XFL 0, 2 or 4, and a known OS (0-13, or
 * 255 for unknown). Checked this far, a false one inside compressed data is
 * about one in 10^12 bytes.
 */
export function isMemberHeader(bytes: Uint8Array, at: number): boolean {
  if (at + 9 >= bytes.length) return false;
  const xfl = bytes[at + 8] as number;
  const os = bytes[at + 9] as number;
  return (
    bytes[at + 1] === ID2 &&
    bytes[at + 2] === CM_DEFLATE &&
    ((bytes[at + 3] as number) & 0xe0) === 0 &&
    (xfl === 0 || xfl === 2 || xfl === 4) &&
    (os <= 13 || os === 255)
  );
}

/** Where the member that begins at `start` ends, as far as the next candidate says: it, or the end of `bytes`. */
function nextMember(bytes: Uint8Array, start: number): number {
  const next = findMemberStart(bytes, start + MIN_MEMBER, bytes.length);
  return next < 0 ? bytes.length : next;
}

/** The output the members of `bytes` make, by their trailers' ISIZE (each member's last 4 bytes). */
function memberSizes(bytes: Uint8Array): number {
  let size = 0;
  let start = 0;
  while (start < bytes.length) {
    const end = nextMember(bytes, start);
    const isize =
      ((bytes[end - 4] as number) | ((bytes[end - 3] as number) << 8) | ((bytes[end - 2] as number) << 16) | ((bytes[end - 1] as number) << 24)) >>> 0;
    // A trailer that is not one (bytes after a member) can say more than deflate can make.
    size += Math.min(isize, (end - start) * 1032);
    start = end;
  }
  return size;
}

/**
 * Whether a stream's failure says its input ended too soon (the member goes
 * on), as runtimes word it: zlib's "unexpected end of file" (Node, Deno, Bun),
 * Chromium's "truncated", Firefox's "incomplete".
 */
function isCutShort(error: unknown): boolean {
  const text = `${describe(error)} ${typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : ''}`;
  return /unexpected end|truncated|incomplete|Z_BUF_ERROR/iu.test(text);
}

async function* concat(...parts: AsyncIterable<Uint8Array>[]): AsyncGenerator<Uint8Array, void, undefined> {
  for (const part of parts) yield* part;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
