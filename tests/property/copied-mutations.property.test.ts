/**
 * Issue 15's promise over copied pages, the rest of it: never a silent merge
 * or split, on corpus cases whose list markers a copy removed on scattered
 * lines only, and on copied cases then edited: a line dropped, doubled or
 * swapped with the next, furniture put in.
 *
 * Markers removed on scattered lines keep every line where it is, so the
 * case's facts stay the expectation. "Equal" is as in
 * copied.property.test.ts: the case's facts, but that a review (critic or
 * user) whose `N. ` the copy removed may read as unnumbered. Each review read
 * is compared with the case's review whose lines hold its first line (the
 * crawled case's reading gives each review's lines), not with the case's
 * review at its place in the list: one review lost, split or read extra is
 * that review's difference, not a shift of every review after it. "Covered"
 * is an open-reading warning (`copied-boundary-open`, `copied-number-open`)
 * or an `unrecognised-line` on the review read or on the case's own lines of
 * that review, critic and user reviews alike (tests/support/copied-facts.ts,
 * `unsaidDifferences` with `places`).
 *
 * An edited page's expectation comes from the edit: the crawled case is read
 * (which gives its facts exactly, and each review's lines), and an edit
 * changes only the reviews whose lines it touched (`unsaidAfterEdit`):
 * - a line dropped or doubled touches that line; two lines swapped touch both;
 *   furniture put in (at a block boundary, as the furniture property puts it)
 *   touches none;
 * - "equal": every review with no touched line is read from its first line
 *   with its facts (its number free where the copy removed it: a copied list
 *   numbers in turn, which an edit above shifts); a review next to a touched
 *   one may be read from a line of the touched one and gain the facts it
 *   lacks (the touched review's lines left over join it: `Reviewed by: A` /
 *   `Jul 15, 2013` over a dropped excerpt and the next review's `80`), but
 *   keeps each fact it has; a review read that starts on no untouched review's
 *   line starts on a touched line or a touched review's; the header's facts
 *   are the same. An edit of a line outside every review (a header or section
 *   line, which says whose the reviews under it are) requires only that every
 *   untouched review's first line still starts a review, in either section,
 *   and that every review read starts on a line of one of the case's reviews
 *   (a rating widget's bare digits read as user reviews once its `• 10` is
 *   dropped is a review from no review's lines);
 * - "covered": an open-reading warning or an `unrecognised-line` on the
 *   review's lines or the review read.
 * A parser that merges two reviews silently loses an untouched review or one
 * of its facts, and fails here: checked once by making the critic readers take
 * a bare score under a review's excerpt into that review (each review merged
 * with the scored one under it); the edit property failed in its first runs
 * (case 000 copied without numbers, its first line doubled), as did the
 * properties of copied.property.test.ts.
 *
 * Numbers removed on scattered lines: a line of text as deep as its numbered
 * item, whose `N. ` alone was removed, is the next item where the page
 * settles it (its other items' next lines sit deeper than their numbers, or
 * the numbers skip as many as such lines), and otherwise too, with a
 * `copied-boundary-open` warning (an item's body may sit as deep as its
 * number on some pages).
 *
 * Indentation removed on scattered lines: whether the copy dropped the
 * numbers is weighed over the whole page (a line or two stripped among lines
 * that keep their markers is a crawled page), and a line of an indented item
 * left unindented is the item's (a field over the item's body; under a review
 * with no text, the fields it lacks and its text, a user review's up to the
 * next date; a block's critic under its `Reviewed by`) or the next item's (a
 * date under a dated user review; a line only a review holds, or a user's name
 * over a date, under an indented review; a line of text under a block's
 * excerpt, the block's lines themselves left unindented among indented ones),
 * with a `copied-boundary-open` warning where the text does not settle it.
 * Seeds 1 to 10 failed at 3, 5, 6, 8 and 9 (16 of 4,000 pages drawn) until
 * these were read so.
 */
import { fc } from '@fast-check/vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { dropMarkers } from '../../scripts/copy-variants.mjs';
import { type EditedLines, unsaidAfterEdit, unsaidDifferences } from '../support/copied-facts.js';
import { corpusPages } from './arbitraries.js';
import { blockBoundaries, UNRELATED_FURNITURE } from './invariants.js';
import { seedOption } from '../setup/property-seed.js';

const corpus = join(import.meta.dirname, '..', 'fixtures', 'corpus');
const cases = corpusPages.map(({ file, text }) => {
  const original = parse(text);
  return {
    file,
    lines: text.split('\n'),
    original,
    expected: JSON.parse(readFileSync(join(corpus, file.replace(/\.txt$/u, '.json')), 'utf8')) as Record<string, unknown>,
    places: { critics: original.page.reviews.map(({ span }) => span), users: (original.page.users?.reviews ?? []).map(({ span }) => span) },
  };
});

