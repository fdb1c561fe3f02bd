/**
 * What a reading reports besides the page: its diagnostics (from the one
 * catalogue, {@link DIAGNOSTIC_CODES}, which gives each code its severity)
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
import { DIAGNOSTIC_CODES, type Diagnostic, type DiagnosticCode } from '../../types/diagnostic.js';
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
    this.diagnostics.push({ code, severity: DIAGNOSTIC_CODES[code].severity, message, span });
    return this.diagnostics.length - 1;
  }

  /** Adds a diagnostic over the text of line `first` (to line `last`). */
  reportLine(code: DiagnosticCode, message: string, first: number, last: number = first): number {
    return this.report(code, message, this.lines.span(first, last));
  }

  /** Records line `line` as furniture: a line that carries no data. */
  furnish(line: number): void {
    this.furniture.push(this.lines.span(line));
  }

  /** The diagnostics sorted by where they start, then where they end (stable for equal spans). */
  sortedDiagnostics(): Diagnostic[] {
    return this.diagnostics.sort((a, b) => a.span.start.offset - b.span.start.offset || a.span.end.offset - b.span.end.offset);
  }
}
