#!/usr/bin/env node
/**
 * The `critic-consensus` command's entry: with crawl-io.ts (file streaming)
 * and jobs.ts (worker threads), the only code that touches files, standard
 * streams, `process` or `node:*`.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import process from 'node:process';
import { openInput } from './crawl-io.js';
import { EXIT_INTERNAL } from './exit.js';
import { startWorkers } from './jobs.js';
import { runCommandStreaming } from './run.js';

function readVersion(): string {
  try {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof manifest.version === 'string' ? manifest.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Writes to standard output; waits for it to drain when its buffer is full. */
function writeStdout(text: string | Uint8Array): void | Promise<void> {
  if (process.stdout.write(text)) return undefined;
  return new Promise((resolve) => process.stdout.once('drain', resolve));
}

// A closed pipe (`critic-consensus big.wet.gz | head`) ends the command quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  process.exitCode = await runCommandStreaming(process.argv.slice(2), {
    openInput,
    stdout: writeStdout,
    stderr: (text) => process.stderr.write(text),
    version: readVersion,
    cores: availableParallelism(),
    startWorkers,
    stderrIsTerminal: process.stderr.isTTY,
    now: () => performance.now(),
  });
} catch (error) {
  process.stderr.write(`critic-consensus: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = EXIT_INTERNAL;
}
