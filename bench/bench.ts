/**
 * `npm run bench`: how fast and how small critic-consensus is, in one run,
 * against the built package (dist/). Every input is generated, the same on
 * every run (seeded), in the corpus's layouts and proportions.
 *
 *   1. throughput: parse (MB/s, pages/s) against JSON.parse of the same
 *      pages' facts as JSON text, alternating rounds; the ratio of the two,
 *      overall and on each layout's pages alone
 *   2. scaling: one page of a million reviews against ordinary pages of the
 *      same size; a quarter of it against all of it
 *   3. memory: peak memory of parsing that page against JSON.parse of its
 *      facts, each in a process of its own
 *   4. crawl files (bench/crawl.ts): the command on a generated real-shaped
 *      WET segment, --jobs 1 and --jobs 2, against single-thread zlib
 *      decompression of the same file
 *   5. import time of dist/index.js in a fresh process; the size-limit figure
 *
 * Options: --quick (small sizes), --only=throughput,scaling,memory,crawl,startup,
 * --reviews=N (default 1,000,000), --crawl-records=N (default 40,000),
 * --profile (CPU profile of the throughput rounds: where parse spends its time).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { crawl } from './crawl.js';
import { factsOf, generateLargePage, generateOrdinaryPages, generatePages } from './generate.js';

type Library = typeof import('../src/index.js');

/**
 * The repository whose build (dist/) is measured: the one `npm run bench` ran in, which bench/run.mjs names. Not found
 * from this file's place: it is bundled into node_modules/.cache/, and when node_modules is a symbolic link (a worktree
 * sharing another's) Node gives its real path, in the other repository, whose dist/ would be measured instead.
 */
const root = process.env['CRITIC_CONSENSUS_BENCH_ROOT'] ?? process.cwd();
const cache = fileURLToPath(new URL('./', import.meta.url));
const run = promisify(execFile);

const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [name, value] = arg.replace(/^--/u, '').split('=');
    return [name ?? '', value ?? 'true'] as const;
  }),
);
const quick = args.has('quick');
const only = args.get('only')?.split(',');
const REVIEWS = Number(args.get('reviews') ?? (quick ? 100_000 : 1_000_000));
const CRAWL_RECORDS = Number(args.get('crawl-records') ?? (quick ? 4000 : 40_000));
const THROUGHPUT_PAGES = quick ? 1000 : 3000;
const ROUNDS = quick ? 5 : 9;
/** Rounds of each layout's pages alone, parse and JSON.parse alternating. */
const LAYOUT_ROUNDS = quick ? 3 : 5;

