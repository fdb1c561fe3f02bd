/**
 * The command line: one table of options, read by Node's own `util.parseArgs`
 * in strict mode, which also writes the usage. Adding an option is adding a
 * row (and its field in {@link CommandOptions}).
 */
import { parseArgs } from 'node:util';
import { SCORING_PROFILE_NAMES, type ScoringProfileName } from '../scoring/index.js';
import { MEDIA_TYPES } from '../shared/checks.js';
import type { MediaType } from '../types/page.js';
import { DEFAULT_MAX_PAGE_BYTES } from './decode.js';

/** What the command was asked to do. */
export interface CommandOptions {
  readonly json: boolean;
  /** `--csv`: the reviews as RFC 4180 CSV, one row per review, one header. */
  readonly csv: boolean;
  /** `--raw-csv`: CSV cells as they are, even those a spreadsheet would run as formulas. */
  readonly rawCsv: boolean;
  /** `--profile NAME`: a scoring profile's label for each page. */
  readonly scoring: ScoringProfileName | undefined;
  /** `--strict`: exit 1 when a diagnostic is a warning or an error. */
  readonly strict: boolean;
  readonly media: MediaType | undefined;
  /** The files named, in order; none means standard input (`-`). */
  readonly files: readonly string[];
  readonly help: boolean;
  readonly version: boolean;
  /** `--url PATTERN`: only the WARC records whose WARC-Target-URI contains PATTERN. */
  readonly url: string | undefined;
  /** `--jobs N`: worker threads; `undefined` for the default (the number of cores). */
  readonly jobs: number | undefined;
  /** `--progress`: report progress on standard error even when it is not a terminal. */
  readonly progress: boolean;
  /** `--max-page-mb N`: the most bytes read of one page, a file that is one page or a crawl file's record; default 64 MiB. */
  readonly maxPageBytes: number;
  /** An argument the command cannot take, as one line (none or one); when there is one, nothing is read. */
  readonly problems: readonly string[];
  /** Set by the run from its I/O, not by an argument: standard output is a terminal, where `--csv` shows a cell's control characters escaped. */
  readonly terminal?: boolean;
}

/** One option of the command: its names, its value if it takes one, and its help. */
export interface OptionRow {
  /** The long name, without `--`. */
  readonly name: string;
  /** The one-letter name, without `-`. */
  readonly short?: string;
  /** The placeholder of its value in the usage, for an option that takes one. */
  readonly value?: string;
  /** The values it accepts, when they are a fixed list. */
  readonly choices?: readonly string[];
  /** What a value must be, for the message when it is missing or wrong (a fixed list says it itself). */
  readonly accepts?: string;
  /** Whether a value is one it takes, when `choices` does not say. */
  readonly valid?: (value: string) => boolean;
  /** Its lines in the usage. */
  readonly help: readonly string[];
}

const PROFILES: readonly string[] = SCORING_PROFILE_NAMES;

