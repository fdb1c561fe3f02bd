import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { generatePages } from '../../bench/generate.js';
import { pageUrl, warcinfoRecord, wetFile, type WetRecordInput } from '../../bench/wet.js';
import { readArguments } from '../../src/cli/args.js';
import { EXIT_INTERNAL } from '../../src/cli/exit.js';
import { renderPage, renderTask, renderWork, type BatchOutput, type PagePool, type WorkItem } from '../../src/cli/run.js';
import { runInMemory } from '../support/command.js';

const corpus = join(import.meta.dirname, '..', 'fixtures', 'corpus');
const seed = readFileSync(join(corpus, '000-movie-pusher-seed.txt'), 'utf8');
const tv = readFileSync(join(corpus, '019-tv-1600-penn.txt'), 'utf8');

const RECORDS: readonly WetRecordInput[] = [
  warcinfoRecord(),
  { url: pageUrl('A', 1), text: seed },
  { url: 'https://www.metacritic.com/news/festival-round-up', text: 'Festival round-up\n\nThe week in film news.\n' },
  { url: pageUrl('B', 2), text: tv },
];

const run = runInMemory;

function jsonLines(stdout: string): { file: string; url?: string; page: { verdict: string | null } }[] {
  return stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as { file: string; url?: string; page: { verdict: string | null } });
}

