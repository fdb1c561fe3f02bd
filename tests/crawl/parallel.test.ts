/**
 * The README's batch recipe, run: GNU parallel (Debian's `parallel` package)
 * streams each segment through the command as the recipe does (`... |
 * critic-consensus --json --jobs 1 --url metacritic.com/ - > out/{/.}.jsonl`),
 * and the outputs, joined in the segments' order, are one run's over all of
 * them. Skipped, saying so, only where GNU parallel is not installed.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePages } from '../../bench/generate.js';
import { pageUrl, warcinfoRecord, wetFile } from '../../bench/wet.js';
import { buildCommand } from '../support/built-command.js';

const run = promisify(execFile);

function hasParallel(): boolean {
  try {
    return execFileSync('parallel', ['--version'], { encoding: 'utf8' }).startsWith('GNU parallel');
  } catch {
    return false;
  }
}

const installed = hasParallel();
if (!installed) console.warn('tests/crawl/parallel.test.ts: GNU parallel is not installed (apt-get install parallel), so the README batch recipe is not run.');
const directory = mkdtempSync(join(tmpdir(), 'critic-consensus-parallel-'));

beforeAll(async () => {
  if (!installed) return;
  await buildCommand(directory);
}, 60_000);

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

describe.skipIf(!installed)('the README batch recipe with GNU parallel', () => {
  it('gives, over several segments, the concatenated outputs of one run over all of them', async () => {
    const segments: string[] = [];
    for (let segment = 0; segment < 4; segment++) {
      const pages = generatePages(60, 100 + segment);
      const records = [
        warcinfoRecord(),
        ...pages.flatMap((page, index) => [
          { url: pageUrl(page.layout, segment * 1000 + index), text: page.text },
          { url: `https://example.org/news/${segment}-${index}`, text: 'News of the week.\n' },
        ]),
      ];
      const file = join(directory, `CC-MAIN-0000${segment}.warc.wet.gz`);
      writeFileSync(file, wetFile(records, { gzip: true }));
      segments.push(file);
    }
    const out = join(directory, 'out');
    mkdirSync(out);
    const cli = `${JSON.stringify(process.execPath)} ${JSON.stringify(join(directory, 'cli.js'))}`;
    // The recipe, with `cat` for the download.
    await run('parallel', ['-j2', `cat {} | ${cli} --json --jobs 1 --url metacritic.com/ - > ${out}/{/.}.jsonl`, ':::', ...segments]);
    const joined = segments.map((file) => readFileSync(join(out, `${(file.split('/').pop() ?? '').replace(/\.gz$/u, '')}.jsonl`), 'utf8')).join('');
    const all = await run('sh', ['-c', `cat ${segments.map((file) => JSON.stringify(file)).join(' ')} | ${cli} --json --jobs 1 --url metacritic.com/ -`], {
      maxBuffer: 1 << 28,
    });
    expect(all.stderr).toBe('');
    expect(joined.split('\n')).toHaveLength(4 * 60 + 1);
    expect(joined).toBe(all.stdout);
  }, 120_000);
});
