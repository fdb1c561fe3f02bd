/**
 * The crawl measurements of `npm run bench` (`-- --only=crawl`): the command
 * on a generated real-shaped WET segment against single-thread zlib
 * streaming decompression of the same file, in the same run.
 *
 * The segment: a warcinfo record, then `records` conversion records, one gzip
 * member each, 0.5% of them review pages on metacritic.com and the rest
 * generic pages of 2-30 KB of text on other sites, as a Common Crawl WET
 * segment holds them. Made once and kept in the bench's cache.
 *
 * Printed: zlib's time, the command's time with --jobs 1 and --jobs 2 (median
 * of alternating rounds, the URL filter `metacritic.com/`), each as a ratio
 * of zlib's speed (the issue's targets: 0.95 and 1.4), the peak memory, and
 * whether the output is byte for byte the same for every --jobs.
 */
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { generatePages, Random } from './generate.js';
import { pageUrl, warcinfoRecord, wetRecords, type WetRecordInput } from './wet.js';

const run = promisify(execFile);
const MB = 1e6;
const fixed = (value: number, digits = 1): string => value.toFixed(digits);
const grouped = (value: number): string => Math.round(value).toLocaleString('en-US');

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function row(label: string, value: string): void {
  console.log(`  ${label.padEnd(38)}${value}`);
}

const WORDS =
  'the of and to in a is that for it as was with be by on not he this are or his from at which but have an they you were her she there been one all we their has would when if so no will more can who what about up out them some into other than time only new its two first also after year years over such people world may city state school between most used'.split(
    ' ',
  );
const SITES = ['example.com', 'news.example.org', 'shop.example.net', 'forum.example.io', 'blog.example.co.uk', 'wiki.example.de'];

/** A generic page of `size` bytes of text: words in sentences and lines, as a WET record holds a page's text. */
function genericPage(random: Random, index: number, size: number): WetRecordInput {
  const lines: string[] = [];
  let length = 0;
  while (length < size) {
    const words: string[] = [];
    const count = random.int(4, 24);
    for (let i = 0; i < count; i++) words.push(random.pick(WORDS));
    const line = `${words.join(' ')}${random.int(0, 3) === 0 ? ` ${random.int(1, 9999)}` : ''}.`;
    lines.push(line);
    length += line.length + 1;
  }
  return { url: `https://${random.pick(SITES)}/${random.pick(['news', 'p', 'item', 'thread'])}/${index}`, text: lines.join('\n') };
}

interface Segment {
  readonly file: string;
  readonly bytes: number;
  readonly text: number;
  readonly records: number;
  readonly pages: number;
}

/** The segment of `records` records, made once into `cache`. */
export function crawlSegment(cache: string, records: number): Segment {
  const file = join(cache, `segment-${records}.warc.wet.gz`);
  const meta = `${file}.json`;
  if (existsSync(file) && existsSync(meta)) return JSON.parse(readFileSync(meta, 'utf8')) as Segment;
  console.log(`  (generating ${file} once; later runs reuse it)`);
  const random = new Random(13);
  const generator = new Random(14);
  const parts: Uint8Array[] = [];
  let text = 0;
  let pages = 0;
  let written = 0;
  const flush = (): void => {
    writeFileSync(file, Buffer.concat(parts), { flag: written === 0 ? 'w' : 'a' });
    written += 1;
    parts.length = 0;
  };
  const add = (record: WetRecordInput): void => {
    parts.push(...wetRecords([record], { gzip: true }));
    text += Buffer.byteLength(record.text);
    if (parts.length >= 2000) flush();
  };
  add(warcinfoRecord());
  for (let index = 1; index <= records; index++) {
    // 0.5% review pages: one in 200.
    if (index % 200 === 100) {
      const page = generatePages(1, generator.int(1, 2 ** 31))[0];
      if (page !== undefined) add({ url: pageUrl(page.layout, index), text: page.text });
      pages += 1;
    } else {
      add(genericPage(random, index, random.int(2000, 30_000)));
    }
  }
  flush();
  const info: Segment = { file, bytes: statSync(file).size, text, records: records + 1, pages };
  writeFileSync(meta, JSON.stringify(info));
  return info;
}

