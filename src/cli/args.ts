import type { MediaType } from '../types/page.js';

/** What the command was asked to do. */
export interface CommandOptions {
  readonly json: boolean;
  readonly strict: boolean;
  readonly media: MediaType | undefined;
  readonly files: readonly string[];
  readonly help: boolean;
  readonly version: boolean;
  /** One line for each argument the command cannot take; the rest is still done. */
  readonly problems: readonly string[];
}

const MEDIA: readonly string[] = ['movie', 'tv', 'music', 'game'];

export const USAGE = `Usage: critic-consensus [options] [FILE...]

Reads review pages (text saved, crawled or copied from a review aggregator)
and prints a summary of each: verdict, counts, distribution, aggregate,
Metascore interval, discrepancies and diagnostics. With no FILE, or "-",
reads standard input.

Options:
  --json          one JSON object per page and line: {"page", "aggregate", "diagnostics"}
  --media MEDIA   movie, tv, music or game, for pages that do not say it
  --strict        exit 1 when any diagnostic is an error
  -h, --help      show this help
  -v, --version   show the version

Exit status: 0 when every page was read, 1 when --strict found an error,
2 for bad arguments or a file that could not be read (the others are still done).`;

/** Reads the command line (without the node and script paths); never throws. */
export function readArguments(argv: readonly string[]): CommandOptions {
  let json = false;
  let strict = false;
  let help = false;
  let version = false;
  let media: MediaType | undefined;
  const files: string[] = [];
  const problems: string[] = [];
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      files.push(arg);
      continue;
    }
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    switch (name) {
      case '--':
        onlyFiles = true;
        break;
      case '--json':
        json = true;
        break;
      case '--strict':
        strict = true;
        break;
      case '-h':
      case '--help':
        help = true;
        break;
      case '-v':
      case '--version':
        version = true;
        break;
      case '--media': {
        const value = inline ?? argv[++i];
        if (value === undefined) problems.push('--media needs a value: movie, tv, music or game.');
        else if (!MEDIA.includes(value)) problems.push(`--media must be movie, tv, music or game, not "${value}".`);
        else media = value as MediaType;
        break;
      }
      default:
        problems.push(`unknown option ${name}; see critic-consensus --help.`);
    }
  }
  return { json, strict, media, files: files.length === 0 ? ['-'] : files, help, version, problems };
}