/** Every option of the command, in the order the usage lists them. */
export const OPTIONS: readonly OptionRow[] = [
  {
    name: 'json',
    help: [
      'one JSON object per page and line: {"file", "page", "aggregate",',
      '"diagnostics"}, with "url" after "file" for a crawl record, "profileStats"',
      'for a profile page and "scoring" with --profile',
    ],
  },
  {
    name: 'csv',
    help: [
      'the reviews as RFC 4180 CSV, one header, one row per review; cells that',
      "a spreadsheet would run as formulas (=, +, -, @, tab, CR, LF) start with ';",
      'on a terminal, control characters in a cell are shown escaped',
    ],
  },
  { name: 'raw-csv', help: ['with --csv, write every cell as it is, formulas too'] },
  { name: 'profile', value: 'NAME', choices: PROFILES, help: ["a scoring profile's label and reasons for each page:", listOf(PROFILES)] },
  { name: 'media', value: 'MEDIA', choices: MEDIA_TYPES, help: [`${listOf(MEDIA_TYPES)}, for pages that do not say it`] },
  { name: 'strict', help: ['exit 1 when any diagnostic is a warning or an error'] },
  {
    name: 'url',
    value: 'PATTERN',
    accepts: "the text a record's URL must contain",
    valid: (value) => value !== '',
    help: ['in WARC/WET crawl files, only the records whose URL contains PATTERN'],
  },
  {
    name: 'jobs',
    value: 'N',
    accepts: 'a whole number of threads, 1 or more',
    valid: (value) => /^\d{1,4}$/u.test(value) && Number(value) >= 1,
    help: ['parse on N threads (default: the number of cores); output order is kept'],
  },

  { name: 'progress', help: ['report records, pages and MB/s on standard error every second', '(done anyway when standard error is a terminal)'] },
  {
    name: 'max-page-mb',
    value: 'N',
    accepts: 'a whole number of MiB, 1 or more',
    valid: (value) => /^\d{1,6}$/u.test(value) && Number(value) >= 1,
    help: ['the most read of one page, a file or a crawl record, in MiB (default 64):', 'a larger file is refused, a larger record skipped (status 2)'],
  },
  { name: 'help', short: 'h', help: ['show this help'] },
  { name: 'version', short: 'v', help: ['show the version'] },
];

function listOf(values: readonly string[]): string {
  return values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values.at(-1) ?? ''}`;
}

/** What a value of `row` must be, in words. */
function acceptedValue(row: OptionRow): string {
  return row.choices === undefined ? (row.accepts ?? 'a value') : listOf(row.choices);
}

/** An option's names as the usage shows them: `-h, --help`, `--media MEDIA`. */
function optionNames(row: OptionRow): string {
  const long = `--${row.name}${row.value === undefined ? '' : ` ${row.value}`}`;
  return row.short === undefined ? long : `-${row.short}, ${long}`;
}

const NAME_WIDTH = Math.max(...OPTIONS.map((row) => optionNames(row).length)) + 2;

/** What `--help` prints: the usage, every option of {@link OPTIONS}, the exit statuses. */
export const USAGE: string = `Usage: critic-consensus [options] [FILE...]

Reads review pages (text saved, crawled or copied from a review aggregator)
and prints a summary of each: verdict, counts, distribution, aggregate,
Metascore interval, discrepancies and diagnostics. FILE "-" reads standard
input, as no FILE does when standard input is not a terminal. A FILE may be a
web crawl's WARC or WET file, plain or gzip-compressed (.warc.wet.gz): each of
its page records is read as a page, and records that are not review pages are
passed over. Text is read as UTF-8 (or UTF-16, with or without its mark); text
that is not valid UTF-8 is read as Windows-1252, with a warning.

Options:
${OPTIONS.map((row) => row.help.map((line, index) => `  ${(index === 0 ? optionNames(row) : '').padEnd(NAME_WIDTH)}${line}`).join('\n')).join('\n')}

