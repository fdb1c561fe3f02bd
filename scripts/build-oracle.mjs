#!/usr/bin/env node
// Builds the parser as it was before the one-pass rewrite (the git tag `oracle-parser`)
// into .oracle/ (gitignored), as one ES module: the differential test
// (tests/property/oracle.test.ts, `npm run oracle`) compares today's parse with it.
//
// Usage: node scripts/build-oracle.mjs [tag]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const tag = process.argv[2] ?? 'oracle-parser';
const root = join(import.meta.dirname, '..');
const out = join(root, '.oracle');
const commit = execFileSync('git', ['rev-parse', `${tag}^{commit}`], { cwd: root, encoding: 'utf8' }).trim();
const stamp = join(out, 'COMMIT');
if (existsSync(stamp) && readFileSync(stamp, 'utf8') === commit) {
  console.log(`oracle: ${tag} (${commit.slice(0, 8)}) already built in .oracle/`);
  process.exit(0);
}
rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'src'), { recursive: true });
const archive = execFileSync('git', ['archive', commit, 'src'], { cwd: root, maxBuffer: 1 << 28 });
execFileSync('tar', ['-x', '-C', out], { input: archive });
const esbuild = join(root, 'node_modules', '.bin', 'esbuild');
execFileSync(esbuild, [join(out, 'src', 'index.ts'), '--bundle', '--format=esm', '--platform=neutral', `--outfile=${join(out, 'oracle.js')}`], { stdio: 'inherit' });
writeFileSync(stamp, commit);
console.log(`oracle: built ${tag} (${commit.slice(0, 8)}) into .oracle/oracle.js`);
