/**
 * The parsing engine every site shares, in the order a page goes through it:
 *
 * ```
 * text ──cutLines──▶ LineTable ──classifyLines(kinds)──▶ TokenList ──readers.read──▶ state ──runRefiners──▶ page
 * ```
 *
 * - {@link cutLines}: the lines, as integers (start, text start and end, indentation);
 * - {@link defineLineKinds} and {@link classifyLines}: each line classified once into
 *   a token (kind and value) by a site's table of line kinds, dispatched on its first character;
 * - {@link compileReaders}: the reader loop, each reader opening on a token kind in a state and
 *   consuming at least one line ({@link ReaderError} when one does not);
 * - {@link normaliseListMarkers}: another tool's list markers (`* `, `- `, `1) `) made the page's own;
 * - {@link runRefiners}: the named steps after reading;
 * - {@link Report}: the diagnostics and furniture of a reading.
 *
 * Generic: it knows no site. A site (`../sites/<name>/`) brings its table of
 * line kinds, its readers, its state and its refiners.
 *
 * @module
 */
export { cutLines, LineTable } from './lines.js';
export { ANY_FIRST, BLANK, classifyLines, classifyText, defineLineKinds, DIGITS, inPlace, LETTERS, TokenList } from './classify.js';
export type { LineExamples, LineKind, LineKindRow, LineKinds, RecogniseAt, TextKind, TokenKind } from './classify.js';
export { ANY_KIND, compileReaders, ReaderError } from './read.js';
export type { Reader, ReaderSet } from './read.js';
export { isLoneBullet, normaliseListMarkers, withPageBullet } from './markers.js';
export { runRefiners } from './refine.js';
export type { Refiner } from './refine.js';
export { Report } from './report.js';
