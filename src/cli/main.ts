#!/usr/bin/env node
/**
 * The `critic-consensus` command: the only module that touches files,
 * standard streams, `process` or `node:*`.
 */
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { aggregate } from '../aggregate/index.js';
import { parse } from '../parse/index.js';
import { readArguments, USAGE } from './args.js';
import { formatDiagnostic, formatSummary } from './summary.js';

/** Exit statuses, from least to most serious. */
const EXIT_OK = 0;
const EXIT_STRICT = 1;
const EXIT_USAGE = 2;

function main(argv: readonly string[]): number {
  const options = readArguments(argv);
  let status = EXIT_OK;
  for (const problem of options.problems) {
    process.stderr.write(`critic-consensus: ${problem}\n`);
    status = EXIT_USAGE;
  }
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return status;
  }
  if (options.version) {
    process.stdout.write(`${readVersion()}\n`);
    return status;
  }
  let first = true;
  for (const file of options.files) {
    const name = file === '-' ? '<stdin>' : file;
    const text = readInput(file);
    if (typeof text !== 'string') {
      process.stderr.write(`critic-consensus: ${name}: ${text.problem}\n`);
      status = EXIT_USAGE;
      continue;
    }
    const result = parse(text, options.media === undefined ? undefined : { media: options.media });
    const summary = aggregate(result.page, options.media === undefined ? undefined : { media: options.media });
    if (options.json) {
      process.stdout.write(`${JSON.stringify({ file: name, page: result.page, aggregate: summary, diagnostics: result.diagnostics })}\n`);
    } else {
      process.stdout.write(`${first ? '' : '\n'}${formatSummary(name, result.page, summary, result.diagnostics)}`);
      for (const diagnostic of result.diagnostics) process.stdout.write(`${formatDiagnostic(name, diagnostic)}\n`);
    }
    first = false;
    if (options.strict && result.diagnostics.some((diagnostic) => diagnostic.severity === 'error')) status = Math.max(status, EXIT_STRICT);
  }
  return status;
}

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

process.exitCode = main(process.argv.slice(2));
