import type { Options } from 'tsup';

/**
 * The library, for import and require, with its types: the core
 * (`critic-consensus`: parse, classify, aggregate) and the subpath modules
 * built on it (`/stats`, `/scoring`, `/formats`, `/crawl`, `/sites`), so that a user of
 * the core loads only the core. And the command with its worker thread, ESM only.
 */
const config: Options[] = [
  {
    entry: {
      index: 'src/index.ts',
      stats: 'src/stats/index.ts',
      scoring: 'src/scoring/index.ts',
      formats: 'src/formats/index.ts',
      crawl: 'src/crawl/index.ts',
      sites: 'src/sites/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'es2022',
  },
  {
    // The command and its worker thread (--jobs), which main.ts starts from `new URL('./worker.js', import.meta.url)`.
    entry: { cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
  },
];

export default config;
