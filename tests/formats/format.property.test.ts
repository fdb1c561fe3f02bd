/**
 * The round trip over generated pages: every page in the domain described in
 * ./arbitraries.ts is written and read back to the same facts, and its text
 * is a fixed point of writing and reading.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { formatPage, toCsv, toJsonLd } from '../../src/formats/index.js';
import { parse } from '../../src/parse/index.js';
import type { Page } from '../../src/types/page.js';
import { filmArb, pageArb, profileArb } from './arbitraries.js';
import { factsOf } from './helpers.js';

/** The diagnostics a faithful rewrite may cause: the ones the facts themselves call for. */
const FACT_CODES = new Set(['unknown-verdict', 'invalid-date', 'distribution-total-mismatch']);

function reparse(text: string, page: Page): ReturnType<typeof parse> {
  return parse(text, page.media === null ? undefined : { media: page.media });
}

describe('formatPage over generated pages', () => {
  test.prop([filmArb], { numRuns: 300 })('returns text that parses to the same facts when the page is a title page', (page) => {
    const { page: again, diagnostics } = reparse(formatPage(page), page);
    expect(factsOf(again)).toStrictEqual(factsOf(page));
    expect(diagnostics.filter((diagnostic) => !FACT_CODES.has(diagnostic.code))).toStrictEqual([]);
  });

  test.prop([profileArb], { numRuns: 300 })('returns text that parses to the same facts when the page is a profile', (page) => {
    const { page: again, diagnostics } = reparse(formatPage(page), page);
    expect(factsOf(again)).toStrictEqual(factsOf(page));
    expect(diagnostics.filter((diagnostic) => !FACT_CODES.has(diagnostic.code))).toStrictEqual([]);
  });

  test.prop([pageArb])('returns the same text again when its text is parsed back and written', (page) => {
    const text = formatPage(page);
    expect(formatPage(reparse(text, page).page)).toStrictEqual(text);
  });

  test.prop([pageArb])('returns text with LF line ends, one at the end, and no trailing spaces', (page) => {
    const text = formatPage(page);
    expect(text.endsWith('\n') && !text.endsWith('\n\n')).toBe(true);
    expect(text.includes('\r')).toBe(false);
    expect(text.split('\n').filter((line) => line !== line.trimEnd())).toStrictEqual([]);
  });
});

/** Text made of the lines real pages are made of, with numbers at the edges of their printed forms. */
const pageLikeText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'Pusher',
        'Generally favorable reviews - based on 11 Critics',
        'Odd - based on 99999999999999999999999 Critics',
        'Universal acclaim- based on 7 Ratings',
        'Critic score distribution:',
        'User score distribution:',
        'Score distribution:',
        '  1. Positive: 9 out of 11',
        '  2. Mixed: 123456789012345678901234 out of 11',
        '  3. Negative: 0 out of 11',
        '  1. Reviewed by: Noel Murray',
        '  2. Reviewed by: Staff [Not Credited]',
        '    Reviewed by',
        '    Jul 15, 2013',
        '    Feb 30, 2013',
        '  2. 80',
        '    150',
        '  3. Q Magazine',
        '    An excerpt.',
        'User Score',
        '8.6',
        '10',
        'Metascore',
        '73',
        '  • 10',
        '  • Network: NBC',
        '  • Movies',
        'For 4 reviews, this critic has graded:',
        'For 1,095 reviews, this publication has graded:',
        '  • 0.0000001% higher than the average critic',
        '  • 075% same as the average critic',
        '  • 1.50% lower than the average critic',
        'On average, this critic grades 0.0000000000000000000001 points lower than other critics. (0-100 point scale)',
        'Average Movie review score: 999.99',
        'Highest review score: 999 Grand Theft Auto V',
        "Sheri Linden's Scores",
        '4 tv reviews',
        '99999999999999999999999 movie reviews',
        '    • 72 Metascore',
        '    • 999 Metascore',
        '    • tbd Metascore',
        '    • 80 Sheri Linden',
        '    • 999 Critic Score',
        '    • 25 Reviewed by',
        '      Ty Burr',
        '    • Q Magazine',
        'Expand',
        '',
      ),
      fc.string(),
    ),
  )
  .map((lines) => lines.join('\n'));

describe('the writers on any parsed page', () => {
  test.prop([pageLikeText])('return without throwing, and JSON-serialisable JSON-LD, for text made of page lines', (text) => {
    const { page } = parse(text);
    expect(typeof formatPage(page)).toBe('string');
    const document = toJsonLd(page, { anonymousReviews: 'include' });
    expect(JSON.parse(JSON.stringify(document))).toStrictEqual(document);
    expect(toCsv(page).endsWith('\r\n')).toBe(true);
  });

  test.prop([fc.string({ unit: 'binary' })])('return without throwing for arbitrary strings', (text) => {
    const { page } = parse(text);
    expect(typeof formatPage(page)).toBe('string');
    expect(typeof toJsonLd(page)).toBe('object');
    expect(typeof toCsv(page)).toBe('string');
  });
});

describe('the page arbitraries', () => {
  it('build pages of every kind', () => {
    const kinds = fc.sample(pageArb, { numRuns: 200, seed: 7 }).map((page) => page.kind);
    expect(new Set(kinds)).toStrictEqual(new Set(['film', 'critic', 'publication']));
  });
});
