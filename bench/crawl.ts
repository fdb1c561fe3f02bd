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
 * whether the output is byte for byte the same for every --jobs. Then the
 * command's peak memory on input it must not read whole (a gzip of 2 GB of one
 * line, 5 GB of zeros), piped into its standard input as it is made.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { lettersBlock, repeatedBlock, runNodeChild, type ChildUsage } from './child-usage.js';
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

/** Runs `argv` with node, output to /dev/null: wall time, CPU time and peak memory (bench/child-usage.ts). */
async function timeNode(argv: readonly string[]): Promise<ChildUsage> {
  const usage = await runNodeChild(argv);
  if (usage.stderr !== '') process.stderr.write(usage.stderr);
  return usage;
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
  row(
    'machine',
    `${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown'}), load average ${loadavg()
      .map((load) => fixed(load, 2))
      .join(' ')}`,
  );
  const cli = join(root, 'dist', 'cli.js');
  const command = (jobs: string): string[] => [cli, '--json', '--jobs', jobs, '--url', 'metacritic.com/', segment.file];

  const hash = async (jobs: string): Promise<string> => {
    const { stdout } = await run(process.execPath, command(jobs), { maxBuffer: 1 << 30 });
    return createHash('sha256').update(stdout).digest('hex');
  };
  row('output the same for --jobs 1, 2', (await hash('1')) === (await hash('2')) ? 'yes, byte for byte' : 'NO  <-- differs');

  const zlibScript = join(cache, 'zlib-baseline.mjs');
  writeFileSync(zlibScript, ZLIB_SCRIPT);
  const times: Record<'zlib' | '1' | '2', ChildUsage[]> = { zlib: [], '1': [], '2': [] };
  for (let i = 0; i < rounds; i++) {
    times.zlib.push(await timeNode([zlibScript, segment.file]));
    for (const jobs of ['1', '2'] as const) {
      const result = await timeNode(command(jobs));
      if (result.status !== 0) console.log(`  (the command exited ${String(result.status)})`);
      times[jobs].push(result);
    }
  }
  const seconds = (key: 'zlib' | '1' | '2'): number => median(times[key].map((time) => time.seconds));
  const peak = (key: 'zlib' | '1' | '2'): number => Math.max(...times[key].map((time) => time.maxRssMb));
  row(
    'zlib, one thread',
    `${fixed(seconds('zlib'), 2)} s (CPU ${fixed(median(times.zlib.map((time) => time.cpuSeconds)), 2)} s): ${fixed(segment.bytes / MB / seconds('zlib'))} MB/s of gzip; peak ${grouped(peak('zlib'))} MB`,
  );
  for (const jobs of ['1', '2'] as const) {
    row(
      `--jobs ${jobs}`,
      `${fixed(seconds(jobs), 2)} s (CPU ${fixed(median(times[jobs].map((time) => time.cpuSeconds)), 2)} s): ${fixed(segment.bytes / MB / seconds(jobs))} MB/s of gzip, ${grouped(segment.records / seconds(jobs))} records/s; peak ${grouped(peak(jobs))} MB`,
    );
  }
  console.log(
    `\n  CRAWL --jobs 1 / zlib: ${fixed(seconds('zlib') / seconds('1'), 2)}x   (target 0.95 or more: the speed of zlib decompressing the file on one thread)`,
  );
  console.log(`  CRAWL --jobs 2 / zlib: ${fixed(seconds('zlib') / seconds('2'), 2)}x   (target 1.4 or more)`);
  console.log(
    `  (median of ${rounds} alternating rounds; load average at the end ${loadavg()
      .map((load) => fixed(load, 2))
      .join(' ')}: with the load above, how fair the figures are)`,
  );

  // Input the command must not read whole, made as it is read and piped into its standard input (never on disk).
  console.log('\n  Memory on input that is not a crawl file, piped into standard input as it is made:');
  const cases: readonly [string, () => Generator<Buffer, void, undefined>, boolean][] = [
    ['gzip of 2 GB of one line of letters', () => repeatedBlock(2000 * MB, lettersBlock()), true],
    ['5 GB of zeros', () => repeatedBlock(5000 * MB, Buffer.alloc(1024 * 1024)), false],
  ];
  for (const [label, source, gzip] of cases) {
    let made = 0;
    const usage = await runNodeChild([cli, '-'], {
      source: (function* count() {
        for (const chunk of source()) {
          made += chunk.length;
          yield chunk;
        }
      })(),
      gzip,
    });
    row(
      label,
      `exit ${String(usage.status)} after ${fixed(made / MB)} MB made (${fixed(usage.stdinBytes / MB)} MB piped), ${fixed(usage.seconds, 2)} s; peak ${grouped(usage.maxRssMb)} MB`,
    );
  }
  console.log('  (the first is read up to --max-page-mb, 64 MiB by default, and refused: its bound is that and what Node holds)');
}
