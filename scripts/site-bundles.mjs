// What each site of critic-consensus/sites costs a caller's bundle, measured two ways with esbuild (the bundler
// tsup builds dist/ with, and size-limit measures with):
// - from the sources, where a bundler keeps only the modules a site imports (`sideEffects: false`): the site's
//   own code and what it shares, the least a bundle can hold;
// - from the library built as dist/ is built (the core and the sites module as entries, split into shared
//   chunks), where the sites module is one file and a bundler can drop another site's code only if no
//   statement at its module level has a side effect (a call not marked `/* @__PURE__ */`, a spread).
// Both are the bytes a bundle of `parse` with the site adds to one of `parse` alone (minified for the browser;
// brotli as size-limit measures). One place for the measure: scripts/site-sizes.mjs prints it and
// tests/sites/tree-shaking.test.ts holds the second to the first.
import { basename, join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');
const src = (path) => join(root, 'src', path).replaceAll('\\', '/');

/** The options every bundle of a caller's module is made with. */
const CALLER = { bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, logLevel: 'silent' };

/** The library's core and sites module built as tsup builds them (ESM, split into chunks), in memory, as `built:<file>` imports. */
async function builtLibrary() {
  const result = await build({
    entryPoints: { index: src('index.ts'), sites: src('sites/index.ts') },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    outdir: join(root, '.built-in-memory'),
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const files = new Map(result.outputFiles.map((file) => [basename(file.path), file.text]));
  const sitesOutput = Object.entries(result.metafile.outputs).find(([path]) => basename(path) === 'sites.js');
  const exports = sitesOutput?.[1].exports ?? [];
  const plugin = {
    name: 'built-library',
    setup(bundler) {
      // Each file a part of a package whose package.json says `sideEffects: false`, as dist/'s are.
      bundler.onResolve({ filter: /^built:/ }, (args) => ({ path: args.path.slice('built:'.length), namespace: 'built', sideEffects: false }));
      bundler.onResolve({ filter: /^\.\/chunk-/, namespace: 'built' }, (args) => ({ path: args.path.slice(2), namespace: 'built', sideEffects: false }));
      bundler.onLoad({ filter: /.*/, namespace: 'built' }, (args) => ({ contents: files.get(args.path), loader: 'js', resolveDir: root }));
    },
  };
  return { plugins: [plugin], exports };
}

/** A caller's module: `parse` with the sites `names` (exports of the sites module), or with the core alone. */
function caller(core, sites, names) {
  if (names.length === 0) return `import { parse } from ${JSON.stringify(core)};\nexport const read = (text) => parse(text);\n`;
  const list = names.map((name) => (name === 'ALL_SITES' ? '...ALL_SITES' : name)).join(', ');
  return `import { parse } from ${JSON.stringify(core)};\nimport { ${names.join(', ')} } from ${JSON.stringify(sites)};\nexport const read = (text) => parse(text, { sites: [${list}] });\n`;
}

/** The minified and (unless `brotli` is false, then NaN) the brotli bytes of a bundle of `contents`. */
async function bundleSize(contents, plugins, brotli) {
  const result = await build({ ...CALLER, stdin: { contents, resolveDir: root, loader: 'js' }, plugins });
  const code = result.outputFiles[0].contents;
  return { minified: code.length, brotli: brotli ? brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length : Number.NaN };
}

const minus = (a, b) => ({ minified: a.minified - b.minified, brotli: a.brotli - b.brotli });

/**
 * Each export of the sites module (each site, and `ALL_SITES`) with what it adds to a bundle of `parse`, from
 * the sources and from the built library: `{ core: { sources, built }, sites: [{ name, sources, built }] }`,
 * each figure `{ minified, brotli }` in bytes (`brotli` NaN when `options.brotli` is false: compressing takes
 * most of the time).
 */
export async function measureSiteBundles({ brotli = true } = {}) {
  const library = await builtLibrary();
  const fromSources = (names) => bundleSize(caller(src('index.ts'), src('sites/index.ts'), names), [], brotli);
  const fromBuilt = (names) => bundleSize(caller('built:index.js', 'built:sites.js', names), library.plugins, brotli);
  const core = { sources: await fromSources([]), built: await fromBuilt([]) };
  const sites = [];
  for (const name of library.exports) {
    sites.push({ name, sources: minus(await fromSources([name]), core.sources), built: minus(await fromBuilt([name]), core.built) });
  }
  return { core, sites };
}
