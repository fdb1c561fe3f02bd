/**
 * The package as a user installs it and a contributor sets it up: its
 * licence, its types for every module resolution, and the split of the test
 * suite that keeps `npx vitest run` free of timing tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import defaultConfig, { TIMING_TESTS } from '../vitest.config.js';
import timingConfig from '../vitest.timing.config.js';

const root = join(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  license: string;
  exports: Record<string, { require?: { types: string } }>;
  typesVersions: Record<string, Record<string, string[]>>;
  scripts: Record<string, string>;
};

describe('the package', () => {
  it('ships an MIT LICENSE file, as package.json says, held by its contributors', () => {
    const license = readFileSync(join(root, 'LICENSE'), 'utf8');
    expect(manifest.license).toBe('MIT');
    expect(license).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} critic-consensus contributors\n/u);
  });

  it('maps every subpath module to its types for node10 resolution (typesVersions), as exports does for node16', () => {
    const subpaths = Object.entries(manifest.exports)
      .filter(([path, entry]) => path !== '.' && entry.require !== undefined)
      .map(([path, entry]): [string, string[]] => [path.slice(2), [entry.require?.types ?? '']]);
    expect(manifest.typesVersions).toStrictEqual({ '*': Object.fromEntries(subpaths) });
  });

  it('checks the types with attw under every profile (node10, node16, bundler)', () => {
    expect(manifest.scripts['test:dist']).toMatch(/attw --pack \.(?: &&|$)/u);
  });
});

describe('the test suite', () => {
  const timingFiles = ['pathological', 'perf'].flatMap((folder) =>
    readdirSync(join(root, 'tests', folder))
      .filter((file) => file.endsWith('.test.ts'))
      .map((file) => `tests/${folder}/${file}`),
  );

  it('keeps the timing tests out of `npx vitest run`, which runs the rest', () => {
    expect(timingFiles.length).toBeGreaterThan(3);
    expect(defaultConfig.test?.exclude).toStrictEqual(expect.arrayContaining([...TIMING_TESTS]));
    expect(defaultConfig.test?.include).toStrictEqual(['tests/**/*.test.ts']);
  });

  it('runs the timing tests on their own, one file at a time, in `npm test`', () => {
    expect(timingConfig.test?.include).toStrictEqual([...TIMING_TESTS]);
    expect(timingConfig.test?.fileParallelism).toBe(false);
    expect(manifest.scripts['test']).toContain('npm run test:timing');
    expect(manifest.scripts['test:timing']).toBe('vitest run --config vitest.timing.config.ts');
  });
});
