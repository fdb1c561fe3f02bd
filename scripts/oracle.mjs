#!/usr/bin/env node
// The differential test of the parser against the parser at another commit:
// `npm run oracle -- [--ref REF] [--pages N] [--jobs J]` (default: the commit the branch
// started from, `git merge-base HEAD main`, 100,000 generated pages, and as many jobs as the
// machine has cores, at most 4). Builds the oracle (scripts/build-oracle.mjs) into
// .oracle/<commit>/, then runs tests/property/oracle.test.ts alone through the project's own
// vitest with ORACLE_MODULE, ORACLE_REF and ORACLE_PAGES set, in J processes side by side, each
// a shard of the pages (ORACLE_SHARD, `k/J`); it fails when any shard does.
//
// `--ref oracle-parser` compares with the parser before the one-pass rewrite
// (the Metacritic reading only, its known fixes applied); any other ref with
// that commit's `parse` as it is, with the core's sites and with ALL_SITES.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The default oracle: the commit this branch started from, or main as last
 * merged into it (`git merge-base HEAD main`), so that what is compared is
 * the branch's own change.
 */
function branchBase() {
  try {
    return execFileSync('git', ['merge-base', 'HEAD', 'main'], {
      cwd: join(import.meta.dirname, '..'),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    console.error(`oracle: no branch main to start from; name the oracle's commit: ${usage}`);
    process.exit(2);
  }
}

const usage = 'usage: npm run oracle -- [--ref REF] [--pages N] [--jobs J]';
const args = process.argv.slice(2);
let pages = 100_000;
let ref;
let jobs = Math.min(4, availableParallelism());
for (let i = 0; i < args.length; i++) {
  const arg = args[i] ?? '';
  const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
  const value = inline ?? args[++i];
  if (name === '--pages' && Number(value) > 0) pages = Number(value);
  else if (name === '--ref' && value !== undefined && value !== '') ref = value;
  else if (name === '--jobs' && Number.isInteger(Number(value)) && Number(value) > 0) jobs = Number(value);
  else {
    console.error(`oracle: unknown argument ${JSON.stringify(arg)}; ${usage}`);
    process.exit(2);
  }
}
ref ??= branchBase();
const built = spawnSync(process.execPath, [join(import.meta.dirname, 'build-oracle.mjs'), ref], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
if (built.status !== 0) process.exit(built.status ?? 1);
const lines = built.stdout.trim().split('\n');
console.log(lines.slice(0, -1).join('\n'));
const module = lines.at(-1) ?? '';
// The commit `name` names, or undefined where the clone has no such name (one made without the `oracle-parser` tag).
const commitOf = (name) => {
  const found = spawnSync('git', ['rev-parse', '--verify', '--quiet', `${name}^{commit}`], { cwd: join(import.meta.dirname, '..'), encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
};
const legacy = commitOf('oracle-parser') !== undefined && commitOf(ref) === commitOf('oracle-parser');
const require = createRequire(import.meta.url);
const manifestPath = require.resolve('vitest/package.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const bin = join(dirname(manifestPath), typeof manifest.bin === 'string' ? manifest.bin : manifest.bin.vitest);
const env = { ...process.env, ORACLE_PAGES: String(pages), ORACLE_MODULE: module, ORACLE_REF: ref, ORACLE_LEGACY: legacy ? '1' : '' };
const statuses = await Promise.all(
  Array.from(
    { length: jobs },
    (_, shard) =>
      new Promise((resolve) => {
        const child = spawn(process.execPath, [bin, 'run', 'tests/property/oracle.test.ts'], {
          stdio: 'inherit',
          env: { ...env, ORACLE_SHARD: `${shard}/${jobs}` },
        });
        child.on('close', (status) => resolve(status ?? 1));
      }),
  ),
);
process.exit(Math.max(...statuses));
