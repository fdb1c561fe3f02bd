import { describe, expect, it } from 'vitest';
import { unrecognisedReader } from '../../../../src/parse/sites/metacritic/readers/unrecognised.js';
import { readLine, stalledOnTheLoop } from '../reading.js';

describe('unrecognisedReader', () => {
  it('takes any line alone and reports it as unrecognised-line, with its text in the message', () => {
    const { next, state } = readLine(unrecognisedReader, 'x\nFan Theories Corner\n', 1);
    expect(next).toBe(2);
    expect(state.report.diagnostics.map(({ code, message, span }) => [code, message, span.start.line])).toStrictEqual([
      ['unrecognised-line', 'The line "Fan Theories Corner" fits no part of a review page at this place.', 2],
    ]);
  });

  it('opens on a line of any kind', () => {
    expect(unrecognisedReader.opens).toBe('*');
    expect(readLine(unrecognisedReader, '• Network: NBC').diagnostics).toStrictEqual(['unrecognised-line@1']);
  });

  it('makes the loop throw a ReaderError naming it when it makes no progress', () => {
    expect(stalledOnTheLoop(unrecognisedReader, 'Fan Theories Corner')).toMatchObject({ reader: 'unrecognised', line: 0 });
  });
});
