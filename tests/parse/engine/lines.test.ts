import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { cutLines } from '../../../src/parse/engine/lines.js';

/** Every line of a table as [text, indent, span start offset, span end offset]. */
function rows(text: string): [string, number, number, number][] {
  const lines = cutLines(text);
  return Array.from({ length: lines.count }, (_, line) => {
    const span = lines.span(line);
    return [lines.text(line), lines.indent(line), span.start.offset, span.end.offset];
  });
}

/** Every line of a table's `isPlain`. */
function plains(text: string): boolean[] {
  const lines = cutLines(text);
  return Array.from({ length: lines.count }, (_, line) => lines.isPlain(line));
}

describe('cutLines', () => {
  it('returns a line per CR, LF and CRLF, with a lone CR at the end not taken for a CRLF', () => {
    expect(rows('a\rb\r\nc\nd\r')).toStrictEqual([
      ['a', 0, 0, 1],
      ['b', 0, 2, 3],
      ['c', 0, 5, 6],
      ['d', 0, 7, 8],
      ['', 0, 9, 9],
    ]);
  });

  it('returns one blank line for an empty input', () => {
    const lines = cutLines('');
    expect([lines.count, lines.isBlank(0), lines.text(0), lines.span(0)]).toStrictEqual([
      1,
      true,
      '',
      { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
    ]);
  });

  it('counts a tab to the next stop of four and any other whitespace as one, and makes every whitespace character a plain space', () => {
    expect(rows(' \t\u00a0a\u00a0\tb\u2003 \n')).toStrictEqual([
      ['a  b', 5, 3, 7],
      ['', 0, 10, 10],
    ]);
  });

  it('keeps a leading byte-order mark out of line 1 and counts it in the columns', () => {
    const lines = cutLines('\ufeffhead\n  x');
    expect([lines.text(0), lines.span(0), lines.span(1)]).toStrictEqual([
      'head',
      { start: { line: 1, column: 2, offset: 1 }, end: { line: 1, column: 6, offset: 5 } },
      { start: { line: 2, column: 3, offset: 8 }, end: { line: 2, column: 4, offset: 9 } },
    ]);
  });

  it('returns points for any offset, clamped to the input, and blank-line neighbours', () => {
    const lines = cutLines('a\n\n\nb\n');
    expect([lines.pointAt(-5), lines.pointAt(4), lines.pointAt(99)]).toStrictEqual([
      { line: 1, column: 1, offset: 0 },
      { line: 4, column: 1, offset: 4 },
      { line: 5, column: 1, offset: 6 },
    ]);
    expect([lines.nextNonBlank(1), lines.nextNonBlank(4), lines.previousNonBlank(2), lines.previousNonBlank(-1)]).toStrictEqual([3, 5, 0, -1]);
  });

  it('grows past its first guess at the number of lines', () => {
    const lines = cutLines('\n'.repeat(10_000));
    expect([lines.count, lines.isBlank(9_999), lines.span(10_000).start.line]).toStrictEqual([10_001, true, 10_001]);
  });

  it('returns tables of their own, each kept as it was cut while many more are cut beside it, small and large, odd spaces or not', () => {
    const texts = Array.from(
      { length: 600 },
      (_, page) => `Title ${page}\n${'  1. 80\n\tBold.\u00a0text\n'.repeat(page % 40)}${page % 7 === 0 ? 'x\n'.repeat(3_000) : ''}end ${page}`,
    );
    const columnsOf = (lines: ReturnType<typeof cutLines>) => [
      ...[lines.starts, lines.textStarts, lines.textEnds, lines.indents].map((column) => Array.from(column)),
      Array.from({ length: lines.count }, (_, line) => lines.isPlain(line)),
    ];
    const tables = texts.map((text) => cutLines(text));
    for (const text of texts) cutLines(text.replaceAll('\n', '\n\u00a0   '));
    expect(tables.map(columnsOf)).toStrictEqual(texts.map((text) => columnsOf(cutLines(text))));
    expect(tables.map((lines) => lines.text(lines.count - 1))).toStrictEqual(texts.map((_, page) => `end ${page}`));
  });

  it('returns text with every other whitespace character as a plain space, one for one, and keeps a zero-width space inside', () => {
    expect(rows('a\vb\fc\u1680d\u2028e\u3000f\ufeffg h\u200bi')).toStrictEqual([['a b c d e f g h\u200bi', 0, 0, 17]]);
  });

  // A page's lines end at CR, LF and CRLF only, as an editor's lines (and the spans' line numbers)
  // count them: U+2028 and U+2029, which JavaScript's `\s` and `String.prototype.trim` take for
  // whitespace, are whitespace inside a line, made plain spaces like the other Unicode spaces.
  it('takes U+2028 and U+2029 for whitespace inside a line, not for line ends, as the spans count lines', () => {
    const lines = cutLines('  Ann\u2028Lee\n\u2029x\u2029\n\u2028');
    expect([lines.count, lines.text(0), lines.isPlain(0), lines.text(1), lines.indent(1), lines.isBlank(2), lines.span(1)]).toStrictEqual([
      3,
      'Ann Lee',
      false,
      'x',
      1,
      true,
      { start: { line: 2, column: 2, offset: 11 }, end: { line: 2, column: 3, offset: 12 } },
    ]);
  });

  it('returns a line plain when its text holds only plain spaces, whatever its indentation, trailing whitespace and other lines hold', () => {
    expect(plains('\ta b\u00a0\n  c\td\n\u00a0e  f\n g\u2003h\r\ni\u000bj\n\n\t\n')).toStrictEqual([true, false, true, false, false, true, true, true]);
    expect(plains('a\tb\tc\n\u00a0d\u00a0e\u00a0\nf')).toStrictEqual([false, false, true]);
    expect(cutLines('a').isPlain(1)).toBe(false);
  });

  it('tells the Unicode spaces past Latin-1 from the other characters past it, before, between and after them', () => {
    expect(plains('\u2019a\u2022\n\u2014b\u2009c\u2019\nd\u3000\u00e9\n\u2022e\u2013\n\u2019\u1680f\ufeffg\u2019')).toStrictEqual([
      true,
      false,
      false,
      true,
      false,
    ]);
    expect([cutLines('\u2019\u2022\u00e9').rareSpaces, cutLines('\u2019\u202f').rareSpaces, cutLines('a\fb').rareSpaces]).toStrictEqual([false, true, true]);
  });

  it('tells every code unit past Latin-1 that `\\s` takes for a space, and no other, wherever it stands among the others', () => {
    const wide: string[] = [];
    const found: string[] = [];
    for (let code = 0x100; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      if (/\s/u.test(char)) wide.push(char);
      // Among other characters past Latin-1 (a CJK run, a curly quote), with one more of them after it.
      const lines = cutLines(`\u4e00\u4e8c${char}\u2019x\u4e09`);
      if (!lines.isPlain(0)) found.push(lines.text(0) === '\u4e00\u4e8c \u2019x\u4e09' ? char : `${char}?`);
    }
    expect(found).toStrictEqual(wide);
    expect(wide).toHaveLength(18);
  });

  // A model of the table written the slow, obvious way: split at line ends, measure with regular expressions.
  test.prop([
    fc
      .array(
        fc.oneof(
          fc.string(),
          fc.constantFrom(
            ' ',
            '\t',
            '\u00a0',
            '\r',
            '\n',
            '\r\n',
            '\ufeff',
            '\u200b',
            '\u2028',
            '\u000b',
            '\f',
            '\u2003',
            '\u3000',
            '\u2019',
            '\u2022',
            '\u00e9',
          ),
        ),
        { maxLength: 30 },
      )
      .map((parts) => parts.join('')),
  ])('returns for every line the text, indentation and span a model of it gives', (text) => {
    const model: [string, number, number, number][] = [];
    const breaks = /\r\n|\r|\n/gu;
    let start = 0;
    for (;;) {
      const found = breaks.exec(text);
      const end = found ? found.index : text.length;
      const from = start === 0 && text.startsWith('\ufeff') ? 1 : start;
      const line = text.slice(from, end);
      const lead = (/^[\s\u200b]*/u.exec(line) as RegExpExecArray)[0];
      let kept = line.length;
      while (kept > lead.length && /[\s\u200b]/u.test(line.charAt(kept - 1))) kept--;
      const trail = line.slice(kept);
      const indent = Array.from(lead, (char) => char).reduce((width, char) => (char === '\t' ? width + 4 - (width % 4) : width + 1), 0);
      const body = line.slice(lead.length, line.length - trail.length).replace(/[\t\v\f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/gu, ' ');
      model.push([body, indent, from + lead.length, from + lead.length + body.length]);
      if (!found) break;
      start = end + found[0].length;
    }
    expect(rows(text)).toStrictEqual(model);
    // A line is plain when its text is its slice of the input as it is.
    const lines = cutLines(text);
    expect(plains(text)).toStrictEqual(
      model.map(
        ([body, , start, end]) => text.slice(start, end) === body && !/[\t\v\f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/u.test(body),
      ),
    );
    expect([lines.oddSpaces, lines.rareSpaces]).toStrictEqual([
      /[\t\v\f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/u.test(text.slice(text.startsWith('\ufeff') ? 1 : 0)),
      /[\v\f\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/u.test(text.slice(text.startsWith('\ufeff') ? 1 : 0)),
    ]);
  });
});
