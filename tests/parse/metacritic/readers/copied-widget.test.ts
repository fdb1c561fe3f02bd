import { describe, expect, it } from 'vitest';
import { copiedWidgetReader } from '../../../../src/parse/sites/metacritic/readers/copied-widget.js';
import { opensOn, readLine, stalledOnTheLoop } from '../reading.js';

const RUN = '10\n9\n8\n7\n6\n5\n4\n3\n2\n1\n0\n';

describe('copiedWidgetReader', () => {
  it('takes the bare digits from 10 down to 0, and the 0 printed again under them, as furniture', () => {
    const { next, furniture, diagnostics } = readLine(copiedWidgetReader, `${RUN}0\nWatch On`);
    expect([next, furniture, diagnostics]).toStrictEqual([12, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], []]);
  });

  it("reads a digit under the run with text under it as the widget's, and says so (copied-number-open)", () => {
    expect(readLine(copiedWidgetReader, `${RUN}7\nLoved it.`).diagnostics).toStrictEqual(['copied-number-open@12']);
  });

  it('opens only on a run of six different digits or more', () => {
    expect(opensOn(copiedWidgetReader, '10\n9\n8\n')).toBe(false);
    expect(opensOn(copiedWidgetReader, '5\n5\n5\n5\n5\n5\n5\nFine.')).toBe(false);
    expect(opensOn(copiedWidgetReader, Array.from({ length: 30 }, (_, i) => String(10 - (i % 11))).join('\n'))).toBe(false);
  });

  it('takes a run edited on its way: its 10 dropped or moved, a digit doubled, two swapped', () => {
    for (const run of ['9\n8\n7\n6\n5\n4\n3\n2\n1\n0\n0\n', '10\n10\n9\n8\n7\n6\n5\n4\n3\n2\n1\n0\n0\n', '10\n8\n9\n7\n6\n5\n4\n3\n2\n1\n0\n0\n']) {
      const { next, furniture, diagnostics } = readLine(copiedWidgetReader, `${run}Watch On`);
      expect([next, furniture.length, diagnostics]).toStrictEqual([run.split('\n').length - 1, run.split('\n').length - 1, []]);
    }
  });

  it("passes over the widget's furniture moved into the run (Rate this: swapped with its 10, 1. Submit with its last 0)", () => {
    const { next, furniture } = readLine(copiedWidgetReader, '10\nRate this:\n9\n8\n7\n6\n5\n4\n3\n2\n1\n0\n1. Submit\n0\n2. Check Spelling\n1. Mar 29, 2020');
    expect([next, furniture]).toStrictEqual([14, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]]);
  });

  it("goes on from the widget's bullets right above it", () => {
    const { next, furniture } = readLine(copiedWidgetReader, '• 10\n• 9\n• 8\n• 7\n• 6\n5\n4\n3\n2\n1\n0\n', 5);
    expect([next, furniture]).toStrictEqual([12, [6, 7, 8, 9, 10, 11]]);
  });

  it("takes a run right under the widget's Rate this: that counts down from 10 to 0, as a page printing some digits only has it (10 / 0)", () => {
    const { next, furniture, diagnostics } = readLine(copiedWidgetReader, 'Rate this:\n10\n0\nMar 29, 2020', 1);
    expect([next, furniture, diagnostics]).toStrictEqual([3, [2, 3], []]);
    expect(opensOn(copiedWidgetReader, 'Your Score\n10\n0\nMar 29, 2020', 1)).toBe(false);
  });

  it('stops under the count down at a digit over a date other than the 0 printed again: a user named so', () => {
    expect(readLine(copiedWidgetReader, `${RUN}10\nMar 29, 2020`).next).toBe(11);
    expect(readLine(copiedWidgetReader, 'Rate this:\n10\n0\n10\nMar 29, 2020', 1).next).toBe(3);
    expect(readLine(copiedWidgetReader, `${RUN}0\nMar 29, 2020`).next).toBe(12);
  });

  it('makes the loop throw a ReaderError naming it when it makes no progress', () => {
    expect(stalledOnTheLoop(copiedWidgetReader, RUN)).toMatchObject({ reader: 'copied rating widget', line: 0 });
  });
});
