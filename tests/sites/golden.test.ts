/**
 * Golden cases of the sites: `tests/sites/<site>/<case>.txt` with the facts of
 * `<case>.json` (the contract of the corpus READMEs: every fact the file names
 * is compared, `{"anyOf": [...]}` where the page leaves a fact open), read as
 * saved, re-indented as other copies of a page have it, with CRLF line ends,
 * and as a browser copies it; a case may also name the page's `url` (passed as the option) and
 * its `diagnostics` (compared then, each as its code and the text it spans). A folder is read when a site of `ALL_SITES` has its name,
 * or its name and a suffix (`metacritic-2021-users`: more pages of `metacritic-2021`, the longest
 * site name it starts with); any other folder holds cases still pending (its README says for what),
 * which this runner does not read.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { cutLines } from '../../src/parse/engine/index.js';
import { chooseSite } from '../../src/parse/site.js';
import { FALLBACK_SITE } from '../../src/parse/sites/index.js';
import { ALL_SITES } from '../../src/sites/index.js';

const root = import.meta.dirname;

/** A fact whose real value the page leaves open: either counts. */
interface AnyOf {
  readonly anyOf: readonly unknown[];
}

function isAnyOf(value: unknown): value is AnyOf {
  return typeof value === 'object' && value !== null && Array.isArray((value as Partial<AnyOf>).anyOf);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `actual` reduced to the facts `expected` names (a critic to its name and
 * credit, as the checker compares it); an open fact resolved to the option
 * the actual value matches, when one does.
 */
function factsNamed(expected: unknown, actual: unknown): unknown {
  if (isAnyOf(expected)) {
    const options = expected.anyOf.map((option) => factsNamed(option, actual));
    const matched = options.findIndex((option, i) => JSON.stringify(option) === JSON.stringify(expected.anyOf[i]));
    return matched < 0 ? actual : options[matched];
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return actual ?? null;
    return actual.map((item: unknown, i) => factsNamed(expected[i] ?? expected[0], item));
  }
  if (isRecord(expected)) {
    if (!isRecord(actual)) return actual ?? null;
    return Object.fromEntries(Object.keys(expected).map((key) => [key, factsNamed(expected[key], actual[key] ?? null)]));
  }
  return actual ?? null;
}

/** The expected facts with each open fact resolved to the option parsed, when it is one. */
function resolved(expected: unknown, actual: unknown): unknown {
  if (isAnyOf(expected)) {
    const matched = expected.anyOf.findIndex((option) => JSON.stringify(option) === JSON.stringify(actual));
    return matched < 0 ? expected : expected.anyOf[matched];
  }
  if (Array.isArray(expected)) return expected.map((item: unknown, i) => resolved(item, Array.isArray(actual) ? actual[i] : undefined));
  if (isRecord(expected))
    return Object.fromEntries(Object.entries(expected).map(([key, value]) => [key, resolved(value, isRecord(actual) ? actual[key] : undefined)]));
  return expected;
}

/**
 * A case's file: the facts, with `url` (the page's address, passed as the
 * option) and `diagnostics` (every diagnostic the page must give, as its code
 * and the text it spans) where the case names them.
 */
type Case = Record<string, unknown> & { readonly url?: string; readonly diagnostics?: readonly { readonly code: string; readonly text: string }[] };

/** Whitespace as the corpus checker compares it: runs of it are one space, ends trimmed. */
function normalised(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_key, item: unknown) => (typeof item === 'string' ? item.replace(/\s+/gu, ' ').trim() : item))) as unknown;
}

/** The page's text as other copies have it: re-indented, with Windows line ends, or as a browser copies it. */
const COPIES: readonly (readonly [string, (text: string) => string])[] = [
  ['as saved', (text) => text],
  ['with no indentation', (text) => text.replace(/^[ \t]+/gmu, '')],
  ['with every indented line two spaces in', (text) => text.replace(/^[ \t]+/gmu, '  ')],
  ['with tabs for indentation', (text) => text.replace(/^ {2}/gmu, '\t')],
  ['with CRLF line ends', (text) => text.replace(/\r?\n/gu, '\r\n')],
  [
    'as a browser copies it',
    (text) =>
      text
        .replace(/^[ \t\u00a0]+/gmu, '')
        .replace(/^\d{1,4}\. /gmu, '')
        .replace(/^• ?/gmu, ''),
  ],
];

/** The site whose pages folder `folder` holds: the one of its name, or the longest whose name and a `-` it starts with. */
function siteOf(folder: string): string | undefined {
  const names = ALL_SITES.map((site) => site.name).filter((name) => folder === name || folder.startsWith(`${name}-`));
  return names.sort((a, b) => b.length - a.length)[0];
}

const folders = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && siteOf(entry.name) !== undefined)
  .filter((entry) => !/^Pending:/mu.test(existsSync(join(root, entry.name, 'README.md')) ? readFileSync(join(root, entry.name, 'README.md'), 'utf8') : ''))
  .map((entry) => entry.name)
  .sort();

describe.each(folders)('parse on the golden cases of %s', (folder) => {
  const dir = join(root, folder);
  const cases = readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort();

  describe.each(COPIES)('%s', (_how, copy) => {
    it.each(cases)('reads %s to its facts, with no error diagnostic', (file) => {
      const {
        layout: _layout,
        notes: _notes,
        url,
        diagnostics: reported,
        ...expected
      } = JSON.parse(readFileSync(join(dir, file.replace(/\.txt$/u, '.json')), 'utf8')) as Case;
      const text = copy(readFileSync(join(dir, file), 'utf8'));
      expect(chooseSite(ALL_SITES, FALLBACK_SITE, { text, lines: cutLines(text), url, media: undefined }).name).toBe(siteOf(folder));
      const { page, diagnostics } = parse(text, url === undefined ? { sites: ALL_SITES } : { sites: ALL_SITES, url });
      // Strings compared as the corpus checker compares them: runs of whitespace are one space.
      const actual = normalised(factsNamed(expected, page));
      expect(actual).toStrictEqual(normalised(resolved(expected, actual)));
      expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toStrictEqual([]);
      // A case that names its diagnostics has exactly those, each with the text it spans.
      if (reported !== undefined) {
        expect(
          diagnostics.map((diagnostic) => ({ code: diagnostic.code, text: text.slice(diagnostic.span.start.offset, diagnostic.span.end.offset) })),
        ).toStrictEqual(reported);
      }
    });
  });
});

describe('the golden cases folders', () => {
  it('are each a site of ALL_SITES, or pending with a README that says so', () => {
    const unread = readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !folders.includes(entry.name))
      .filter((entry) => !/^Pending:/mu.test(existsSync(join(root, entry.name, 'README.md')) ? readFileSync(join(root, entry.name, 'README.md'), 'utf8') : ''));
    expect(unread.map((entry) => entry.name)).toStrictEqual([]);
  });
});