type Marker = 'indent' | 'number' | 'bullet';
const COVERING: ReadonlySet<string> = new Set(['unrecognised-line']);
const NUMBERED = /^\s*(\d{1,4})\. /u;

/** A case copied with the markers in `drop` removed from the lines `on` picks (all lines when it picks none: a whole copy), and the lines whose `N. ` went. */
function copied(
  page: number,
  drop: readonly Marker[],
  on?: (line: number) => boolean,
): { lines: string[]; removedFrom: Set<number>; removedNumbers: Set<number> } {
  const removedFrom = new Set<number>();
  const removedNumbers = new Set<number>();
  const lines = (cases[page] as (typeof cases)[number]).lines.map((line, i) => {
    if (on !== undefined && !on(i)) return line;
    const number = NUMBERED.exec(line);
    if (number !== null && drop.includes('number')) {
      removedFrom.add(i);
      removedNumbers.add(Number(number[1]));
    }
    return dropMarkers(line, drop);
  });
  return { lines, removedFrom, removedNumbers };
}

/** The differences no warning says on case `page` with the markers in `drop` removed on the lines `chosen` says. */
function unsaidOnScatteredLines(page: number, drop: readonly Marker[], chosen: readonly boolean[]): string[] {
  const { expected, places } = cases[page] as (typeof cases)[number];
  const { lines, removedNumbers } = copied(page, drop, (line) => chosen[line % chosen.length] === true);
  const { page: read, diagnostics } = parse(lines.join('\n'));
  return unsaidDifferences(read, diagnostics, expected, { removedNumbers, coveringCodes: COVERING, places });
}

/** One edit of a page's lines. */
type Edit =
  | { readonly kind: 'drop'; readonly at: number }
  | { readonly kind: 'double'; readonly at: number }
  | { readonly kind: 'swap'; readonly at: number }
  | { readonly kind: 'furniture'; readonly at: number; readonly line: string };

/** `lines` with `edit` made, each line's origin, and the lines it touched. */
function edited(lines: readonly string[], edit: Edit): EditedLines {
  const origin = lines.map((_, i) => i);
  const at = edit.at % lines.length;
  switch (edit.kind) {
    case 'drop':
      return { lines: lines.filter((_, i) => i !== at), origin: origin.filter((i) => i !== at), touched: new Set([at]) };
    case 'double':
      return { lines: [...lines.slice(0, at + 1), ...lines.slice(at)], origin: [...origin.slice(0, at + 1), ...origin.slice(at)], touched: new Set([at]) };
    case 'swap': {
      const next = Math.min(at + 1, lines.length - 1);
      const swap = <T>(items: readonly T[]): T[] => items.map((item, i) => (i === at ? (items[next] as T) : i === next ? (items[at] as T) : item));
      return { lines: swap(lines), origin: swap(origin), touched: new Set([at, next]) };
    }
    case 'furniture': {
      const boundaries = blockBoundaries(lines.join('\n'));
      const before = boundaries[edit.at % boundaries.length] ?? lines.length;
      return {
        lines: [...lines.slice(0, before), edit.line, ...lines.slice(before)],
        origin: [...origin.slice(0, before), undefined, ...origin.slice(before)],
        touched: new Set(),
      };
    }
  }
}

/** The differences no warning says on case `page`, copied with `drop` removed from every line, then edited by `edit`. */
function unsaidAfterCopyAndEdit(page: number, drop: readonly Marker[], edit: Edit): string[] {
  const { original } = cases[page] as (typeof cases)[number];
  const { lines, removedFrom } = copied(page, drop);
  const change = edited(lines, edit);
  return unsaidAfterEdit(original, parse(change.lines.join('\n')), change, removedFrom);
}

const anyCase = fc.nat({ max: cases.length - 1 });
const someMarkers = (markers: readonly Marker[]): fc.Arbitrary<Marker[]> => fc.subarray([...markers], { minLength: 1 });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('double' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('furniture' as const), at: fc.nat(), line: fc.constantFrom(...UNRELATED_FURNITURE) }),
);

