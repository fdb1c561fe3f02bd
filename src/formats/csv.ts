/**
 * RFC 4180 CSV of critic reviews: one row per review, with a header row,
 * written whole, page by page, or row by row.
 */
import type { Page, Review } from '../types/page.js';
import { rejectParseResult, typeMisuse } from '../shared/checks.js';
import { checkChoice, checkOptions, checkPage, isPage, PAGE_ACCEPTED } from './check.js';
import { escapeControls, escapeLoneSurrogates } from './controls.js';

/**
 * The name of a CSV column.
 *
 * @example
 * ```ts
 * const column: CsvColumn = 'excerpt';
 * ```
 */
export type CsvColumn =
  | 'file'
  | 'kind'
  | 'media'
  | 'title'
  | 'profile'
  | 'index'
  | 'critic'
  | 'credited'
  | 'publication'
  | 'score'
  | 'date'
  | 'metascore'
  | 'source'
  | 'tomatometer'
  | 'mark'
  | 'freshness'
  | 'topCritic'
  | 'excerpt';

/**
 * The CSV columns, in order:
 * - `file`: the source the page was read from, as the caller names it (empty when not given);
 * - `kind`: `film`, `critic` or `publication`; `media`: `movie`, `tv`, `music`, `game` or empty;
 * - `title`: the page's title; `profile`: the profile's name on a profile page;
 * - `index`: the printed item number; `critic`: the critic's name; `credited`: `true` or `false`;
 * - `publication`; `score`: the review's 0-100 score; `date`: `YYYY-MM-DD`;
 * - `metascore`: the reviewed title's Metascore, a number or `tbd` (on a profile, the one
 *   beside the review; on a title page, the page's own);
 * - `source`: whose figures the page shows, `metacritic`, `rottentomatoes` or `opencritic`;
 * - `tomatometer`: the page's printed Tomatometer percent (Rotten Tomatoes' pages);
 * - `mark`: the review's mark as printed when it is not a 0-100 score (`3.5/4`, `C+`);
 * - `freshness`: `fresh` or `rotten` where the page prints it; `topCritic`: `true`, `false` or empty;
 * - `excerpt`: the review's text.
 *
 * @example
 * ```ts
 * CSV_COLUMNS.indexOf('score'); //=> 9
 * ```
 */
export const CSV_COLUMNS: readonly CsvColumn[] = Object.freeze<CsvColumn[]>([
  'file',
  'kind',
  'media',
  'title',
  'profile',
  'index',
  'critic',
  'credited',
  'publication',
  'score',
  'date',
  'metascore',
  'source',
  'tomatometer',
  'mark',
  'freshness',
  'topCritic',
  'excerpt',
]);

/**
 * A page with the name of the source it was read from (a file name, a URL),
 * written in the `file` column.
 *
 * @example
 * ```ts
 * const text = 'Generally favorable reviews - based on 11 Critics\n  1. 80\n    A nail-biter.\n';
 * const source: CsvSource = { file: 'pusher.txt', page: parse(text).page };
 * ```
 */
export interface CsvSource {
  readonly file: string;
  readonly page: Page;
}

/**
 * Options of the CSV writers.
 *
 * @example
 * ```ts
 * const options: CsvOptions = { newline: 'lf', formulas: 'raw', controls: 'escape' };
 * ```
 */
export interface CsvOptions {
  /** The record separator: `'crlf'` (the default, as RFC 4180 says) or `'lf'`. */
  readonly newline?: 'crlf' | 'lf';
  /**
   * What to do with a text cell that a spreadsheet would run as a formula (one
   * starting with `=`, `+`, `-`, `@`, a tab, a carriage return or a line feed,
   * or the full-width `＝`, `＋`, `－`, `＠`, such as a critic named
   * `=HYPERLINK(...)`): `'escape'` (the default: a page's text is anyone's)
   * writes it after a `'`, as OWASP advises against CSV injection and as
   * csv-stringify's `escape_formulas` and PapaParse's `escapeFormulae` do when
   * asked, so spreadsheets show it as text; `'raw'` writes it as it is, for
   * programs that read the CSV as data. Numbers (a score of `-1` cannot be
   * one) are never escaped.
   */
  readonly formulas?: 'escape' | 'raw';
  /**
   * What to do with control characters in a text cell (C0 controls but the
   * tab, DEL, C1 controls, U+2028 and U+2029, the bidirectional overrides and
   * isolates such as U+202E, lone surrogates): `'keep'` (the default) writes
   * them as they are, the data intact, but for a lone surrogate (half of a
   * pair without its other half), which no UTF-8 file can carry (an encoder
   * would write U+FFFD in its place, losing which it was): it is written as
   * its escape, `\ud83d`, as JSON writes it and the command's summary shows it;
   * `'escape'` writes each as an escape (`\x1b`, `\x0a`, `\u202e`), for a CSV
   * shown on a terminal or in a log, where an escape sequence in a review's
   * text would act on the terminal (the command's `--csv` does so when
   * standard output is a terminal). Record separators are never escaped.
   */
  readonly controls?: 'keep' | 'escape';
}

