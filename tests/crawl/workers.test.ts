import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePages } from '../../bench/generate.js';
import { pageUrl, warcinfoRecord, wetFile } from '../../bench/wet.js';
import { buildCommand } from '../support/built-command.js';

const run = promisify(execFile);
const directory = mkdtempSync(join(tmpdir(), 'critic-consensus-workers-'));
const cli = join(directory, 'cli.js');

beforeAll(async () => {
  await buildCommand(directory);
}, 60_000);

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

describe('critic-consensus --jobs', () => {
  it('prints the same lines in the same order on worker threads as on one thread, and reads gzip with zlib', async () => {
    const pages = generatePages(900, 31);
    const records = [
      warcinfoRecord(),
      ...pages.flatMap((page, index) => [
        { url: pageUrl(page.layout, index), text: page.text },
        { url: `https://www.metacritic.com/news/${index}`, text: 'News of the week.\n' },
      ]),
    ];
    const file = join(directory, 'crawl.wet.gz');
    writeFileSync(file, wetFile(records, { gzip: true }));
    const one = await run(process.execPath, [cli, '--json', '--jobs', '1', file], { maxBuffer: 1 << 30 });
    const two = await run(process.execPath, [cli, '--json', '--jobs', '2', '--url', 'metacritic.com', file], { maxBuffer: 1 << 30 });
    expect(one.stderr).toBe('');
    expect(two.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout);
    const urls = one.stdout
      .trimEnd()
      .split('\n')
      .map((line) => (JSON.parse(line) as { url: string }).url);
    expect(urls).toStrictEqual(pages.map((page, index) => pageUrl(page.layout, index)));
  }, 120_000);
});
