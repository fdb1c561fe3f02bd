/**
 * scripts/core-sizes.mjs (`npm run size:core`), the breakdown of the core's
 * bundle that the README's sizes come from: its figures add up.
 */
import { describe, expect, it } from 'vitest';
import { bundleExports, measureCore, measureWithout } from '../../scripts/core-sizes.mjs';
import { DIAGNOSTIC_CODES, DISCREPANCY_CODES } from '../../src/index.js';

describe('measureCore', () => {
  let measured: Awaited<ReturnType<typeof measureCore>> | undefined;
  const core = async (): Promise<Awaited<ReturnType<typeof measureCore>>> => (measured ??= await measureCore());

  it('lists each source file of the bundle once, their bytes within the bundle', { timeout: 120_000 }, async () => {
    const { files, minified } = await core();
    expect(files.map(({ path }) => path).filter((path) => !path.startsWith('src/'))).toStrictEqual([]);
    expect(new Set(files.map(({ path }) => path)).size).toBe(files.length);
    expect(files.map(({ path }) => path)).toContain('src/parse/parse.ts');
    const sum = files.reduce((total, { bytes }) => total + bytes, 0);
    expect(sum).toBeLessThanOrEqual(minified);
    expect(sum).toBeGreaterThan(minified * 0.95);
  });

  it('gives each folder the bytes of the files under it, after the folder holding it', { timeout: 120_000 }, async () => {
    const { files, folders } = await core();
    for (const { path, bytes } of folders) {
      const under = files.filter((file) => file.path.startsWith(`${path}/`)).reduce((total, file) => total + file.bytes, 0);
      expect({ path, bytes }).toStrictEqual({ path, bytes: under });
    }
    expect(folders[0]).toMatchObject({ path: 'src', depth: 0 });
    for (const [at, { path, depth }] of folders.entries()) {
      if (depth === 0) continue;
      const above = folders.slice(0, at).filter((folder) => folder.depth === depth - 1);
      expect(`${path} under ${String(above.at(-1)?.path)}`).toBe(`${path} under ${path.slice(0, path.lastIndexOf('/'))}`);
    }
  });

  it('measures a bundle of one part of the exports as smaller than the core', { timeout: 120_000 }, async () => {
    const { parts, brotli } = await core();
    expect(parts.map(({ part }) => part)).toContain('parse, parseStrict');
    expect(parts.filter((part) => !(part.brotli > 0 && part.brotli < brotli))).toStrictEqual([]);
  });
});

describe('bundleExports', () => {
  it('leaves the diagnostic descriptions and the bands out of a bundle of parse alone', { timeout: 120_000 }, async () => {
    const { code } = await bundleExports('parse, parseStrict');
    expect(code).not.toMatch(/\bdescription:/u);
    expect(code).not.toMatch(/min:\d+,max:100\b/u);
  });

  it('leaves the discrepancy descriptions out of a bundle of aggregate or checkConsistency alone', { timeout: 120_000 }, async () => {
    const descriptions = Object.values(DISCREPANCY_CODES);
    for (const names of ['aggregate', 'checkConsistency']) {
      const { code } = await bundleExports(names);
      expect({ names, kept: descriptions.filter((description) => code.includes(description)) }).toStrictEqual({ names, kept: [] });
    }
  });

  it('keeps the descriptions in a bundle of DIAGNOSTIC_CODES', { timeout: 120_000 }, async () => {
    const descriptions = Object.values(DIAGNOSTIC_CODES).map(({ description }) => description);
    const catalogue = await bundleExports('DIAGNOSTIC_CODES');
    expect(descriptions.filter((description) => !catalogue.code.includes(description))).toStrictEqual([]);
  });
});

describe('measureWithout', () => {
  it('gives each era, reader and refiner of the core the bytes the core loses without it', { timeout: 300_000 }, async () => {
    const parts = await measureWithout({ brotli: false });
    const names = parts.map(({ part }) => part);
    expect(names).toContain('site metacritic2021');
    expect(names).not.toContain('site metacritic');
    expect(names).toContain('reader criticItemsReader');
    expect(names).toContain('refiner declaredCountsRefiner');
    // An entry that another still imports costs nothing alone (its code stays); none costs less than nothing.
    expect(parts.filter(({ minified }) => minified < 0)).toStrictEqual([]);
    expect(parts.filter(({ minified }) => minified > 0).length).toBeGreaterThan(parts.length / 2);
    const copied = parts.find(({ part }) => part.startsWith('every reader of copied text'));
    const each = parts.filter(({ part }) => part.startsWith('reader copied')).reduce((sum, { minified }) => sum + minified, 0);
    expect(copied?.minified).toBeGreaterThanOrEqual(each);
  });
});
