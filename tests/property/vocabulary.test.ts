/**
 * The fuzz's vocabulary (./vocabulary.ts): every site's line table found in
 * its folder, every row's examples in the lines the property tests and the
 * fuzz draw from, and the invariants kept on text made of each site's lines.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { ANY_FIRST, classifyText, defineLineKinds, DIGITS } from '../../src/parse/engine/classify.js';
import { cutLines } from '../../src/parse/engine/lines.js';
import { chooseSite } from '../../src/parse/site.js';
import { FALLBACK_SITE, SITES } from '../../src/parse/sites/index.js';
import { ALL_SITES } from '../../src/sites/index.js';
import { PAGE_LINES, siteLike } from './arbitraries.js';
import { checkParse } from './invariants.js';
import { examplesOf, LINE_TABLES, tableOf, TEXT_LINES } from './vocabulary.js';

const repository = join(import.meta.dirname, '..', '..');
const folders = (folder: string): string[] =>
  readdirSync(join(repository, folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
    .map((entry) => `${folder}/${entry.name}`)
    .sort();

describe('LINE_TABLES', () => {
  it('has a table for every site folder of the core and of critic-consensus/sites', () => {
    const found = [...new Set(LINE_TABLES.map((table) => table.file.slice(0, table.file.lastIndexOf('/'))))].sort();
    expect(found).toStrictEqual([...folders('src/parse/sites'), ...folders('src/sites')].sort());
  });

  it('has tables whose every row has examples, so that every kind of line is fuzzed', () => {
    const bare = LINE_TABLES.flatMap((table) =>
      table.kinds.rows.filter((row) => (table.examples[row.kind] ?? []).length === 0).map((row) => `${table.file}: ${row.kind}`),
    );
    expect(bare).toStrictEqual([]);
  });

  it("has tables whose every row's examples classify as its kind", () => {
    const wrong = LINE_TABLES.flatMap((table) =>
      table.kinds.rows.flatMap((row) =>
        (table.examples[row.kind] ?? []).flatMap((example) => {
          const kind = classifyText(table.kinds, example).kind;
          return kind === row.kind ? [] : [`${table.file}: "${example}" is ${kind}, not ${row.kind}`];
        }),
      ),
    );
    expect(wrong).toStrictEqual([]);
  });
});

describe('PAGE_LINES', () => {
  it('holds every example of every row of the Metacritic table', () => {
    const table = tableOf('metacritic');
    expect(table.kinds.rows.length).toBeGreaterThan(20);
    expect(examplesOf(table).filter((example) => !PAGE_LINES.includes(example))).toStrictEqual([]);
  });

  it('holds lines of the fallback kind that repeat no row, and blank lines', () => {
    const table = tableOf('metacritic').kinds;
    expect(TEXT_LINES.map((line) => [line, classifyText(table, line).kind])).toStrictEqual(TEXT_LINES.map((line) => [line, table.fallback]));
    expect(PAGE_LINES).toContain('');
  });
});

describe("parse, on text made of each site's lines", () => {
  for (const table of LINE_TABLES.filter(({ site }) => site !== 'metacritic')) {
    const options = table.core ? undefined : { sites: ALL_SITES };
    test.prop([siteLike(table.site)], { numRuns: 60 })(`keeps every invariant for lines of ${table.file}`, (text) => {
      checkParse(text, options);
    });
  }
});

describe('siteLike', () => {
  // A site claims a text by its own lines among the first: a draw of its table's lines must reach it, or the fuzz never reads it.
  it.each(LINE_TABLES.map((table) => [table.site, table] as const))('draws text that %s reads, some of the time', (site) => {
    const sites = [...SITES, ...ALL_SITES];
    const chosen = fc
      .sample(siteLike(site), { numRuns: 200, seed: 12 })
      .map((text) => chooseSite(sites, FALLBACK_SITE, { text, lines: cutLines(text), url: undefined, media: undefined }).name);
    expect(chosen).toContain(site);
  });
});

describe('examplesOf', () => {
  it('returns each example of a table once, in table order', () => {
    const kinds = defineLineKinds<Record<string, unknown>>(
      [
        { kind: 'shout', first: ANY_FIRST, recognise: (text) => (text.endsWith('!') ? text : undefined), endsItem: false },
        { kind: 'score', first: DIGITS, recognise: (text) => (/^\d+$/u.test(text) ? Number(text) : undefined), endsItem: true },
      ],
      'text' as never,
    );
    const examples = { score: ['80', '7'], shout: ['Wow!', '80!', 'Wow!'] };
    expect(examplesOf({ kinds, examples })).toStrictEqual(['Wow!', '80!', '80', '7']);
  });
});