const OPTION_KEYS: readonly string[] = ['newline', 'formulas', 'controls'];
const NEWLINES = { crlf: '\r\n', lf: '\n' } as const;

/** What the writers are told: the record separator, and what to escape in a text cell. */
interface CsvWriting {
  readonly newline: string;
  readonly escapeFormulas: boolean;
  readonly escapeControls: boolean;
}

/**
 * Writes the CSV header row: the names of {@link CSV_COLUMNS}, ended by the
 * record separator. Write it once, then {@link formatCsvRows} for each page,
 * to stream a CSV page by page (or {@link iterateCsvRows}, row by row).
 *
 * @param options - `newline`: `'crlf'` (default) or `'lf'`.
 * @returns The header row.
 * @throws TypeError when an option is unknown or not a string.
 * @throws RangeError when `newline` is not `'crlf'` or `'lf'`.
 *
 * @example
 * ```ts
 * formatCsvHeader();
 * //=> 'file,kind,media,title,profile,index,critic,credited,publication,score,date,metascore,source,tomatometer,mark,freshness,topCritic,excerpt\r\n'
 * ```
 */
export function formatCsvHeader(options?: CsvOptions): string {
  const { newline } = readOptions('formatCsvHeader', options);
  return CSV_COLUMNS.join(',') + newline;
}

/**
 * Writes one page's critic reviews as CSV rows, one per review in document
 * order, each ended by the record separator; no header. A page with no
 * critic review gives the empty string. User reviews are not written.
 *
 * Fields follow RFC 4180: a field holding a comma, a double quote, a CR or
 * an LF is enclosed in double quotes, with its double quotes doubled; other
 * fields are written as they are. `null` is an empty field (as is an empty
 * text); numbers are written in JavaScript's shortest form (`80`, `12.5`).
 * A text that starts with `=`, `+`, `-`, `@`, a tab, a CR or an LF (or a
 * full-width `＝`, `＋`, `－`, `＠`), which a spreadsheet would run as a
 * formula, is written after a `'` unless `formulas` is `'raw'`. Control characters in a text are kept as they
 * are unless `controls` is `'escape'` (for a CSV shown on a terminal).
 *
 * @param input - A page, or a page with the name of its source for the `file` column.
 * @param options - `newline`: `'crlf'` (default) or `'lf'`; `formulas`: `'escape'` (default) or `'raw'`; `controls`: `'keep'` (default) or `'escape'`.
 * @returns The rows.
 * @throws TypeError when `input` is not a page or a {@link CsvSource}, or an option is wrong.
 * @throws RangeError when `newline`, `formulas` or `controls` is not one of its values, or a review's score is outside 0-100.
 *
 * @example
 * ```ts
 * const { page } = parse(
 *   'Generally favorable reviews - based on 11 Critics\n' +
 *   '  1. Positive: 9 out of 11\n' +
 *   '  1. Reviewed by: Noel Murray\n    Jul 15, 2013\n    Mean Streets meets GoodFellas, "in Copenhagen".\n',
 * );
 * formatCsvRows({ file: 'pusher.txt', page });
 * //=> 'pusher.txt,film,,,,1,Noel Murray,true,,,2013-07-15,,metacritic,,,,,"Mean Streets meets GoodFellas, ""in Copenhagen""."\r\n'
 *
 * const { page: odd } = parse('Mixed or average reviews - based on 4 Critics\n  1. 50\n    =HYPERLINK("http://x","y")\n');
 * formatCsvRows(odd);
 * //=> ',film,,,,1,,,,50,,,metacritic,,,,,"\'=HYPERLINK(""http://x"",""y"")"\r\n'
 * formatCsvRows(odd, { formulas: 'raw' });
 * //=> ',film,,,,1,,,,50,,,metacritic,,,,,"=HYPERLINK(""http://x"",""y"")"\r\n'
 *
 * const { page: loud } = parse('Mixed or average reviews - based on 4 Critics\n  1. 50\n    Red \u001b[31malert\u001b[0m.\n');
 * formatCsvRows(loud, { controls: 'escape' });
 * //=> ',film,,,,1,,,,50,,,metacritic,,,,,Red \\x1b[31malert\\x1b[0m.\r\n'
 * ```
 */
