/**
 * What the command does, given its arguments and a way to read and write:
 * no I/O of its own, so tests drive it with plain functions.
 */
import { aggregate } from '../aggregate/index.js';
import { parse } from '../parse/index.js';
import { readArguments, USAGE } from './args.js';
import { formatDiagnostic, formatSummary } from './summary.js';

/** The command's access to the world. */
export interface CommandIO {
  /** The text of a file, `-` for standard input, or what stopped it being read. */
  readonly readInput: (file: string) => string | { readonly problem: string };
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly version: () => string;
}

/** Exit statuses, from least to most serious. */
export const EXIT_OK = 0;
export const EXIT_STRICT = 1;
export const EXIT_USAGE = 2;

/** Runs the command on `argv` (without the node and script paths); returns the exit status. */
export function runCommand(argv: readonly string[], io: CommandIO): number {
  const options = readArguments(argv);
  let status = EXIT_OK;
  for (const problem of options.problems) {
    io.stderr(`critic-consensus: ${problem}\n`);
    status = EXIT_USAGE;
  }
  if (options.help) {
    io.stdout(`${USAGE}\n`);
    return status;
  }
  if (options.version) {
    io.stdout(`${io.version()}\n`);
    return status;
  }
  const mediaOption = options.media === undefined ? undefined : { media: options.media };
  let first = true;
  for (const file of options.files) {
    const name = file === '-' ? '<stdin>' : file;
    const text = io.readInput(file);
    if (typeof text !== 'string') {
      io.stderr(`critic-consensus: ${name}: ${text.problem}\n`);
      status = EXIT_USAGE;
      continue;
    }
    const result = parse(text, mediaOption);
    const summary = aggregate(result.page, mediaOption);
    if (options.json) {
      io.stdout(`${JSON.stringify({ file: name, page: result.page, aggregate: summary, diagnostics: result.diagnostics })}\n`);
    } else {
      io.stdout(`${first ? '' : '\n'}${formatSummary(name, result.page, summary, result.diagnostics)}`);
      for (const diagnostic of result.diagnostics) io.stdout(`${formatDiagnostic(name, diagnostic)}\n`);
    }
    first = false;
    if (options.strict && result.diagnostics.some((diagnostic) => diagnostic.severity === 'error')) status = Math.max(status, EXIT_STRICT);
  }
  return status;
}
