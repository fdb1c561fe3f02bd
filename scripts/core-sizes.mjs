// Where the core's bytes are: `node scripts/core-sizes.mjs` (`npm run size:core`) bundles the core
// (src/index.ts, everything `critic-consensus` exports) as size-limit bundles dist/index.js (esbuild,
// minified, for the browser), and prints the bundle's brotli bytes, then the minified bytes of each folder
// of the sources (a folder's figure holds its subfolders') and of each file, from esbuild's metafile; and
// what a caller importing only one part of the core's exports loads. With dist/ built (`npm run build`),
// it prints dist/index.js's brotli too, which is `npx size-limit`'s figure for the core. `--without` also
// prints what the core loses without each of its sites' eras, each Metacritic reader and refiner (one at a
// time, and the readers of copied text together), by building it with that entry taken out of its list
// (in memory: SITES, METACRITIC_READERS, METACRITIC_REFINERS). `--json` prints the figures as JSON.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { build } from 'esbuild';

const root = join(import.meta.dirname, '..');

/** What size-limit takes off a brotli figure: the bytes of an empty esbuild bundle. */
const EMPTY_BUNDLE_BROTLI = 16;

/** The brotli bytes of `code` as size-limit reports them (quality 11, less an empty bundle's). */
function brotliBytes(code) {
  return brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length - EMPTY_BUNDLE_BROTLI;
}

/** A bundle made with size-limit's esbuild options (@size-limit/esbuild's get-config.js), in memory. */
async function sizeLimitBundle(options, plugins = []) {
  const result = await build({
    plugins,
    bundle: true,
    minifyIdentifiers: true,
    minifySyntax: true,
    minifyWhitespace: true,
    treeShaking: true,
    metafile: true,
    write: false,
    logLevel: 'silent',
    absWorkingDir: root,
    ...options,
  });
  const code = result.outputFiles[0].contents;
  const inputs = Object.values(result.metafile.outputs)[0].inputs;
  return { code, inputs };
}

/** The parts of the core's exports a caller may import alone, each with the module that imports them. */
const PARTS = {
  'parse, parseStrict': 'parse, parseStrict',
  aggregate: 'aggregate',
  checkConsistency: 'checkConsistency',
  'classifyScore, verdictForScore, parseVerdictLabel, validateBands, the bands':
    'classifyScore, verdictForScore, parseVerdictLabel, validateBands, SENTIMENT_BANDS, VERDICT_BANDS',
  DIAGNOSTIC_CODES: 'DIAGNOSTIC_CODES',
  DISCREPANCY_CODES: 'DISCREPANCY_CODES',
};

/** A bundle of the core's exports `names` (as `export { names }` would list them) alone: its code and brotli bytes. */
export async function bundleExports(names) {
  const contents = `export { ${names} } from ${JSON.stringify('./src/index.ts')};\n`;
  const { code } = await sizeLimitBundle({ stdin: { contents, resolveDir: root, loader: 'js' } });
  return { code: new TextDecoder().decode(code), brotli: brotliBytes(code) };
}

/**
 * The core's bundle, measured: `{ minified, brotli, files, folders, parts, dist }`. `files` are the sources
 * in the bundle with their minified bytes (`[{ path, bytes }]`, largest first), `folders` every folder
 * holding them with the bytes of all its files, subfolders included (`[{ path, bytes, depth }]`, as a tree,
 * each folder's subfolders largest first); `parts` the brotli bytes of a bundle importing only each group of
 * exports (`[{ part, brotli }]`); `dist` dist/index.js's brotli bytes, or `undefined` when it is not built.
 */
export async function measureCore() {
  const { code, inputs } = await sizeLimitBundle({ entryPoints: ['src/index.ts'] });
  const files = Object.entries(inputs)
    .map(([path, { bytesInOutput }]) => ({ path, bytes: bytesInOutput }))
    .filter(({ bytes }) => bytes > 0)
    .sort((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path));
  const byFolder = new Map();
  for (const { path, bytes } of files) {
    const segments = path.split('/');
    for (let depth = 1; depth < segments.length; depth++) {
      const folder = segments.slice(0, depth).join('/');
      byFolder.set(folder, (byFolder.get(folder) ?? 0) + bytes);
    }
  }
  const folders = [];
  const visit = (folder, depth) => {
    folders.push({ path: folder, bytes: byFolder.get(folder), depth });
    const children = [...byFolder.keys()].filter((path) => path.startsWith(`${folder}/`) && !path.slice(folder.length + 1).includes('/'));
    children.sort((a, b) => byFolder.get(b) - byFolder.get(a));
    for (const child of children) visit(child, depth + 1);
  };
  for (const top of [...byFolder.keys()].filter((path) => !path.includes('/'))) visit(top, 0);
  const parts = [];
  for (const [part, names] of Object.entries(PARTS)) parts.push({ part, brotli: (await bundleExports(names)).brotli });
  const distIndex = join(root, 'dist', 'index.js');
  const dist = existsSync(distIndex) ? brotliBytes((await sizeLimitBundle({ entryPoints: [distIndex] })).code) : undefined;
  return { minified: code.length, brotli: brotliBytes(code), files, folders, parts, dist };
}