function wanted(section: string): boolean {
  return only === undefined || only.includes(section);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Parses every text, keeping nothing. */
function parseAll(library: Library, texts: readonly string[]): void {
  for (const text of texts) library.parse(text);
}

/**
 * A reference for what cutting text into lines costs: String.prototype.split
 * at "\n" of every text (one string a line, at once), recognising nothing. Not
 * parse's own way (it keeps line offsets, makes a line when asked, and knows
 * "\r" too), nor a bound, but the order of the cheapest step there is.
 */
function splitAll(texts: readonly string[]): void {
  for (const text of texts) text.split('\n');
}

/** JSON.parse of every text, keeping nothing. */
function jsonParseAll(texts: readonly string[]): void {
  for (const text of texts) JSON.parse(text);
}

function time(work: () => void): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

const MB = 1e6;
const fixed = (value: number, digits = 1): string => value.toFixed(digits);
const grouped = (value: number): string => Math.round(value).toLocaleString('en-US');
/** Length in bytes of UTF-8 text. */
const bytesOf = (text: string): number => Buffer.byteLength(text, 'utf8');

function heading(title: string): void {
  console.log(`\n## ${title}\n`);
}

function row(label: string, value: string): void {
  console.log(`  ${label.padEnd(38)}${value}`);
}

// ---------------------------------------------------------------- 1. throughput

function throughput(library: Library): void {
  heading(`1. Throughput: parse against JSON.parse of the same facts (${grouped(THROUGHPUT_PAGES)} pages, ${ROUNDS} alternating rounds)`);
  const pages = generatePages(THROUGHPUT_PAGES, 1);
  const texts = pages.map((page) => page.text);
  const jsons = pages.map((page) => JSON.stringify(page.facts));
  const textBytes = texts.reduce((sum, text) => sum + bytesOf(text), 0);
  const jsonBytes = jsons.reduce((sum, text) => sum + bytesOf(text), 0);

  // Correctness first: a fast wrong parse is no figure.
  let mismatched = 0;
  let diagnostics = 0;
  for (const page of pages) {
    const result = library.parse(page.text);
    diagnostics += result.diagnostics.length;
    if (JSON.stringify(factsOf(result.page)) !== JSON.stringify(page.facts)) mismatched += 1;
  }
  const mix = new Map<string, number>();
  for (const page of pages) mix.set(page.layout, (mix.get(page.layout) ?? 0) + 1);
  row(
    'pages by layout',
    [...mix]
      .sort()
      .map(([layout, count]) => `${layout} ${count}`)
      .join(', '),
  );
  row('page text', `${fixed(textBytes / MB)} MB (${grouped(textBytes / pages.length)} bytes a page)`);
  row('facts as JSON text', `${fixed(jsonBytes / MB)} MB (${grouped(jsonBytes / pages.length)} bytes a page)`);
  row('parse gives the generated facts', `${pages.length - mismatched} of ${pages.length} pages${mismatched > 0 ? '  <-- MISMATCHES' : ''}`);
  row('diagnostics reported', String(diagnostics));

  // Warm both up, then alternate rounds so a busy moment of the machine weighs on both alike.
  for (let i = 0; i < 2; i++) {
    parseAll(library, texts);
    jsonParseAll(jsons);
    splitAll(texts);
  }
  const parseTimes: number[] = [];
  const jsonTimes: number[] = [];
  const splitTimes: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    parseTimes.push(
      time(() => {
        parseAll(library, texts);
      }),
    );
    jsonTimes.push(
      time(() => {
        jsonParseAll(jsons);
      }),
    );
    splitTimes.push(
      time(() => {
        splitAll(texts);
      }),
    );
  }
  const parseMs = median(parseTimes);
  const jsonMs = median(jsonTimes);
  const splitMs = median(splitTimes);
  row('parse', `${fixed(textBytes / MB / (parseMs / 1000))} MB/s, ${grouped(pages.length / (parseMs / 1000))} pages/s (median ${fixed(parseMs)} ms)`);
  row(
    'JSON.parse of the facts',
    `${fixed(jsonBytes / MB / (jsonMs / 1000))} MB/s, ${grouped(pages.length / (jsonMs / 1000))} pages/s (median ${fixed(jsonMs)} ms)`,
  );
  row(
    'for reference: split into lines',
    `${fixed(textBytes / MB / (splitMs / 1000))} MB/s, ${grouped(pages.length / (splitMs / 1000))} pages/s (median ${fixed(splitMs)} ms): ${fixed(jsonMs / splitMs, 3)} of JSON.parse`,
  );
  console.log(`\n  RATIO parse / JSON.parse (pages/s): ${fixed(jsonMs / parseMs, 3)}   (target 1.0 or more, spans and diagnostics on)`);

  // Each layout's pages alone, parse and JSON.parse of their facts in alternating rounds, as above.
  const byLayout: { layout: string; bytes: number; ratio: number }[] = [];
  for (const layout of [...mix.keys()].sort()) {
    const indices = pages.flatMap((page, index) => (page.layout === layout ? [index] : []));
    const subset = indices.map((index) => texts[index] ?? '');
    const subsetJsons = indices.map((index) => jsons[index] ?? '');
    const layoutParse: number[] = [];
    const layoutJson: number[] = [];
    for (let round = 0; round < LAYOUT_ROUNDS; round++) {
      layoutParse.push(
        time(() => {
          parseAll(library, subset);
        }),
      );
      layoutJson.push(
        time(() => {
          jsonParseAll(subsetJsons);
        }),
      );
    }
    const ms = median(layoutParse);
    byLayout.push({ layout, bytes: subset.reduce((sum, text) => sum + bytesOf(text), 0) / (ms / 1000), ratio: median(layoutJson) / ms });
  }
  console.log('');
  row('parse by layout (MB/s)', byLayout.map(({ layout, bytes }) => `${layout} ${fixed(bytes / MB)}`).join(', '));
  row('RATIO by layout (pages/s)', byLayout.map(({ layout, ratio }) => `${layout} ${fixed(ratio, 3)}`).join(', '));
  // The same pages with a no-break space in their first line, as crawled and copied pages often
  // have one: their text is cleaned line by line where it holds one, not searched on every line.
  const spaced = texts.map((text) => text.replace(' ', '\u00a0'));
  const spacedMismatched = pages.filter(
    (page, index) => JSON.stringify(factsOf(library.parse(spaced[index] ?? '').page)) !== JSON.stringify(page.facts),
  ).length;
  const spacedParse: number[] = [];
  const spacedJson: number[] = [];
  for (let round = 0; round < LAYOUT_ROUNDS; round++) {
    spacedParse.push(
      time(() => {
        parseAll(library, spaced);
      }),
    );
    spacedJson.push(
      time(() => {
        jsonParseAll(jsons);
      }),
    );
  }
  row(
    'RATIO with a no-break space a page',
    `${fixed(median(spacedJson) / median(spacedParse), 3)} (${pages.length - spacedMismatched} of ${pages.length} pages give the generated facts)`,
  );
  const lowest = byLayout.reduce((low, entry) => (entry.ratio < low.ratio ? entry : low), byLayout[0] ?? { layout: '-', bytes: 0, ratio: 0 });
  row('lowest layout ratio', `${lowest.layout} ${fixed(lowest.ratio, 3)}   (target 1.0 or more on each layout)`);
}

