/**
 * Issue 15's promise over copied pages: a corpus case with its list markers
 * (indentation, `N. ` numbers, `• ` bullets) removed in any combination from
 * a line on, as a copy from the page's middle leaves it, gives the case's
 * facts, or a warning says where they differ (never a silent merge or
 * split). "Equal" is the case's facts, but that a review whose `N. ` the
 * copy removed may read as unnumbered; "covered" is an open-reading warning
 * (`copied-boundary-open`, `copied-number-open`) or an `unrecognised-line`
 * on the critic review concerned (tests/support/copied-facts.ts); user
 * reviews must equal the case's.
 *
 * Known to fail (kept as named failing tests, not hidden): the smallest
 * cases below, one per way found. Mutations that drop, double or swap lines
 * are not checked here: their expected facts need the case's review of each
 * line, which the cases do not give.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { dropMarkers } from '../../scripts/copy-variants.mjs';
import { unsaidDifferences } from '../support/copied-facts.js';
import { corpusPages } from './arbitraries.js';

const corpus = join(import.meta.dirname, '..', 'fixtures', 'corpus');
const cases = corpusPages.map(({ file, text }) => ({
  file,
  text,
  expected: JSON.parse(readFileSync(join(corpus, file.replace(/\.txt$/u, '.json')), 'utf8')) as Record<string, unknown>,
}));

type Marker = 'indent' | 'number' | 'bullet';
const MARKERS: readonly Marker[] = ['indent', 'number', 'bullet'];
const COVERING: ReadonlySet<string> = new Set(['unrecognised-line']);

/** The differences no warning says between case `page` with the markers in `drop` removed from line `from` on, and its facts. */
function unsaidInCopy(page: number, drop: readonly Marker[], from: number): string[] {
  const { text, expected } = cases[page] as (typeof cases)[number];
  const lines = text.split('\n');
  const removedNumbers = new Set<number>();
  const copy = lines
    .map((line, i) => {
      if (i < from % lines.length) return line;
      const number = /^\s*(\d{1,4})\. /u.exec(line);
      if (number !== null && drop.includes('number')) removedNumbers.add(Number(number[1]));
      return dropMarkers(line, drop);
    })
    .join('\n');
  const { page: read, diagnostics } = parse(copy);
  return unsaidDifferences(read, diagnostics, expected, { removedNumbers, coveringCodes: COVERING });
}

/** A corpus case's index, the markers removed (one, two or all three) and the line they are removed from on. */
const partialCopy = fc.tuple(fc.nat({ max: cases.length - 1 }), fc.subarray([...MARKERS], { minLength: 1 }), fc.nat());

describe('parse, on corpus pages copied from a line on with some of their markers removed', () => {
  it('gives the case’s facts when the whole page is copied so, or a warning where they differ', () => {
    const unsaid = cases.flatMap((_, page) =>
      [['indent'], ['number'], ['bullet'], ['indent', 'number'], ['indent', 'bullet'], ['number', 'bullet'], [...MARKERS]].flatMap((drop) =>
        unsaidInCopy(page, drop as Marker[], 0).map((place) => `${cases[page]?.file} ${drop.join('+')}: ${place}`),
      ),
    );
    expect(unsaid).toStrictEqual([]);
  });

  // Known to fail: fast-check finds a case within a few runs (the cases below). Seeded, so `npm test` says the same each run.
  it.fails('gives the case’s facts from any line on, or a warning where they differ (known to fail)', () => {
    fc.assert(
      fc.property(partialCopy, ([page, drop, from]) => {
        expect(unsaidInCopy(page, drop, from)).toStrictEqual([]);
      }),
      { numRuns: 300, seed: 1 },
    );
  });

  // The smallest cases found, one per way: user reviews misread where a copy drops the markers inside the user block,
  // a profile's numbered items renumbered, a critic profile's blocks split where their bullets stop.
  it.fails.each([
    ['030-music-ordinary-man-user-only.txt', ['indent'], 33],
    ['019-tv-1600-penn.txt', ['number'], 18],
    ['031-critic-sheri-linden-tv.txt', ['bullet'], 17],
    ['035-publication-boston-globe-movies.txt', ['indent', 'number'], 4],
    ['016-movie-a-little-princess-user-reviews.txt', ['indent', 'bullet'], 6],
  ] as const)('gives the facts of %s with %j removed from line %i on (known to fail)', (file, drop, from) => {
    expect(
      unsaidInCopy(
        cases.findIndex((c) => c.file === file),
        drop,
        from,
      ),
    ).toStrictEqual([]);
  });
});
