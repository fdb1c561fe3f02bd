import { describe, expect, it } from 'vitest';
import { cutLines } from '../../../src/parse/engine/lines.js';
import { Report } from '../../../src/parse/engine/report.js';

describe('Report', () => {
  it('returns diagnostics with the catalogue severity, sorted by start then end, and furniture spans in order', () => {
    const report = new Report(cutLines('Watch On\n  ??\nabc'));
    report.reportLine('unrecognised-line', 'late', 2);
    report.reportLine('repeated-block', 'wide', 1, 2);
    report.reportLine('unknown-verdict', 'narrow', 1);
    report.furnish(0);
    expect(report.sortedDiagnostics().map((d) => [d.code, d.severity, d.span.start.offset, d.span.end.offset])).toStrictEqual([
      ['unknown-verdict', 'warning', 11, 13],
      ['repeated-block', 'warning', 11, 17],
      ['unrecognised-line', 'warning', 14, 17],
    ]);
    expect(report.furniture).toStrictEqual([{ start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 9, offset: 8 } }]);
  });

  it('keeps furniture in document order, each line once, when readers furnish lines again or out of order', () => {
    const lines = cutLines('Watch On\nBuy Now\nExpand\nYour Score\n');
    const report = new Report(lines);
    report.furnish(2);
    report.furnish(0);
    report.furnish(2);
    report.furnishSpan(lines.span(1, 2));
    report.furnish(3);
    report.furnish(0);
    expect(report.furniture.map((span) => [span.start.offset, span.end.offset])).toStrictEqual([
      [0, 8],
      [9, 23],
      [24, 34],
    ]);
  });
});