export function formatCsvRows(input: Page | CsvSource, options?: CsvOptions): string {
  const writing = readOptions('formatCsvRows', options);
  const source = readSource('formatCsvRows', input, 'input');
  return rowsOf(source, writing);
}

/**
 * The rows of {@link formatCsvRows}, one review's row at a time, each made
 * as it is taken: a page of a million reviews is written to a file or a
 * stream without its CSV ever being whole in memory (the command's `--csv`
 * writes a large page so). Joined, the rows are {@link formatCsvRows}'s text.
 * The input (each review's score too) and the options are checked when it
 * is called, as formatCsvRows checks them, not when the first row is taken.
 *
 * @param input - A page, or a page with the name of its source for the `file` column.
 * @param options - As for {@link formatCsvRows}.
 * @returns An iterable of the rows, each ended by the record separator, in document order.
 * @throws As {@link formatCsvRows} does.
 *
 * @example
 * ```ts
 * const { page } = parse('Mixed or average reviews - based on 4 Critics\n  1. 50\n    Uneven.\n  2. 70\n    Good fun.\n');
 * [...iterateCsvRows({ file: 'a.txt', page }, { newline: 'lf' })];
 * //=> ['a.txt,film,,,,1,,,,50,,,metacritic,,,,,Uneven.\n', 'a.txt,film,,,,2,,,,70,,,metacritic,,,,,Good fun.\n']
 *
 * // In Node, a CSV of any size, header first, then each page's rows as they are made:
 * // const out = createWriteStream('reviews.csv');
 * // out.write(formatCsvHeader());
 * // for (const row of iterateCsvRows({ file, page })) if (!out.write(row)) await once(out, 'drain');
 * ```
 */
export function iterateCsvRows(input: Page | CsvSource, options?: CsvOptions): IterableIterator<string> {
  const writing = readOptions('iterateCsvRows', options);
  const source = readSource('iterateCsvRows', input, 'input');
  return rowsOfEach(source, writing);
}

function* rowsOfEach(source: CsvSource, writing: CsvWriting): Generator<string, void, undefined> {
  for (const review of source.page.reviews) yield rowOf(source, review, writing);
}

/**
 * Writes pages' critic reviews as one RFC 4180 CSV text: the header row of
 * {@link formatCsvHeader}, then the rows of {@link formatCsvRows} for each
 * page in order. Records end with CRLF, as RFC 4180 says (the last one
 * too), unless `newline` is `'lf'`.
 *
 * Cells that a spreadsheet would run as formulas are escaped as
 * {@link formatCsvRows} says, unless `formulas` is `'raw'`.
 *
 * @param input - A page, or a list of pages, each bare or with the name of its source.
 * @param options - `newline`: `'crlf'` (default) or `'lf'`; `formulas`: `'escape'` (default) or `'raw'`; `controls`: `'keep'` (default) or `'escape'`.
 * @returns The CSV text.
 * @throws TypeError when `input` is not a page or a list of pages and sources, or an option is wrong.
 * @throws RangeError when `newline`, `formulas` or `controls` is not one of its values, or a review's score is outside 0-100.
 *
 * @example
 * ```ts
 * const { page } = parse('Mixed or average reviews - based on 5 Critics\n  1. Positive: 2 out of 5\n  1. 80\n    A cracking concert film.\n');
 * toCsv([{ file: 'a.txt', page }], { newline: 'lf' });
 * //=> 'file,kind,media,title,profile,index,critic,credited,publication,score,date,metascore,source,tomatometer,mark,freshness,topCritic,excerpt\n' +
 * //   'a.txt,film,,,,1,,,,80,,,metacritic,,,,,A cracking concert film.\n'
 * ```
 */
export function toCsv(input: Page | readonly (Page | CsvSource)[], options?: CsvOptions): string {
  const writing = readOptions('toCsv', options);
  const items: readonly unknown[] = Array.isArray(input) ? input : [input];
  if (!Array.isArray(input) && !isPage(input)) {
    rejectParseResult('toCsv', input, 'input');
    throw typeMisuse('toCsv', 'input', `${PAGE_ACCEPTED} or a list of pages`, input);
  }
  const sources = items.map((item, at) => readSource('toCsv', item, Array.isArray(input) ? `input[${at}]` : 'input'));
  return CSV_COLUMNS.join(',') + writing.newline + sources.map((source) => rowsOf(source, writing)).join('');
}

