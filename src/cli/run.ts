/**
 * What the command does, given its arguments and a way to read and write:
 * no I/O of its own, so tests drive it with plain functions.
 */
import { aggregate } from '../aggregate/index.js';
import { decompressGzip, findMemberStart, GZIP_PROBE_BYTES, looksGzip, MIN_MEMBER, type GzipFault } from '../crawl/gzip.js';
import { mediaFromUrl } from '../crawl/media.js';
import { isReviewPage, RESPONSE_RECORDS } from '../crawl/parse-warc.js';
import { concatBytes, iterateBytes, peekBytes, startsWithAscii } from '../crawl/source.js';
import { readWarcBlocks, type WarcProblem } from '../crawl/warc.js';
import { formatCsvPieces } from '../formats/csv.js';
import { formatCsvHeader, formatCsvRows } from '../formats/index.js';
import { parse } from '../parse/index.js';
import { describeScoring } from '../scoring/index.js';
import { ALL_SITES } from '../sites/index.js';
import { summarizeProfile } from '../stats/index.js';
import type { Diagnostic } from '../types/diagnostic.js';
import { readArguments, USAGE, type CommandOptions } from './args.js';
import { binaryTest, decodeText, withDecodingDiagnostic } from './decode.js';
import { escapeControls } from '../formats/controls.js';
import { inflateHead, readMembers, type MembersTask } from './members.js';
import { EXIT_BINARY, EXIT_EMPTY, EXIT_INTERNAL, EXIT_NOT_A_PAGE, EXIT_OK, EXIT_STRICT, EXIT_USAGE } from './exit.js';
import { holdsRawControls, jsonLine } from './json.js';
import { formatDiagnostic, formatNoPageSummary, formatSummary } from './summary.js';

/** One page for the command to read: where it came from, and its text. */
export interface PageTask {
  /** The file's name as the command prints it (`<stdin>` for standard input). */
  readonly file: string;
  /** The WARC record's `WARC-Target-URI` for a page read from a crawl file; `null` for a file that is one page. */
  readonly url: string | null;
  /** The page's text, or its bytes (decoded by the thread that reads the page: UTF-8, UTF-16 with a byte-order mark, else Windows-1252). */
  readonly content: string | Uint8Array;
}

/** A unit of work for a thread: a page, or a batch of a gzip crawl file's members (read there). */
export type WorkItem = PageTask | MembersTask;

/**
 * Output in pieces, one after another: made as they are written (a page's CSV rows, a large page's JSON line), so
 * that a page's output is never whole in memory.
 */
export type OutputPieces = Iterable<string>;

/** Output pieces of at least this many characters (but the last): few writes, little memory. */
const PIECE_CHARS = 1 << 20;
/** A page of this many reviews has its CSV written in pieces (a page of fewer, a megabyte or two of CSV, in one). */
const CSV_PIECES_FROM = 10_000;

/** What the command prints for one page. */
export interface PageOutput {
  /**
   * For standard output: the JSON line, or the CSV rows, or the summary and its diagnostics (without the blank line
   * between pages); a large page's JSON line and CSV rows in pieces, made as they are written.
   */
  readonly output: string | OutputPieces;
  /** Whether a diagnostic is a warning or an error, for `--strict`. */
  readonly warned: boolean;
  /** A crawl record that is not a review page: passed over, nothing printed. */
  readonly skipped: boolean;
  /** What went wrong when reading the page failed (a bug, which the command reports, then goes on). */
  readonly failure?: string;
  /** A file that is empty or not a review page: its one-line message and exit status (the page is still printed). */
  readonly notice?: Notice;
}

/** A one-line message for standard error, and the exit status it calls for. */
export interface Notice {
  readonly message: string;
  readonly exit: number;
}

/**
 * Parses and aggregates one page and renders it as the options ask: the unit
 * of work the command spreads over worker threads (plain data in, plain data
 * out). A crawl record that is not a review page is `skipped`.
 */
