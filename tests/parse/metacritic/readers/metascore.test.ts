import { describe, expect, it } from 'vitest';
import { metascoreReader } from '../../../../src/parse/sites/metacritic/readers/metascore.js';
import { readLine, stalledOnTheLoop } from '../reading.js';

describe('metascoreReader', () => {
  it('takes the heading and the number on the next non-blank line as the Metascore', () => {
    const { next, state, diagnostics } = readLine(metascoreReader, 'Metascore\n\n81\nUniversal acclaim - based on 30 Critics\n');
    expect([next, state.metascore, state.phase, diagnostics]).toStrictEqual([3, { value: 81, first: 0, last: 2 }, 'header', []]);
  });

  it('takes a heading with "tbd" under it as furniture, both lines', () => {
    const { next, state, furniture } = readLine(metascoreReader, 'Metascore\ntbd\n');
    expect([next, state.metascore, furniture]).toStrictEqual([2, undefined, [1, 2]]);
  });

  it('takes a heading with no number under it as furniture, alone', () => {
    expect(readLine(metascoreReader, 'Metascore\nWatch On\n')).toMatchObject({ next: 1, furniture: [1] });
    expect(readLine(metascoreReader, 'Metascore')).toMatchObject({ next: 1, furniture: [1] });
  });

  it('reports a number above 100 as score-out-of-range over both lines, and a second Metascore as repeated-block', () => {
    const high = readLine(metascoreReader, 'Metascore\n181');
    expect([high.next, high.state.metascore, high.state.report.diagnostics.map(({ code, span }) => [code, span.start.line, span.end.line])]).toStrictEqual([
      2,
      undefined,
      [['score-out-of-range', 1, 2]],
    ]);
    const again = readLine(metascoreReader, 'Metascore\n70', 0, (state) => {
      state.metascore = { value: 81, first: 0, last: 1 };
    });
    expect([again.state.metascore?.value, again.diagnostics]).toStrictEqual([81, ['repeated-block@1']]);
  });

  it('makes the loop throw a ReaderError naming it when it makes no progress', () => {
    expect(stalledOnTheLoop(metascoreReader, 'Metascore\n81')).toMatchObject({ reader: 'metascore', line: 0 });
  });
});
