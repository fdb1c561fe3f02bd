import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { cutLines } from '../../../src/parse/engine/lines.js';
import { BARE_DETAIL_FIRST, DETAIL_LABELS, normaliseListMarkers, recogniseBareDetail } from '../../../src/parse/sites/metacritic/copied-lines.js';

/** Every line's text after the markers are made the page's own. */
const normalised = (text: string): string[] => {
  const lines = normaliseListMarkers(cutLines(text));
  return Array.from({ length: lines.count }, (_, line) => lines.text(line));
};

describe('normaliseListMarkers', () => {
  it("makes each other tool's marker the page's own, one character for one", () => {
    expect(normalised('* 72 Metascore\n  - Q Magazine\n\t◦ x\n\u00a0‣ y\n▪ z\n1) Reviewed by\n1234) 90')).toStrictEqual([
      '• 72 Metascore',
      '• Q Magazine',
      '• x',
      '• y',
      '• z',
      '1. Reviewed by',
      '1234. 90',
    ]);
  });

  it('returns the same lines when no line starts with such a marker', () => {
    const lines = cutLines('• 72 Metascore\n  1. Reviewed by\n-5 degrees\n*emphasis*\nGood - based on 5 Critics\nsee 12) here\n  -- x\n');
    expect(normaliseListMarkers(lines)).toBe(lines);
  });

  it('leaves a marker that is not the first thing on its line after spaces, tabs and no-break spaces', () => {
    // Five digits, no space after the marker, a zero-width space or a byte-order mark before it.
    const lines = cutLines('12345) x\n*x\n1)x\n\u200b* x\n');
    expect(normaliseListMarkers(lines)).toBe(lines);
    const marked = cutLines('\ufeff* x');
    expect(normaliseListMarkers(marked)).toBe(marked);
  });

  it('leaves a marker with no text after it, but trailing spaces and tabs: a line of its own text (`-`)', () => {
    const lines = cutLines('Fine.\n- \t\n1) \r\n* ');
    expect(normaliseListMarkers(lines)).toBe(lines);
    expect(normalised('-  \t x')).toStrictEqual(['•    x']);
  });

  it("finds a marker after a line break of Unicode's own (U+2028), as the pattern does", () => {
    expect(normalised('Intro\u2028* x')).toStrictEqual(['Intro • x']);
  });

  it('finds a marker at the start of a line after the same characters inside an earlier one', () => {
    expect(normalised('Great - fun; see 1) and * here\n  - Q Magazine\n 12) x')).toStrictEqual(['Great - fun; see 1) and * here', '• Q Magazine', '12. x']);
  });

  it('finds the marker on any line, CR and CRLF line ends alike', () => {
    expect(normalised('a\r* b\r\n2) c')).toStrictEqual(['a', '• b', '2. c']);
  });

  // The pattern itself, as a model of which texts have a marker to make the page's own.
  test.prop([
    fc
      .array(
        fc.constantFrom(
          ' ',
          '  ',
          '\t',
          '\u00a0',
          '\u200b',
          '\ufeff',
          '\n',
          '\r',
          '\r\n',
          '*',
          '-',
          '◦',
          '‣',
          '▪',
          '•',
          ')',
          '1',
          '12',
          '123',
          'x',
          '\u2028',
          '\u2003',
        ),
        { maxLength: 16 },
      )
      .map((parts) => parts.join('')),
  ])('returns other lines exactly when a line starts with a marker as the pattern has it', (text) => {
    const lines = cutLines(text);
    expect(normaliseListMarkers(lines) !== lines).toBe(/^[ \t\u00a0]*(?:[*◦‣▪-]|\d{1,4}\))(?= [ \t]*\S)/mu.test(text));
  });
});

describe('BARE_DETAIL_FIRST', () => {
  it('returns the first characters of the labels a bare detail can have, a letter in either case, as the line table tries them', () => {
    const firsts = [...new Set([...DETAIL_LABELS].map((label) => label.charAt(0)))];
    expect(Array.from(BARE_DETAIL_FIRST, (first) => first).sort()).toStrictEqual(
      firsts.flatMap((first) => (first === first.toUpperCase() ? [first] : [first, first.toUpperCase()])).sort(),
    );
    expect(recogniseBareDetail('Network: NBC')).toStrictEqual({ label: 'Network', value: 'NBC' });
    expect(recogniseBareDetail('# of players: Up to 16')).toStrictEqual({ label: '# of players', value: 'Up to 16' });
    expect(recogniseBareDetail('Also On: Wii U')).toStrictEqual({ label: 'Also On', value: 'Wii U' });
  });
});