Exit status: 0 when every page was read; 1 when --strict found a warning or
an error; 2 for a bad argument or a file that could not be read or was cut
short; 3 no such file; 4 a directory; 5 a binary file; 6 an empty input; 7 a
text that is not a review page, or HTML rather than a page's text; 70 when a
page made the command fail (a bug); 130 when interrupted (Ctrl-C). Each
problem gets one line on standard error and the other files are still read;
with several, the status is the highest.`;

type ParsedValues = Readonly<Record<string, string | boolean | undefined>>;

/**
 * Reads the command line (without the node and script paths); never throws.
 * An argument it cannot take is its one problem (an unknown option or one
 * missing its value first, then the first wrong value), and the options are
 * then the defaults: the command reads nothing.
 */
export function readArguments(argv: readonly string[]): CommandOptions {
  let values: ParsedValues;
  let files: readonly string[];
  try {
    const parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: true,
      options: Object.fromEntries(
        OPTIONS.map((row) => [
          row.name,
          { type: row.value === undefined ? ('boolean' as const) : ('string' as const), ...(row.short === undefined ? {} : { short: row.short }) },
        ]),
      ),
    });
    values = parsed.values;
    files = parsed.positionals;
  } catch (error) {
    return rejected(describeParseError(error, argv));
  }
  const problem = checkValues(values);
  if (problem !== undefined) return rejected(problem);
  const jobs = values['jobs'];
  return {
    json: values['json'] === true,
    csv: values['csv'] === true,
    rawCsv: values['raw-csv'] === true,
    scoring: values['profile'] as ScoringProfileName | undefined,
    strict: values['strict'] === true,
    media: values['media'] as MediaType | undefined,
    files,
    help: values['help'] === true,
    version: values['version'] === true,
    url: values['url'] as string | undefined,
    jobs: typeof jobs === 'string' ? Number(jobs) : undefined,
    progress: values['progress'] === true,
    maxPageBytes: typeof values['max-page-mb'] === 'string' ? Number(values['max-page-mb']) * 1024 * 1024 : DEFAULT_MAX_PAGE_BYTES,
    problems: [],
  };
}

/** The first value that is not one its option takes, as a line; `undefined` when all are right. */
function checkValues(values: ParsedValues): string | undefined {
  for (const row of OPTIONS) {
    const value = values[row.name];
    if (typeof value !== 'string') continue;
    const problem = checkValue(row, value);
    if (problem !== undefined) return problem;
  }
  if (values['json'] === true && values['csv'] === true) return '--json and --csv cannot be combined: choose one.';
  if (values['raw-csv'] === true && values['csv'] !== true) return '--raw-csv needs --csv.';
  return undefined;
}

/** Why `value` is no value of `row`'s option, as a line; `undefined` when it is one. */
function checkValue(row: OptionRow, value: string): string | undefined {
  const valid = row.choices?.includes(value) ?? row.valid?.(value) ?? true;
  return valid ? undefined : `--${row.name} must be ${acceptedValue(row)}; got ${JSON.stringify(value)}.`;
}

/** Whether an argument is one of the table's options (`--json`, `--media=tv`, `-h`). */
function isOption(argument: string): boolean {
  return OPTIONS.some((row) => argument === `--${row.name}` || argument.startsWith(`--${row.name}=`) || argument === `-${row.short ?? ''}`);
}

/** `util.parseArgs`'s error as one line in the command's words; `argv` gives the value it would not take. */
function describeParseError(error: unknown, argv: readonly string[]): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  // The option as parseArgs quotes it: "Unknown option '--bogus'", "Option '--media <value>' argument missing".
  const quoted = /'(-[^' ]*)/u.exec(message)?.[1] ?? '';
  const row = OPTIONS.find((candidate) => quoted === `--${candidate.name}` || quoted === `-${candidate.short ?? ''}`);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || row === undefined)
    return `unknown option ${quoted || message.split('\n')[0] || ''}; see critic-consensus --help.`;
  if (row.value === undefined) return `--${row.name} takes no value.`;
  // parseArgs takes no value starting with "-" after a space: "--jobs -1" is a wrong value, "--url --json" a missing one.
  const next = argv[argv.indexOf(quoted) + 1];
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && next !== undefined && next !== '--' && !isOption(next)) {
    return checkValue(row, next) ?? `--${row.name} takes a value that starts with "-" as --${row.name}=${next}.`;
  }
  return `--${row.name} needs a value: ${acceptedValue(row)} (as --${row.name} ${row.value} or --${row.name}=${row.value}).`;
}

/** The options of a command line with a problem: nothing to do but report it. */
function rejected(problem: string): CommandOptions {
  return {
    json: false,
    csv: false,
    rawCsv: false,
    scoring: undefined,
    strict: false,
    media: undefined,
    files: [],
    help: false,
    version: false,
    url: undefined,
    jobs: undefined,
    progress: false,
    maxPageBytes: DEFAULT_MAX_PAGE_BYTES,
    problems: [problem],
  };
}