/** The lists of the core that `--without` takes entries out of: each file, the list's opening, and the entries it may drop. */
const LISTS = [
  { label: 'site', file: 'src/parse/sites/index.ts', opening: 'export const SITES: readonly Site[] = [', keep: ['metacritic'] },
  { label: 'reader', file: 'src/parse/sites/metacritic/readers/index.ts', opening: '= compileReaders([', keep: [] },
  { label: 'refiner', file: 'src/parse/sites/metacritic/refiners/index.ts', opening: 'METACRITIC_REFINERS: readonly Refiner<MetacriticState>[] = [', keep: [] },
];

/** A list's entries: the names between its opening and the bracket that closes it. */
function entriesOf({ file, opening }) {
  const text = readFileSync(join(root, file), 'utf8');
  const start = text.indexOf(opening);
  if (start < 0) throw new Error(`core-sizes: ${file} has no ${JSON.stringify(opening)} any more; update LISTS`);
  const body = text.slice(start + opening.length, text.indexOf(']', start + opening.length));
  return {
    text,
    start: start + opening.length,
    end: start + opening.length + body.length,
    names: body
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name !== ''),
  };
}

/** A plugin that loads `file` with the entries `dropped` taken out of its list. */
function dropping(list, dropped) {
  const { text, start, end, names } = entriesOf(list);
  const contents = `${text.slice(0, start)}${names.filter((name) => !dropped.includes(name)).join(', ')}${text.slice(end)}`;
  const path = join(root, list.file);
  return { name: 'dropping', setup: (bundler) => bundler.onLoad({ filter: /\.ts$/ }, (args) => (args.path === path ? { contents, loader: 'ts' } : undefined)) };
}

/**
 * What the core's bundle loses without each entry of its lists (each era of SITES, each Metacritic reader and
 * refiner), and without every reader whose name begins `copied` together: `[{ part, minified, brotli }]` in
 * bytes (`brotli` NaN when `options.brotli` is false), the bundle's size less the size without it.
 */
export async function measureWithout({ brotli = true } = {}) {
  const whole = await sizeLimitBundle({ entryPoints: ['src/index.ts'] });
  const size = async (plugin) => {
    const { code } = await sizeLimitBundle({ entryPoints: ['src/index.ts'] }, [plugin]);
    return { minified: whole.code.length - code.length, brotli: brotli ? brotliBytes(whole.code) - brotliBytes(code) : Number.NaN };
  };
  const parts = [];
  for (const list of LISTS) {
    const { names } = entriesOf(list);
    for (const name of names.filter((entry) => !list.keep.includes(entry)))
      parts.push({ part: `${list.label} ${name}`, ...(await size(dropping(list, [name]))) });
    const copied = names.filter((name) => name.startsWith('copied'));
    if (copied.length > 1) parts.push({ part: `every ${list.label} of copied text (${copied.length})`, ...(await size(dropping(list, copied))) });
  }
  return parts;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const figures = { ...(await measureCore()), ...(process.argv.includes('--without') ? { without: await measureWithout() } : {}) };
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(figures, null, 2));
  } else {
    const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
    console.log(`the core (src/index.ts, bundled as size-limit bundles dist/index.js): ${kB(figures.minified)} minified, ${kB(figures.brotli)} brotli`);
    if (figures.dist !== undefined) console.log(`dist/index.js as last built (npx size-limit's figure for the core): ${kB(figures.dist)} brotli`);
    console.log('a bundle importing only, brotli:');
    for (const { part, brotli } of figures.parts) console.log(`  ${part.padEnd(78)} ${kB(brotli)}`);
    console.log('minified, by folder (each with its subfolders):');
    for (const { path, bytes, depth } of figures.folders) console.log(`  ${`${'  '.repeat(depth)}${path}`.padEnd(60)} ${kB(bytes)}`);
    console.log('minified, by file:');
    for (const { path, bytes } of figures.files) console.log(`  ${path.padEnd(60)} ${kB(bytes)}`);
    if (figures.without !== undefined) {
      console.log('what the core loses without each (brotli, minified):');
      for (const { part, minified, brotli } of figures.without) console.log(`  ${part.padEnd(60)} ${kB(brotli)} ${kB(minified)}`);
    }
  }
}