describe('parse, on corpus pages copied with their bullets removed on scattered lines', () => {
  it('gives the case’s facts, or a warning where they differ', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(anyCase, fc.array(fc.boolean(), { minLength: 1, maxLength: 60 }), (page, chosen) => {
        expect(unsaidOnScatteredLines(page, ['bullet'], chosen)).toStrictEqual([]);
      }),
      { numRuns: 500, ...seedOption(15) },
    );
  });

  it('gives the case’s facts with their numbers removed on scattered lines too, or a warning where they differ', () => {
    fc.assert(
      fc.property(anyCase, someMarkers(['number', 'bullet']), fc.array(fc.boolean(), { minLength: 1, maxLength: 60 }), (page, drop, chosen) => {
        expect(unsaidOnScatteredLines(page, drop, chosen)).toStrictEqual([]);
      }),
      { numRuns: 500, ...seedOption(15) },
    );
  });

  // The smallest case found: the rating widget's "10" bare among its bullets was read as a user review.
  it("reads a widget digit bare among the widget's bullets as the widget's", () => {
    const page = cases.findIndex(({ file }) => file === '017-movie-the-ground-truth-main.txt');
    expect(unsaidOnScatteredLines(page, ['bullet'], cases[page]?.lines.map((_, i) => i === 9) ?? [])).toStrictEqual([]);
  });

  // The smallest case found: a line as deep as its numbered item, whose `N. ` alone was removed, was read as that
  // item's text; the page's other items sit their next lines deeper than their numbers, which settles it.
  it('gives the facts of 035 with the numbers of lines 27 and 33 removed', () => {
    const page = cases.findIndex(({ file }) => file === '035-publication-boston-globe-movies.txt');
    expect(unsaidOnScatteredLines(page, ['number'], cases[page]?.lines.map((_, i) => i === 27 || i === 33) ?? [])).toStrictEqual([]);
  });
});

describe('parse, on corpus pages copied with their indentation removed on scattered lines', () => {
  // Failed in about one drawn page in eight (47 of 400 at seed 15) until whether the copy dropped the numbers was
  // weighed over the whole page, and lines left unindented inside indented items read as theirs or as the next item
  // where a cue says so (a text line under a review with none, a date under a dated user review), with a warning.
  it('gives the case’s facts, or a warning where they differ', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(anyCase, someMarkers(['indent', 'number', 'bullet']), fc.array(fc.boolean(), { minLength: 1, maxLength: 60 }), (page, drop, chosen) => {
        fc.pre(drop.includes('indent'));
        expect(unsaidOnScatteredLines(page, drop, chosen)).toStrictEqual([]);
      }),
      { numRuns: 200, ...seedOption(15) },
    );
  });

  // The smallest cases found, each now read right.
  it.each([
    // Part of its failure was the property's own: it compared reviews in list order, so one review read extra shifted
    // every review after it (reviews[5] to [10] differed, unsaid). The rest was the parser's: the date lines 17 and 32,
    // unindented inside items 4 and 9, opened reviews of their own; a field whose line under it is indented as the
    // item's body goes on the item.
    [[5, 7, 17, 19, 21, 32]],
    // `2. 80` unindented took every item under it as its text (a numbered line deeper than an item's number is its
    // text); one shallower than the item's body above it is the next item.
    [[11]],
    // The date and text of item 1 unindented read as a review of their own, which took `  2. 80` as its text: a
    // numbered line under an item's line as shallow as its number is the next item, and the review read is said open.
    [[9, 10]],
  ])('gives the facts of 000 with the indentation of lines %j removed', (removed) => {
    const page = cases.findIndex(({ file }) => file === '000-movie-pusher-seed.txt');
    const lines = new Set(removed);
    expect(unsaidOnScatteredLines(page, ['indent'], cases[page]?.lines.map((_, i) => lines.has(i)) ?? [])).toStrictEqual([]);
  });

  // One or two lines stripped of their markers do not make a page copied: whether the copy dropped the numbers is
  // weighed over the page's lines, not said by one bare line.
  it.each([
    // The bare percentage `59% lower than the average critic` among its bulleted ones turned the copied reading on,
    // and the cut last excerpt `Still sounds pecul`, unindented, read as a numbered item of its own.
    ['037-publication-observer-uk-music.txt', ['indent', 'bullet'], [5, 41]],
    // `Positive: 9 out of 11` with its number removed, over a numbered `Negative:` and eleven numbered items, turned
    // the copied reading on, and item 9's unindented excerpt became a review of its own, numbered 10 as item 10 is.
    ['000-movie-pusher-seed.txt', ['indent', 'number'], [3, 33]],
  ] as const)('gives the facts of %s with %j removed from lines %j, read as a crawled page', (file, drop, removed) => {
    const page = cases.findIndex((c) => c.file === file);
    const lines = new Set<number>(removed);
    expect(unsaidOnScatteredLines(page, drop, cases[page]?.lines.map((_, i) => lines.has(i)) ?? [])).toStrictEqual([]);
  });

  // The smallest cases found at seeds 3 to 9, each now read right: lines of an indented item with no text yet, left
  // unindented right under it, are its own (a critic's date and excerpt, the boundary open; a user's date and text),
  // and a line a review holds, left unindented under an indented review, opens the next one.
  it.each([
    // `  1. DavidS.`'s date and text opened a user review of their own, numbered 2 (the copy dropped the numbers).
    ['016-movie-a-little-princess-user-reviews.txt', ['indent', 'number'], [3, 4, 6, 7, 12, 13, 16]],
    // `  2. Reviewed by: Scott Tobias`'s date and excerpt read as review 3.
    ['006-movie-death-by-china.txt', ['indent', 'number'], [3, 4, 5, 9, 10, 11]],
    // `Reviewed by: Wendy Richmond` under item 9's unindented excerpt fit no part, and the next review was numbered 10.
    ['000-movie-pusher-seed.txt', ['indent', 'number'], [33, 34, 37, 38, 39]],
    // `  2. GuangmianK.`'s date and score, unindented, opened a user review of their own.
    ['023-game-oni.txt', ['indent', 'number'], [6, 7, 8, 16, 17, 21, 22, 24]],
    // `  1. Oct 4, 2013`'s text fit no part, nor did the next review's date under it.
    ['021-tv-hostages.txt', ['indent', 'number'], [20, 21, 23, 24]],
    // A block's `Ty Burr` under its indented `    • 25 Reviewed by` fit no part.
    ['035-publication-boston-globe-movies.txt', ['indent'], [25, 28, 29, 31]],
    // Item 4's text, its number and indentation dropped, went on the stripped block above it, unsaid.
    ['035-publication-boston-globe-movies.txt', ['indent', 'number'], [20, 23, 24, 25, 26]],
    ['039-publication-empire-movies.txt', ['indent', 'number'], [13, 14, 15, 16, 17]],
  ] as const)('gives the facts of %s with %j removed from lines %j, its unindented lines read as their items’', (file, drop, removed) => {
    const page = cases.findIndex((c) => c.file === file);
    const lines = new Set<number>(removed);
    expect(unsaidOnScatteredLines(page, drop, cases[page]?.lines.map((_, i) => lines.has(i)) ?? [])).toStrictEqual([]);
  });

  // An item's number left unindented took the next numbered item under it as its text (`4. The odd toy-box ...` /
  // `  5. The first ...`): a line numbered next to it is the list's next item.
  it.each([
    ['008-movie-toy-story.txt', ['indent', 'bullet'], [11]],
    ['035-publication-boston-globe-movies.txt', ['indent', 'bullet'], [27]],
  ] as const)('gives the facts of %s with %j removed from lines %j', (file, drop, removed) => {
    const page = cases.findIndex((c) => c.file === file);
    const lines = new Set<number>(removed);
    expect(unsaidOnScatteredLines(page, drop, cases[page]?.lines.map((_, i) => lines.has(i)) ?? [])).toStrictEqual([]);
  });
});

