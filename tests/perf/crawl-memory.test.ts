/**
 * Memory of the library's gzip path (DecompressionStream): a record far
 * larger than its gzip member is read in bounded memory, its output taken
 * only as the reader asks for it. Measured in a process of its own
 * (bench/crawl-memory-child.ts); the case is 2 GB, measured by hand
 * (see the README); here 500 MB keeps the test's time reasonable.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const directory = mkdtempSync(join(tmpdir(), 'critic-consensus-crawl-memory-'));

beforeAll(async () => {
  await build({
    config: false,
    entry: { crawl: 'src/crawl/index.ts', 'crawl-memory-child': 'bench/crawl-memory-child.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    outDir: directory,
    silent: true,
  });
}, 120_000);

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

describe('readWarcRecords memory', () => {
  it('reads a gzip member holding a 500 MB record in under 200 MB, skipping the record as too large and reading the next', async () => {
    const { stdout } = await run(process.execPath, [join(directory, 'crawl-memory-child.js'), '500', pathToFileURL(join(directory, 'crawl.js')).href], {
      maxBuffer: 1 << 20,
    });
    const result = JSON.parse(stdout) as { compressedBytes: number; items: string[]; rssPeakMb: number };
    expect(result.items).toStrictEqual(['record-too-large https://example.org/huge', 'record https://example.org/after']);
    expect(result.compressedBytes).toBeLessThan(10_000_000);
    expect(result.rssPeakMb).toBeLessThan(200);
  }, 240_000);
});