// ---------------------------------------------------------------- 2. scaling

async function scaling(): Promise<void> {
  heading(`2. Linear time: one page of ${grouped(REVIEWS)} reviews (each timing in a process of its own)`);
  const largeFile = join(cache, `large-${REVIEWS}.txt`);
  const quarterFile = join(cache, `large-${REVIEWS / 4}.txt`);
  const ordinaryFile = join(cache, `ordinary-${REVIEWS}.json`);
  if (!existsSync(largeFile)) writeFileSync(largeFile, generateLargePage(REVIEWS).text);
  if (!existsSync(quarterFile)) writeFileSync(quarterFile, generateLargePage(REVIEWS / 4).text);
  if (!existsSync(ordinaryFile)) writeFileSync(ordinaryFile, JSON.stringify(generateOrdinaryPages(statSync(largeFile).size).map((page) => page.text)));
  // The reference: JSON.parse of the same pages' facts, the large page's against ordinary pages' of the same size.
  const largeFactsFile = join(cache, `large-${REVIEWS}.json`);
  const ordinaryFactsFile = join(cache, `ordinary-facts-${REVIEWS}.json`);
  if (!existsSync(largeFactsFile)) writeFileSync(largeFactsFile, JSON.stringify(generateLargePage(REVIEWS).facts));
  if (!existsSync(ordinaryFactsFile)) {
    const facts: string[] = [];
    for (let size = 0, seed = 2; size < statSync(largeFactsFile).size; seed++) {
      for (const page of generateOrdinaryPages(statSync(largeFile).size / 50, seed)) {
        facts.push(JSON.stringify(page.facts));
        size += facts[facts.length - 1]?.length ?? 0;
      }
    }
    writeFileSync(ordinaryFactsFile, JSON.stringify(facts));
  }
  const library = pathToFileURL(join(root, 'dist', 'index.js')).href;
  interface Timing {
    readonly ms: number;
    readonly cpuMs: number;
    readonly chars: number;
  }
  const measure = async (mode: 'page' | 'pages' | 'facts-page' | 'facts-pages', file: string): Promise<Timing> => {
    const { stdout } = await run(process.execPath, ['--max-old-space-size=8192', join(cache, 'scale-child.js'), mode, file, library], { maxBuffer: 1 << 20 });
    return JSON.parse(stdout) as Timing;
  };
  const runs = quick ? 3 : 5;
  const large: Timing[] = [];
  const ordinary: Timing[] = [];
  const quarter: Timing[] = [];
  const largeFacts: Timing[] = [];
  const ordinaryFacts: Timing[] = [];
  for (let i = 0; i < runs; i++) {
    large.push(await measure('page', largeFile));
    ordinary.push(await measure('pages', ordinaryFile));
    quarter.push(await measure('page', quarterFile));
    largeFacts.push(await measure('facts-page', largeFactsFile));
    ordinaryFacts.push(await measure('facts-pages', ordinaryFactsFile));
  }
  const rate = (measures: readonly Timing[], key: 'ms' | 'cpuMs'): number => (measures[0]?.chars ?? 0) / 1e3 / median(measures.map((measure) => measure[key]));
  const time = (measures: readonly Timing[], key: 'ms' | 'cpuMs'): number => median(measures.map((measure) => measure[key]));
  row(
    'large page',
    `${fixed((large[0]?.chars ?? 0) / MB)} M characters; ordinary pages of the same size: ${fixed((ordinary[0]?.chars ?? 0) / MB)} M characters`,
  );
  row('', `medians of ${runs}         wall clock          CPU time`);
  row('large page', `${fixed(rate(large, 'ms')).padStart(8)} M chars/s   ${fixed(rate(large, 'cpuMs')).padStart(8)} M chars/s`);
  row('ordinary pages, same size', `${fixed(rate(ordinary, 'ms')).padStart(8)} M chars/s   ${fixed(rate(ordinary, 'cpuMs')).padStart(8)} M chars/s`);
  row(
    'large / ordinary throughput',
    `${fixed(rate(large, 'ms') / rate(ordinary, 'ms'), 2).padStart(8)}             ${fixed(rate(large, 'cpuMs') / rate(ordinary, 'cpuMs'), 2).padStart(8)}   (target 0.80 or more)`,
  );
  row(
    'time for 4x the reviews',
    `${fixed(time(large, 'ms') / time(quarter, 'ms'), 2).padStart(8)}x            ${fixed(time(large, 'cpuMs') / time(quarter, 'cpuMs'), 2).padStart(8)}x   (${grouped(REVIEWS / 4)} -> ${grouped(REVIEWS)} reviews; linear is 4)`,
  );
  row(
    'JSON.parse, the same as facts',
    `${fixed(rate(largeFacts, 'ms') / rate(ordinaryFacts, 'ms'), 2).padStart(8)}             ${fixed(rate(largeFacts, 'cpuMs') / rate(ordinaryFacts, 'cpuMs'), 2).padStart(8)}   (large / ordinary, for reference: the cost of keeping a million reviews' objects alive)`,
  );
  console.log("  (CPU time counts the garbage collector's threads too, and is less swayed by what else the machine runs.)");
}

