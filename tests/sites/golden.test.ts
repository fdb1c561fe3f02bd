/**
 * Golden test of the other sites' layouts: every `tests/sites/<site>/<case>.txt`
 * (copies of the corpus-sites cases, byte for byte, and variants made by hand
 * from the corpus-sites README's layout blocks) parses, with ALL_SITES, to the
 * facts its `.json` names, and is read by the site of its folder; so does the
 * same page re-indented (flattened as a browser's copy gives it, and indented).
 * A case's `.json` names the facts it settles; `{"anyOf": [a, b]}` accepts either.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { chooseSite } from '../../src/parse/site.js';
import { cutLines } from '../../src/parse/engine/index.js';
import { FALLBACK_SITE } from '../../src/parse/sites/index.js';
import { ALL_SITES } from '../../src/sites/index.js';

const root = import.meta.dirname;
const folders = readdirSync(root).filter((name) => statSync(join(root, name)).isDirectory()).sort();

/** The page's values at the places `expected` names; an anyOf that `actual` meets becomes `expected`'s value. */
function pick(expected: unknown, actual: unknown): unknown {
  if (typeof expected === 'object' && expected !== null && Array.isArray((expected as { anyOf?: unknown }).anyOf)) {
    const options = (expected as { anyOf: unknown[] }).anyOf;
    return options.some((option) => JSON.stringify(pick(option, actual)) === JSON.stringify(option)) ? expected : actual;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return actual;
    return (actual as unknown[]).map((item, index) => (index < expected.length ? pick(expected[index], item) : item));
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null) return actual;
    const result: Record<string, unknown> = {};
    for (const key of Object.keys(expected)) result[key] = pick((expected as Record<string, unknown>)[key], (actual as Record<string, unknown>)[key] ?? null);
    return result;
  }
  return actual;
}

/** The facts a case names: its `.json` without the notes and the layout's name. */
function factsOf(file: string): Record<string, unknown> {
  const { notes: _notes, layout: _layout, ...facts } = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  return facts;
}

/** The page as a browser's copy gives it: no indentation, no bullet markers. */
function flatten(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/^[ \t\u00a0]+/u, '').replace(/^• ?/u, ''))
    .join('\n');
}

/** Every non-blank line indented by four spaces. */
function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.trim() === '' ? line : `    ${line}`))
    .join('\n');
}

for (const folder of folders) {
  const dir = join(root, folder);
  const cases = readdirSync(dir).filter((file) => file.endsWith('.txt')).sort();
  describe(`the ${folder} site`, () => {
    it('has golden cases', () => {
      expect(cases.length).toBeGreaterThan(0);
    });
    for (const name of cases) {
      const text = readFileSync(join(dir, name), 'utf8');
      const facts = factsOf(join(dir, name.replace(/\.txt$/u, '.json')));
      it(`reads ${name} to its facts, as the ${folder} site`, () => {
        const input = { text, lines: cutLines(text), url: undefined, media: undefined };
        expect(chooseSite(ALL_SITES, FALLBACK_SITE, input).name).toBe(folder);
        const { page } = parse(text, { sites: ALL_SITES });
        expect(pick(facts, page)).toStrictEqual(facts);
      });
      for (const [how, change] of [['flattened', flatten], ['indented', indent]] as const) {
        it(`reads ${name} ${how} to the same facts`, () => {
          const { page } = parse(change(text), { sites: ALL_SITES });
          expect(pick(facts, page)).toStrictEqual(facts);
        });
      }
    }
  });
}

describe('the other sites, on metacritic.com pages', () => {
  const corpus = join(root, '..', 'fixtures', 'corpus');
  for (const name of readdirSync(corpus).filter((file) => file.endsWith('.txt')).sort()) {
    it(`claim nothing of ${name}, flattened or not`, () => {
      for (const text of [readFileSync(join(corpus, name), 'utf8'), flatten(readFileSync(join(corpus, name), 'utf8'))]) {
        const input = { text, lines: cutLines(text), url: undefined, media: undefined };
        expect(ALL_SITES.filter((site) => site.name !== 'metacritic' && site.claim(input) > 0).map((site) => site.name)).toStrictEqual([]);
      }
    });
  }
});
