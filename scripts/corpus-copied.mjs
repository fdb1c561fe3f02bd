#!/usr/bin/env node
// Facts matched and warnings raised on every copy of the corpus (see copy-variants.mjs):
// for each variant, the corpus copied that way is checked by ../shared/tools/check-corpus.mjs
// (its closing "facts:" line), and the warnings that say where copied text leaves a reading
// open are listed with their place; --out keeps each variant's copies in DIR/<variant>/.
// usage (after npm run build):
//   node scripts/corpus-copied.mjs [CORPUS_DIR] [--variant NAME] [--out DIR] [--verbose]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from '../dist/index.js';
import { COPY_VARIANTS } from './copy-variants.mjs';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const valueOf = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const only = valueOf('--variant');
const out = valueOf('--out');
const corpus = resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--variant' && args[i - 1] !== '--out') ?? '../shared/corpus');
const checker = resolve('../shared/tools/check-corpus.mjs');
/** The codes that say copied text leaves a reading open. */
const OPEN_CODES = new Set(['copied-boundary-open', 'copied-number-open', 'copied-index-open']);

const cases = readdirSync(corpus)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const root = out === undefined ? mkdtempSync(join(tmpdir(), 'corpus-copied-')) : resolve(out);
let failed = false;
try {
  for (const [name, copy] of Object.entries(COPY_VARIANTS)) {
    if (only !== undefined && name !== only) continue;
    const dir = join(root, name);
    mkdirSync(dir, { recursive: true });
    const warnings = [];
    for (const file of cases) {
      const text = copy(readFileSync(join(corpus, file), 'utf8'));
      writeFileSync(join(dir, file), text);
      writeFileSync(join(dir, file.replace(/\.txt$/u, '.json')), readFileSync(join(corpus, file.replace(/\.txt$/u, '.json'))));
      for (const d of parse(text).diagnostics) {
        if (OPEN_CODES.has(d.code)) warnings.push(`  ${file}:${d.span.start.line}-${d.span.end.line} ${d.code}: ${d.message}`);
      }
    }
    let out;
    try {
      out = execFileSync('node', [checker, dir, ...(verbose ? ['--verbose'] : [])], { encoding: 'utf8' });
    } catch (error) {
      out = String(error.stdout);
      failed = true;
    }
    const lines = out.trim().split('\n');
    console.log(`${name}: ${lines[lines.length - 1]}; open-reading warnings: ${warnings.length}`);
    if (verbose || lines.length > 1) for (const line of lines.slice(0, -1)) console.log(`  ${line}`);
    for (const w of warnings) console.log(w);
  }
} finally {
  if (out === undefined) rmSync(root, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
