/**
 * Crawl files with the faults real downloads and disks give them, for the
 * crawl reader's tests and its fuzz target: each case is a generated WET file
 * (one gzip member per record, or plain), the fault, and the records left
 * intact by it, which a reader must give back, once each and in order.
 */
import { gzipSync } from 'node:zlib';
import { wetRecord, type WetRecordInput } from '../../bench/wet.js';
import { concatBytes } from '../../src/crawl/source.js';

/** A crawl file with a fault, and what is intact in it. */
export interface FaultCase {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** The URLs of the records the fault leaves intact, in file order. */
  readonly intact: readonly string[];
  /** The URL of each record the fault touches (its header or block). */
  readonly touched: readonly string[];
  /** The URL of the record before the first it touches, which a reader that cannot read the touched one's header names. */
  readonly before?: string;
}

const encoder = new TextEncoder();

/** `count` records of short page text, each with a URL of its own (`https://example.org/page-N`). */
export function pageRecords(count: number, from = 0): WetRecordInput[] {
  return Array.from({ length: count }, (_, index) => ({
    url: `https://example.org/page-${from + index}`,
    text: `Page ${from + index}\n\n${'Some words of page text, as crawled. '.repeat(3 + ((from + index) % 7))}\n`,
  }));
}

/** Each record's bytes: a gzip member each when `gzip`. */
export function recordBytes(records: readonly WetRecordInput[], gzip: boolean, from = 0): Uint8Array[] {
  return records.map((record, index) => {
    const bytes = wetRecord(record, from + index);
    return gzip ? new Uint8Array(gzipSync(bytes)) : bytes;
  });
}

/** Bytes that are neither gzip nor WARC (no 1f 8b, no "WARC/" line). */
export function garbage(length: number, seed = 1): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    let byte = state >>> 24;
    if (byte === 0x1f || byte === 0x57) byte = 0x20;
    bytes[i] = byte;
  }
  return bytes;
}

/** A record whose header says `declared` bytes while its block holds its text. */
export function recordWithLength(record: WetRecordInput, index: number, declared: number): Uint8Array {
  const bytes = wetRecord(record, index);
  const text = new TextDecoder().decode(bytes);
  return encoder.encode(text.replace(/Content-Length: \d+/u, `Content-Length: ${declared}`));
}

const urls = (records: readonly WetRecordInput[]): string[] => records.map((record) => record.url as string);

/** The fault cases the issue names, on `gzip` or plain files. */
export function faultCases(gzip: boolean): FaultCase[] {
  const thirty = pageRecords(30);
  const members = recordBytes(thirty, gzip);
  const cases: FaultCase[] = [];
  cases.push({ name: 'junk after the last record', bytes: concatBytes([...members, garbage(700)]), intact: urls(thirty), touched: [] });
  cases.push({
    name: 'garbage between records 15 and 16',
    bytes: concatBytes([...members.slice(0, 15), garbage(3000, 7), ...members.slice(15)]),
    intact: urls(thirty),
    touched: [],
  });
  if (gzip) {
    const corrupt = (members[14] as Uint8Array).slice();
    // Its deflate data overwritten: the member cannot be decompressed.
    corrupt.fill(0xff, 30, corrupt.length - 8);
    cases.push({
      name: 'one corrupt member in the middle',
      bytes: concatBytes([...members.slice(0, 14), corrupt, ...members.slice(15)]),
      intact: urls([...thirty.slice(0, 14), ...thirty.slice(15)]),
      touched: [thirty[14]?.url as string],
      before: thirty[13]?.url as string,
    });
    const cut = (members[20] as Uint8Array).slice(0, 40);
    cases.push({
      name: 'a member cut short in the middle',
      bytes: concatBytes([...members.slice(0, 20), cut, ...members.slice(21)]),
      intact: urls([...thirty.slice(0, 20), ...thirty.slice(21)]),
      touched: [thirty[20]?.url as string],
      before: thirty[19]?.url as string,
    });
  }
  const many = pageRecords(400);
  const manyBytes = recordBytes(many, gzip);
  cases.push({
    name: '200 records, garbage, 200 records',
    bytes: concatBytes([...manyBytes.slice(0, 200), garbage(5000, 3), ...manyBytes.slice(200)]),
    intact: urls(many),
    touched: [],
  });
  const forty = pageRecords(40);
  const huge = recordWithLength(forty[20] as WetRecordInput, 20, 99_999_999_999_999);
  const long = recordWithLength(forty[20] as WetRecordInput, 20, new TextEncoder().encode(forty[20]?.text).length + 500);
  for (const [name, lying] of [
    ['a Content-Length of 99,999,999,999,999 in the middle', huge],
    ['a Content-Length 500 bytes too long', long],
  ] as const) {
    const parts = recordBytes(forty, false);
    parts[20] = lying;
    cases.push({
      name,
      bytes: gzip ? concatBytes(parts.map((part) => new Uint8Array(gzipSync(part)))) : concatBytes(parts),
      // The lying record is read up to the next record: its text is whole.
      intact: urls(forty),
      touched: [forty[20]?.url as string],
    });
  }
  return cases;
}
