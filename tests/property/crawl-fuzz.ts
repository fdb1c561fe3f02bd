/**
 * The crawl reader's fuzz target: generated WET segments (plain, or one gzip
 * member per record) with random faults, the invariant they must keep, and
 * what is done with a failing case. Shared by the property test in `npm test`
 * (a few hundred cases), the long run (`npm run fuzz -- --target crawl`) and
 * the test that re-checks every saved fixture.
 *
 * Faults, each on one record: a flipped byte, the record (or member) cut short,
 * junk after it, its Content-Length made wrong, a header line repeated.
 * Invariant: every record no fault touched comes out of readWarcRecords once,
 * in order, with its text, whatever the chunk boundaries; the reader returns
 * (never throws for data) within a time bound.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fc } from '@fast-check/vitest';
import { wetRecord } from '../../bench/wet.js';
import { readWarcRecords } from '../../src/crawl/index.js';
import { concatBytes } from '../../src/crawl/source.js';
import { garbage, pageRecords } from '../support/faults.js';

/** Where failing crawl cases are saved, one JSON file each. */
export const CRAWL_FUZZ_FIXTURES: string = join(import.meta.dirname, '..', 'fixtures', 'crawl-fuzz');

/** A fault on one record. `at` picks a byte (as a fraction of the record's bytes), `size` a length or a change. */
export interface CrawlFault {
  readonly record: number;
  readonly kind: 'flip' | 'cut' | 'junk' | 'length' | 'duplicate-header';
  readonly at: number;
  readonly size: number;
}

/** A segment and its faults, and the chunk size it is read in. */
export interface CrawlCase {
  readonly records: number;
  readonly gzip: boolean;
  readonly faults: readonly CrawlFault[];
  readonly chunk: number;
}

/** A crawl case as saved, with what went wrong. */
export interface CrawlFixture extends CrawlCase {
  readonly message: string;
  readonly found: string;
  readonly seed: number;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export const crawlCase: fc.Arbitrary<CrawlCase> = fc.record({
  records: fc.integer({ min: 2, max: 24 }),
  gzip: fc.boolean(),
  faults: fc.array(
    fc.record({
      record: fc.nat({ max: 23 }),
      kind: fc.constantFrom('flip', 'cut', 'junk', 'length', 'duplicate-header'),
      at: fc.double({ min: 0, max: 1, noNaN: true }),
      size: fc.integer({ min: 1, max: 3000 }),
    }),
    { maxLength: 4 },
  ),
  chunk: fc.constantFrom(1, 7, 100, 4096, 65_536),
});

/** The case's bytes, and the URLs and texts of the records no fault touched, in order. */
export function buildCase(crawl: CrawlCase): { readonly bytes: Uint8Array; readonly intact: readonly { url: string; text: string }[] } {
  const records = pageRecords(crawl.records);
  const touched = new Set<number>();
  const parts: Uint8Array[] = [];
  records.forEach((record, index) => {
    const faults = crawl.faults.filter((fault) => fault.record === index);
    let text = decoder.decode(wetRecord(record, index));
    for (const fault of faults) {
      if (fault.kind === 'length') {
        touched.add(index);
        text = text.replace(
          /Content-Length: (\d+)/u,
          (_, length: string) => `Content-Length: ${Math.max(0, Number(length) + (fault.size % 2 === 0 ? fault.size : -fault.size))}`,
        );
      }
      if (fault.kind === 'duplicate-header') text = text.replace(/(WARC-Target-URI: [^\r]+\r\n)/u, '$1$1');
    }
    let bytes = encoder.encode(text);
    if (crawl.gzip) bytes = new Uint8Array(gzipSync(bytes));
    for (const fault of faults) {
      const at = Math.min(bytes.length - 1, Math.floor(fault.at * bytes.length));
      if (fault.kind === 'flip') {
        touched.add(index);
        bytes = bytes.slice();
        bytes[at] = (bytes[at] as number) ^ (1 + (fault.size % 255));
      } else if (fault.kind === 'cut') {
        touched.add(index);
        bytes = bytes.slice(0, at);
      }
    }
    parts.push(bytes);
    for (const fault of faults) if (fault.kind === 'junk') parts.push(garbage(fault.size, fault.size));
  });
  return {
    bytes: concatBytes(parts),
    intact: records.flatMap((record, index) => (touched.has(index) ? [] : [{ url: record.url as string, text: record.text }])),
  };
}

/** Checks the invariant on one case; throws an Error that says what broke. */
export async function checkCrawlCase(crawl: CrawlCase): Promise<void> {
  const { bytes, intact } = buildCase(crawl);
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += crawl.chunk) chunks.push(bytes.subarray(at, at + crawl.chunk));
  const wanted = new Map(intact.map((record) => [record.url, record.text]));
  const out: string[] = [];
  for await (const item of readWarcRecords(chunks)) {
    if (item.kind !== 'record' || item.url === null || !wanted.has(item.url)) continue;
    if (item.content !== wanted.get(item.url)) throw new Error(`The intact record ${item.url} came out with other text.`);
    out.push(item.url);
  }
  const expected = intact.map((record) => record.url);
  if (JSON.stringify(out) !== JSON.stringify(expected)) {
    throw new Error(`The intact records came out as [${out.join(', ')}], not [${expected.join(', ')}].`);
  }
}

/** Saves a failing case as a fixture; returns its file name (the case's hash, so one case is saved once). */
export function saveCrawlFixture(crawl: CrawlCase, error: unknown, seed: number): string {
  const hash = createHash('sha256').update(JSON.stringify(crawl)).digest('hex').slice(0, 12);
  const file = `intact-records-once-in-order-${hash}.json`;
  const fixture: CrawlFixture = { ...crawl, message: error instanceof Error ? error.message : String(error), found: new Date().toISOString(), seed };
  mkdirSync(CRAWL_FUZZ_FIXTURES, { recursive: true });
  writeFileSync(join(CRAWL_FUZZ_FIXTURES, file), `${JSON.stringify(fixture, null, 2)}\n`);
  return file;
}

/** The saved crawl fixtures, by file name. */
export function readCrawlFixtures(): { readonly file: string; readonly fixture: CrawlFixture }[] {
  let files: string[];
  try {
    files = readdirSync(CRAWL_FUZZ_FIXTURES);
  } catch {
    return [];
  }
  return files
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({ file, fixture: JSON.parse(readFileSync(join(CRAWL_FUZZ_FIXTURES, file), 'utf8')) as CrawlFixture }));
}