export function renderPage(options: CommandOptions, task: PageTask): PageOutput {
  // The page's own word wins (parse keeps it); then the media a crawl record's URL names; then --media.
  const media = (task.url === null ? undefined : mediaFromUrl(task.url)) ?? options.media;
  const mediaOption = media === undefined ? undefined : { media };
  const decoded: { readonly text: string; readonly diagnostic?: Diagnostic } =
    typeof task.content === 'string' ? { text: task.content } : decodeText(task.content);
  const result = parse(decoded.text, { ...mediaOption, sites: ALL_SITES, ...(task.url === null ? {} : { url: task.url }) });
  if (task.url !== null && !isReviewPage(result)) return { output: '', warned: false, skipped: true };
  const { page } = result;
  const diagnostics = withDecodingDiagnostic(result.diagnostics, decoded);
  const summary = aggregate(page, mediaOption);
  const warned = diagnostics.some((diagnostic) => diagnostic.severity !== 'info');
  const notice = task.url === null ? noticeOf(task.file, diagnostics) : undefined;
  const common = { warned, skipped: false, ...(notice ? { notice } : {}) };
  // A crawl record is named by its URL: its diagnostics' lines and columns are the record's.
  const name = task.url ?? task.file;
  if (options.csv) {
    // On a terminal a cell's control characters are shown escaped; to a file or a pipe the data is kept as it is.
    const csvOptions = { formulas: options.rawCsv ? 'raw' : 'escape', controls: options.terminal === true ? 'escape' : 'keep' } as const;
    // A page of many reviews is written row by row; the others' rows join their batch's output, written at once.
    const source = { file: name, page };
    const output = page.reviews.length < CSV_PIECES_FROM ? formatCsvRows(source, csvOptions) : formatCsvPieces(source, csvOptions, PIECE_CHARS);
    return { output, ...common };
  }
  const scoring = options.scoring === undefined ? undefined : describeScoring(page, options.scoring, mediaOption);
  // A film page has no profile to summarise: no need to have its reviews checked again to learn that.
  const profileStats = page.kind === 'film' ? undefined : summarizeProfile(page, mediaOption);
  if (options.json) {
    const record = {
      file: task.file,
      ...(task.url === null ? {} : { url: task.url }),
      page,
      aggregate: summary,
      ...(profileStats === undefined ? {} : { profileStats }),
      ...(scoring === undefined ? {} : { scoring: { profile: scoring.profile, label: scoring.label, reasons: scoring.reasons, wilson: scoring.wilson } }),
      diagnostics,
    };
    const escapes = holdsRawControls(decoded.text) || holdsRawControls(task.file) || (task.url !== null && holdsRawControls(task.url));
    return { output: jsonLine(record, escapes), ...common };
  }
  // Text that is no review page (empty, HTML, or none of a page's parts) has no page to summarise: its diagnostics say why.
  let output =
    notice === undefined ? formatSummary(name, page, summary, diagnostics, { profileStats, scoring: scoring?.text }) : formatNoPageSummary(name, diagnostics);
  for (const diagnostic of diagnostics) output += `${formatDiagnostic(name, diagnostic)}\n`;
  return { output, ...common };
}

/** A file that is empty, is HTML, or is not a review page, gets a line on standard error and its exit status. */
function noticeOf(file: string, diagnostics: readonly { readonly code: string }[]): Notice | undefined {
  if (diagnostics.some((diagnostic) => diagnostic.code === 'empty-input')) return { message: `${file}: is empty`, exit: EXIT_EMPTY };
  if (diagnostics.some((diagnostic) => diagnostic.code === 'html-input')) {
    return { message: `${file}: is HTML, not a page's text (pass the text a browser copies from the page, or a crawl's WET file)`, exit: EXIT_NOT_A_PAGE };
  }
  if (diagnostics.some((diagnostic) => diagnostic.code === 'not-a-review-page')) {
    return { message: `${file}: is not a review page (no verdict, distribution, review or profile)`, exit: EXIT_NOT_A_PAGE };
  }
  return undefined;
}

/**
 * {@link renderPage}, with a failure of its own (a bug of the library) turned
 * into an output that says so, so that one page does not stop a crawl.
 */