// ---------------------------------------------------------------- 3. memory

interface MemoryMeasure {
  readonly ms: number;
  readonly inputChars: number;
  readonly rssBefore: number;
  readonly rssPeak: number;
  readonly heapBefore: number;
  readonly heapAfter: number;
}

async function memory(): Promise<void> {
  heading(`3. Memory: the page of ${grouped(REVIEWS)} reviews, parse against JSON.parse of its facts (a process each, --expose-gc)`);
  const pageFile = join(cache, `large-${REVIEWS}.txt`);
  const factsFile = join(cache, `large-${REVIEWS}.json`);
  if (!existsSync(pageFile) || !existsSync(factsFile)) {
    const page = generateLargePage(REVIEWS);
    writeFileSync(pageFile, page.text);
    writeFileSync(factsFile, JSON.stringify(page.facts));
  }
  const library = pathToFileURL(join(root, 'dist', 'index.js')).href;
  const measure = async (mode: 'parse' | 'json', file: string): Promise<MemoryMeasure> => {
    const { stdout } = await run(process.execPath, ['--expose-gc', '--max-old-space-size=8192', join(cache, 'memory-child.js'), mode, file, library], {
      maxBuffer: 1 << 20,
    });
    return JSON.parse(stdout) as MemoryMeasure;
  };
  const parsed = await measure('parse', pageFile);
  const json = await measure('json', factsFile);
  const describe = (measure: MemoryMeasure): string =>
    `peak ${grouped(measure.rssPeak / MB)} MB (input loaded: ${grouped(measure.rssBefore / MB)} MB, +${grouped((measure.rssPeak - measure.rssBefore) / MB)} MB), result keeps ${grouped((measure.heapAfter - measure.heapBefore) / MB)} MB of heap, ${fixed(measure.ms / 1000, 2)} s`;
  row('parse (page text)', describe(parsed));
  row('JSON.parse (facts JSON text)', describe(json));
  row('peak, process (parse / JSON.parse)', `${fixed(parsed.rssPeak / json.rssPeak, 2)}   (target 1.0 or less: issue 12)`);
  row('peak above the input', fixed((parsed.rssPeak - parsed.rssBefore) / (json.rssPeak - json.rssBefore), 2));
  row('heap the result keeps', fixed((parsed.heapAfter - parsed.heapBefore) / (json.heapAfter - json.heapBefore), 2));
}