describe('critic-consensus on crawl files', () => {
  it('prints one JSON line per review page of a WET file, with its URL, passing over the other records', async () => {
    const { status, stdout, stderr } = await run(['--json', 'crawl.wet'], { 'crawl.wet': wetFile(RECORDS, { gzip: false }) });
    expect(status).toBe(0);
    expect(stderr).toBe('');
    const lines = jsonLines(stdout);
    expect(lines.map((line) => [line.file, line.url])).toStrictEqual([
      ['crawl.wet', pageUrl('A', 1)],
      ['crawl.wet', pageUrl('B', 2)],
    ]);
    const options = readArguments(['--json']);
    expect(stdout.split('\n')[0]).toBe((renderPage(options, { file: 'crawl.wet', url: pageUrl('A', 1), content: seed }).output as string).trimEnd());
    expect(Object.keys(lines[0] ?? {})).toStrictEqual(['file', 'url', 'page', 'aggregate', 'diagnostics']);
  });

  it('reads gzip WET files, a member per record', async () => {
    const plain = await run(['--json', 'c.wet'], { 'c.wet': wetFile(RECORDS, { gzip: false }) });
    const gzipped = await run(['--json', 'c.wet'], { 'c.wet': wetFile(RECORDS, { gzip: true }) }, {}, 37);
    expect(gzipped).toStrictEqual(plain);
  });

  it('chooses records with --url', async () => {
    const { stdout } = await run(['--json', '--url', 'metacritic.com/tv/', 'c.wet'], { 'c.wet': wetFile(RECORDS, { gzip: true }) });
    expect(jsonLines(stdout).map((line) => line.url)).toStrictEqual([pageUrl('B', 2)]);
    const inline = await run(['--json', '--url=/movie/', 'c.wet'], { 'c.wet': wetFile(RECORDS, { gzip: true }) });
    expect(jsonLines(inline.stdout).map((line) => line.url)).toStrictEqual([pageUrl('A', 1)]);
  });

  it('says on standard error that no record is a review page, and exits 7, when none is (with --url, none it chose)', async () => {
    const news = [warcinfoRecord(), { url: 'https://www.metacritic.com/news/festival-round-up', text: 'Festival round-up\n\nThe week in film news.\n' }];
    const none = await run(['--json', 'c.wet'], { 'c.wet': wetFile(news, { gzip: true }) });
    expect(none).toMatchObject({ status: 7, stdout: '', stderr: 'critic-consensus: no review page among the 2 records read\n' });
    const unchosen = await run(['--url', '/game/', 'c.wet'], { 'c.wet': wetFile(RECORDS, { gzip: false }) });
    expect(unchosen).toMatchObject({ status: 7, stdout: '', stderr: 'critic-consensus: no review page whose URL holds "/game/" among the 4 records read\n' });
  });

  it('names a record by its URL in the readable summary and its diagnostics', async () => {
    const records = [
      { url: 'https://www.metacritic.com/movie/x', text: 'Mixed or average reviews - based on 4 Critics\n  1. 50\n    Fine.\nFan Theories Corner\n' },
    ];
    const { stdout } = await run(['c.wet'], { 'c.wet': wetFile(records, { gzip: false }) });
    // The URL names the media the page does not say.
    expect(stdout).toMatch(/^https:\/\/www\.metacritic\.com\/movie\/x\n {2}kind {13}title page, movie\n/u);
    expect(stdout).toContain('\nhttps://www.metacritic.com/movie/x:4:1: warning unrecognised-line ');
  });

  it('reports a record cut short on standard error, exits 2, and prints the pages before it', async () => {
    const bytes = wetFile(RECORDS, { gzip: true });
    const { status, stdout, stderr } = await run(['--json', 'cut.wet.gz', 'page.txt'], { 'cut.wet.gz': bytes.slice(0, bytes.length - 200), 'page.txt': seed });
    expect(status).toBe(2);
    expect(stderr).toMatch(
      /^critic-consensus: cut\.wet\.gz: byte [\d,]+: https:\/\/www\.metacritic\.com\/tv\/show-2\/season-1\/critic-reviews: The gzip data at byte [\d,]+ is cut short \(.+\)\. The record is lost [\d,]+ bytes into its block of [\d,]+ bytes\.\n$/u,
    );
    expect(jsonLines(stdout).map((line) => line.url ?? line.file)).toStrictEqual([pageUrl('A', 1), 'page.txt']);
  });

  it('reads a file that is one page, plain or gzip, and says when a file is binary or missing, with distinct statuses', async () => {
    const files = { 'a.txt': seed, 'b.txt.gz': new Uint8Array(gzipSync(seed)), 'c.bin': new Uint8Array([1, 0, 2, 3, 4, 5]) };
    const streamed = await run(['a.txt', 'b.txt.gz', 'c.bin', 'missing.txt'], files);
    const plain = await run(['a.txt', 'b.txt.gz'], files);
    expect(plain.status).toBe(0);
    expect(streamed.status).toBe(5);
    expect((await run(['missing.txt', 'a.txt'], files)).status).toBe(3);
    expect(streamed.stderr).toBe('critic-consensus: c.bin: is a binary file, not the text of a review page\ncritic-consensus: missing.txt: no such file\n');
    expect(streamed.stdout).toBe(plain.stdout);
  });

  it('exits 1 with --strict when a crawl page has an error diagnostic', async () => {
    const records = [{ url: 'https://www.metacritic.com/movie/x', text: 'Mixed or average reviews - based on 4 Critics\n' }];
    expect((await run(['--strict', 'c.wet'], { 'c.wet': wetFile(records, { gzip: false }) })).status).toBe(0);
    expect((await run(['--strict', 'p.txt'], { 'p.txt': 'Hello\n' })).status).toBe(7);
  });

  it('reports progress on standard error with --progress: records read, pages parsed, megabytes and the rate', async () => {
    const { stderr } = await run(['--json', '--progress', 'c.wet'], { 'c.wet': wetFile(RECORDS, { gzip: false }) });
    const lines = stderr.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^critic-consensus: 4 records read, 2 pages parsed, 0\.0 MB in \d+\.\d s \(0\.0 MB\/s\), done$/u);
    expect(lines.length).toBeGreaterThan(1);
    // One of each in the singular.
    expect((await run(['--progress', 'p.txt'], { 'p.txt': seed })).stderr).toMatch(/^critic-consensus: 1 record read, 1 page parsed, [^\n]*, done\n$/mu);
  });

  it('rewrites one progress line in place on a terminal, and ends it before other messages', async () => {
    const { stderr } = await run(['--json', 'c.wet', 'missing'], { 'c.wet': wetFile(RECORDS, { gzip: false }) }, { stderrIsTerminal: true });
    const clearLine = '\u001b[K';
    expect(stderr.startsWith('\rcritic-consensus: 1 record read, 0 pages parsed, ')).toBe(true);
    expect(stderr).toContain(`${clearLine}\ncritic-consensus: missing: no such file\n`);
    expect(stderr.endsWith(`, done${clearLine}\n`)).toBe(true);
  });

  it('takes --jobs and --url only with valid values', async () => {
    const bad = await run(['--jobs', '0', 'p.txt'], { 'p.txt': seed });
    expect(bad).toStrictEqual({ status: 2, stdout: '', stderr: 'critic-consensus: --jobs must be a whole number of threads, 1 or more; got "0".\n' });
    expect((await run(['--url', '', 'p.txt'], { 'p.txt': seed })).stderr).toBe(
      'critic-consensus: --url must be the text a record\'s URL must contain; got "".\n',
    );
    expect(readArguments(['--jobs=3', '--url=x', '--progress'])).toMatchObject({ jobs: 3, url: 'x', progress: true });
    expect(readArguments([])).toMatchObject({ jobs: undefined, url: undefined, progress: false });
  });

  it('keeps input order when workers finish batches out of order, and renders in batches', { timeout: 60_000 }, async () => {
    const pages = generatePages(600, 11);
    const records = pages.map((page, index) => ({ url: pageUrl(page.layout, index), text: page.text }));
    const bytes = wetFile(records, { gzip: false });
    let batches = 0;
    let delay = 0;
    let out = 0;
    const startWorkers = (options: ReturnType<typeof readArguments>, workers: number): PagePool => {
      // --jobs 3: this thread and two workers.
      expect(workers).toBe(2);
      return {
        waiting: () => out,
        render: async (tasks: readonly WorkItem[]): Promise<BatchOutput> => {
          batches += 1;
          out += 1;
          // Later batches come back sooner.
          await new Promise((resolve) => setTimeout(resolve, Math.max(0, 30 - delay++ * 5)));
          out -= 1;
          // As a worker does: the output as UTF-8 bytes.
          const batch = await renderWork(options, tasks);
          return { ...batch, output: new TextEncoder().encode(batch.output as string) };
        },
        close: () => Promise.resolve(),
      };
    };
    const pooled = await run(['--json', '--jobs', '3', 'c.wet'], { 'c.wet': bytes }, { startWorkers, cores: 8 }, 65536);
    const here = await run(['--json', '--jobs', '1', 'c.wet'], { 'c.wet': bytes }, { startWorkers, cores: 8 }, 65536);
    expect(batches).toBeGreaterThan(2);
    expect(pooled.stdout).toBe(here.stdout);
    expect(jsonLines(pooled.stdout)).toHaveLength(600);
    // The readable summaries too, a blank line between pages across batches as within them.
    const summaries = await run(['--jobs', '3', 'c.wet'], { 'c.wet': bytes }, { startWorkers, cores: 8 }, 65536);
    expect(summaries.stdout).toBe((await run(['c.wet'], { 'c.wet': bytes }, {}, 65536)).stdout);
    expect(summaries.stdout.split('\n\nhttps://www.metacritic.com/')).toHaveLength(600);
  });

  it('gives each worker up to 4 batches before this thread renders one itself, the output unchanged', { timeout: 60_000 }, async () => {
    const pages = generatePages(900, 13);
    const bytes = wetFile(
      pages.map((page, index) => ({ url: pageUrl(page.layout, index), text: page.text })),
      { gzip: false },
    );
    /** A worker that takes 20 ms a batch; `busy` says whether it reports its queue (else it says it is idle, and takes every batch). */
    const pool = (busy: boolean) => {
      const seen = { batches: 0, mostWaiting: 0 };
      let out = 0;
      const startWorkers = (options: ReturnType<typeof readArguments>): PagePool => ({
        waiting: () => (busy ? out : 0),
        render: async (tasks: readonly WorkItem[]): Promise<BatchOutput> => {
          seen.batches += 1;
          out += 1;
          seen.mostWaiting = Math.max(seen.mostWaiting, out);
          await new Promise((resolve) => setTimeout(resolve, 20));
          out -= 1;
          return renderWork(options, tasks);
        },
        close: () => Promise.resolve(),
      });
      return { seen, startWorkers };
    };
    const all = pool(false);
    const alone = await run(['--json', '--jobs', '2', 'c.wet'], { 'c.wet': bytes }, { startWorkers: all.startWorkers, cores: 2 }, 65536);
    const shared = pool(true);
    const both = await run(['--json', '--jobs', '2', 'c.wet'], { 'c.wet': bytes }, { startWorkers: shared.startWorkers, cores: 2 }, 65536);
    expect(all.seen.batches).toBeGreaterThan(8);
    expect(shared.seen.mostWaiting).toBe(4);
    // This thread rendered the batches the worker had no room for.
    expect(shared.seen.batches).toBeLessThan(all.seen.batches);
    expect(both.stdout).toBe(alone.stdout);
    expect(jsonLines(both.stdout)).toHaveLength(900);
  });

  it('writes each batch once it and those before it are rendered, while the input is still being read', { timeout: 60_000 }, async () => {
    const pages = generatePages(900, 14);
    const bytes = wetFile(
      pages.map((page, index) => ({ url: pageUrl(page.layout, index), text: page.text })),
      { gzip: false },
    );
    let written = '';
    let writtenAtEnd: string | undefined;
    const chunk = 65536;
    const startWorkers = (options: ReturnType<typeof readArguments>): PagePool => ({
      waiting: () => 0,
      // A worker that answers on the next turn of the event loop, as a thread's message does.
      render: async (tasks) => {
        await new Promise((resolve) => setTimeout(resolve, 0));
        return renderWork(options, tasks);
      },
      close: () => Promise.resolve(),
    });
    const result = await run(
      ['--json', '--jobs', '2', 'c.wet'],
      {},
      {
        startWorkers,
        cores: 2,
        stdout: (text) => {
          written += String(text);
        },
        // The file as a disk gives it: each chunk on a later turn of the event loop.
        openInput: () =>
          Promise.resolve(
            (async function* chunks(): AsyncGenerator<Uint8Array> {
              for (let at = 0; at < bytes.length; at += chunk) {
                await new Promise((resolve) => setTimeout(resolve, 0));
                if (at + chunk >= bytes.length) writtenAtEnd = written;
                yield bytes.slice(at, at + chunk);
              }
            })(),
          ),
      },
    );
    expect(result.status).toBe(0);
    expect(jsonLines(written)).toHaveLength(900);
    // Before the last chunk was read, the pages of the batches rendered so far were out (not held until the queue was full).
    expect(jsonLines(writtenAtEnd ?? '').length).toBeGreaterThan(300);
    expect(written.startsWith(writtenAtEnd ?? '-')).toBe(true);
  });

  it('reports a page that makes the library fail, exits 70, and reads on', async () => {
    const failing = renderTask(readArguments([]), { file: 'c.wet', url: 'https://example.org/x', content: 42 as unknown as string });
    expect(failing).toMatchObject({ output: '', warned: true, skipped: false });
    expect(failing.failure).toMatch(/^c\.wet: https:\/\/example\.org\/x: internal error: TypeError: /u);
    const pages = generatePages(400, 12);
    const bytes = wetFile(
      pages.map((page, index) => ({ url: pageUrl(page.layout, index), text: page.text })),
      { gzip: false },
    );
    const startWorkers = (options: ReturnType<typeof readArguments>): PagePool => ({
      waiting: () => 0,
      render: async (tasks) => {
        const batch = await renderWork(options, tasks.slice(1));
        const first = tasks[0];
        return { ...batch, failures: [`${first !== undefined && 'url' in first ? String(first.url) : ''}: internal error: boom`] };
      },
      close: () => Promise.resolve(),
    });
    const { status, stderr, stdout } = await run(['--json', '--jobs', '2', 'c.wet'], { 'c.wet': bytes }, { startWorkers, cores: 2 }, 65536);
    expect(status).toBe(EXIT_INTERNAL);
    expect(stderr).toMatch(/^critic-consensus: https:\/\/www\.metacritic\.com\/.+: internal error: boom\n/u);
    expect(jsonLines(stdout).length).toBeGreaterThan(300);
  });
});