export function renderTask(options: CommandOptions, task: PageTask): PageOutput {
  try {
    return renderPage(options, task);
  } catch (error) {
    const where = task.url === null ? task.file : `${task.file}: ${task.url}`;
    return {
      output: '',
      warned: true,
      skipped: false,
      failure: `${where}: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    };
  }
}

/** What the command prints for a batch of pages. */
export interface BatchOutput {
  /**
   * For standard output: the pages' outputs, a blank line between summaries (none before the first); as text, or
   * as UTF-8 from a worker; or in parts, one after another, each text or {@link OutputPieces}.
   */
  readonly output: string | Uint8Array | readonly (string | OutputPieces)[];
  /** How many pages the output holds (crawl records that are not review pages are passed over). */
  readonly pages: number;
  /** How many of them have a warning or an error, for `--strict`. */
  readonly warned: number;
  /** One message for each page that made the library fail. */
  readonly failures: readonly string[];
  /** One for each file that is empty or not a review page, and each problem of a crawl file read there. */
  readonly notices: readonly Notice[];
  /** Crawl records read there (a batch of members), for the progress report. */
  readonly records?: number;
  /** The files some of whose records read there are WARC response records. */
  readonly responses?: readonly string[];
}

/** Renders a batch of pages with {@link renderTask}. */
export function renderBatch(
  options: CommandOptions,
  tasks: readonly PageTask[],
): BatchOutput & { readonly output: string | readonly (string | OutputPieces)[] } {
  let output = '';
  // The parts before `output`, when a page's output came in pieces.
  const pieces: (string | OutputPieces)[] = [];
  let pages = 0;
  let warned = 0;
  const failures: string[] = [];
  const notices: Notice[] = [];
  for (const task of tasks) {
    const rendered = renderTask(options, task);
    if (rendered.failure !== undefined) failures.push(rendered.failure);
    if (rendered.notice !== undefined) notices.push(rendered.notice);
    if (rendered.skipped || rendered.failure !== undefined) continue;
    if (pages > 0 && !options.json && !options.csv) output += '\n';
    if (typeof rendered.output === 'string') output += rendered.output;
    else {
      pieces.push(output, rendered.output);
      output = '';
    }
    pages += 1;
    if (rendered.warned) warned += 1;
  }
  return { output: pieces.length === 0 ? output : [...pieces, output].filter((piece) => piece !== ''), pages, warned, failures, notices };
}

/**
 * Renders a batch of work: pages, and batches of gzip members, which are
 * read here (inflated, their records chosen by --url) and their pages
 * rendered. The unit of work of a worker thread.
 */
export async function renderWork(
  options: CommandOptions,
  work: readonly WorkItem[],
): Promise<BatchOutput & { readonly output: string | readonly (string | OutputPieces)[] }> {
  if (work.every((item): item is PageTask => !('members' in item))) return renderBatch(options, work);
  const tasks: PageTask[] = [];
  const notices: Notice[] = [];
  const responses: string[] = [];
  let records = 0;
  for (const item of work) {
    if (!('members' in item)) {
      tasks.push(item);
      continue;
    }
    const content = await readMembers(options, item);
    for (const page of content.pages) tasks.push({ file: item.file, url: page.url, content: page.block });
    notices.push(...content.problems);
    records += content.records;
    if (content.responses) responses.push(item.file);
  }
  const rendered = renderBatch(options, tasks);
  return { ...rendered, notices: [...notices, ...rendered.notices], records, responses };
}

/**
 * Answers a bad argument (its one line, status 2), --help, --version, and no
 * file on a terminal (the usage, status 2: nothing is waited for); returns the
 * status when that is all the command does, else `undefined`.
 */
async function startCommand(options: CommandOptions, io: StreamingCommandIO): Promise<number | undefined> {
  const [problem] = options.problems;
  if (problem !== undefined) {
    io.stderr(`critic-consensus: ${escapeControls(problem)}\n`);
    return EXIT_USAGE;
  }
  if (options.help) {
    await io.stdout(`${USAGE}\n`);
    return EXIT_OK;
  }
  if (options.version) {
    await io.stdout(`${io.version()}\n`);
    return EXIT_OK;
  }
  if (options.files.length === 0 && io.stdinIsTerminal === true) {
    io.stderr(`${USAGE}\n\nGive a FILE, or - to read standard input from the terminal (end it with Ctrl-D).\n`);
    return EXIT_USAGE;
  }
  return undefined;
}

/**
 * Thrown by the command's I/O to end the run at once, quietly: standard
 * output or standard error was closed (a pipe's reader went away). The run
 * ends with the status it had earned (or `exit`, when higher).
 */
export class RunStopped extends Error {
  constructor(readonly exit: number = EXIT_OK) {
    super('The run was stopped.');
    this.name = 'RunStopped';
  }
}

// ---------------------------------------------------------------- streaming: files of any size, crawl files, workers

/** Pages rendered elsewhere (on worker threads). */
export interface PagePool {
  /** Renders a batch, as {@link renderBatch} does (a task's bytes may be handed over to the worker: not to be used again). */
  readonly render: (tasks: readonly WorkItem[]) => Promise<BatchOutput>;
  /** How many batches are out with the workers, not yet returned. */
  readonly waiting: () => number;
  /** Stops the workers. */
  readonly close: () => Promise<void>;
}

/** The streaming command's access to the world. */
export interface StreamingCommandIO {
  /** A file's bytes (`-` for standard input) as they are read, or what stopped it being opened. */
  readonly openInput: (file: string) => Promise<AsyncIterable<Uint8Array> | { readonly problem: string; readonly exit: number }>;
  /** Writes to standard output (text, or UTF-8 bytes); a promise when the writer wants the command to wait (backpressure). */
  readonly stdout: (text: string | Uint8Array) => void | Promise<void>;
  readonly stderr: (text: string) => void;
  readonly version: () => string;
  /** The default of --jobs: the number of cores. */
  readonly cores: number;
  /** Starts `workers` worker threads that render pages (--jobs N: this thread and N - 1 workers); without it, pages are rendered here whatever --jobs says. */
  readonly startWorkers?: (options: CommandOptions, workers: number) => PagePool;
  /** Whether standard error is a terminal: progress is then shown without --progress. */
  readonly stderrIsTerminal: boolean;
  /** Whether standard output is a terminal: `--csv` then shows a cell's control characters escaped. */
  readonly stdoutIsTerminal?: boolean;
  /** Whether standard input is a terminal: with no FILE, the usage is shown rather than waiting for typing. */
  readonly stdinIsTerminal?: boolean;
  /** Milliseconds, for progress reports. */
  readonly now: () => number;
}

/** A batch goes to a worker when it holds this much text (characters or bytes), or this many pages. */
const BATCH_SIZE = 256 * 1024;
const BATCH_PAGES = 256;
/**
 * Batches sent to each worker before this thread renders one itself: a
 * worker then always has the next at hand while this thread reads or renders
 * (each hand-over wakes a thread, which takes long on a busy machine), and
 * this thread renders only what the workers cannot keep up with.
 */
const WORKER_QUEUE = 4;
/** Worker threads start once this much text has been read: a page or two is read faster than a worker starts. */
const WORKER_THRESHOLD = 1024 * 1024;
/** A gzip crawl file goes to the threads in batches of whole members about this large. */
const MEMBERS_BATCH_BYTES = 1024 * 1024;
/** A member this large (compressed) with no next member in sight is not one record: the rest of the file goes to the core's reader. */
const MEMBER_HOLD_BYTES = 8 * 1024 * 1024;
/**
 * A batch holding a page this large (characters or bytes) is rendered on this thread, its output written as it is
 * made: a worker would make it whole before handing it over.
 */
const LARGE_PAGE = 8 * 1024 * 1024;
/** Bytes that say a file is a WARC file. */
const WARC_MAGIC = 'WARC/';

/**
 * Runs the command on `argv` (without the node and script paths), reading
 * files as streams: a file is one page, or a crawl's WARC or WET file (plain
 * or gzip) whose page records are each a page. Pages are rendered on worker
 * threads when the I/O offers them (--jobs), output kept in input order;
 * returns the exit status.
 */
export async function runCommandStreaming(argv: readonly string[], io: StreamingCommandIO): Promise<number> {
  let status = EXIT_OK;
  try {
    const options: CommandOptions = { ...readArguments(argv), terminal: io.stdoutIsTerminal === true };
    const done = await startCommand(options, io);
    if (done !== undefined) return done;
    await runFiles(options, io, (earned) => {
      status = Math.max(status, earned);
    });
  } catch (error) {
    if (!(error instanceof RunStopped)) throw error;
    return Math.max(status, error.exit);
  }
  return status;
}

/** Reads every file and writes what the options ask, telling `earn` each status a problem calls for. */
async function runFiles(options: CommandOptions, io: StreamingCommandIO, earn: (status: number) => void): Promise<void> {
  if (options.csv) await io.stdout(formatCsvHeader());
  const progress = new Progress(io, options.progress || io.stderrIsTerminal, options.progress);
  let first = true;
  const responding = new Set<string>();
  const writeBatch = async (batch: BatchOutput): Promise<void> => {
    for (const failure of batch.failures) problem(failure, EXIT_INTERNAL);
    for (const notice of batch.notices) problem(notice.message, notice.exit);
    for (const file of batch.responses ?? []) {
      if (responding.has(file)) continue;
      responding.add(file);
      problem(`${file}: ${RESPONSE_RECORDS}`);
    }
    progress.records += batch.records ?? 0;
    if (batch.pages > 0) {
      // A blank line between the readable summaries of two batches, as within one.
      if (!first && !options.json && !options.csv) await io.stdout('\n');
      const { output } = batch;
      if (typeof output === 'string' || output instanceof Uint8Array) await io.stdout(output);
      else for (const part of output) for (const piece of typeof part === 'string' ? [part] : part) await io.stdout(piece);
      first = false;
    }
    progress.pages += batch.pages;
    if (options.strict && batch.warned > 0) earn(EXIT_STRICT);
    progress.report();
  };
  let problems = 0;
  const problem = (text: string, exit = EXIT_USAGE): void => {
    problems += 1;
    earn(exit);
    progress.interrupt();
    io.stderr(`critic-consensus: ${text.split('\n').map(escapeControls).join('\n')}\n`);
  };
  if (options.jobs !== undefined && options.jobs > io.cores) {
    io.stderr(`critic-consensus: --jobs ${options.jobs} is more than the ${io.cores} cores here; ${io.cores} are used.\n`);
  }
  const renderer = new Renderer(options, io);
  const queue = new OrderedQueue((tasks) => renderer.render(tasks), writeBatch, renderer.batchesOut);
  try {
    for (const file of options.files.length === 0 ? ['-'] : options.files) {
      const name = file === '-' ? '<stdin>' : file;
      const opened = await io.openInput(file);
      if ('problem' in opened) {
        problem(`${name}: ${opened.problem}`, opened.exit);
        continue;
      }
      try {
        await readFile(name, opened, options, queue, progress, problem);
      } catch (error) {
        if (error instanceof RunStopped) throw error;
        problem(`${name}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
      }
    }
    await queue.drain();
    // Records were read, none was a review page, and nothing was said of them: say so, rather than print nothing and exit 0.
    if (progress.records > 0 && progress.pages === 0 && problems === 0) {
      const chosen = options.url === undefined ? '' : ` whose URL holds ${JSON.stringify(options.url)}`;
      problem(`no review page${chosen} among the ${progress.records.toLocaleString('en-US')} records read`, EXIT_NOT_A_PAGE);
    }
  } catch (error) {
    // Stopped: a terminal's progress line is ended (when standard error is still open), so no line is left half written.
    if (error instanceof RunStopped) progress.interruptQuietly();
    throw error;
  } finally {
    await renderer.close();
  }
  progress.finish();
}

