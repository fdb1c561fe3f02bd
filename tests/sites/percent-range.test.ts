/**
 * A percentage past 100 is no figure a page prints: the Tomatometer or the
 * audience score it would give is not read, and a warning says where it was
 * (the formats, which accept 0-100, then never meet it).
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { formatPage } from '../../src/formats/index.js';
import { ALL_SITES } from '../../src/sites/index.js';

const read = (text: string) => parse(text, { sites: ALL_SITES });

describe('a Rotten Tomatoes page with a percentage past 100', () => {
  it('returns no Tomatometer and no audience score from a 2024 summary line of 999% and 250%, with a warning on the line', () => {
    const { page, diagnostics } = read('Alien (1979) - Rotten Tomatoes\n999% Tomatometer 40 Reviews 250% Popcornmeter 250+ Ratings\n');
    expect([page.source, page.tomatometer, page.criticCount, page.users?.score ?? null]).toStrictEqual(['rottentomatoes', null, 40, null]);
    expect(diagnostics.map(({ code, span }) => [code, span.start.line])).toStrictEqual([
      ['score-out-of-range', 2],
      ['score-out-of-range', 2],
    ]);
    expect(typeof formatPage(page)).toBe('string');
  });

  it('returns no Tomatometer from "999%" over "TOMATOMETER" (a line no part takes), and keeps a 96% over "Audience Score"', () => {
    const { page, diagnostics } = read('Alien (1979) - Rotten Tomatoes\n999%\nTOMATOMETER\n96%\nAudience Score\nTotal Count: 117\n');
    expect([page.tomatometer, page.users?.score ?? null]).toStrictEqual([null, 96]);
    expect(diagnostics.map(({ code, span }) => [code, span.start.line])).toStrictEqual([['unrecognised-line', 2]]);
  });
});
