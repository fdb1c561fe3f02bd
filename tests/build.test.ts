/**
 * The library as tsup.config.ts builds it, bundled as a user's bundler does
 * (the package says `sideEffects: false`): no warning, and every entry still
 * gives its exports.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build as bundle, type Plugin } from 'esbuild';
import { build } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../tsup.config.js';

const library = config[0];
let dist = '';

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'critic-consensus-build-'));
  // The library's ESM build as tsup.config.ts has it, without the declarations (not what is checked here).
  await build({ ...library, config: false, format: ['esm'], dts: false, sourcemap: false, outDir: dist, silent: true });
}, 180_000);

afterAll(() => {
  rmSync(dist, { recursive: true, force: true });
});

/** Every file of the build read as a file of a package whose package.json says `sideEffects: false`, as dist/'s are. */
const sideEffectFree: Plugin = {
  name: 'side-effect-free',
  setup(bundler) {
    // esbuild reads the filter as a Go regular expression, which has no `u` flag.
    bundler.onResolve({ filter: /^\.\/chunk-/ }, (args) => ({ path: join(args.resolveDir, args.path), sideEffects: false }));
  },
};

describe('the built library', () => {
  const entries = Object.keys(library?.entry ?? {});

  it('has no entry that imports a chunk for its side effects alone, which the package says it has none of', () => {
    expect(entries).toStrictEqual(['index', 'stats', 'scoring', 'formats', 'crawl', 'sites']);
    const bare = readdirSync(dist)
      .filter((file) => file.endsWith('.js'))
      .flatMap((file) => [...readFileSync(join(dist, file), 'utf8').matchAll(/^import ["']\.\/chunk-[^"']+["'];?$/gmu)].map(([line]) => `${file}: ${line}`));
    expect(bare).toStrictEqual([]);
  });

  it('bundles from each entry without a warning', { timeout: 120_000 }, async () => {
    const warnings: string[] = [];
    for (const entry of entries) {
      const result = await bundle({
        stdin: { contents: `export * from ${JSON.stringify(`./${entry}.js`)};`, resolveDir: dist, loader: 'js' },
        bundle: true,
        format: 'esm',
        platform: 'neutral',
        write: false,
        logLevel: 'silent',
        plugins: [sideEffectFree],
      });
      warnings.push(...result.warnings.map((warning) => `${entry}: ${warning.text}`));
    }
    expect(warnings).toStrictEqual([]);
  });

  it('gives every export from each entry', { timeout: 60_000 }, async () => {
    const core = (await import(pathToFileURL(join(dist, 'index.js')).href)) as typeof import('../src/index.js');
    const formats = (await import(pathToFileURL(join(dist, 'formats.js')).href)) as typeof import('../src/formats/index.js');
    expect(Object.keys(core).sort()).toStrictEqual(Object.keys(await import('../src/index.js')).sort());
    const { page } = core.parse('Generally favorable reviews - based on 1 Critic\n  1. 80\n    Taut.\n');
    expect(formats.toCsv(page, { newline: 'lf' }).split('\n')[1]).toBe(',film,,,,1,,,,80,,,metacritic,,,,,Taut.');
  });
});
