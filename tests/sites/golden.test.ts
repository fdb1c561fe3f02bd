/**
 * Golden test of the sites of critic-consensus/sites: every case of
 * tests/sites/<site>/ (copies of the corpus-sites pages, and variants made by
 * hand from the layouts the corpus README describes) parses, with
 * ALL_SITES, to the facts its .json names, by the site of its folder; and
 * so do the corpus copies re-indented, as other copies of a page have them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import type { Page } from '../../src/index.js';
import { ALL_SITES } from '../../src/sites/index.js';
import { chooseSite } from '../../src/parse/site.js';
import { cutLines } from '../../src/parse/engine/index.js';
import { FALLBACK_SITE } from '../../src/parse/sites/index.js';

const root = import.meta.dirname;
const folders = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const cases = folders.flatMap((site) =>
  readdirSync(join(root, site))
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => ({ site, file })),
);

/** A fact whose real value the page leaves open: either counts. */
interface AnyOf {
  readonly anyOf: readonly unknown[];
}

function isAnyOf(value: unknown): value is AnyOf {
  return typeof value === 'object' && value !== null && Array.isArray((value as Partial<AnyOf>).anyOf);
}

const PAGE_FACTS = ['kind', 'source', 'media', 'metascore', 'verdict', 'criticCount', 'distribution', 'tomatometer', 'topCriticCount', 'consensus', 'percentile'] as const;

/** The page reduced to the facts the corpus-sites contract names (the page facts the case names). */
function contractOf(page: Page, expected: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of PAGE_FACTS) if (key in expected) result[key] = page[key];
  result['reviews'] = page.reviews.map((review) => ({
    index: review.index,
    critic: review.critic && { name: review.critic.name, credited: review.critic.credited },
    publication: review.publication,
    score: review.score,
    date: review.date,
    mark: review.mark,
    freshness: review.freshness,
    topCritic: review.topCritic,
    excerpt: review.excerpt,
  }));
  result['users'] = page.users && {
    verdict: page.users.verdict,
    ratingCount: page.users.ratingCount,
    score: page.users.score,
    distribution: page.users.distribution,
    reviews: page.users.reviews.map(({ index, user, date, score }) => ({ index, user, date, score })),
  };
  result['profile'] = page.profile;
  return result;
}

/** The expected facts with each open fact resolved to the value parsed, when that value is one it allows. */
function resolveAnyOf(expected: unknown, actual: unknown): unknown {
  if (isAnyOf(expected)) return expected.anyOf.find((option) => JSON.stringify(option) === JSON.stringify(actual)) ?? expected;
  if (Array.isArray(expected)) return expected.map((item, index) => resolveAnyOf(item, Array.isArray(actual) ? actual[index] : undefined));
  if (typeof expected === 'object' && expected !== null) {
    const actualRecord = (typeof actual === 'object' && actual !== null ? actual : {}) as Record<string, unknown>;
    return Object.fromEntries(Object.entries(expected).map(([key, value]) => [key, resolveAnyOf(value, actualRecord[key])]));
  }
  return expected;
}

/** A case's expected facts, without its layout and notes. */
function expectedOf(site: string, file: string): Record<string, unknown> {
  const { notes: _notes, layout: _layout, ...expected } = JSON.parse(readFileSync(join(root, site, file.replace(/\.txt$/u, '.json')), 'utf8')) as Record<string, unknown>;
  return expected;
}

/** Whitespace as the corpus compares it: runs of it are one space. */
function normalised(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_key, item: unknown) => (typeof item === 'string' ? item.replace(/\s+/gu, ' ').trim() : item))) as unknown;
}

describe('critic-consensus/sites on its golden cases', () => {
  it('has cases for every site of its folders', () => {
    expect(folders).toStrictEqual(expect.arrayContaining(['fandango', 'imdb', 'moviefone', 'moviescom', 'opencritic', 'tvcom']));
  });

  for (const { site, file } of cases) {
    it(`reads ${site}/${file} with the ${site} site to its facts, with no error diagnostic`, () => {
      const text = readFileSync(join(root, site, file), 'utf8');
      const expected = expectedOf(site, file);
      const chosen = chooseSite(ALL_SITES, FALLBACK_SITE, { text, lines: cutLines(text), url: undefined, media: undefined });
      expect(chosen.name).toBe(site);
      const { page, diagnostics } = parse(text, { sites: ALL_SITES });
      const actual = normalised(contractOf(page, expected));
      expect(actual).toStrictEqual(normalised(resolveAnyOf(expected, actual)));
      expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toStrictEqual([]);
    });
  }
});

/** The page's text indented otherwise, line by line, as other copies of the same page have it. */
const REINDENTED: readonly (readonly [string, (text: string) => string])[] = [
  ['with no indentation', (text) => text.replace(/^[ \t]+/gmu, '')],
  ['with every line two spaces in', (text) => text.replace(/^[ \t]*(?=\S)/gmu, '  ')],
  ['with tabs for indentation', (text) => text.replace(/^ {2}/gmu, '\t')],
  // A browser's copy (as ../shared/tools/copy-as-browser.mjs makes it): no indentation, item numbers or bullets.
  [
    'as a browser copies it',
    (text) =>
      text
        .split('\n')
        .map((line) => line.replace(/^[ \t\u00a0]+/u, '').replace(/^\d{1,4}\. /u, '').replace(/^• ?/u, ''))
        .join('\n'),
  ],
];

describe.each(REINDENTED)('critic-consensus/sites on its golden cases, %s', (_how, reindent) => {
  for (const { site, file } of cases) {
    it(`reads ${site}/${file} to its facts`, () => {
      const expected = expectedOf(site, file);
      const { page } = parse(reindent(readFileSync(join(root, site, file), 'utf8')), { sites: ALL_SITES });
      const actual = normalised(contractOf(page, expected));
      expect(actual).toStrictEqual(normalised(resolveAnyOf(expected, actual)));
    });
  }
});
