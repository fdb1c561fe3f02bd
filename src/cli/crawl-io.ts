/**
 * The command's file streaming: files and standard input as streams of bytes.
 * Part of the command's I/O, with main.ts. (Gzip goes through the core's
 * reader, on the runtime's native zlib, which finds its way past damage.)
 */
import { open } from 'node:fs/promises';
import process from 'node:process';
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
