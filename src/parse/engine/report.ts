/**
 * What a reading reports besides the page: its diagnostics (each code with
 * its severity in the catalogue, src/types/diagnostic.ts)
 * and the spans of the lines it read as furniture.
 *
 * @example
 * ```ts
 * const lines = cutLines('Watch On\n??\n');
 * const report = new Report(lines);
 * report.furnish(0);
 * report.reportLine('unrecognised-line', 'The line "??" fits no part of a review page at this place.', 1);
 * report.sortedDiagnostics()[0]?.severity; //=> 'warning'
 * report.furniture.length; //=> 1
 * ```
 *
 * @module
 */
import { type Diagnostic, type DiagnosticCode, severityOf } from '../../types/diagnostic.js';
import type { Span } from '../../types/source.js';
import type { LineTable } from './lines.js';

/** The diagnostics and furniture of one reading, in the order they were found. */
export class Report {
  readonly lines: LineTable;
  readonly diagnostics: Diagnostic[] = [];
  /** The lines read as furniture, one span each, in document order. */
  readonly furniture: Span[] = [];

  constructor(lines: LineTable) {
    this.lines = lines;
  }

  /** Adds a diagnostic of `code` (its severity from the catalogue) over `span`; returns its index. */
  report(code: DiagnosticCode, message: string, span: Span): number {
    this.diagnostics.push({ code, severity: severityOf(code), message, span });
    return this.diagnostics.length - 1;
  }

  /** Adds a diagnostic over the text of line `first` (to line `last`). */
  reportLine(code: DiagnosticCode, message: string, first: number, last: number = first): number {
    return this.report(code, message, this.lines.span(first, last));
  }

  /** Records line `line` as furniture: a line that carries no data. */
  furnish(line: number): void {
    this.furnishSpan(this.lines.span(line));
  }

  /**
   * Records `span` as furniture. The list stays in document order with no span
   * over another, whichever reader comes to a line first (or again): a span
   * that meets those beside it is merged with them.
   */
  furnishSpan(given: Span): void {
    const { furniture } = this;
    let span = given;
    let at = furniture.length;
    // Readers mostly go forward: the common case is a span after the last, with no loop turn.
    while (at > 0 && (furniture[at - 1]?.start.offset ?? 0) > span.start.offset) at--;
    const before = furniture[at - 1];
    if (before !== undefined && before.end.offset > span.start.offset) {
      at -= 1;
      span = { start: before.start, end: before.end.offset > span.end.offset ? before.end : span.end };
    }
    let merged = 0;
    for (let next = furniture[at + merged]; next !== undefined && next.start.offset < span.end.offset; next = furniture[at + merged]) {
      if (next.end.offset > span.end.offset) span = { start: span.start, end: next.end };
      merged += 1;
    }
    if (merged === 0 && at === furniture.length) furniture.push(span);
    else furniture.splice(at, merged, span);
  }

  /** The diagnostics sorted by where they start, then where they end (stable for equal spans). */
  sortedDiagnostics(): Diagnostic[] {
    return this.diagnostics.sort((a, b) => a.span.start.offset - b.span.start.offset || a.span.end.offset - b.span.end.offset);
  }
}
