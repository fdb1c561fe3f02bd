/**
 * Gzip, as crawls publish it: a file that is a concatenation of gzip members
 * (one per WARC record), decompressed with the web-standard
 * `DecompressionStream('gzip')` of Node 18+, browsers, Deno and Bun.
 *
 * Two things shape the code. Runtimes differ on what follows a member's end:
 * Node 20's stream reads on into the next member, browsers' streams fail with
 * "junk after end"; so the runtime is asked once, with two tiny members. And a
 * stream that fails (as cut-short data makes it fail when closed) drops the
 * output it holds unread; so the data is split into members here, where a
 * member ends where the next one's header begins, and the last member, which
 * may be cut short, is held back and decompressed on its own, to the last byte
 * it holds. The members before it go through one stream where the runtime
 * reads on (no cost per member), or one stream each where it does not.
 */

/** gzip's magic bytes and the one compression method it defines (deflate). */
const ID1 = 0x1f;
const ID2 = 0x8b;
const CM_DEFLATE = 8;
/** The smallest member: a 10-byte header, an empty deflate block of 2 bytes, an 8-byte trailer. */
const MIN_MEMBER = 20;
/** A member this large (compressed) with no next member in sight is streamed on, not held back. */
const HOLD_LIMIT = 8 * 1024 * 1024;

/** `gzip("a") + gzip("b")`: two members, to ask the runtime whether it reads past a member's end. */
const TWO_MEMBERS = new Uint8Array([
  0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x4b, 0x04, 0x00, 0x43, 0xbe, 0xb7, 0xe8, 0x01, 0x00, 0x00, 0x00, 0x1f, 0x8b, 0x08, 0x00,
  0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x4b, 0x02, 0x00, 0xf9, 0xef, 0xbe, 0x71, 0x01, 0x00, 0x00, 0x00,
]);

/** The gzip data could not be decompressed to its end: cut short, or corrupt. */
export class GzipDataError extends Error {
  override readonly name = 'GzipDataError';
}

/** Whether `head` starts with gzip's magic bytes 1f 8b. */
export function isGzip(head: Uint8Array): boolean {
  return head[0] === ID1 && head[1] === ID2;
}

let readsAllMembers: Promise<boolean> | undefined;

/** Whether this runtime's `DecompressionStream` reads every member of a multi-member gzip; asked once. */
export function streamReadsAllMembers(): Promise<boolean> {
  readsAllMembers ??= inflateMember(TWO_MEMBERS).then(
    ({ chunks, failure }) => failure === undefined && chunks.reduce((text, chunk) => text + String.fromCharCode(...chunk), '') === 'ab',
  );
  return readsAllMembers;
}

/**
 * Decompresses gzip data of one or more members as it arrives. Yields the
 * decompressed bytes; when the data is cut short or corrupt, yields what it
 * could decompress and then throws a {@link GzipDataError}.
 *
 * @param chunks - The compressed bytes.
 * @param mode - `auto` asks the runtime; `members` decompresses each member on its own whatever the runtime (for tests).
 */
export async function* decompressGzip(
  chunks: AsyncIterable<Uint8Array>,
  mode: 'auto' | 'members' = 'auto',
): AsyncGenerator<Uint8Array, void, undefined> {
  if (typeof DecompressionStream !== 'function') {
    throw new TypeError('Reading gzip needs the web-standard DecompressionStream (Node 18+, browsers, Deno, Bun); this runtime has none.');
  }
  const oneStream = mode === 'auto' && (await streamReadsAllMembers());
  // The one stream, opened with the first whole member.
  let whole: StreamInflater | undefined;
  // Member by member, a member too large to hold back has a stream of its own.
  let large: StreamInflater | undefined;
  // The bytes from the start of the member being read: a member is decompressed once the next one's header shows it whole.
  let held = new Uint8Array(64 * 1024);
  let length = 0;
  let scanFrom = MIN_MEMBER;
  /** Set when a member too large to hold went to the stream in part: its rest must follow it there. */
  let heldIsPartial = false;
  let finished = false;
  try {
    for await (const chunk of chunks) {
      if (length + chunk.length > held.length) {
        const grown = new Uint8Array(Math.max(held.length * 2, length + chunk.length));
        grown.set(held.subarray(0, length));
        held = grown;
      }
      held.set(chunk, length);
      length += chunk.length;
      for (;;) {
        const candidate = findMemberStart(held, scanFrom, length);
        if (candidate < 0) {
          scanFrom = Math.max(scanFrom, length - 3);
          break;
        }
        if (oneStream) {
          // The stream reads on from member to member: where exactly one ends matters only for the last.
          yield* (whole ??= new StreamInflater()).writeAndTake(held.slice(0, candidate));
        } else if (large !== undefined) {
          yield* large.writeAndTake(held.slice(0, candidate));
          yield* large.finish();
          large = undefined;
        } else {
          const { chunks: output, failure } = await inflateMember(held.subarray(0, candidate));
          if (failure !== undefined) {
            // Not a member's end after all, but bytes inside one that look like a header: look further.
            scanFrom = candidate + 1;
            continue;
          }
          yield* output;
        }
        held.copyWithin(0, candidate, length);
        length -= candidate;
        scanFrom = MIN_MEMBER;
        heldIsPartial = false;
      }
      if (length > HOLD_LIMIT) {
        // A member too large to hold back: it goes on in pieces, to the one stream or to a stream of its own.
        const piece = held.slice(0, length);
        length = 0;
        scanFrom = MIN_MEMBER;
        heldIsPartial = true;
        const stream = oneStream ? (whole ??= new StreamInflater()) : (large ??= new StreamInflater());
        yield* stream.writeAndTake(piece);
      }
    }
    // The input has ended: the stream holds whole members only (unless one was too large to hold), so it closes cleanly.
    const tail = held.subarray(0, length);
    if (heldIsPartial) {
      const stream = (oneStream ? whole : large) as StreamInflater;
      yield* stream.writeAndTake(tail.slice());
      yield* stream.finish();
      finished = true;
      return;
    }
    if (whole !== undefined) yield* whole.finish();
    if (length > 0) {
      const { chunks: output, failure } = await inflateMember(tail);
      yield* output;
      if (failure !== undefined) throw new GzipDataError(`The gzip data is cut short or corrupt (${describe(failure.error)}).`);
    }
    finished = true;
  } finally {
    if (!finished) {
      await whole?.abort();
      await large?.abort();
    }
  }
}

