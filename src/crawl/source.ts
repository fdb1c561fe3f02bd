/**
 * Byte sources: what the crawl readers accept, and the small tools they share
 * to read one. Web-standard only (no `node:*`), so the readers run in Node,
 * browsers, Deno and Bun alike.
 */

/**
 * The reader of a web `ReadableStream` of bytes, as far as the crawl readers use it.
 *
 * @example
 * ```ts
 * // As `(await fetch(url)).body!.getReader()` gives it.
 * const reader: ByteStreamReader = new Blob(['WARC/1.0\r\n']).stream().getReader();
 * (await reader.read()).value?.length;
 * //=> 10
 * ```
 */
export interface ByteStreamReader {
  /** The next chunk, or `done` at the end of the stream. */
  read(): Promise<{ readonly done: boolean; readonly value?: Uint8Array | undefined }>;
  /** Tells the stream no more chunks are wanted. */
  cancel(reason?: unknown): Promise<void>;
  /** Frees the stream for another reader. */
  releaseLock(): void;
}

/**
 * A web `ReadableStream` of bytes, as far as the crawl readers use it.
 *
 * @example
 * ```ts
 * const stream: ByteStream = new Blob(['WARC/1.0\r\nWARC-Type: conversion\r\nContent-Length: 2\r\n\r\nhi\r\n\r\n']).stream();
 * const contents: unknown[] = [];
 * for await (const item of readWarcRecords(stream)) contents.push(item.kind === 'record' ? item.content : item.code);
 * contents;
 * //=> ['hi']
 * ```
 */
export interface ByteStream {
  /** A reader of the stream's chunks. */
  getReader(): ByteStreamReader;
}

/**
 * Bytes as they arrive: any async or sync iterable of `Uint8Array` chunks (a
 * Node read stream, an async generator, an array), or a web `ReadableStream`
 * such as `fetch(url).body` or `blob.stream()`. Chunks may split the data
 * anywhere, even inside a gzip header or a UTF-8 character. Bytes already in
 * hand, a `Uint8Array` (`readFileSync`'s `Buffer`) or an `ArrayBuffer`
 * (`response.arrayBuffer()`), are one chunk.
 *
 * @example
 * ```ts
 * // A Node read stream (`createReadStream('CC-MAIN-00000.warc.wet.gz')`), a web stream, an array of chunks:
 * const wet = 'WARC/1.0\r\nWARC-Type: conversion\r\nContent-Length: 2\r\n\r\nhi\r\n\r\n';
 * const sources: ByteSource[] = [new Blob([wet]).stream(), [new TextEncoder().encode(wet)]];
 * const types: unknown[] = [];
 * for (const source of sources) for await (const item of readWarcRecords(source)) types.push(item.kind === 'record' ? item.type : item.code);
 * types;
 * //=> ['conversion', 'conversion']
 * ```
 */
export type ByteSource = AsyncIterable<Uint8Array> | Iterable<Uint8Array> | ByteStream | Uint8Array | ArrayBuffer;

/** The source's chunks as one async iterable, whatever the kind of source; empty chunks left out. */
export async function* iterateBytes(source: ByteSource): AsyncGenerator<Uint8Array, void, undefined> {
  const value: unknown = source;
  if (typeof value !== 'object' || value === null) {
    throw new TypeError('Expected the bytes as an iterable of Uint8Array chunks or a ReadableStream.');
  }
  // Bytes in hand are one chunk (a Uint8Array is also an iterable of numbers, which is not what it means here).
  if (value instanceof Uint8Array || value instanceof ArrayBuffer) {
    const bytes = value instanceof Uint8Array ? value : new Uint8Array(value);
    if (bytes.length > 0) yield bytes;
    return;
  }
  if (Symbol.asyncIterator in source || Symbol.iterator in source) {
    for await (const chunk of source as AsyncIterable<unknown>) yield checkChunk(chunk);
    return;
  }
  if (!('getReader' in source) || typeof source.getReader !== 'function') {
    throw new TypeError('Expected the bytes as an iterable of Uint8Array chunks or a ReadableStream.');
  }
  const reader = source.getReader();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        return;
      }
      if (value !== undefined && value.length > 0) yield checkChunk(value);
    }
  } finally {
    // Stopped early by the consumer: let the stream's producer stop too.
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

function checkChunk(chunk: unknown): Uint8Array {
  if (!(chunk instanceof Uint8Array)) {
    throw new TypeError(`Expected each chunk to be a Uint8Array, but got ${typeof chunk === 'string' ? 'a string (encode it first)' : typeof chunk}.`);
  }
  return chunk;
}

/**
 * Reads chunks until at least `count` bytes are in hand (or the input ends),
 * and returns those first bytes with an iterable that yields everything again,
 * the first bytes included.
 */
export async function peekBytes(
  chunks: AsyncIterator<Uint8Array, void, undefined>,
  count: number,
): Promise<{ readonly head: Uint8Array; readonly chunks: AsyncGenerator<Uint8Array, void, undefined> }> {
  const held: Uint8Array[] = [];
  let length = 0;
  while (length < count) {
    const next = await chunks.next();
    if (next.done === true) break;
    if (next.value.length === 0) continue;
    held.push(next.value);
    length += next.value.length;
  }
  const head = held.length === 1 ? (held[0] as Uint8Array) : concatBytes(held, length);
  async function* replay(): AsyncGenerator<Uint8Array, void, undefined> {
    try {
      if (length > 0) yield head;
      for (;;) {
        const next = await chunks.next();
        if (next.done === true) return;
        yield next.value;
      }
    } finally {
      await chunks.return?.();
    }
  }
  return { head, chunks: replay() };
}

/** The chunks joined into one new array (of `length` bytes, their total unless said). */
export function concatBytes(chunks: readonly Uint8Array[], length: number = chunks.reduce((sum, chunk) => sum + chunk.length, 0)): Uint8Array {
  const joined = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    joined.set(chunk, at);
    at += chunk.length;
  }
  return joined;
}

/** Whether `bytes` begins with the ASCII text `prefix`. */
export function startsWithAscii(bytes: Uint8Array, prefix: string, from = 0): boolean {
  if (bytes.length - from < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[from + i] !== prefix.charCodeAt(i)) return false;
  return true;
}