/** Reads one file: a crawl file's page records, or the whole file as one page. */
async function readFile(
  name: string,
  source: AsyncIterable<Uint8Array>,
  options: CommandOptions,
  queue: OrderedQueue,
  progress: Progress,
  problem: (text: string, exit?: number) => void,
): Promise<void> {
  const counted = progress.count(iterateBytes(source));
  const raw = await peekBytes(counted, GZIP_PROBE_BYTES);
  const compressed = looksGzip(raw.head);
  let chunks = raw.chunks;
  if (compressed) {
    const rest = await readMemberBatches(name, chunks, queue);
    if (rest === undefined) return;
    chunks = rest;
  }
  let input: AsyncIterable<Uint8Array | GzipFault> = chunks;
  let head = raw.head;
  if (compressed) ({ head, input } = await peekOutput(decompressGzip(chunks), WARC_MAGIC.length));
  if (startsWithAscii(head, WARC_MAGIC)) {
    let responses = false;
    // Records stay bytes here: the thread that reads a page decodes it.
    // A record is one page: --max-page-mb is its limit too.
    for await (const item of readWarcBlocks(input, { maxRecordBytes: options.maxPageBytes })) {
      if (item.kind === 'problem') {
        problem(`${name}: ${describeWarcProblem(item)}`);
        continue;
      }
      progress.records += 1;
      progress.report();
      if (item.type === 'response' && !responses) {
        responses = true;
        problem(`${name}: ${RESPONSE_RECORDS}`);
      }
      if (item.type !== 'conversion' || item.url === null) continue;
      if (options.url !== undefined && !item.url.includes(options.url)) continue;
      await queue.submit({ file: name, url: item.url, content: item.block });
    }
    return;
  }
  // One page: the whole file as text, up to the size cap, and not binary (told by its first bytes).
  const limit = options.maxPageBytes;
  const parts: Uint8Array[] = [];
  let length = 0;
  const isBinary = binaryTest();
  for await (const chunk of input) {
    if (!(chunk instanceof Uint8Array)) {
      problem(`${name}: ${chunk.message}`);
      return;
    }
    if (isBinary(chunk)) {
      problem(`${name}: is a binary file, not the text of a review page`, EXIT_BINARY);
      return;
    }
    length += chunk.length;
    if (length > limit) {
      problem(`${name}: is larger than ${formatMiB(limit)}, the most read as one page (--max-page-mb); a crawl file begins with "WARC/"`);
      return;
    }
    parts.push(chunk);
  }
  const bytes = concatBytes(parts, length);
  parts.length = 0;
  progress.records += 1;
  await queue.submit({ file: name, url: null, content: bytes });
}

