/**
 * A place in the original input text.
 *
 * `line` and `column` are 1-based and count UTF-16 code units, as editors and
 * `String.prototype.slice` do; `offset` is the 0-based index into the ORIGINAL
 * string passed to `parse` (a byte-order mark and CR/CRLF line ends included).
 *
 * @example
 * ```ts
 * const point: Point = { line: 3, column: 5, offset: 61 };
 * ```
 */
export interface Point {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

/**
 * A stretch of the original input: `start` is inclusive and `end` exclusive,
 * so `text.slice(span.start.offset, span.end.offset)` is the source it covers.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * const text = readFileSync('node_modules/critic-consensus/examples/pusher.txt', 'utf8'); // the example page the package ships
 * const { page } = parse(text);
 * const review = page.reviews[0];
 * text.slice(review.span.start.offset, review.span.end.offset);
 * //=> '  1. Reviewed by:\u00a0Noel Murray\n    Jul 15, 2013\n    As Refn counts down ...'
 * ```
 */
export interface Span {
  readonly start: Point;
  readonly end: Point;
}
