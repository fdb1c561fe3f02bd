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

  it('opens only on a whole run', () => {
    expect(opensOn(copiedWidgetReader, '10\n9\n8\n')).toBe(false);
  });

  it('makes the loop throw a ReaderError naming it when it makes no progress', () => {
    expect(stalledOnTheLoop(copiedWidgetReader, RUN)).toMatchObject({ reader: 'copied rating widget', line: 0 });
  });
});
