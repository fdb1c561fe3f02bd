/**
 * The command's file streaming: files and standard input as streams of bytes,
 * and gzip through Node's zlib (native, on the thread pool, every member of a
 * multi-member file). Part of the command's I/O, with main.ts.
 */
import { open } from 'node:fs/promises';
import process from 'node:process';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { GzipDataError } from '../crawl/gzip.js';
import { EXIT_DIRECTORY, EXIT_NO_FILE, EXIT_USAGE } from './exit.js';

/** Read in pieces this large: few system calls, little memory. */
const CHUNK_BYTES = 256 * 1024;

/** A file's bytes as they are read (`-` for standard input), or what stopped it being opened. */
export async function openInput(file: string): Promise<AsyncIterable<Uint8Array> | InputProblem> {
  if (file === '-') return process.stdin;
  let handle;
  try {
    handle = await open(file, 'r');
    if ((await handle.stat()).isDirectory()) {
      await handle.close();
      return { problem: 'is a directory, not a file', exit: EXIT_DIRECTORY };
    }
  } catch (error) {
    await handle?.close();
    return describeReadError(error);
  }
  return handle.createReadStream({ highWaterMark: CHUNK_BYTES, autoClose: true });
}

/** Why a file could not be opened, in a few words, and the exit status that says so. */
export interface InputProblem {
  readonly problem: string;
  readonly exit: number;
}

/** Why a file could not be read, in a few words. */
export function describeReadError(error: unknown): InputProblem {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOENT':
      return { problem: 'no such file', exit: EXIT_NO_FILE };
    case 'EISDIR':
      return { problem: 'is a directory, not a file', exit: EXIT_DIRECTORY };
    case 'EACCES':
    case 'EPERM':
      return { problem: 'permission denied', exit: EXIT_USAGE };
    default:
      return { problem: `cannot be read (${error instanceof Error ? error.message : String(error)})`, exit: EXIT_USAGE };
  }
}

/** Decompressed bytes held for the reader before zlib is paused. */
const HELD_BYTES = 1024 * 1024;

/**
 * Decompresses gzip with Node's zlib, which reads every member of a
 * multi-member file. Output is taken as zlib makes it, so that when the data
 * turns out cut short, everything before the cut still reaches the reader;
 * zlib's data errors become the core's GzipDataError, so a record cut short
 * is reported as the core reports it.
 */
export async function* gunzip(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array, void, undefined> {
  const inflater = createGunzip({ chunkSize: 64 * 1024 });
  const source = Readable.from(chunks, { objectMode: false });
  const held: Buffer[] = [];
  let heldBytes = 0;
  // Set by the stream's events, read by the loop below.
  const state: { ended: boolean; failure?: { readonly error: unknown }; sourceFailure?: { readonly error: unknown } } = { ended: false };
  let wake: (() => void) | undefined;
  const notify = (): void => {
    wake?.();
    wake = undefined;
  };
  inflater.on('data', (chunk: Buffer) => {
    held.push(chunk);
    heldBytes += chunk.length;
    if (heldBytes >= HELD_BYTES) inflater.pause();
    notify();
  });
  inflater.on('end', () => {
    state.ended = true;
    notify();
  });
  inflater.on('error', (error) => {
    state.failure ??= { error };
    notify();
  });
  source.on('error', (error) => {
    state.sourceFailure = { error };
    inflater.destroy(error);
  });
  source.pipe(inflater);
  try {
    for (;;) {
      const chunk = held.shift();
      if (chunk !== undefined) {
        heldBytes -= chunk.length;
        if (heldBytes < HELD_BYTES / 2 && inflater.isPaused()) inflater.resume();
        yield chunk;
        continue;
      }
      if (state.ended || state.failure !== undefined) break;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
    if (state.sourceFailure !== undefined) throw state.sourceFailure.error;
    if (state.failure !== undefined) {
      const { error } = state.failure;
      throw new GzipDataError(`The gzip data is cut short or corrupt (${error instanceof Error ? error.message : String(error)}).`);
    }
  } finally {
    source.destroy();
    inflater.destroy();
  }
}
