#!/usr/bin/env node
/**
 * The `critic-consensus` command's entry: the only module that touches files,
 * standard streams, `process` or `node:*`.
 */
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { runCommand } from './run.js';

/** The file's text, or what stopped it being read. */
function readInput(file: string): string | { problem: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (error) {
    return { problem: describeReadError(error) };
  }
  if (bytes.subarray(0, 8192).includes(0)) return { problem: 'is a binary file, not the text of a review page' };
  return bytes.toString('utf8');
}

function describeReadError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return `cannot be read (${error instanceof Error ? error.message : String(error)})`;
  }
}

function readVersion(): string {
  try {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof manifest.version === 'string' ? manifest.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

process.exitCode = runCommand(process.argv.slice(2), {
  readInput,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  version: readVersion,
});
