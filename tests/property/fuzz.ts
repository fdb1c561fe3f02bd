/**
 * The fuzz cases and what is done with a failing one: shared by the long fuzz
 * run (./fuzz.test.ts, `npm run fuzz`) and the test that re-checks every
 * saved fixture (./fuzz-fixtures.test.ts).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc } from '@fast-check/vitest';
import { ALL_SITES } from '../../src/sites/index.js';
import { anyInput, furnitureInsertions, mutatedPage, siteLike } from './arbitraries.js';
import { type FurnitureInsertion, InvariantError, checkFurnitureInsensitive, checkParse } from './invariants.js';
import { LINE_TABLES } from './vocabulary.js';

/** Where failing inputs are saved, one JSON file each. */
export const FUZZ_FIXTURES: string = join(import.meta.dirname, '..', 'fixtures', 'fuzz');

/** One input for the invariants: a text, with furniture to put in when the case checks that too. */
export interface FuzzCase {
  readonly text: string;
  readonly furniture?: readonly FurnitureInsertion[];
  /** `all` when the text is parsed with every site of critic-consensus/sites (`sites: ALL_SITES`); the core's otherwise. */
  readonly sites?: 'all';
}

/** A failing case as saved: JSON keeps lone surrogates and NULs intact, as `\ud800` and `\u0000`. */
export interface FuzzFixture extends FuzzCase {
  readonly invariant: string;
  readonly message: string;
  readonly found: string;
  readonly seed: number;
}

/**
 * Text made of the lines of any site's table but the current Metacritic one's
 * (./vocabulary.ts: the rows' examples), parsed with the core's sites when the
 * table is the core's, with every site otherwise.
 */
const siteLikeCase: fc.Arbitrary<FuzzCase> = fc.oneof(
  ...LINE_TABLES.filter((table) => table.site !== 'metacritic').map((table) =>
    siteLike(table.site).map((text): FuzzCase => (table.core ? { text } : { text, sites: 'all' })),
  ),
);

/** Every kind of fuzz case: any input on its own, text made of any site's lines, and an edited page with furniture put in. */
export const fuzzCase: fc.Arbitrary<FuzzCase> = fc.oneof(
  { weight: 4, arbitrary: anyInput.map((text): FuzzCase => ({ text })) },
  { weight: 1, arbitrary: siteLikeCase },
  { weight: 1, arbitrary: fc.tuple(mutatedPage(6), furnitureInsertions).map(([text, furniture]): FuzzCase => ({ text, furniture })) },
);

/** Runs every invariant on one case; throws an `InvariantError` (or whatever `parse` threw) when one breaks. */
export function checkCase(fuzz: FuzzCase): void {
  if (fuzz.furniture !== undefined) checkFurnitureInsensitive(fuzz.text, fuzz.furniture);
  else checkParse(fuzz.text, fuzz.sites === 'all' ? { sites: ALL_SITES } : undefined);
}

/** Saves a failing case as a fixture; returns its file name. The name is the input's hash, so a case is saved once. */
export function saveFixture(fuzz: FuzzCase, error: unknown, seed: number): string {
  const invariant = error instanceof InvariantError ? error.invariant : 'returns';
  const message = error instanceof Error ? error.message : String(error);
  const hash = createHash('sha256').update(JSON.stringify(fuzz)).digest('hex').slice(0, 12);
  const file = `${invariant}-${hash}.json`;
  const fixture: FuzzFixture = { invariant, message, found: new Date().toISOString(), seed, ...fuzz };
  mkdirSync(FUZZ_FIXTURES, { recursive: true });
  writeFileSync(join(FUZZ_FIXTURES, file), `${JSON.stringify(fixture, null, 2)}\n`);
  return file;
}

/** The saved fixtures, by file name. */
export function readFixtures(): { readonly file: string; readonly fixture: FuzzFixture }[] {
  return readdirSync(FUZZ_FIXTURES)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({ file, fixture: JSON.parse(readFileSync(join(FUZZ_FIXTURES, file), 'utf8')) as FuzzFixture }));
}