/**
 * Reads a gzip file as batches of whole members, each read and rendered by a
 * thread, while it is a crawl file of members no larger than
 * {@link MEMBER_HOLD_BYTES}; returns `undefined` when that took the whole
 * file, else the file's bytes from the first member it did not take (to read
 * as one page, or with the core's reader).
 */
async function readMemberBatches(
  name: string,
  chunks: AsyncGenerator<Uint8Array, void, undefined>,
  queue: OrderedQueue,
): Promise<AsyncGenerator<Uint8Array, void, undefined> | undefined> {
  let held = new Uint8Array(2 * MEMBERS_BATCH_BYTES);
  let length = 0;
  let offset = 0;
  let scanFrom = MIN_MEMBER;
  let crawl: boolean | undefined;
  const rest = async function* (): AsyncGenerator<Uint8Array, void, undefined> {
    if (length > 0) yield held.slice(0, length);
    yield* { [Symbol.asyncIterator]: () => chunks };
  };
  for (;;) {
    const next = await chunks.next();
    if (next.done !== true) {
      const chunk = next.value;
      if (length + chunk.length > held.length) {
        const grown = new Uint8Array(Math.max(held.length * 2, length + chunk.length));
        grown.set(held.subarray(0, length));
        held = grown;
      }
      held.set(chunk, length);
      length += chunk.length;
    }
    const ended = next.done === true;
    // A crawl file's first member inflates to a WARC header.
    crawl ??= startsWithWarc(held.subarray(0, length), ended);
    if (crawl === false) return rest();
    if (crawl === undefined) continue;
    // A batch ends where a member begins past MEMBERS_BATCH_BYTES (the thread that reads it finds the members inside).
    const last = ended ? -1 : findBatchEnd(held, Math.max(scanFrom, MEMBERS_BATCH_BYTES), length);
    scanFrom = last > 0 ? MIN_MEMBER : Math.max(MIN_MEMBER, length - 9);
    const take = ended ? length : Math.max(last, 0);
    if (take > 0) {
      await queue.submitAlone({ file: name, members: held.slice(0, take), offset });
      held.copyWithin(0, take, length);
      length -= take;
      offset += take;
      scanFrom = MIN_MEMBER;
    }
    if (ended) return undefined;
    // No member begins in this much: it is not a crawl record's, and the core's reader streams the rest.
    if (last <= 0 && length > MEMBER_HOLD_BYTES) return rest();
  }
}

