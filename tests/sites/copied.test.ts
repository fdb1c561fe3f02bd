/**
 * Copied text on the other sites (issue 15): every golden case of a site of
 * `critic-consensus/sites` (tests/sites/<site>/, the Metacritic folders aside,
 * whose copies tests/parse/metacritic/copied.test.ts reads), copied in every
 * way of scripts/copy-variants.mjs (a browser's copy, Firefox's `* `, editors'
 * `- `, `◦ `, `1) `, doubled line breaks, trailing spaces, CRLF, a page partly
 * indented), gives the facts its case names as the crawled page gives them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { ALL_SITES } from '../../src/sites/index.js';
import { COPY_VARIANTS } from '../../scripts/copy-variants.mjs';

const root = import.meta.dirname;
const SITE_NAMES = new Set(ALL_SITES.map((site) => site.name));

/** The golden cases of the sites other than metacritic.com's layouts: folder, file, text, the facts' names and the page's URL. */
const cases = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && SITE_NAMES.has(entry.name) && !entry.name.startsWith('metacritic'))
  .filter((entry) => !/^Pending:/mu.test(existsSync(join(root, entry.name, 'README.md')) ? readFileSync(join(root, entry.name, 'README.md'), 'utf8') : ''))
  .flatMap((entry) =>
    readdirSync(join(root, entry.name))
      .filter((file) => file.endsWith('.txt'))
      .sort()
      .map((file) => {
        const {
          layout: _layout,
          notes: _notes,
          diagnostics: _diagnostics,
          url,
          ...facts
        } = JSON.parse(readFileSync(join(root, entry.name, file.replace(/\.txt$/u, '.json')), 'utf8')) as Record<string, unknown> & { readonly url?: string };
        return { name: `${entry.name}/${file}`, text: readFileSync(join(root, entry.name, file), 'utf8'), facts, url };
      }),
  );

/** `actual` reduced to the facts `expected` names (an open fact `{anyOf}` by its first option that is an object, or as it is). */
function named(expected: unknown, actual: unknown): unknown {
  if (typeof expected === 'object' && expected !== null && !Array.isArray(expected) && Array.isArray((expected as { anyOf?: unknown }).anyOf)) {
    return named((expected as { anyOf: unknown[] }).anyOf.find((option) => typeof option === 'object' && option !== null) ?? null, actual);
  }
  if (Array.isArray(expected)) return Array.isArray(actual) ? actual.map((item: unknown, i) => named(expected[i] ?? expected[0], item)) : (actual ?? null);
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null) return actual ?? null;
    const record = actual as Record<string, unknown>;
    return Object.fromEntries(Object.keys(expected).map((key) => [key, named((expected as Record<string, unknown>)[key], record[key] ?? null)]));
  }
  // Strings as the corpus checker compares them: runs of whitespace are one space.
  return typeof actual === 'string' ? actual.replace(/\s+/gu, ' ').trim() : (actual ?? null);
}

/** The facts a case names, as `parse` reads them from `text`. */
function factsOf(text: string, facts: Record<string, unknown>, url: string | undefined): unknown {
  return named(facts, parse(text, url === undefined ? { sites: ALL_SITES } : { sites: ALL_SITES, url }).page);
}

describe('parse on the other sites’ golden cases, copied', () => {
  it('finds the cases of every other site', () => {
    expect(new Set(cases.map(({ name }) => name.split('/')[0])).size).toBeGreaterThanOrEqual(10);
  });

  it.each(Object.keys(COPY_VARIANTS))('reads every case copied "%s" to the facts of the crawled page', (variant) => {
    const copy = COPY_VARIANTS[variant] as (text: string) => string;
    const differing = cases
      .filter(({ text, facts, url }) => JSON.stringify(factsOf(copy(text), facts, url)) !== JSON.stringify(factsOf(text, facts, url)))
      .map(({ name }) => name);
    expect(differing).toStrictEqual([]);
  });
});
