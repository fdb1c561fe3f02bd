import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { cutLines } from '../../../src/parse/engine/lines.js';
import { isLoneBullet, normaliseListMarkers, withPageBullet } from '../../../src/parse/engine/markers.js';

/** Every line's text after the markers are made the page's own (`numbers`: the numbered ones too). */
const normalised = (text: string, numbers?: boolean): string[] => {
  const lines = normaliseListMarkers(cutLines(text), numbers);
  return Array.from({ length: lines.count }, (_, line) => lines.text(line));
};

describe('normaliseListMarkers', () => {
  it("makes another tool's bullets and numbers the page's own, one character for one, offsets kept", () => {
    const text = '  * , Fresh Tomatometer Score\n- 100\n◦ x\n1) Reviewed by';
    expect(normalised(text)).toStrictEqual(['• , Fresh Tomatometer Score', '• 100', '• x', '1. Reviewed by']);
    const lines = normaliseListMarkers(cutLines(text));
    expect(lines.span(1)).toStrictEqual(cutLines(text).span(1));
  });

  it('leaves a numbered line its text when told the page numbers nothing', () => {
    expect(normalised('* 100\n1) Bold.\n  12) x', false)).toStrictEqual(['• 100', '1) Bold.', '12) x']);
  });

  it('returns the same lines when the only markers are numbers and numbers are left', () => {
    const lines = cutLines('Title\n1) Bold.\n2) Loud.\n');
    expect(normaliseListMarkers(lines, false)).toBe(lines);
  });

  // The pattern, as a model: a bullet's line starts with indentation, a bullet, a space and text.
  test.prop([fc.array(fc.constantFrom(' ', '\t', '\n', '*', '-', '◦', '•', '1', ')', 'x'), { maxLength: 12 }).map((parts) => parts.join(''))])(
    'returns other lines, without numbers, exactly when a line starts with a bullet as the pattern has it',
    (text) => {
      const lines = cutLines(text);
      expect(normaliseListMarkers(lines, false) !== lines).toBe(/^[ \t\u00a0]*[*◦‣▪-](?= [ \t]*\S)/mu.test(text));
    },
  );
});

describe('withPageBullet', () => {
  it("returns a line's text with another tool's bullet made the page's own", () => {
    expect(['* , Fresh Tomatometer Score', '- 100', '▪ x', '‣ y'].map(withPageBullet)).toStrictEqual(['• , Fresh Tomatometer Score', '• 100', '• x', '• y']);
  });

  it('returns any other text as it is', () => {
    expect(['-5 degrees', '*emphasis*', '- ', '• 100', 'Variety'].map(withPageBullet)).toStrictEqual(['-5 degrees', '*emphasis*', '- ', '• 100', 'Variety']);
  });
});

describe('isLoneBullet', () => {
  it('returns true for a bullet alone, the page’s own or another tool’s', () => {
    expect(['•', '*', '-', '◦', '‣', '▪'].map(isLoneBullet)).toStrictEqual([true, true, true, true, true, true]);
  });

  it('returns false for anything more or else', () => {
    expect(['**', '- x', '', 'x', '1'].map(isLoneBullet)).toStrictEqual([false, false, false, false, false]);
  });
});