describe('critic-consensus limits on any input', () => {
  it('caps --jobs at the number of cores, saying so', async () => {
    const { status, stderr } = await run(['--jobs', '9999', 'p.txt'], { 'p.txt': seed }, { cores: 2 });
    expect(status).toBe(0);
    expect(stderr).toBe('critic-consensus: --jobs 9999 is more than the 2 cores here; 2 are used.\n');
  });

  it('refuses a one-page file larger than --max-page-mb with status 2, without reading it whole', async () => {
    let read = 0;
    const endless = (async function* chunks(): AsyncGenerator<Uint8Array> {
      for (;;) {
        read += 1 << 20;
        await Promise.resolve();
        yield new Uint8Array(1 << 20).fill(0x61);
      }
    })();
    const { status, stderr } = await run(['--max-page-mb', '3', 'big.txt'], {}, { openInput: () => Promise.resolve(endless) });
    expect(status).toBe(2);
    expect(stderr).toBe('critic-consensus: big.txt: is larger than 3 MiB, the most read as one page (--max-page-mb); a crawl file begins with "WARC/"\n');
    expect(read).toBeLessThanOrEqual(5 << 20);
    expect(readArguments(['--max-page-mb', '0']).problems).toStrictEqual(['--max-page-mb must be a whole number of MiB, 1 or more; got "0".']);
    expect(readArguments([]).maxPageBytes).toBe(64 * 1024 * 1024);
  });

  it('skips a crawl record larger than --max-page-mb, naming it, with status 2, and reads the others, plain or gzip', async () => {
    const big = `${seed}\n${'    A long review.\n'.repeat(70_000)}`;
    const records: readonly WetRecordInput[] = [warcinfoRecord(), { url: pageUrl('A', 1), text: big }, { url: pageUrl('B', 2), text: tv }];
    for (const gzip of [false, true]) {
      const { status, stdout, stderr } = await run(['--json', '--max-page-mb', '1', 'c.wet'], { 'c.wet': wetFile(records, { gzip }) }, {}, 65536);
      expect(status).toBe(2);
      expect(stderr).toMatch(
        new RegExp(
          `^critic-consensus: c\\.wet: (offset|byte) [\\d,]+: ${pageUrl('A', 1).replaceAll('.', '\\.')}: The record block of 1,[\\d,]+ bytes is longer than the 1,048,576 bytes read; it is skipped\\.\\n$`,
          'u',
        ),
      );
      expect(jsonLines(stdout).map((line) => line.url)).toStrictEqual([pageUrl('B', 2)]);
      const whole = await run(['--json', 'c.wet'], { 'c.wet': wetFile(records, { gzip }) }, {}, 65536);
      expect([whole.status, jsonLines(whole.stdout).length]).toStrictEqual([0, 2]);
    }
  });

  it('tells a binary file from its first bytes, without reading on', async () => {
    let chunks = 0;
    const zeros = (async function* zeros(): AsyncGenerator<Uint8Array> {
      for (;;) {
        chunks += 1;
        await Promise.resolve();
        yield new Uint8Array(65_536);
      }
    })();
    const { status, stderr } = await run(['zeros.bin'], {}, { openInput: () => Promise.resolve(zeros) });
    expect(status).toBe(5);
    expect(stderr).toBe('critic-consensus: zeros.bin: is a binary file, not the text of a review page\n');
    expect(chunks).toBeLessThanOrEqual(2);
  });

  it('says once that a file holds WARC response records, and exits 2', async () => {
    const records = [
      warcinfoRecord(),
      ...[1, 2, 3].map((index) => ({ url: `https://www.metacritic.com/movie/m-${index}`, type: 'response', text: 'HTTP/1.1 200 OK\r\n\r\n<html></html>' })),
    ];
    const { status, stdout, stderr } = await run(['c.warc.gz'], { 'c.warc.gz': wetFile(records, { gzip: true }) });
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'critic-consensus: c.warc.gz: holds WARC response records (HTML); this reads WET conversion records (the .warc.wet.gz files of a crawl)\n',
    );
  });
});
