/**
 * WET files as crawls publish them, for tests and benchmarks: a `warcinfo`
 * record, then one WARC/1.0 `conversion` record per page (its text, with
 * `WARC-Target-URI` and `Content-Length` in bytes), plain or as a gzip file of
 * one member per record.
 */
import { gzipSync } from 'node:zlib';
import { concatBytes } from '../src/crawl/source.js';

/** One record of a WET file. */
export interface WetRecordInput {
  readonly url: string | null;
  readonly text: string;
  /** `conversion` unless said. */
  readonly type?: string;
}

const encoder = new TextEncoder();

/** One WARC record's bytes: header, block, and the blank line that ends it. */
export function wetRecord(record: WetRecordInput, index: number): Uint8Array {
  const block = encoder.encode(record.text);
  const id = `<urn:uuid:00000000-0000-4000-8000-${String(index).padStart(12, '0')}>`;
  const header = [
    'WARC/1.0',
    `WARC-Type: ${record.type ?? 'conversion'}`,
    ...(record.url === null ? [] : [`WARC-Target-URI: ${record.url}`]),
    'WARC-Date: 2024-02-21T10:21:19Z',
    `WARC-Record-ID: ${id}`,
    'Content-Type: text/plain',
    `Content-Length: ${block.length}`,
    '',
    '',
  ].join('\r\n');
  const head = encoder.encode(header);
  const bytes = new Uint8Array(head.length + block.length + 4);
  bytes.set(head);
  bytes.set(block, head.length);
  bytes.set(encoder.encode('\r\n\r\n'), head.length + block.length);
  return bytes;
}

/** The warcinfo record that opens a crawl's WET file. */
export function warcinfoRecord(): WetRecordInput {
  return { url: null, type: 'warcinfo', text: 'Software-Info: critic-consensus-bench\r\nisPartOf: CC-MAIN-2024-10\r\n' };
}

/** The records of a WET file, each as its bytes: gzip members when `gzip` (one per record, as crawls publish them). */
export function wetRecords(records: readonly WetRecordInput[], options: { readonly gzip: boolean }): Uint8Array[] {
  return records.map((record, index) => {
    const bytes = wetRecord(record, index);
    return options.gzip ? new Uint8Array(gzipSync(bytes)) : bytes;
  });
}

/** A whole WET file in memory. */
export function wetFile(records: readonly WetRecordInput[], options: { readonly gzip: boolean }): Uint8Array {
  return concatBytes(wetRecords(records, options));
}

/** A review page's address as crawled, `https://www.metacritic.com/movie/title-7/critic-reviews` and its kin. */
export function pageUrl(layout: string, index: number): string {
  switch (layout) {
    case 'F':
      return `https://www.metacritic.com/publication/publication-${index}`;
    case 'G':
      return `https://www.metacritic.com/critic/critic-${index}`;
    case 'B':
      return `https://www.metacritic.com/tv/show-${index}/season-1/critic-reviews`;
    case 'C':
      return `https://www.metacritic.com/music/album-${index}/user-reviews`;
    case 'D':
      return `https://www.metacritic.com/movie/title-${index}`;
    case 'E':
      return `https://www.metacritic.com/game/game-${index}`;
    default:
      return `https://www.metacritic.com/movie/title-${index}/critic-reviews`;
  }
}
