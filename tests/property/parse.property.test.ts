/**
 * Invariants of `parse` for any string (see ./invariants.ts): it returns, the
 * same result each time; every span lies inside the input; diagnostics are
 * sorted; every non-blank line is accounted for by the page, its furniture or
 * a diagnostic; and furniture put in between blocks changes no fact.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ODD_CHARACTERS, applyMutation, corpusPage, corpusPages, furnitureInsertions, lineEdit, mutatedPage, pageLike, spaceEdit } from './arbitraries.js';
import { parse } from '../../src/index.js';
import type { Span } from '../../src/index.js';
import { blockBoundaries, checkFurnitureInsensitive, checkParse, checkResult, unaccountedLines, withFurniture } from './invariants.js';

describe('parse, on every real page of the corpus', () => {
  for (const { file, text } of corpusPages) {
    it(`keeps every invariant and accounts for every line of ${file}`, () => {
      const result = checkParse(text);
      expect(unaccountedLines(text, result)).toStrictEqual([]);
    });
  }
});

describe('parse, for any input', () => {
  test.prop([fc.string({ unit: 'binary' })])('keeps every invariant for arbitrary strings, lone surrogates included', (text) => {
    checkParse(text);
  });

  test.prop([fc.string({ unit: 'grapheme', maxLength: 300 })])('keeps every invariant for arbitrary text of whole characters', (text) => {
    checkParse(text);
  });

  test.prop([pageLike], { numRuns: 300 })('keeps every invariant for text made of the lines pages are made of', (text) => {
    checkParse(text);
  });

  // A count of 309 nines is Infinity to Number, and one past 2^53 loses digits: each consumer must still accept the page.
  test.prop([fc.integer({ min: 1, max: 400 }).map((digits) => '9'.repeat(digits)), fc.integer({ min: 0, max: 4 })], { numRuns: 100 })(
    'keeps every invariant, aggregate and the formats accepting its page, for counts of any number of digits',
    (count, where) => {
      const texts = [
        `Universal acclaim - based on ${count} Critics\n  1. 90\n    Bold.\n`,
        `User Score\n8.1\nUniversal acclaim- based on ${count} Ratings\n`,
        `Universal acclaim - based on 11 Critics\n  1. Positive: ${count} out of ${count}\n  2. Negative: 0 out of 11\n`,
        `For ${count} reviews, this critic has graded:\n  • 50% higher than the average critic\n`,
        `Sheri Linden's Scores\n${count} tv reviews\n    • 72 Metascore\n    • 80 Sheri Linden\n    Revealing.\n`,
      ];
      checkParse(texts[where] as string);
    },
  );
});

describe('parse, on real pages as people have them', () => {
  test.prop([corpusPage, fc.nat()])('keeps every invariant for a page cut at any character', (page, at) => {
    checkParse(page.slice(0, at % (page.length + 1)));
  });

  test.prop([corpusPage, fc.nat(), fc.nat()])('keeps every invariant for any stretch of a page', (page, from, length) => {
    const start = from % (page.length + 1);
    checkParse(page.slice(start, start + (length % (page.length + 1))));
  });

  test.prop([corpusPage, fc.array(lineEdit, { maxLength: 10 })])('keeps every invariant for a page with lines deleted, doubled and swapped', (page, edits) => {
    checkParse(edits.reduce(applyMutation, page));
  });

  test.prop([corpusPage, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...ODD_CHARACTERS)), { minLength: 1, maxLength: 8 })])(
    'keeps every invariant for a page with a BOM, NUL, lone surrogates, bidi marks or astral characters put in',
    (page, inserts) => {
      let text = page;
      for (const [at, character] of inserts) text = applyMutation(text, { kind: 'insert', at, text: character });
      checkParse(text);
    },
  );

  test.prop([corpusPage, fc.array(spaceEdit, { minLength: 1, maxLength: 8 })])(
    'keeps every invariant for a page whose whitespace and line ends are changed',
    (page, edits) => {
      checkParse(edits.reduce(applyMutation, page));
    },
  );

  test.prop([mutatedPage(10)], { numRuns: 300 })('keeps every invariant for a page edited in every way at once', (text) => {
    checkParse(text);
  });
});

describe('parse, with furniture added', () => {
  test.prop([corpusPage, furnitureInsertions], { numRuns: 200 })(
    'reads the same facts from a real page with unrelated furniture put in between its blocks',
    (page, insertions) => {
      checkFurnitureInsensitive(page, insertions);
    },
  );

  test.prop([mutatedPage(4), furnitureInsertions], { numRuns: 200 })(
    'reads the same facts from an edited page with furniture put in between its blocks',
    (page, insertions) => {
      checkFurnitureInsensitive(page, insertions);
    },
  );

  test.prop([pageLike, furnitureInsertions], { numRuns: 200 })(
    'reads the same facts from page lines with furniture put in between their blocks',
    (page, insertions) => {
      checkFurnitureInsensitive(page, insertions);
    },
  );

  // Found by the property above: copied text passes over furniture (it carries no data), so furniture
  // between a line read as a publication, a date or a wrapped line and the text under it changes nothing.
  it.each([
    ['Positive: 5 out of 6\r\n\u0000\r\n\r\n\u0000', 0],
    ['Positive: 5 out of 6\nGazette\n\nA fine film.', 0],
    ['Generally favorable reviews - based on 11 Critics\r\nPusher\r\n    Jul 15, 2013\r\n\u0000', 1],
    ['Positive: 5 out of 6\r\n    150\r\ntbd', 0],
    ['Universal acclaim- based on 7 Ratings\r\n\u0000\r\n    Feb 30, 2013\r\nPusher', 1],
  ])('reads the same facts from %j with furniture put in', (page, at) => {
    checkFurnitureInsensitive(page, [{ at, line: 'Watch On' }]);
  });

  // Found by the line table's examples as page lines: furniture under a bare profile line or score line
  // once changed the text read under it, and furniture under a bare "TV Shows" put the lines after it elsewhere.
  it.each([
    ["Variety' Scores\r\n      80 Critic Score\r\nAll", [426078451, 0]],
    ['• Movies\r\n\t80 Critic Score\r\n\u0000', [1178957224]],
    ['Generally favorable reviews - based on 11 Critics\r\n TV Shows\r\nAn excerpt.\r\nNetwork: NBC', [10, 0]],
  ])('reads the same facts from %j with furniture put in at %j', (page, at) => {
    checkFurnitureInsensitive(
      page,
      at.map((where) => ({ at: where, line: 'Watch On' })),
    );
  });

  // Found by the property above: on the 2019-2022 site, furniture between a number and "METASCORE", between
  // a review's name line and its text, or under a title once changed what they were read as; on the current
  // site, furniture above a digit at the page's end once made it a review's text instead of a cut line.
  it.each([
    ['      90\r\nMETASCORE', [0]],
    [' Generally favorable reviews - based on 11 Critics\r\n\u0000\r\nMETASCORE', [0]],
    ['      Generally favorable reviews - based on 11 Critics\r\nGenerally favorable reviews - based on 11 Critics\r\nMETASCORE', [0]],
    ['• 0% same as the average critic\r\n      3. Negative: 0 out of 11\r\n9', [1]],
  ])('reads the same facts from %j with furniture put in at %j', (page, at) => {
    checkFurnitureInsensitive(
      page,
      at.map((where) => ({ at: where, line: 'Watch On' })),
    );
  });

  // Found by the property above (seed 645815283): a furniture sentence under a page's last indented line
  // once counted as a review's line, so the lines under it became a copied list, numbered.
  it('reads the same facts from an indented verdict over two lines with "There are no user reviews yet." put in under it', () => {
    checkFurnitureInsensitive(' Generally favorable reviews - based on 11 Critics\r\n\u0000\r\n\u0000', [{ at: 0, line: 'There are no user reviews yet.' }]);
  });

  // Found by the property above (seed 815981012): a user's score left unindented under the date of an
  // indented item went on the item, but with furniture put in between them it was lost as an unrecognised line.
  it.each([
    ['User Score\n  1. Mar 29, 2020\n7.8\n', 1],
    ['User Score\n  1. Jane D.\n  Mar 29, 2020\n7.8\n', 1],
  ])('reads the same facts from %j with furniture put in at %j', (page, at) => {
    checkFurnitureInsensitive(page, [{ at, line: 'Watch On' }]);
    expect(parse(withFurniture(page, [{ at, line: 'Watch On' }])).page.users?.reviews.map(({ score }) => score)).toStrictEqual([7.8]);
  });
});

describe('the invariant checks themselves', () => {
  const text = 'Universal acclaim - based on 1 Critics\r\nWatch On\r  1. 90\n    Bold.\nMetascore\n81\n';

  it('find a line that no span covers', () => {
    const result = checkParse(text);
    expect(unaccountedLines(text, result)).toStrictEqual([]);
    const missing = unaccountedLines(text, { ...result, furniture: [] });
    expect(missing.map((line) => [line.number, line.text])).toStrictEqual([[2, 'Watch On']]);
    expect(() => {
      checkResult(text, { ...result, furniture: [] });
    }).toThrow(/every-line-accounted-for: 1 non-blank line\(s\) are in no span, first line 2: "Watch On"/u);
  });

  it('find a span whose line and column disagree with its offset', () => {
    const result = checkParse(text);
    const [first] = result.furniture;
    expect(first).toBeDefined();
    const moved = { ...(first as Span), start: { ...(first as Span).start, line: 1 } };
    expect(() => {
      checkResult(text, { ...result, furniture: [moved] });
    }).toThrow(/spans-inside-input: furniture\[0\]\.start says line 1/u);
  });

  it('put furniture only between blocks, whatever the line ends', () => {
    // "Watch On", right under the unindented verdict line, could be the same block's in a page with no indentation.
    expect(blockBoundaries(text)).toStrictEqual([0, 4, 7]);
    expect(
      withFurniture(text, [
        { at: 1, line: 'Buy Now' },
        { at: 2, line: 'Photos' },
      ]),
    ).toBe('Universal acclaim - based on 1 Critics\r\nWatch On\r  1. 90\n    Bold.\nBuy Now\nMetascore\n81\nPhotos');
  });
});
