import { describe, expect, it } from 'vitest';
import { splitLines, type Line, type LineList } from '../src/parse/lines.js';
import { isWord } from '../src/parse/recognise.js';

/** Every line of a list, in order. */
function all(lines: LineList): Line[] {
  return Array.from({ length: lines.length }, (_, index) => lines.at(index) as Line);
}

describe('splitLines', () => {
  it('returns a line per CR, LF and CRLF, with a lone CR at the end not taken for a CRLF', () => {
    const lines = all(splitLines('a\rb\r\nc\nd\r').lines);
    expect(lines.map((line) => [line.text, line.start, line.end])).toStrictEqual([
      ['a', 0, 1],
      ['b', 2, 3],
      ['c', 5, 6],
      ['d', 7, 8],
      ['', 9, 9],
    ]);
  });

  it('returns each line alike however often and in whatever order it is asked for, and undefined past the ends', () => {
    const text = `\ufeffhead\n${Array.from({ length: 1000 }, (_, index) => `  line ${index}`).join('\r\n')}`;
    const { lines } = splitLines(text);
    const first = all(lines).map((line) => ({ ...line }));
    const again = [...first.keys()].reverse().map((index) => ({ ...(lines.at(index) as Line) }));
    expect(again.reverse()).toStrictEqual(first);
    expect(first[0]).toStrictEqual({ index: 0, start: 1, end: 5, textStart: 1, indent: 0, text: 'head' });
    expect(first[1000]).toMatchObject({ index: 1000, text: 'line 999', indent: 2 });
    expect([lines.length, lines.at(1001), lines.at(-1)]).toStrictEqual([1001, undefined, undefined]);
  });

  it('returns text with tabs and no-break spaces as plain spaces when the input has them', () => {
    const lines = all(splitLines('\ta\u00a0b\t\nc  d').lines);
    expect(lines.map((line) => [line.text, line.indent, line.textStart])).toStrictEqual([
      ['a b', 4, 1],
      ['c  d', 0, 6],
    ]);
  });

  it('returns text with every other whitespace character as a plain space, one for one', () => {
    const lines = all(splitLines('a\vb\fc\u1680d\u2028e\u3000f\ufeffg h\u200bi').lines);
    expect(lines.map((line) => line.text)).toStrictEqual(['a b c d e f g h\u200bi']);
  });
});

describe('isWord', () => {
  it('returns true for the word in any case, as toLowerCase has it', () => {
    expect(['Metascore', 'METASCORE', 'metascore'].map((text) => isWord(text, 'metascore'))).toStrictEqual([true, true, true]);
    expect(isWord('\u212Aey', 'key')).toBe(true);
  });

  it('returns false for another word of the same length', () => {
    expect([isWord('Metascorf', 'metascore'), isWord('met@score', 'metascore'), isWord('ſcore', 'score')]).toStrictEqual([false, false, false]);
  });
});
