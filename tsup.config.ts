import type { Options } from 'tsup';

/**
 * The library, for import and require, with its types: the core
 * (`critic-consensus`: parse, classify, aggregate) and the subpath modules
 * built on it (`/stats`, `/scoring`, `/formats`, `/crawl`, `/sites`), so that a user of
 * the core loads only the core. And the command with its worker thread, ESM only.
 */
type Plugin = NonNullable<Options['plugins']>[number];

/**
 * Splitting the library into shared chunks, esbuild makes each entry import
 * every chunk of the code it reaches, for that code's side effects, even a
 * chunk it takes no name from: dist/index.js and dist/sites.js had `import
 * "./chunk-….js";` for src/shared/checks.ts, whose names only the other
 * chunks take. The package has no side effects (package.json says
 * `sideEffects: false`), so a bundler ignores such an import and warns that
 * it does (esbuild's `ignored-bare-import`, in size-limit's bundles and in
 * every user's). Such an import does nothing here, so it goes (its line left
 * blank, the source map's lines unmoved); a chunk whose names a file needs is
 * imported by name in that file.
 */
const dropBareChunkImports: Plugin = {
  name: 'drop-bare-chunk-imports',
  renderChunk(code) {
    if (this.format !== 'esm') return undefined;
    return { code: code.replace(/^import "\.\/chunk-[A-Z0-9]+\.js";$/gmu, '') };
  },
};

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
    plugins: [dropBareChunkImports],
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
