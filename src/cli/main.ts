#!/usr/bin/env node
/**
 * The `critic-consensus` command's entry: with crawl-io.ts (file streaming)
 * and jobs.ts (worker threads), the only code that touches files, standard
 * streams, `process` or `node:*`.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import process from 'node:process';
import { escapeControls } from '../formats/controls.js';
import { openInput } from './crawl-io.js';
import { EXIT_INTERNAL } from './exit.js';
import { startWorkers } from './jobs.js';
import { RunStopped, runCommandStreaming } from './run.js';

/** The status of a run ended by Ctrl-C (128 + SIGINT's number), as shells report it. */
const EXIT_INTERRUPTED = 130;

function readVersion(): string {
  try {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof manifest.version === 'string' ? manifest.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

/** What the run knows of its standard streams. */
const streams = {
  /** A stream whose reader went away (`| head`): the run ends at the next write. */
  closed: false,
  /** Standard output ends inside a line (a JSON line written in pieces): Ctrl-C waits for its end. */
  stdoutInLine: false,
  /** Standard error ends inside a line (a terminal's progress line): ended before the command exits. */
  stderrInLine: false,
  interrupted: false,
};

// A closed pipe (`critic-consensus big.wet.gz | head`, `2>&1 >out | head`) ends the command quietly, with its status so far.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    streams.closed = true;
    stream.emit('drain');
  });
}

/** Exits on Ctrl-C, once what was written is out: whole lines, and a terminal's progress line ended. */
function exitInterrupted(): never {
  if (streams.stderrInLine && !streams.closed) process.stderr.write('\n');
  process.exit(EXIT_INTERRUPTED);
}

/** Exits on Ctrl-C once standard output has taken everything written so far (a pipe takes it in its own time). */
function exitWhenWritten(): void {
  process.stdout.write('', exitInterrupted);
}

// Ctrl-C: nothing more is written, and the command exits once what it wrote is out. Outputs are written
// a line or more at a time, so that ends at a line's end; a line written in pieces is finished first.
process.on('SIGINT', () => {
  streams.interrupted = true;
  if (!streams.stdoutInLine) exitWhenWritten();
});

/** Writes to standard output; waits for it to drain when its buffer is full. */
function writeStdout(text: string | Uint8Array): void | Promise<void> {
  if (streams.closed) throw new RunStopped();
  if (streams.interrupted && !streams.stdoutInLine) throw new RunStopped(EXIT_INTERRUPTED);
  const flushed = process.stdout.write(text);
  const last = typeof text === 'string' ? text.charCodeAt(text.length - 1) : text[text.length - 1];
  if (text.length > 0) streams.stdoutInLine = last !== 10;
  if (streams.interrupted && !streams.stdoutInLine) exitWhenWritten();
  if (flushed) return undefined;
  return new Promise((resolve) => process.stdout.once('drain', resolve));
}

function writeStderr(text: string): void {
  if (streams.closed) throw new RunStopped();
  process.stderr.write(text);
  if (text.length > 0) streams.stderrInLine = !text.endsWith('\n');
}

let status: number;
try {
  status = await runCommandStreaming(process.argv.slice(2), {
    openInput,
    stdout: writeStdout,
    stderr: writeStderr,
    version: readVersion,
    cores: availableParallelism(),
    startWorkers,
    stderrIsTerminal: process.stderr.isTTY,
    stdoutIsTerminal: process.stdout.isTTY,
    stdinIsTerminal: process.stdin.isTTY,
    now: () => performance.now(),
  });
} catch (error) {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  if (!streams.closed) process.stderr.write(`critic-consensus: internal error: ${message.split('\n').map(escapeControls).join('\n')}\n`);
  status = EXIT_INTERNAL;
}
process.exitCode = status;
// A closed stream leaves nothing more to say: input still open (standard input from a pipe) must not keep the command waiting.
if (streams.closed) process.exit(status);
