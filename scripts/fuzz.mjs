#!/usr/bin/env node
// The long fuzz run: `npm run fuzz -- --minutes N` (default 1), of the
// parser, or with `--target crawl` of the crawl reader
// (tests/property/crawl-fuzz.test.ts; failing cases saved in
// tests/fixtures/crawl-fuzz/).
//
// Its page lines are the line tables' own: every row's `examples`, of every
// site's table, found in the sites' folders (tests/property/vocabulary.ts), so
// a row or a site added is fuzzed without a change here.
//
// Runs tests/property/fuzz.test.ts through the project's own vitest, so it
// needs nothing but `npm install` (no build, no global tool). Failing inputs
// are saved in tests/fixtures/fuzz/, which `npm test` then re-checks.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const args = process.argv.slice(2);
let minutes = 1;
let target = 'parse';
for (let i = 0; i < args.length; i++) {
  const arg = args[i] ?? '';
  const named = arg.startsWith('--target=') ? arg.slice('--target='.length) : arg === '--target' ? args[++i] : undefined;
  if (named !== undefined) {
    if (named !== 'parse' && named !== 'crawl') {
      console.error(`fuzz: --target must be parse or crawl; got ${JSON.stringify(named)}`);
      process.exit(2);
    }
    target = named;
    continue;
  }
  const value = arg.startsWith('--minutes=') ? arg.slice('--minutes='.length) : arg === '--minutes' ? args[++i] : undefined;
  if (value === undefined) {
    console.error(`fuzz: unknown argument ${JSON.stringify(arg)}; usage: npm run fuzz -- [--target parse|crawl] --minutes N`);
    process.exit(2);
  }
  minutes = Number(value);
  if (!Number.isFinite(minutes) || minutes <= 0) {
    console.error(`fuzz: --minutes must be a positive number; got ${JSON.stringify(value)}`);
    process.exit(2);
  }
}

const require = createRequire(import.meta.url);
const manifestPath = require.resolve('vitest/package.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const bin = join(dirname(manifestPath), typeof manifest.bin === 'string' ? manifest.bin : manifest.bin.vitest);

console.log(`fuzz: running ${target} for ${minutes} minute(s)`);
const file = target === 'crawl' ? 'tests/property/crawl-fuzz.test.ts' : 'tests/property/fuzz.test.ts';
const result = spawnSync(process.execPath, [bin, 'run', file], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_MINUTES: String(minutes), FUZZ_TARGET: target },
});
process.exit(result.status ?? 1);
