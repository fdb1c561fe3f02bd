import { SCORING_PROFILE_NAMES, type ScoringProfileName } from '../scoring/index.js';
import type { MediaType } from '../types/page.js';

/** What the command was asked to do. */
export interface CommandOptions {
  readonly json: boolean;
  /** `--csv`: the reviews as RFC 4180 CSV, one row per review, one header. */
  readonly csv: boolean;
  /** `--profile NAME`: a scoring profile's label for each page. */
  readonly scoring: ScoringProfileName | undefined;
  readonly strict: boolean;
  readonly media: MediaType | undefined;
  readonly files: readonly string[];
  readonly help: boolean;
  readonly version: boolean;
  /** `--url PATTERN`: only the WARC records whose WARC-Target-URI contains PATTERN. */
  readonly url: string | undefined;
  /** `--jobs N`: worker threads; `undefined` for the default (the number of cores). */
  readonly jobs: number | undefined;
  /** `--progress`: report progress on standard error even when it is not a terminal. */
  readonly progress: boolean;
  /** `--max-page-mb N`: the most bytes read of a file that is one page (not a crawl file); default 256 MiB. */
  readonly maxPageBytes: number;
  /** One line for each argument the command cannot take; the rest is still done. */
  readonly problems: readonly string[];
}

const MEDIA: readonly string[] = ['movie', 'tv', 'music', 'game'];
/** The default of --max-page-mb: 256 MiB. */
const DEFAULT_MAX_PAGE_BYTES = 256 * 1024 * 1024;

export const USAGE = `Usage: critic-consensus [options] [FILE...]

Reads review pages (text saved, crawled or copied from a review aggregator)
and prints a summary of each: verdict, counts, distribution, aggregate,
Metascore interval, discrepancies and diagnostics. With no FILE, or "-",
reads standard input. A FILE may be a web crawl's WARC or WET file, plain or
gzip-compressed (.warc.wet.gz): each of its page records is read as a page,
and records that are not review pages are passed over.

Options:
  --json          one JSON object per page and line: {"file", "page", "aggregate",
                  "diagnostics"}, with "url" after "file" for a crawl record
  --media MEDIA   movie, tv, music or game, for pages that do not say it
  --strict        exit 1 when any diagnostic is an error
  --url PATTERN   in WARC/WET crawl files, only the records whose URL contains PATTERN
  --jobs N        parse on N threads (default: the number of cores); output order is kept
  --progress      report records, pages and MB/s on standard error every second
                  (done anyway when standard error is a terminal)
  --max-page-mb N the most read of a file that is one page, in MiB (default 256);
                  a larger one is refused (status 2). Crawl files have no limit
  -h, --help      show this help
  -v, --version   show the version

Exit status: 0 when every page was read; 1 when --strict found an error;
2 for a bad argument or a file that could not be read or was cut short;
3 no such file; 4 a directory; 5 a binary file; 6 an empty input; 7 a text
that is not a review page; 70 when a page made the command fail (a bug).
Each problem gets one line on standard error and the other files are still
read; with several, the status is the highest.`;

/** Reads the command line (without the node and script paths); never throws. */
export function readArguments(argv: readonly string[]): CommandOptions {
  let json = false;
  let csv = false;
  let scoring: ScoringProfileName | undefined;
  let strict = false;
  let help = false;
  let version = false;
  let media: MediaType | undefined;
  let url: string | undefined;
  let jobs: number | undefined;
  let progress = false;
  let maxPageBytes = DEFAULT_MAX_PAGE_BYTES;
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
      case '--csv':
        csv = true;
        break;
      case '--profile': {
        const value = inline ?? argv[++i];
        if (value === undefined) problems.push(`--profile needs a value: ${SCORING_PROFILE_NAMES.join(', ')}.`);
        else if (!(SCORING_PROFILE_NAMES as readonly string[]).includes(value)) problems.push(`--profile must be one of ${SCORING_PROFILE_NAMES.join(', ')}, not "${value}".`);
        else scoring = value as ScoringProfileName;
        break;
      }
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
      case '--url': {
        const value = inline ?? argv[++i];
        if (value === undefined || value === '') problems.push('--url needs a value: the text a record\'s URL must contain.');
        else url = value;
        break;
      }
      case '--jobs': {
        const value = inline ?? argv[++i];
        if (value === undefined) problems.push('--jobs needs a value: a number of worker threads, 1 or more.');
        else if (!/^\d{1,4}$/u.test(value) || Number(value) < 1) problems.push(`--jobs must be a whole number, 1 or more, not "${value}".`);
        else jobs = Number(value);
        break;
      }
      case '--progress':
        progress = true;
        break;
      case '--max-page-mb': {
        const value = inline ?? argv[++i];
        if (value === undefined || !/^\d{1,6}$/u.test(value) || Number(value) < 1) problems.push(`--max-page-mb needs a whole number of MiB, 1 or more${value === undefined ? '' : `, not "${value}"`}.`);
        else maxPageBytes = Number(value) * 1024 * 1024;
        break;
      }
      default:
        problems.push(`unknown option ${name}; see critic-consensus --help.`);
    }
  }
  if (json && csv) {
    problems.push('--json and --csv cannot be combined; --json is used.');
    csv = false;
  }
  return { json, csv, scoring, strict, media, files: files.length === 0 ? ['-'] : files, help, version, url, jobs, progress, maxPageBytes, problems };
}