// ---------------------------------------------------------------- 4. crawl files: bench/crawl.ts

// ---------------------------------------------------------------- 5. startup and size

async function startup(): Promise<void> {
  heading('5. Small and quick to load');
  const url = pathToFileURL(join(root, 'dist', 'index.js')).href;
  // CPU time, which other processes on a busy machine do not add to (as tests/perf/startup.test.ts measures it), and the wall clock beside it.
  const script = `const cpu = process.cpuUsage(); const started = performance.now(); await import(${JSON.stringify(url)}); const used = process.cpuUsage(cpu); process.stdout.write(JSON.stringify([(used.user + used.system) / 1000, performance.now() - started]));`;
  const cpuTimes: number[] = [];
  const wallTimes: number[] = [];
  for (let i = 0; i < 11; i++) {
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script]);
    const [cpu, wall] = JSON.parse(stdout) as [number, number];
    cpuTimes.push(cpu);
    wallTimes.push(wall);
  }
  row(
    'import() of dist/index.js',
    `${fixed(median(cpuTimes), 1)} ms of CPU (wall clock ${fixed(median(wallTimes), 1)} ms), median of ${cpuTimes.length} fresh processes   (target under 20 ms of CPU)`,
  );
  try {
    const { stdout } = await run(join(root, 'node_modules', '.bin', 'size-limit'), ['--json'], { cwd: root });
    for (const entry of JSON.parse(stdout) as { name: string; size: number; sizeLimit?: number; passed?: boolean }[]) {
      row(
        'size-limit',
        `${entry.name}: ${fixed(entry.size / 1000, 2)} kB (limit ${fixed((entry.sizeLimit ?? 0) / 1000, 1)} kB)${entry.passed === false ? '  <-- OVER' : ''}`,
      );
    }
  } catch (error) {
    // size-limit exits 1 when over the limit, with the figures on standard output all the same.
    const stdout = (error as { stdout?: string }).stdout ?? '';
    try {
      for (const entry of JSON.parse(stdout) as { name: string; size: number; sizeLimit?: number; passed?: boolean }[]) {
        row(
          'size-limit',
          `${entry.name}: ${fixed(entry.size / 1000, 2)} kB (limit ${fixed((entry.sizeLimit ?? 0) / 1000, 1)} kB)${entry.passed === false ? '  <-- OVER' : ''}`,
        );
      }
    } catch {
      row('size-limit', `could not run (${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)})`);
    }
  }
}

