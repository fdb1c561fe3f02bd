/**
 * Golden test: every real page of the corpus, copied byte for byte into
 * tests/fixtures/corpus, parses to the facts its .json file names; and so does
 * the same page indented otherwise, as other copies of a page have it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import type { Page } from '../src/index.js';
import { profileFacts } from './support/facts.js';

const corpus = join(import.meta.dirname, 'fixtures', 'corpus');
const cases = readdirSync(corpus)
  .filter((file) => file.endsWith('.txt'))
  .sort();

/** A fact whose real value the page leaves open: either counts. */
interface AnyOf {
  readonly anyOf: readonly unknown[];
}

function isAnyOf(value: unknown): value is AnyOf {
  return typeof value === 'object' && value !== null && Array.isArray((value as Partial<AnyOf>).anyOf);
}

/** The page reduced to the fields the corpus contract names. */
function contractOf(page: Page, expected: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {
    kind: page.kind,
    metascore: page.metascore,
    verdict: page.verdict,
    criticCount: page.criticCount,
    distribution: page.distribution,
    reviews: page.reviews.map((review) => ({
      index: review.index,
      critic: review.critic && { name: review.critic.name, credited: review.critic.credited },
      publication: review.publication,
      score: review.score,
      date: review.date,
      ...(page.kind === 'film' ? {} : { metascore: review.metascore }),
    })),
    users: page.users && {
      verdict: page.users.verdict,
      ratingCount: page.users.ratingCount,
      score: page.users.score,
      distribution: page.users.distribution,
      reviews: page.users.reviews.map(({ index, user, date, score }) => ({ index, user, date, score })),
    },
    profile: profileFacts(page.profile),
  };
  if ('media' in expected) result['media'] = page.media;
  return result;
}

/** The expected facts with each open fact resolved to the value parsed, when that value is one it allows. */
function resolveAnyOf(expected: unknown, actual: unknown): unknown {
  if (isAnyOf(expected)) {
    return expected.anyOf.find((option) => JSON.stringify(option) === JSON.stringify(actual)) ?? expected;
  }
  if (Array.isArray(expected)) return expected.map((item, index) => resolveAnyOf(item, Array.isArray(actual) ? actual[index] : undefined));
  if (typeof expected === 'object' && expected !== null) {
    const actualRecord = (typeof actual === 'object' && actual !== null ? actual : {}) as Record<string, unknown>;
    return Object.fromEntries(Object.entries(expected).map(([key, value]) => [key, resolveAnyOf(value, actualRecord[key])]));
  }
  return expected;
}

describe('parse on the corpus of real pages', () => {
  it('has every case of the shared corpus', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  for (const file of cases) {
    it(`reads ${file} to its facts, with no error diagnostic`, () => {
      const text = readFileSync(join(corpus, file), 'utf8');
      const { notes: _notes, ...expected } = JSON.parse(readFileSync(join(corpus, file.replace(/\.txt$/u, '.json')), 'utf8')) as Record<string, unknown>;
      const { page, diagnostics } = parse(text);
      const actual = contractOf(page, expected);
      expect(actual).toStrictEqual(resolveAnyOf(expected, actual));
      expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toStrictEqual([]);
    });
  }
});

/** The page's text indented otherwise, line by line, as other copies of the same page have it. */
const REINDENTED: readonly (readonly [string, (text: string) => string])[] = [
  // Copied from a browser: no indentation at all.
  ['with no indentation', (text) => text.replace(/^[ \t]+/gmu, '')],
  // Every indented line at the same depth: bodies no deeper than their item's number.
  ['with every indented line two spaces in', (text) => text.replace(/^[ \t]+/gmu, '  ')],
  // A tab before an item's number, four spaces before its body: the same width.
  ['with a tab before each item', (text) => text.replace(/^ {2}(\d+\. )/gmu, '\t$1')],
];

describe.each(REINDENTED)('parse on the corpus, %s', (_how, reindent) => {
  for (const file of cases) {
    it(`reads ${file} to its facts`, () => {
      const { notes: _notes, ...expected } = JSON.parse(readFileSync(join(corpus, file.replace(/\.txt$/u, '.json')), 'utf8')) as Record<string, unknown>;
      const { page } = parse(reindent(readFileSync(join(corpus, file), 'utf8')));
      const actual = contractOf(page, expected);
      expect(actual).toStrictEqual(resolveAnyOf(expected, actual));
    });
  }
});
