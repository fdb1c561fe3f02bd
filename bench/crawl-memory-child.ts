/**
 * Peak memory of the library's gzip path on a record far larger than its
 * member: a gzip member that decompresses to MB megabytes of one letter (a
 * few MB compressed), then a small record after it. The data is made here,
 * read with readWarcRecords in 64 KiB chunks, and what came out, the time and
 * the process's peak resident memory printed as JSON. Run by
 * tests/perf/crawl-memory.test.ts.
 *
 *   node crawl-memory-child.js MB CRAWL_MODULE_URL
 */
import { createGzip, gzipSync } from 'node:zlib';

const megabytes = Number(process.argv[2]);
const { readWarcRecords } = (await import(process.argv[3] as string)) as typeof import('../src/crawl/index.js');

const size = megabytes * 1_000_000;
const gzip = createGzip({ level: 1 });
const compressed: Buffer[] = [];
gzip.on('data', (chunk: Buffer) => compressed.push(chunk));
const ended = new Promise((resolve) => gzip.on('end', resolve));
gzip.write(`WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://example.org/huge\r\nContent-Length: ${size}\r\n\r\n`);
const letters = Buffer.alloc(8 * 1024 * 1024, 0x61);
for (let left = size; left > 0; left -= letters.length) {
  if (!gzip.write(left >= letters.length ? letters : letters.subarray(0, left))) await new Promise((resolve) => gzip.once('drain', resolve));
}
gzip.end('\r\n\r\n');
await ended;
const after = gzipSync('WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://example.org/after\r\nContent-Length: 5\r\n\r\nafter\r\n\r\n');
const bytes = new Uint8Array(Buffer.concat([...compressed, after]));
compressed.length = 0;

function* chunks(): Generator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += 65_536) yield bytes.subarray(at, at + 65_536);
}
const before = process.resourceUsage().maxRSS;
const items: string[] = [];
const started = performance.now();
for await (const item of readWarcRecords(chunks())) items.push(item.kind === 'record' ? `record ${String(item.url)}` : `${item.code} ${String(item.url)}`);
process.stdout.write(
  JSON.stringify({
    compressedBytes: bytes.length,
    items,
    seconds: (performance.now() - started) / 1000,
    rssBeforeMb: (before * 1024) / 1e6,
    rssPeakMb: (process.resourceUsage().maxRSS * 1024) / 1e6,
  }),
);
