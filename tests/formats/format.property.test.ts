/**
 * The round trip over generated pages: every page in the domain described in
 * ./arbitraries.ts is written and read back to the same facts, and its text
 * is a fixed point of writing and reading.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { formatPage, toCsv, toJsonLd } from '../../src/formats/index.js';
import { parse } from '../../src/parse/index.js';
import { ALL_SITES } from '../../src/sites/index.js';
import type { Page } from '../../src/types/page.js';
import { pageLike, siteLike } from '../property/arbitraries.js';
import { LINE_TABLES } from '../property/vocabulary.js';
import { filmArb, pageArb, profileArb } from './arbitraries.js';
import { factsOf } from './helpers.js';

/** The diagnostics a faithful rewrite may cause: the ones the facts themselves call for. */
const FACT_CODES = new Set(['unknown-verdict', 'invalid-date', 'distribution-total-mismatch']);

/**
 * {@link FACT_CODES}, and `critic-count-mismatch` where the page lists more
 * critic reviews than it says it has: its count, or, with none, the total its
 * distribution lines are written "out of" (the sum of the counts it has).
 */
function factCodesOf(page: Page): ReadonlySet<string> {
  const counts = Object.values(page.distribution ?? {}).filter((count): count is number => count !== null);
  const declared = page.criticCount ?? (counts.length === 0 ? null : counts.reduce((sum, count) => sum + count, 0));
  return declared !== null && page.reviews.length > declared ? new Set([...FACT_CODES, 'critic-count-mismatch']) : FACT_CODES;
}

function reparse(text: string, page: Page): ReturnType<typeof parse> {
  return parse(text, page.media === null ? undefined : { media: page.media });
}

describe('formatPage over generated pages', () => {
  test.prop([filmArb], { numRuns: 300 })('returns text that parses to the same facts when the page is a title page', (page) => {
    const { page: again, diagnostics } = reparse(formatPage(page), page);
    expect(factsOf(again)).toStrictEqual(factsOf(page));
    expect(diagnostics.filter((diagnostic) => !factCodesOf(page).has(diagnostic.code))).toStrictEqual([]);
  });

  test.prop([profileArb], { numRuns: 300 })('returns text that parses to the same facts when the page is a profile', (page) => {
    const { page: again, diagnostics } = reparse(formatPage(page), page);
    expect(factsOf(again)).toStrictEqual(factsOf(page));
    expect(diagnostics.filter((diagnostic) => !factCodesOf(page).has(diagnostic.code))).toStrictEqual([]);
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

/** Numbers at the edges of their printed forms (zero, past 100, a leading zero, tiny fractions, past 2^53), put in the place of a page's numbers. */
const EDGE_NUMBERS = ['0', '1', '100', '101', '999', '075', '1.50', '0.0000001', '123456789012345678901234', '99999999999999999999999'];

/** `text` with its first digit runs replaced by `edges`, one each, in turn. */
function withEdgeNumbers(text: string, edges: readonly string[]): string {
  let next = 0;
  return text.replace(/\d+/gu, (digits) => edges[next++] ?? digits);
}

/** Every site whose table the fuzz draws lines from, but the current Metacritic one (`pageLike`'s). */
const OTHER_SITES = [...new Set(LINE_TABLES.map((table) => table.site))].filter((site) => site !== 'metacritic');

/**
 * Text made of the lines real pages are made of: the fuzz's vocabulary (the
 * line tables' rows' examples, tests/property/vocabulary.ts) of one site at a
 * time, as the fuzz draws it, with numbers at the edges of their printed forms.
 */
const pageLikeText = fc
  .tuple(fc.oneof(pageLike, ...OTHER_SITES.map(siteLike)), fc.array(fc.constantFrom(...EDGE_NUMBERS), { maxLength: 8 }))
  .map(([text, edges]) => withEdgeNumbers(text, edges));

describe('the writers on any parsed page', () => {
  test.prop([pageLikeText])("return without throwing, and JSON-serialisable JSON-LD, for text made of any site's page lines", (text) => {
    const { page } = parse(text, { sites: ALL_SITES });
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
