// `node bench/parts.mjs [--ref REF] [--part parse|cut|classify|read] [--rounds N] [--chunk N]`:
// the CPU time of one part of parse, the working tree's against the commit REF's (default: the
// commit the branch started from, `git merge-base HEAD main`), over the throughput bench's 3,000
// pages, the two alternating every `--chunk` pages (default 50) so that what else the machine
// runs weighs on both alike. A part's own cost is steadier measured so than inside the whole
// parse, whose noise on a busy machine is larger than most single changes.
//
//   parse     the whole `parse`
//   cut       cutLines
//   classify  the Metacritic table's classification of lines already cut (its list markers
//             normalised first, as the site does)
//   read      the Metacritic readers, refiners and page, over lines already classified
//
// Both trees are bundled with esbuild into node_modules/.cache/critic-consensus-bench/parts/
// (the commit's src/ taken by `git archive`); each must have the internal modules the part
// names. Prints both times a round, and the working tree's over the commit's: the median of
// the rounds' ratios, the ratio of the totals, and the rounds' range.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const usage = 'usage: node bench/parts.mjs [--ref REF] [--part parse|cut|classify|read] [--rounds N] [--chunk N]';
const options = { ref: undefined, part: 'read', rounds: 10, chunk: 50 };
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const arg = args[i] ?? '';
  const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
  const value = inline ?? args[++i];
  if (name === '--ref' && value) options.ref = value;
  else if (name === '--part' && ['parse', 'cut', 'classify', 'read'].includes(value ?? '')) options.part = value;
  else if ((name === '--rounds' || name === '--chunk') && Number.isInteger(Number(value)) && Number(value) > 0) options[name.slice(2)] = Number(value);
  else {
    console.error(`parts: unknown argument ${JSON.stringify(arg)}; ${usage}`);
    process.exit(2);
  }
}
const git = (...gitArgs) => execFileSync('git', gitArgs, { cwd: root, encoding: 'utf8' }).trim();
const commit = git('rev-parse', `${options.ref ?? git('merge-base', 'HEAD', 'main')}^{commit}`);

// The part's entry, the same for both trees: `prepare` makes a part's input from a page's text
// (outside the timing), `run` is the part.
const entry = (src) => `
import { parse } from '${src}/index.js';
import { cutLines } from '${src}/parse/engine/lines.js';
import { classifyLines } from '${src}/parse/engine/classify.js';
import { runRefiners } from '${src}/parse/engine/refine.js';
import { normaliseListMarkers } from '${src}/parse/sites/metacritic/copied-lines.js';
import { METACRITIC_KINDS } from '${src}/parse/sites/metacritic/kinds.js';
import { pageOf } from '${src}/parse/sites/metacritic/page.js';
import { METACRITIC_READERS } from '${src}/parse/sites/metacritic/readers/index.js';
import { findTruncatedLine, METACRITIC_REFINERS, reportTruncatedLine } from '${src}/parse/sites/metacritic/refiners/index.js';
import { newState } from '${src}/parse/sites/metacritic/state.js';
const classify = (lines) => classifyLines(normaliseListMarkers(lines), METACRITIC_KINDS);
function read(tokens) {
  const state = newState(tokens, undefined);
  const cut = findTruncatedLine(tokens);
  if (cut < 0) METACRITIC_READERS.read(tokens, state);
  else {
    METACRITIC_READERS.read(tokens.upTo(cut), state);
    reportTruncatedLine(state, cut);
    METACRITIC_READERS.read(tokens, state, cut + 1);
  }
  runRefiners(state, METACRITIC_REFINERS);
  return { page: pageOf(state), diagnostics: state.report.sortedDiagnostics() };
}
export const PARTS = {
  parse: { prepare: (text) => text, run: (text) => parse(text) },
  cut: { prepare: (text) => text, run: (text) => cutLines(text) },
  classify: { prepare: (text) => cutLines(text), run: classify },
  read: { prepare: (text) => classify(cutLines(text)), run: read },
};
`;

const cache = join(root, 'node_modules/.cache/critic-consensus-bench/parts');
const base = join(cache, commit);
rmSync(base, { recursive: true, force: true });
mkdirSync(base, { recursive: true });
const archive = spawnSync('git', ['archive', '--format=tar', commit, 'src'], { cwd: root, maxBuffer: 1 << 28 });
if (archive.status !== 0) throw new Error(`git archive ${commit} failed: ${archive.stderr}`);
execFileSync('tar', ['-x', '-C', base], { input: archive.stdout });
const bundle = async (name, src, extra = '') => {
  const file = join(cache, `${name}-entry.ts`);
  writeFileSync(file, entry(src) + extra);
  const outfile = join(cache, `${name}.mjs`);
  await build({ entryPoints: [file], bundle: true, format: 'esm', platform: 'neutral', outfile, logLevel: 'warning' });
  return import(pathToFileURL(outfile).href);
};
const old = await bundle(`old-${commit.slice(0, 8)}`, join(base, 'src'));
const now = await bundle('now', join(root, 'src'), `export { generatePages } from '${join(root, 'bench/generate.ts')}';\n`);

const texts = now.generatePages(3000, 1).map((page) => page.text);
const part = options.part;
const inputsOld = texts.map((text) => old.PARTS[part].prepare(text));
const inputsNow = texts.map((text) => now.PARTS[part].prepare(text));
const cpu = (run, inputs, from) => {
  const started = process.cpuUsage();
  for (let i = from; i < from + options.chunk && i < inputs.length; i++) run(inputs[i]);
  const used = process.cpuUsage(started);
  return used.user + used.system;
};
const ratios = [];
let totalOld = 0;
let totalNow = 0;
// A first round warms both up and is not counted; the order of the two alternates chunk by chunk.
for (let round = 0; round <= options.rounds; round++) {
  let timeOld = 0;
  let timeNow = 0;
  for (let from = 0, k = round; from < texts.length; from += options.chunk, k++) {
    if (k % 2 === 0) {
      timeOld += cpu(old.PARTS[part].run, inputsOld, from);
      timeNow += cpu(now.PARTS[part].run, inputsNow, from);
    } else {
      timeNow += cpu(now.PARTS[part].run, inputsNow, from);
      timeOld += cpu(old.PARTS[part].run, inputsOld, from);
    }
  }
  if (round === 0) continue;
  ratios.push(timeNow / timeOld);
  totalOld += timeOld;
  totalNow += timeNow;
}
ratios.sort((a, b) => a - b);
const ms = (total) => (total / options.rounds / 1000).toFixed(1);
console.log(
  `${part}: ${commit.slice(0, 8)} ${ms(totalOld)} ms, working tree ${ms(totalNow)} ms a round (CPU, ${options.rounds} rounds of 3,000 pages); ` +
    `working tree / ${commit.slice(0, 8)}: median ${(ratios[ratios.length >> 1] ?? Number.NaN).toFixed(3)}, total ${(totalNow / totalOld).toFixed(3)}, ` +
    `range ${(ratios[0] ?? Number.NaN).toFixed(3)}-${(ratios[ratios.length - 1] ?? Number.NaN).toFixed(3)}; load ${loadavg()[0].toFixed(1)}`,
);