/** Runs `argv` with node, output to /dev/null; wall time and, from a preload, the process's peak memory and CPU time. */
async function timeNode(cache: string, argv: readonly string[]): Promise<{ seconds: number; cpuSeconds: number; maxRssMb: number; status: number | null }> {
  const rssFile = join(cache, `rss-${process.pid}.txt`);
  const preload = join(cache, 'report-rss.mjs');
  writeFileSync(
    preload,
    "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => { const usage = process.resourceUsage(); writeFileSync(process.env.BENCH_RSS_FILE, JSON.stringify(usage)); });\n",
  );
  const started = performance.now();
  const status = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', pathToFileURL(preload).href, ...argv], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, BENCH_RSS_FILE: rssFile } });
    child.on('error', reject);
    child.on('exit', resolve);
  });
  const seconds = (performance.now() - started) / 1000;
  const usage = JSON.parse(readFileSync(rssFile, 'utf8')) as { maxRSS: number; userCPUTime: number; systemCPUTime: number };
  rmSync(rssFile, { force: true });
  return { seconds, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6, maxRssMb: (usage.maxRSS * 1024) / MB, status };
}

/** Single-thread zlib streaming decompression of a file, its output let go: the baseline. */
const ZLIB_SCRIPT = `
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
let bytes = 0;
const gunzip = createReadStream(process.argv[2], { highWaterMark: 256 * 1024 }).pipe(createGunzip());
for await (const chunk of gunzip) bytes += chunk.length;
if (bytes === 0) process.exitCode = 1;
`;

/** The crawl section: prints its figures. */
export async function crawl(root: string, cache: string, records: number, rounds: number): Promise<void> {
  console.log(`\n## 4. Crawl files: the command on a real-shaped WET segment against single-thread zlib decompression of it\n`);
  const segment = crawlSegment(cache, records);
  row(
    'segment',
    `${fixed(segment.bytes / MB)} MB gzip, ${fixed(segment.text / MB)} MB of text, ${grouped(segment.records)} records (one gzip member each), ${grouped(segment.pages)} review pages (0.5%)`,
  );
  row('machine', `${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown'}), load average ${loadavg().map((load) => fixed(load, 2)).join(' ')}`);
  const cli = join(root, 'dist', 'cli.js');
  const command = (jobs: string): string[] => [cli, '--json', '--jobs', jobs, '--url', 'metacritic.com/', segment.file];

  const hash = async (jobs: string): Promise<string> => {
    const { stdout } = await run(process.execPath, command(jobs), { maxBuffer: 1 << 30 });
    return createHash('sha256').update(stdout).digest('hex');
  };
  row('output the same for --jobs 1, 2', (await hash('1')) === (await hash('2')) ? 'yes, byte for byte' : 'NO  <-- differs');

  const zlibScript = join(cache, 'zlib-baseline.mjs');
  writeFileSync(zlibScript, ZLIB_SCRIPT);
  const times: Record<'zlib' | '1' | '2', { seconds: number; cpuSeconds: number; maxRssMb: number }[]> = { zlib: [], '1': [], '2': [] };
  for (let i = 0; i < rounds; i++) {
    times.zlib.push(await timeNode(cache, [zlibScript, segment.file]));
    for (const jobs of ['1', '2'] as const) {
      const result = await timeNode(cache, command(jobs));
      if (result.status !== 0) console.log(`  (the command exited ${String(result.status)})`);
      times[jobs].push(result);
    }
  }
  const seconds = (key: 'zlib' | '1' | '2'): number => median(times[key].map((time) => time.seconds));
  const peak = (key: 'zlib' | '1' | '2'): number => Math.max(...times[key].map((time) => time.maxRssMb));
  row('zlib, one thread', `${fixed(seconds('zlib'), 2)} s: ${fixed(segment.bytes / MB / seconds('zlib'))} MB/s of gzip; peak ${grouped(peak('zlib'))} MB`);
  for (const jobs of ['1', '2'] as const) {
    row(
      `--jobs ${jobs}`,
      `${fixed(seconds(jobs), 2)} s (CPU ${fixed(median(times[jobs].map((time) => time.cpuSeconds)), 2)} s): ${fixed(segment.bytes / MB / seconds(jobs))} MB/s of gzip, ${grouped(segment.records / seconds(jobs))} records/s; peak ${grouped(peak(jobs))} MB`,
    );
  }
  console.log(`\n  CRAWL --jobs 1 / zlib: ${fixed(seconds('zlib') / seconds('1'), 2)}x   (target 0.95 or more: the speed of zlib decompressing the file on one thread)`);
  console.log(`  CRAWL --jobs 2 / zlib: ${fixed(seconds('zlib') / seconds('2'), 2)}x   (target 1.4 or more)`);
  console.log(`  (median of ${rounds} alternating rounds; the machine's load above says how fair the figures are)`);
}
