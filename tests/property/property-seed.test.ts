/**
 * FC_SEED moves every property's draws: those of the global seed
 * (tests/setup/property-seed.ts) and those of a property with a seed of its
 * own, which takes it through seedOption.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedOption } from '../setup/property-seed.js';

const root = join(import.meta.dirname, '..', '..');

describe('seedOption', () => {
  it("returns the property's own seed when FC_SEED is unset or empty", () => {
    expect(seedOption(15, undefined)).toStrictEqual({ seed: 15 });
    expect(seedOption(15, '')).toStrictEqual({ seed: 15 });
  });

  it("returns FC_SEED's seed when it names one, so that the seed a failure prints replays it", () => {
    expect(seedOption(15, '123')).toStrictEqual({ seed: 123 });
    expect(seedOption(7, '-4')).toStrictEqual({ seed: -4 });
  });

  it('returns no seed when FC_SEED is random, so that fast-check draws a new one', () => {
    expect(seedOption(15, 'random')).toStrictEqual({});
  });

  it('throws naming FC_SEED when it is neither an integer nor random', () => {
    expect(() => seedOption(15, '1.5')).toThrow('FC_SEED must be an integer or "random"; got "1.5"');
  });
});

describe('the property tests', () => {
  it('give no seed of their own but through seedOption, which FC_SEED moves', () => {
    const files = readdirSync(join(root, 'tests'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .map((file) => join(root, 'tests', file))
      .filter((file) => file !== import.meta.filename);
    // A literal seed in a property's options (`{ numRuns: 500, seed: 15 }`); fc.sample draws a fixed set of examples, not a property.
    const own = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, at) => (/\bseed:\s*\d/u.test(line) && !/\.sample\(/u.test(line) ? [`${relative(root, file)}:${at + 1}`] : [])),
    );
    expect(own).toStrictEqual([]);
  });
});
