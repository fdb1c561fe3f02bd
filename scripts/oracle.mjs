#!/usr/bin/env node
// The differential test of the parser against the one it replaced:
// `npm run oracle -- --pages N` (default 100000). Builds the oracle (the git tag
// `oracle-parser`) into .oracle/, then runs tests/property/oracle.test.ts alone
// through the project's own vitest with ORACLE_PAGES set.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const args = process.argv.slice(2);
let pages = 100_000;
for (let i = 0; i < args.length; i++) {
  const arg = args[i] ?? '';
  const value = arg.startsWith('--pages=') ? arg.slice('--pages='.length) : arg === '--pages' ? args[++i] : undefined;
  if (value === undefined || !(Number(value) > 0)) {
    console.error(`oracle: unknown argument ${JSON.stringify(arg)}; usage: npm run oracle -- --pages N`);
    process.exit(2);
  }
  pages = Number(value);
}
const built = spawnSync(process.execPath, [join(import.meta.dirname, 'build-oracle.mjs')], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
const require = createRequire(import.meta.url);
const manifestPath = require.resolve('vitest/package.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const bin = join(dirname(manifestPath), typeof manifest.bin === 'string' ? manifest.bin : manifest.bin.vitest);
const result = spawnSync(process.execPath, [bin, 'run', 'tests/property/oracle.test.ts'], { stdio: 'inherit', env: { ...process.env, ORACLE_PAGES: String(pages) } });
process.exit(result.status ?? 1);