// ---------------------------------------------------------------- profile

/** Self and total time by function from a V8 CPU profile: where the time goes. */
function summariseProfile(file: string): void {
  interface Node {
    readonly id: number;
    readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
    readonly children?: readonly number[];
  }
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const name = (node: Node): string => {
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url === '' ? '' : ` (${url.replace(/^.*\/dist\//u, 'dist/').replace(/^.*\/bench\.js$/u, 'bench')}:${lineNumber + 1})`;
    return `${functionName === '' ? '(anonymous)' : functionName}${where}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    all += delta;
    const node = byId.get(id);
    if (node === undefined) return;
    // A regular expression's time is its caller's: name them together.
    let key = name(node);
    if (node.callFrame.functionName.startsWith('RegExp:')) {
      const caller = byId.get(parent.get(node.id) ?? -1);
      key = `${node.callFrame.functionName.slice(0, 60)}  <- ${caller === undefined ? '?' : name(caller)}`;
    }
    self.set(key, (self.get(key) ?? 0) + delta);
    // Total time: once for each function on the stack.
    const seen = new Set<string>();
    for (let at: Node | undefined = node; at !== undefined; at = byId.get(parent.get(at.id) ?? -1)) {
      const key2 = name(at);
      if (seen.has(key2)) continue;
      seen.add(key2);
      total.set(key2, (total.get(key2) ?? 0) + delta);
    }
  });
  const percent = (micros: number): string => `${fixed((micros / all) * 100).padStart(5)}%`;
  console.log(`\n  ${file}\n  ${fixed(all / 1000, 0)} ms sampled. Self time (a regular expression counted with its caller), top 30:`);
  for (const [key, micros] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`  ${percent(micros)}  ${key}`);
  console.log('\n  Total time (self and callees), top 25:');
  for (const [key, micros] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${percent(micros)}  ${key}`);
}

/** The profiled workload: parse alone, over the throughput pages, round after round. */
function profileChild(library: Library): void {
  const texts = generatePages(THROUGHPUT_PAGES, 1).map((page) => page.text);
  for (let round = 0; round < ROUNDS + 2; round++) parseAll(library, texts);
}

async function profileThroughput(): Promise<void> {
  heading(`Profile: parse alone over the ${grouped(THROUGHPUT_PAGES)} throughput pages, ${ROUNDS + 2} rounds, under --cpu-prof`);
  const directory = join(cache, 'profiles');
  rmSync(directory, { recursive: true, force: true });
  mkdirSync(directory, { recursive: true });
  await run(
    process.execPath,
    ['--cpu-prof', '--cpu-prof-dir', directory, '--cpu-prof-interval', '100', join(cache, 'bench.js'), '--profile-child', ...(quick ? ['--quick'] : [])],
    {
      maxBuffer: 1 << 24,
    },
  );
  for (const file of readdirSync(directory)) summariseProfile(join(directory, file));
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const library = (await import(pathToFileURL(join(root, 'dist', 'index.js')).href)) as Library;
  if (!args.has('profile-child'))
    console.log(
      `# critic-consensus bench${quick ? ' (--quick)' : ''} of ${join(root, 'dist')}: node ${process.version}, ${availableParallelism()} cores, load average ${loadavg()
        .map((load) => fixed(load, 2))
        .join(' ')}`,
    );
  if (args.has('profile-child')) {
    profileChild(library);
    return;
  }
  if (args.has('profile')) {
    await profileThroughput();
    return;
  }
  if (wanted('throughput')) throughput(library);
  if (wanted('scaling')) await scaling();
  if (wanted('memory')) await memory();
  if (wanted('crawl')) await crawl(root, cache, CRAWL_RECORDS, quick ? 1 : 3);
  if (wanted('startup')) await startup();
}

await main();
