// What each site costs a caller: `node scripts/site-sizes.mjs` bundles a module that parses with the core
// alone and, for each site, one that parses with the core and that site alone, importing it from the
// library built as dist/ is built (scripts/site-bundles.mjs: minified for the browser, then
// brotli-compressed as size-limit measures), and prints each site's bytes beyond the core's. The core's
// own eras of metacritic.com (2019-2022, 2001-2010) are measured as the core against a build of it whose
// SITES list holds the current layouts only. `--json` prints the figures as JSON.
import { brotliCompressSync, constants } from 'node:zlib';
import { join } from 'node:path';
import { build } from 'esbuild';
import { measureSiteBundles } from './site-bundles.mjs';

const root = join(import.meta.dirname, '..');
const src = (path) => join(root, 'src', path).replaceAll('\\', '/');

/** A minified browser bundle of `contents` (an ES module importing from the sources), in memory, with its metafile. */
function bundle(contents, plugins = []) {
  return build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    plugins,
  });
}

/** The brotli size of a minified browser bundle of `contents` (an ES module importing from the sources). */
async function bundledSize(contents, plugins = []) {
  const result = await bundle(contents, plugins);
  const code = result.outputFiles[0].contents;
  return brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

/** A module that parses a text with `ALL_SITES`, or (`all` false) with the core alone. */
function parser(all) {
  const imports = all ? `import { ALL_SITES } from ${JSON.stringify(src('sites/index.ts'))};\n` : '';
  return `import { parse } from ${JSON.stringify(src('index.ts'))};\n${imports}export const read = (text) => parse(text${all ? ', { sites: ALL_SITES }' : ''});\n`;
}

/** The core with the current metacritic.com layouts alone: its SITES list without the other eras. */
const currentLayoutsOnly = {
  name: 'current-layouts-only',
  setup(plugin) {
    plugin.onLoad({ filter: /[\\/]src[\\/]parse[\\/]sites[\\/]index\.ts$/ }, () => ({
      loader: 'ts',
      contents: "import { metacritic } from './metacritic/index.js';\nexport const SITES = [metacritic];\nexport const FALLBACK_SITE = metacritic;\n",
    }));
  },
};

/** The minified bytes each part of a bundle of `contents` takes: a site's folder, or another folder of the sources. */
async function bytesByPart(contents) {
  const result = await bundle(contents);
  const parts = new Map();
  for (const [path, { bytesInOutput }] of Object.entries(Object.values(result.metafile.outputs)[0].inputs)) {
    // src/sites/<site>/..., src/parse/sites/<era>/..., else the file's folder under src/.
    const segments = path.split('/');
    const at = segments.indexOf('src');
    const depth = segments[at + 1] === 'sites' ? 3 : segments[at + 1] === 'parse' && segments[at + 2] === 'sites' ? 4 : 2;
    const part = segments.slice(at, at + depth).join('/');
    parts.set(part, (parts.get(part) ?? 0) + bytesInOutput);
  }
  return parts;
}

const core = await bundledSize(parser(false));
const coreCurrent = await bundledSize(parser(false), [currentLayoutsOnly]);
// Each site alone and ALL_SITES, imported from the built library: what each adds to the core (brotli).
const { sites } = await measureSiteBundles();
const bySite = Object.fromEntries(sites.map(({ name, built }) => [name, built.brotli]));
const coreParts = await bytesByPart(parser(false));
const allParts = await bytesByPart(parser(true));
// What ALL_SITES adds to the core, minified, by part (before compression).
const added = [...allParts].map(([part, bytes]) => ({ part, bytes: bytes - (coreParts.get(part) ?? 0) })).filter(({ bytes }) => bytes >= 50);
added.sort((a, b) => b.bytes - a.bytes);
const eras = [...coreParts].filter(([part]) => /metacritic-\d{4}$/u.test(part) || /page-draft|glued-names|unread/u.test(part));

const figures = {
  core,
  coreCurrentLayoutsOnly: coreCurrent,
  eras: core - coreCurrent,
  sites: bySite,
  erasMinified: Object.fromEntries(eras),
  allSitesMinified: added,
};
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(figures, null, 2));
} else {
  const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
  console.log('brotli, minified for the browser:');
  console.log(`  parse with the core alone                      ${kB(core)}`);
  console.log(
    `  the core with the current layouts only         ${kB(coreCurrent)} (metacritic.com's 2019-2022 and 2001-2010 layouts: +${kB(core - coreCurrent)})`,
  );
  console.log('  the core and, imported alone from the built critic-consensus/sites:');
  const alone = sites.filter(({ name }) => name !== 'ALL_SITES').sort((a, b) => b.built.brotli - a.built.brotli);
  for (const { name, built } of alone) console.log(`    ${name.padEnd(44)} +${kB(built.brotli)}`);
  console.log(`    ${'ALL_SITES'.padEnd(44)} +${kB(bySite.ALL_SITES)}`);
  console.log('minified, before compression, what ALL_SITES adds by part:');
  for (const { part, bytes } of added) console.log(`  ${part.padEnd(46)} ${kB(bytes)}`);
  console.log("minified, the core's parts of the other eras:");
  for (const [part, bytes] of eras) console.log(`  ${part.padEnd(46)} ${kB(bytes)}`);
}
