import { describe, expect, it } from 'vitest';
import { titleReader } from '../../../../src/parse/sites/metacritic/readers/title.js';
import { opensOn, readLine, stalledOnTheLoop } from '../reading.js';

describe('titleReader', () => {
  it('takes the first unindented line before any part of the page as the title, whitespace collapsed', () => {
    const { next, state } = readLine(titleReader, 'Pusher  (1996)\nUniversal acclaim - based on 5 Critics');
    expect([next, state.title]).toStrictEqual([1, { text: 'Pusher (1996)', line: 0 }]);
  });

  it('opens only at the start, on an unindented line, while the page has no title', () => {
    expect(opensOn(titleReader, 'Pusher')).toBe(true);
    expect(opensOn(titleReader, 'Sep 26, 2009')).toBe(false);
    expect(opensOn(titleReader, '  Pusher')).toBe(false);
    expect(
      opensOn(titleReader, 'Pusher', 0, (state) => {
        state.phase = 'header';
      }),
    ).toBe(false);
    expect(
      opensOn(titleReader, 'Pusher', 0, (state) => {
        state.title = { text: 'Other', line: 0 };
      }),
    ).toBe(false);
  });

  it('makes the loop throw a ReaderError naming it when it makes no progress', () => {
    expect(stalledOnTheLoop(titleReader, 'Pusher')).toMatchObject({ reader: 'title', line: 0 });
  });
});
