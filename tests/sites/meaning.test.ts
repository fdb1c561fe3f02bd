/**
 * Metacritic's data printed by another site gets the same checks as on
 * metacritic.com: the Metascore against the verdict's band, the interval
 * from the listed scores, the count against the listed reviews.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkConsistency, parse } from '../../src/index.js';
import { ALL_SITES } from '../../src/sites/index.js';

const read = (file: string): string => readFileSync(join(import.meta.dirname, file), 'utf8');

describe('checkConsistency on pages printing Metacritic data', () => {
  it("returns no discrepancy and the Metascore interval for movies.com's Blade Runner (88, Universal acclaim)", () => {
    const report = checkConsistency(parse(read('moviescom/226-mc-moviescom-blade-runner.txt'), { sites: ALL_SITES }).page);
    expect(report.discrepancies).toStrictEqual([]);
    expect([report.metascoreInterval?.min, report.metascoreInterval?.max]).toStrictEqual([88, 88]);
  });

  it('reports a Metascore outside its verdict band on a Fandango page', () => {
    const text = 'Variety\n\nBy Justin Chang\nA chore.\nFull Review\n55 out of 100\nUniversal acclaim\nMetascore® based on all critic reviews.\n';
    const report = checkConsistency(parse(text, { sites: ALL_SITES }).page);
    expect(report.discrepancies.map((discrepancy) => discrepancy.code)).toContain('verdict-mismatch');
  });

  it('reports more listed reviews than a Moviefone page declares', () => {
    const text = 'Based on 1 Critics\n  • One. Show More\n  • Two. Show More\n';
    const report = checkConsistency(parse(text, { sites: ALL_SITES }).page);
    expect(report.discrepancies.map((discrepancy) => discrepancy.code)).toContain('more-reviews-than-declared');
  });
});
