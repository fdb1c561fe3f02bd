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
 * const text = 'Generally favorable reviews - based on 2 Critics\n' +
 *   '  1. Reviewed by: Noel Murray\n    Jul 15, 2013\n    A nail-biter.\n  2. 80\n    Each film can stand on its own.\n';
 * const span = parse(text).page.reviews[0]!.span;
 * span;
 * //=> { start: { line: 2, column: 3, offset: 51 }, end: { line: 4, column: 18, offset: 113 } }
 * text.slice(span.start.offset, span.end.offset);
 * //=> '1. Reviewed by: Noel Murray\n    Jul 15, 2013\n    A nail-biter.'
 * ```
 */
export interface Span {
  readonly start: Point;
  readonly end: Point;
}
