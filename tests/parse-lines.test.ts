import { describe, expect, it } from 'vitest';
import { splitLines } from '../src/parse/lines.js';
import { isWord } from '../src/parse/recognise.js';

describe('splitLines', () => {
  it('returns a line per CR, LF and CRLF, with a lone CR at the end not taken for a CRLF', () => {
    const { lines } = splitLines('a\rb\r\nc\nd\r');
    expect(lines.map((line) => [line.text, line.start, line.end])).toStrictEqual([
      ['a', 0, 1],
      ['b', 2, 3],
      ['c', 5, 6],
      ['d', 7, 8],
      ['', 9, 9],
    ]);
  });

  it('returns text with tabs and no-break spaces as plain spaces when the input has them', () => {
    const { lines } = splitLines('\ta\u00a0b\t\nc  d');
    expect(lines.map((line) => [line.text, line.indent, line.textStart])).toStrictEqual([
      ['a b', 4, 1],
      ['c  d', 0, 6],
    ]);
  });

  it('returns text with every other whitespace character as a plain space, one for one', () => {
    const { lines } = splitLines('a\vb\fc\u1680d\u2028e\u3000f\ufeffg h\u200bi');
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