/**
 * One `DecompressionStream` fed member after member. Its output is read as it
 * comes, into a queue the caller takes from after each write; writes wait when
 * the stream has enough input in hand, so memory stays bounded.
 */
class StreamInflater {
  // Typed from the runtime's own declaration: BufferSource in the DOM's, Uint8Array in Node's.
  private readonly writer: ReturnType<DecompressionStream['writable']['getWriter']>;
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  private readonly output: Uint8Array[] = [];
  private readonly reading: Promise<void>;
  private failure: { readonly error: unknown } | undefined;

  constructor() {
    const stream = new DecompressionStream('gzip');
    this.writer = stream.writable.getWriter();
    this.reader = stream.readable.getReader();
    this.reading = this.read();
  }

  private async read(): Promise<void> {
    try {
      for (;;) {
        const next = await this.reader.read();
        if (next.done) return;
        this.output.push(next.value);
      }
    } catch (error) {
      this.failure = { error };
    }
  }

  async write(bytes: Uint8Array): Promise<void> {
    try {
      // Needed under the DOM library (the playground and browsers), not under Node's types.
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
      await this.writer.write(bytes as Uint8Array<ArrayBuffer>);
    } catch {
      // The stream failed: the reader has the reason, which take() reports.
    }
  }

  /** The output so far; throws what stopped the stream, once its output is out. */
  *take(): Generator<Uint8Array, void, undefined> {
    while (this.output.length > 0) yield this.output.shift() as Uint8Array;
    if (this.failure !== undefined) throw new GzipDataError(`The gzip data is cut short or corrupt (${describe(this.failure.error)}).`);
  }

  async *writeAndTake(bytes: Uint8Array): AsyncGenerator<Uint8Array, void, undefined> {
    await this.write(bytes);
    yield* this.take();
  }

  /** Closes the stream and yields the rest of its output. */
  async *finish(): AsyncGenerator<Uint8Array, void, undefined> {
    await this.writer.close().catch(() => undefined);
    await this.reading;
    yield* this.take();
  }

  async abort(): Promise<void> {
    await this.reader.cancel().catch(() => undefined);
    await this.writer.abort().catch(() => undefined);
    await this.reading;
  }
}

/** The offset of the first place from `from` where a member header could begin, or -1. */
function findMemberStart(bytes: Uint8Array, from: number, end: number): number {
  let at = from;
  while (at + 3 < end) {
    at = bytes.indexOf(ID1, at);
    if (at < 0 || at + 3 >= end) return -1;
    // 1f 8b, method 8 (deflate), no reserved flag bits set.
    if (bytes[at + 1] === ID2 && bytes[at + 2] === CM_DEFLATE && ((bytes[at + 3] as number) & 0xe0) === 0) return at;
    at++;
  }
  return -1;
}

/** Decompresses one whole input, reading its output as it comes; returns the output, and the failure that stopped it, if any. */
async function inflateMember(bytes: Uint8Array): Promise<{ chunks: Uint8Array[]; failure?: { readonly error: unknown } }> {
  const stream = new DecompressionStream('gzip');
  const writer = stream.writable.getWriter();
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader: ReadableStreamDefaultReader<Uint8Array> = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) return { chunks };
      chunks.push(next.value);
    }
  } catch (error) {
    return { chunks, failure: { error } };
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
