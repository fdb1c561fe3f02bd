/**
 * Issue 15's promise over copied pages: a corpus case with its list markers
 * (indentation, `N. ` numbers, `• ` bullets) removed in any combination from
 * a line on, as a copy from the page's middle leaves it, gives the case's
 * facts, or a warning says where they differ (never a silent merge or
 * split). "Equal" is the case's facts, but that a review (critic or user)
 * whose `N. ` the copy removed may read as unnumbered; "covered" is an
 * open-reading warning (`copied-boundary-open`, `copied-number-open`) or an
 * `unrecognised-line` on the critic review concerned, or, for reviews
 * missing at the end of the list, at or after the last one read
 * (tests/support/copied-facts.ts); user reviews must equal the case's.
 *
 * Every case, every combination of the three markers and every line they
 * are removed from is checked (20 cases, 7 combinations, each line: about
 * 4,100 pages), not a sample. Markers removed on scattered lines and pages
 * with lines dropped, doubled, swapped or furniture put in are checked in
 * copied-mutations.property.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
/** Every non-empty combination of the three markers. */
const REMOVALS: readonly (readonly Marker[])[] = [
  ['indent'],
  ['number'],
  ['bullet'],
  ['indent', 'number'],
  ['indent', 'bullet'],
  ['number', 'bullet'],
  ['indent', 'number', 'bullet'],
];
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

describe('parse, on corpus pages copied from a line on with some of their markers removed', () => {
  it('gives the case’s facts when the whole page is copied so, or a warning where they differ', () => {
    const unsaid = cases.flatMap((_, page) =>
      REMOVALS.flatMap((drop) => unsaidInCopy(page, drop, 0).map((place) => `${cases[page]?.file} ${drop.join('+')}: ${place}`)),
    );
    expect(unsaid).toStrictEqual([]);
  });

  it('gives the case’s facts from every line on, or a warning where they differ', { timeout: 60_000 }, () => {
    const unsaid = cases.flatMap(({ file, text }, page) =>
      REMOVALS.flatMap((drop) =>
        Array.from({ length: text.split('\n').length }, (_, from) =>
          unsaidInCopy(page, drop, from).map((place) => `${file} ${drop.join('+')} from ${from}: ${place}`),
        ).flat(),
      ),
    );
    expect(unsaid).toStrictEqual([]);
  });

  // The smallest case of each way the copies from a line on were misread, each now read right.
  it.each([
    // A user review whose indentation stops under its date: its score and text go on in the copied tail.
    ['030-music-ordinary-man-user-only.txt', ['indent'], 33],
    // The same where a blank line parts the tail from the indented text: its date lines say it is the copy's.
    ['030-music-ordinary-man-user-only.txt', ['indent', 'number'], 35],
    // User reviews whose numbers the copy removed read as unnumbered (the reading was right: "equal" now says so for user reviews too).
    ['019-tv-1600-penn.txt', ['number'], 18],
    // The rating widget's second `0` with its bullet dropped is the widget's, not a user review.
    ['030-music-ordinary-man-user-only.txt', ['bullet'], 29],
    // A scored block's bare score line and the next block's bare Metascore end its bulleted lines.
    ['031-critic-sheri-linden-tv.txt', ['bullet'], 17],
    // A block whose indentation stops under its Metascore goes on in the tail with its score bullet.
    ['031-critic-sheri-linden-tv.txt', ['indent'], 17],
    // A tail that keeps its bullets is still copied text: each excerpt one line.
    ['035-publication-boston-globe-movies.txt', ['indent', 'number'], 4],
    // An item whose number the copy dropped, as deep as the numbered item above it, is an item.
    ['035-publication-boston-globe-movies.txt', ['number'], 18],
    // A copied list numbers on from the numbered item another reader read between its items.
    ['039-publication-empire-movies.txt', ['number'], 17],
    // One line under the indented list stays the page's, reported (the reading stays: a review missing at the end is covered by a warning after the last one read).
    ['004-movie-the-marc-pease-experience.txt', ['indent'], 11],
    // A user review whose item stops under its name, the date and text go on bare.
    ['016-movie-a-little-princess-user-reviews.txt', ['indent', 'bullet'], 6],
  ] as const)('gives the facts of %s with %j removed from line %i on', (file, drop, from) => {
    expect(
      unsaidInCopy(
        cases.findIndex((c) => c.file === file),
        drop,
        from,
      ),
    ).toStrictEqual([]);
  });
});
