/**
 * The tests follow the tree: each file of the parser's engine, and each
 * reader and refiner of the Metacritic site, has a test file of its own at
 * the same place under tests/parse/ (src/parse/engine/read.ts is
 * tests/parse/engine/read.test.ts; src/parse/sites/metacritic/readers/verdict.ts
 * is tests/parse/metacritic/readers/verdict.test.ts). An index that only lists
 * the others needs none.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { METACRITIC_READERS } from '../../src/parse/sites/metacritic/readers/index.js';

const repository = join(import.meta.dirname, '..', '..');
const FOLDERS = [
  ['src/parse/engine', 'tests/parse/engine'],
  ['src/parse/sites/metacritic/readers', 'tests/parse/metacritic/readers'],
  ['src/parse/sites/metacritic/refiners', 'tests/parse/metacritic/refiners'],
] as const;

describe("the parser's tests", () => {
  it.each(FOLDERS)('have a test file for each file of %s, in %s', (source, tests) => {
    const files = readdirSync(join(repository, source)).filter((file) => file.endsWith('.ts') && file !== 'index.ts');
    expect(files.length).toBeGreaterThan(3);
    expect(files.filter((file) => !existsSync(join(repository, tests, file.replace(/\.ts$/u, '.test.ts'))))).toStrictEqual([]);
  });

  it('stall every reader the Metacritic site runs on the loop, in its own test', async () => {
    const folder = join(repository, 'src/parse/sites/metacritic/readers');
    const exported = new Map<unknown, string>();
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.ts'))) {
      const module = (await import(join(folder, file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module)) exported.set(value, name);
    }
    const tests = readdirSync(join(repository, 'tests/parse/metacritic/readers'))
      .map((file) => readFileSync(join(repository, 'tests/parse/metacritic/readers', file), 'utf8'))
      .join('\n');
    const readers = METACRITIC_READERS.readers.map((reader) => exported.get(reader) ?? reader.name);
    expect(readers.length).toBeGreaterThan(15);
    expect(readers.filter((name) => !tests.includes(`stalledOnTheLoop(${name},`))).toStrictEqual([]);
  });
});