describe('parse, on copied corpus pages with a line dropped, doubled or swapped, or furniture put in', () => {
  it('changes only the reviews whose lines the edit touched, or a warning says where', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(anyCase, fc.subarray<Marker>(['indent', 'number', 'bullet']), edit, (page, drop, change) => {
        expect(unsaidAfterCopyAndEdit(page, drop, change)).toStrictEqual([]);
      }),
      { numRuns: 1000, ...seedOption(15) },
    );
  });

  // The smallest case of each way found, each now read right.
  it.each([
    // A user review with no date does not take the next review's date line and text (the copy dropped the numbers).
    ['027-music-album-girls.txt', ['number'], { kind: 'drop', at: 19 }],
    // Where the copy kept the indentation, a byline shallower than the review above opens the next review.
    ['006-movie-death-by-china.txt', ['number'], { kind: 'swap', at: 6 }],
    // A review with no text over a field it has already: which lines are whose is open, and said.
    ['006-movie-death-by-china.txt', ['indent', 'number'], { kind: 'swap', at: 6 }],
    // Items read as a user block's (its heading doubled) stay one review each, not one.
    ['017-movie-the-ground-truth-main.txt', ['number'], { kind: 'double', at: 23 }],
    // A review whose excerpt was dropped takes the next one's score: the next review keeps its facts ("equal").
    ['000-movie-pusher-seed.txt', ['number'], { kind: 'drop', at: 10 }],
    // An edit of the rating widget's bare digits leaves them the widget's, not user reviews: its `10` dropped, or
    // swapped with `Rate this:`, a digit doubled, its last `0` swapped with `1. Submit`.
    ['017-movie-the-ground-truth-main.txt', ['bullet'], { kind: 'drop', at: 9 }],
    ['017-movie-the-ground-truth-main.txt', ['bullet'], { kind: 'swap', at: 8 }],
    ['030-music-ordinary-man-user-only.txt', ['bullet'], { kind: 'double', at: 18 }],
    ['030-music-ordinary-man-user-only.txt', ['bullet'], { kind: 'swap', at: 29 }],
  ] as const)('reads %s copied without %j after %j', (file, drop, change) => {
    expect(
      unsaidAfterCopyAndEdit(
        cases.findIndex((c) => c.file === file),
        drop,
        change,
      ),
    ).toStrictEqual([]);
  });
});