function readOptions(fn: string, options: unknown): CsvWriting {
  const checked = checkOptions(fn, options, OPTION_KEYS);
  return {
    newline: NEWLINES[checkChoice(fn, 'newline', checked['newline'], ['crlf', 'lf'] as const) ?? 'crlf'],
    escapeFormulas: (checkChoice(fn, 'formulas', checked['formulas'], ['escape', 'raw'] as const) ?? 'escape') === 'escape',
    escapeControls: checkChoice(fn, 'controls', checked['controls'], ['keep', 'escape'] as const) === 'escape',
  };
}

/**
 * {@link formatCsvRows}'s text in pieces of at least `pieceChars` characters
 * (but the last), each ending at a row's end, made as they are taken: a page
 * of a million reviews is written without its CSV ever being whole in memory.
 * The input and the options are checked at once, as formatCsvRows checks them.
 * Internal: the command's `--csv`.
 */
export function formatCsvPieces(input: Page | CsvSource, options: CsvOptions | undefined, pieceChars: number): Iterable<string> {
  const writing = readOptions('formatCsvRows', options);
  const source = readSource('formatCsvRows', input, 'input');
  return (function* pieces(): Generator<string, void, undefined> {
    let piece = '';
    for (const row of rowsOfEach(source, writing)) {
      piece += row;
      if (piece.length >= pieceChars) {
        yield piece;
        piece = '';
      }
    }
    if (piece !== '') yield piece;
  })();
}

function readSource(fn: string, value: unknown, what: string): CsvSource {
  if (isPage(value)) {
    checkPage(fn, value, what);
    return { file: '', page: value };
  }
  rejectParseResult(fn, value, what);
  if (typeof value === 'object' && value !== null && 'page' in value) {
    const { file, page } = value as { file?: unknown; page?: unknown };
    if (typeof file !== 'string') throw typeMisuse(fn, `${what}.file`, 'a string', file);
    checkPage(fn, page, `${what}.page`);
    return { file, page };
  }
  throw typeMisuse(fn, what, `${PAGE_ACCEPTED} or { file, page }`, value);
}

function rowsOf(source: CsvSource, writing: CsvWriting): string {
  let rows = '';
  for (const row of rowsOfEach(source, writing)) rows += row;
  return rows;
}

/** One review's row, ended by the record separator: each text cell's controls, then its formula, escaped as asked. */
function rowOf({ file, page }: CsvSource, review: Review, writing: CsvWriting): string {
  const field = (value: string | number | boolean | null): string => {
    if (typeof value !== 'string') return quoteField(value);
    const shown = writing.escapeControls ? escapeControls(value) : escapeLoneSurrogates(value);
    return quoteField(writing.escapeFormulas ? escapeFormula(shown) : shown);
  };
  return recordOf(file, page, review).map(field).join(',') + writing.newline;
}

/**
 * A text a spreadsheet would run as a formula after a `'`; other texts as
 * they are. The characters OWASP lists (=, +, -, @, tab, CR), and those
 * GrapeCity's spreadsheet library adds (LF, and the full-width ＝ ＋ － ＠).
 */
function escapeFormula(text: string): string {
  return /^[=+\-@\t\r\n\uff1d\uff0b\uff0d\uff20]/u.test(text) ? `'${text}` : text;
}

/** The fields of one review's row, in the order of {@link CSV_COLUMNS}. */
function recordOf(file: string, page: Page, review: Review): readonly (string | number | boolean | null)[] {
  const metascore = review.metascore ?? (page.kind === 'film' ? page.metascore : null);
  return [
    file,
    page.kind,
    page.media,
    page.title,
    page.kind === 'film' ? null : page.profile.name,
    review.index,
    review.critic?.name ?? null,
    review.critic?.credited ?? null,
    review.publication,
    review.score,
    review.date,
    metascore,
    page.source,
    page.tomatometer,
    review.mark,
    review.freshness,
    review.topCritic,
    review.excerpt,
  ];
}

/** RFC 4180: quoted when it holds a comma, a quote, CR or LF, its quotes doubled; `null` empty. */
function quoteField(value: string | number | boolean | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