/** The first place from `from` where a member begins whose data inflates to "WARC/" (a record's member, not bytes inside one that look like a header), or -1. */
function findBatchEnd(held: Uint8Array, from: number, length: number): number {
  for (let at = findMemberStart(held, from, length); at >= 0; at = findMemberStart(held, at + 1, length)) {
    if (startsWithWarc(held.subarray(at, length), false) !== false) return at;
  }
  return -1;
}

/** Whether gzip data begins with a member that inflates to "WARC/"; `undefined` while too few bytes are in hand to tell. */
function startsWithWarc(bytes: Uint8Array, ended: boolean): boolean | undefined {
  let head: Uint8Array;
  try {
    head = inflateHead(bytes.subarray(0, 4096));
  } catch {
    return ended || bytes.length >= 4096 ? false : undefined;
  }
  if (head.length < WARC_MAGIC.length) return ended || bytes.length >= 4096 ? false : undefined;
  return startsWithAscii(head, WARC_MAGIC);
}

/** "1 record", "12,345 records". */
function counted(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;
}

/** "256 MiB". */
function formatMiB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString('en-US', { maximumFractionDigits: 1 })} MiB`;
}

/** A problem of a crawl file for standard error: where (the offset, the URL), then what. */
function describeWarcProblem(item: WarcProblem): string {
  return `offset ${item.offset.toLocaleString('en-US')}${item.url === null ? '' : `: ${item.url}`}: ${item.message}`;
}

/** The first `count` bytes of decompressed output (or fewer, at a fault or the end), and the output again from its start. */
async function peekOutput(
  items: AsyncGenerator<Uint8Array | GzipFault, void, undefined>,
  count: number,
): Promise<{ head: Uint8Array; input: AsyncGenerator<Uint8Array | GzipFault, void, undefined> }> {
  const held: (Uint8Array | GzipFault)[] = [];
  const bytes: Uint8Array[] = [];
  let length = 0;
  while (length < count) {
    const next = await items.next();
    if (next.done === true) break;
    held.push(next.value);
    if (!(next.value instanceof Uint8Array)) break;
    bytes.push(next.value);
    length += next.value.length;
  }
  async function* replay(): AsyncGenerator<Uint8Array | GzipFault, void, undefined> {
    yield* held;
    yield* { [Symbol.asyncIterator]: () => items };
  }
  return { head: concatBytes(bytes, length), input: replay() };
}

/**
 * Renders batches on `jobs` threads: this one and `jobs - 1` workers, which
 * start once the input proves large enough to need them (a page or two is read
 * sooner than a worker starts). The workers are kept fed first (pages go to
 * them as bytes and come back as bytes, handed over, not copied); this thread,
 * which also reads the files, takes a batch when they have enough waiting.
 */
class Renderer {
  readonly jobs: number;
  /**
   * How many batches may be out being rendered at once: the workers' queues,
   * and three times as many for this thread to render while the oldest is
   * with a worker (its output is written first), so that this thread waits
   * for a worker only when it has got well ahead.
   */
  readonly batchesOut: number;
  private pool: PagePool | undefined;
  private seen = 0;

  constructor(
    private readonly options: CommandOptions,
    private readonly io: StreamingCommandIO,
  ) {
    // More threads than cores only share the cores, and each holds memory of its own.
    this.jobs = io.startWorkers === undefined ? 1 : Math.min(options.jobs ?? io.cores, io.cores);
    this.batchesOut = 2 + 4 * WORKER_QUEUE * (this.jobs - 1);
  }

  render(tasks: readonly WorkItem[]): Promise<BatchOutput> {
    const workers = this.jobs - 1;
    if (workers > 0 && this.io.startWorkers !== undefined) {
      // A crawl file starts them at once; a file that is one page only when there is enough of them.
      const crawl = tasks.some((task) => 'members' in task || task.url !== null);
      if (this.pool === undefined && (this.seen >= WORKER_THRESHOLD || crawl)) this.pool = this.io.startWorkers(this.options, workers);
      for (const task of tasks) this.seen += 'members' in task ? task.members.length : task.content.length;
      const large = tasks.some((task) => !('members' in task) && task.content.length >= LARGE_PAGE);
      if (this.pool !== undefined && !large && this.pool.waiting() < WORKER_QUEUE * workers) return this.pool.render(tasks);
    }
    return renderWork(this.options, tasks);
  }

  async close(): Promise<void> {
    await this.pool?.close();
  }
}

/**
 * Pages in, outputs out in the same order: pages are gathered into batches,
 * at most `limit` batches are out being rendered or waiting to be written at
 * once (so memory stays bounded), and each batch's outputs are written as
 * soon as it and every batch before it are rendered: while the input is still
 * being read, so that a long run shows its pages and its progress as it goes,
 * and Ctrl-C keeps every page rendered before the one still being rendered.
 */
class OrderedQueue {
  private batch: WorkItem[] = [];
  private size = 0;
  /** One promise per batch not yet written, oldest first, each settled once its batch is written. */
  private readonly writes: Promise<void>[] = [];
  /** The last batch's write: each batch is written after the one before it. */
  private written: Promise<void> = Promise.resolve();

  constructor(
    private readonly render: (tasks: readonly WorkItem[]) => Promise<BatchOutput>,
    private readonly write: (batch: BatchOutput) => Promise<void>,
    private readonly limit: number,
  ) {}

  /** A batch of its own (a batch of members), after the pages gathered before it. */
  async submitAlone(task: MembersTask): Promise<void> {
    await this.flush();
    this.batch.push(task);
    await this.flush();
  }

  async submit(task: PageTask): Promise<void> {
    this.batch.push(task);
    this.size += task.content.length;
    if (this.size >= BATCH_SIZE || this.batch.length >= BATCH_PAGES) await this.flush();
  }

  async drain(): Promise<void> {
    await this.flush();
    while (this.writes.length > 0) await this.writes.shift();
  }

  private async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    const rendering = this.render(this.batch);
    // Awaited by its write; until then a failure must not count as unhandled.
    rendering.catch(() => undefined);
    const writing = this.written.then(async () => {
      await this.write(await rendering);
    });
    // A failed write (a closed pipe, a failed page) stops the writes after it, and is thrown where it is awaited.
    writing.catch(() => undefined);
    this.written = writing;
    this.writes.push(writing);
    this.batch = [];
    this.size = 0;
    while (this.writes.length >= this.limit) await this.writes.shift();
  }
}

/** Progress on standard error, at most once a second: records read, pages parsed, megabytes read and the rate. */
class Progress {
  records = 0;
  pages = 0;
  private bytes = 0;
  private readonly started: number;
  private last: number;
  /** A terminal's progress line is rewritten in place; it must be ended before another message. */
  private lineOpen = false;
  private reported = false;

  /**
   * @param enabled - Whether to report: --progress, or a terminal on standard error.
   * @param asked - Whether --progress asked for it: then the final figures are reported even for a run shorter than a second.
   */
  constructor(
    private readonly io: StreamingCommandIO,
    private readonly enabled: boolean,
    private readonly asked: boolean,
  ) {
    this.started = io.now();
    this.last = this.started;
  }

  /** The chunks, counted as they go by. */
  async *count(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array, void, undefined> {
    for await (const chunk of chunks) {
      this.bytes += chunk.length;
      yield chunk;
    }
  }

  report(): void {
    if (!this.enabled) return;
    const now = this.io.now();
    if (now - this.last < 1000) return;
    this.last = now;
    this.print(now, false);
  }

  /** Ends a terminal's progress line before another message. */
  interrupt(): void {
    if (this.lineOpen) this.io.stderr('\n');
    this.lineOpen = false;
  }

  /** Ends a terminal's progress line as the run stops, if standard error takes it. */
  interruptQuietly(): void {
    try {
      this.interrupt();
    } catch (error) {
      if (!(error instanceof RunStopped)) throw error;
    }
  }

  finish(): void {
    if (this.enabled && (this.asked || this.reported)) this.print(this.io.now(), true);
    this.interrupt();
  }

  private print(now: number, final: boolean): void {
    this.reported = true;
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const megabytes = this.bytes / 1e6;
    const line = `critic-consensus: ${counted(this.records, 'record')} read, ${counted(this.pages, 'page')} parsed, ${megabytes.toFixed(1)} MB in ${seconds.toFixed(1)} s (${(megabytes / seconds).toFixed(1)} MB/s)${final ? ', done' : ''}`;
    if (this.io.stderrIsTerminal) {
      this.io.stderr(`\r${line}\u001b[K`);
      this.lineOpen = true;
    } else {
      this.io.stderr(`${line}\n`);
    }
  }
}
