#!/usr/bin/env node
// Builds the parser as it was at a git ref into .oracle/<commit>/ (gitignored),
// as one ES module exporting that commit's `parse` (and `ALL_SITES`, where the
// commit has critic-consensus/sites): the differential test
// (tests/property/oracle.test.ts, `npm run oracle`) compares today's parse with it.
// Prints the module's path on its last line.
//
// Usage: node scripts/build-oracle.mjs [ref]   (default: the tag oracle-parser)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ref = process.argv[2] ?? 'oracle-parser';
const root = join(import.meta.dirname, '..');
const commit = execFileSync('git', ['rev-parse', `${ref}^{commit}`], { cwd: root, encoding: 'utf8' }).trim();
const out = join(root, '.oracle', commit);
const module = join(out, 'oracle.js');
if (existsSync(module)) {
  console.log(`oracle: ${ref} (${commit.slice(0, 8)}) already built`);
} else {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const archive = execFileSync('git', ['archive', commit, 'src'], { cwd: root, maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x', '-C', out], { input: archive });
  // One bundle for both, so that the sites share the parser's code as they do in the package.
  const hasSites = existsSync(join(out, 'src', 'sites', 'index.ts'));
  const entry = join(out, 'entry.ts');
  writeFileSync(entry, `export { parse } from './src/index.js';\n${hasSites ? "export { ALL_SITES } from './src/sites/index.js';\n" : ''}`);
  const esbuild = join(root, 'node_modules', '.bin', 'esbuild');
  execFileSync(esbuild, [entry, '--bundle', '--format=esm', '--platform=neutral', `--outfile=${module}.tmp`], { stdio: 'inherit' });
  execFileSync('mv', [`${module}.tmp`, module]);
  console.log(`oracle: built ${ref} (${commit.slice(0, 8)})`);
}
console.log(module);
