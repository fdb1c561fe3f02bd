import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageUrl, warcinfoRecord, wetFile, wetRecords, type WetRecordInput } from '../../bench/wet.js';
import { parseWarc, readWarcRecords, type WarcPageItem, type WarcProblem, type WarcRecord } from '../../src/crawl/index.js';
import { decompressGzip, streamReadsAllMembers, type GzipOutput } from '../../src/crawl/gzip.js';
import { parse } from '../../src/index.js';

const corpus = join(import.meta.dirname, '..', 'fixtures', 'corpus');
const seed = readFileSync(join(corpus, '000-movie-pusher-seed.txt'), 'utf8');
const tv = readFileSync(join(corpus, '019-tv-1600-penn.txt'), 'utf8');
const profile = readFileSync(join(corpus, '031-critic-sheri-linden-tv.txt'), 'utf8');

/** A crawl's WET file in small: its warcinfo record, review pages, and pages that are not review pages. */
const RECORDS: readonly WetRecordInput[] = [
  warcinfoRecord(),
  { url: pageUrl('A', 1), text: seed },
  { url: 'https://www.metacritic.com/news/festival-round-up', text: 'Festival round-up\n\nThe week in film news, in brief.\n' },
  { url: pageUrl('B', 2), text: tv },
  { url: 'https://example.org/é-accents/日本', text: 'Café — naïve “quotes”\n' },
  { url: pageUrl('G', 3), text: profile },
];

/** The bytes cut into chunks of `size` (the last shorter), as a stream would deliver them. */
function chunked(bytes: Uint8Array, size: number): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.slice(at, at + size));
  return chunks;
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

/** What a reader gives for the records, without the headers. */
function summarise(items: readonly (WarcRecord | WarcProblem)[]): unknown[] {
  return items.map((item) => (item.kind === 'record' ? { type: item.type, url: item.url, content: item.content, offset: item.offset } : item));
}

const encoder = new TextEncoder();
const plain = wetFile(RECORDS, { gzip: false });
const gzipped = wetFile(RECORDS, { gzip: true });
const expected = (() => {
  let offset = 0;
  return RECORDS.map((record) => {
    const item = { type: record.type ?? 'conversion', url: record.url, content: record.text, offset };
    offset += wetRecords([record], { gzip: false })[0]?.length ?? 0;
    return item;
  });
})();

describe('readWarcRecords', () => {
  it('reads every record of a plain WET file with its type, URL, content and offset, whatever the chunk boundaries', async () => {
    for (const size of [1, 2, 3, 7, 64, 1000, plain.length]) {
      expect(summarise(await collect(readWarcRecords(chunked(plain, size))))).toStrictEqual(expected);
    }
  });

  it('reads a gzip WET file of one member per record, whatever the chunk boundaries', async () => {
    for (const size of [1, 5, 19, 512, gzipped.length]) {
      expect(summarise(await collect(readWarcRecords(chunked(gzipped, size))))).toStrictEqual(expected);
    }
  });

  it('reads a WET file gzipped as one member', async () => {
    const single = new Uint8Array(gzipSync(plain));
    expect(summarise(await collect(readWarcRecords(chunked(single, 4096))))).toStrictEqual(expected);
  });

  it('gives every header field under its lower-cased name', async () => {
    const [info, first] = await collect(readWarcRecords([plain]));
    expect(info).toMatchObject({ kind: 'record', type: 'warcinfo', url: null });
    expect(first?.kind === 'record' ? first.headers : undefined).toStrictEqual({
      'warc-type': 'conversion',
      'warc-target-uri': pageUrl('A', 1),
      'warc-date': '2024-02-21T10:21:19Z',
      'warc-record-id': '<urn:uuid:00000000-0000-4000-8000-000000000001>',
      'content-type': 'text/plain',
      'content-length': String(encoder.encode(seed).length),
    });
  });

  it('accepts a web ReadableStream, an async generator and an array of chunks alike', async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunked(gzipped, 100)) controller.enqueue(chunk);
        controller.close();
      },
    });
    async function* generate(): AsyncGenerator<Uint8Array> {
      for (const chunk of chunked(plain, 333)) {
        await Promise.resolve();
        yield chunk;
      }
    }
    expect(summarise(await collect(readWarcRecords(stream)))).toStrictEqual(expected);
    expect(summarise(await collect(readWarcRecords(generate())))).toStrictEqual(expected);
  });

  it('takes bytes in hand, a Uint8Array (a Buffer) or an ArrayBuffer, as one chunk', async () => {
    expect(summarise(await collect(readWarcRecords(plain)))).toStrictEqual(expected);
    expect(summarise(await collect(readWarcRecords(Buffer.from(gzipped))))).toStrictEqual(expected);
    expect(summarise(await collect(readWarcRecords(plain.slice().buffer)))).toStrictEqual(expected);
    expect(await collect(parseWarc(new Uint8Array(0)))).toStrictEqual([]);
    expect((await collect(parseWarc(plain))).filter((item) => item.kind === 'page')).toHaveLength(
      (await collect(parseWarc([plain]))).filter((item) => item.kind === 'page').length,
    );
  });

  it('returns nothing for empty input', async () => {
    expect(await collect(readWarcRecords([]))).toStrictEqual([]);
    expect(await collect(readWarcRecords([new Uint8Array(0)]))).toStrictEqual([]);
  });

  it('reads records whose lines end in LF alone, and folded header lines', async () => {
    const text =
      'WARC/1.0\nWARC-Type: conversion\nWARC-Target-URI: https://example.org/\n  continued\nContent-Length: 5\n\nhello\n\nWARC/1.1\nContent-Length: 2\n\nhi';
    const items = await collect(readWarcRecords([encoder.encode(text)]));
    expect(summarise(items)).toStrictEqual([
      { type: 'conversion', url: 'https://example.org/ continued', content: 'hello', offset: 0 },
      { type: null, url: null, content: 'hi', offset: 107 },
    ]);
  });

  it('keeps a byte-order mark and decodes a character split between chunks', async () => {
    const body = '\ufeffCafé 日本';
    const bytes = wetFile([{ url: 'https://example.org/', text: body }], { gzip: false });
    const items = await collect(readWarcRecords(chunked(bytes, 1)));
    expect(items[0]?.kind === 'record' ? items[0].content : undefined).toBe(body);
  });

  it('reports a record cut short (a truncated file) with its URL, after the records before it', async () => {
    const cut = plain.slice(0, plain.length - 200);
    const items = await collect(readWarcRecords(chunked(cut, 50)));
    expect(summarise(items.slice(0, -1))).toStrictEqual(expected.slice(0, -1));
    const last = items.at(-1);
    expect(last).toStrictEqual({
      kind: 'problem',
      code: 'truncated-record',
      url: pageUrl('G', 3),
      offset: expected.at(-1)?.offset,
      message: expect.stringMatching(/^The input ends [\d,]+ bytes into a record block of [\d,]+ bytes\.$/u) as unknown,
    });
  });

  it('reports a gzip file cut short as the record it cuts, saying why', async () => {
    const cut = gzipped.slice(0, gzipped.length - 300);
    const items = await collect(readWarcRecords(chunked(cut, 64)));
    expect(summarise(items.slice(0, -1))).toStrictEqual(expected.slice(0, -1));
    expect(items.at(-1)).toMatchObject({ kind: 'problem', code: 'invalid-gzip', url: pageUrl('G', 3), offset: expected.at(-1)?.offset });
    expect((items.at(-1) as WarcProblem).message).toMatch(
      /^The gzip data at byte [\d,]+ is cut short \(.+\)\. The record is lost [\d,]+ bytes into its block of [\d,]+ bytes\.$/u,
    );
  });

  it('reports gzip data cut between records as invalid-gzip', async () => {
    const members = wetRecords(RECORDS.slice(0, 2), { gzip: true });
    const first = members[0] as Uint8Array;
    const second = members[1] as Uint8Array;
    // The second member's deflate data is whole, but its 8-byte trailer is missing.
    const bytes = new Uint8Array([...first, ...second.slice(0, second.length - 8)]);
    const items = await collect(readWarcRecords([bytes]));
    expect(items.map((item) => (item.kind === 'record' ? item.type : item.code))).toStrictEqual(['warcinfo', 'conversion', 'invalid-gzip']);
  });

  it('reports a file that ends inside a record header', async () => {
    const text = 'WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://example.org/x\r\nContent-Len';
    expect(await collect(readWarcRecords([encoder.encode(text)]))).toStrictEqual([
      { kind: 'problem', code: 'truncated-record', url: 'https://example.org/x', offset: 0, message: 'The input ends inside a record header.' },
    ]);
  });

  it('skips bytes that are not a WARC record, reporting the stretch once, and reads on', async () => {
    const garbage = encoder.encode('<html>\nnot a record\nWARC but not one\n');
    const bytes = new Uint8Array([...garbage, ...plain]);
    for (const size of [1, 7, bytes.length]) {
      const items = await collect(readWarcRecords(chunked(bytes, size)));
      expect(items[0]).toStrictEqual({
        kind: 'problem',
        code: 'malformed-record',
        url: null,
        offset: 0,
        message: 'Bytes that are not a WARC record ("<html> not a record WARC but not one") are skipped.',
      });
      expect(summarise(items.slice(1))).toStrictEqual(expected.map((record) => ({ ...record, offset: record.offset + garbage.length })));
    }
  });

  it('reports bytes after the last record that are not a record', async () => {
    const items = await collect(readWarcRecords([new Uint8Array([...plain, ...encoder.encode('trailing junk')])]));
    expect(items.at(-1)).toStrictEqual({
      kind: 'problem',
      code: 'malformed-record',
      // The record they follow.
      url: pageUrl('G', 3),
      offset: plain.length,
      message: 'The input ends with 13 bytes that are not a WARC record ("trailing junk").',
    });
    expect(items).toHaveLength(RECORDS.length + 1);
  });

  it('reports a header longer than 64 KiB that never ends, and reads on', async () => {
    const long = encoder.encode(`WARC/1.0\r\nX-Long: ${'x'.repeat(70_000)}\r\n`);
    const items = await collect(readWarcRecords(chunked(new Uint8Array([...long, ...plain]), 8192)));
    expect(items[0]).toMatchObject({
      kind: 'problem',
      code: 'malformed-record',
      offset: 0,
      message: 'A WARC header runs over 65,536 bytes without ending; it is skipped.',
    });
    expect(items.slice(1).map((item) => (item.kind === 'record' ? item.url : item.code))).toStrictEqual(RECORDS.map((record) => record.url));
  });

  it('reports a header without a Content-Length and reads on from the next record', async () => {
    const bad = encoder.encode('WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://example.org/bad\r\n\r\nsome text\r\n\r\n');
    const items = await collect(readWarcRecords([new Uint8Array([...bad, ...plain])]));
    expect(items[0]).toStrictEqual({
      kind: 'problem',
      code: 'malformed-record',
      url: 'https://example.org/bad',
      offset: 0,
      message: 'A WARC header has no Content-Length; the record is skipped.',
    });
    expect(items.slice(1).map((item) => (item.kind === 'record' ? item.url : item.code))).toStrictEqual(RECORDS.map((record) => record.url));
  });

  it('skips a record longer than maxRecordBytes without holding it, and reads on', async () => {
    const big = { url: 'https://example.org/big', text: 'x'.repeat(50_000) };
    const bytes = wetFile([RECORDS[1] as WetRecordInput, big, RECORDS[3] as WetRecordInput], { gzip: false });
    for (const size of [1000, 70_000, bytes.length]) {
      const items = await collect(readWarcRecords(chunked(bytes, size), { maxRecordBytes: 10_000 }));
      expect(items.map((item) => (item.kind === 'record' ? item.url : `${item.code} ${item.url ?? ''}`))).toStrictEqual([
        pageUrl('A', 1),
        'record-too-large https://example.org/big',
        pageUrl('B', 2),
      ]);
      expect((items[1] as WarcProblem).message).toBe('The record block of 50,000 bytes is longer than the 10,000 bytes read; it is skipped.');
    }
  });

  it('reads a stream that offers only getReader, and cancels it when the reader stops early', async () => {
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(plain.slice());
      },
      cancel() {
        cancelled = true;
      },
    });
    const onlyReader = { getReader: () => stream.getReader() };
    for await (const item of readWarcRecords(onlyReader)) {
      expect(item).toMatchObject({ kind: 'record', type: 'warcinfo' });
      break;
    }
    expect(cancelled).toBe(true);
    const ended = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array(0));
        controller.enqueue(plain);
        controller.close();
      },
    });
    expect(summarise(await collect(readWarcRecords({ getReader: () => ended.getReader() })))).toStrictEqual(expected);
  });

  it('keeps the first of a repeated header field, and passes over lines that are not fields', async () => {
    const text = 'WARC/1.0\r\n continued first\r\nWARC-Type: conversion\r\nWARC-Type: resource\r\nno colon here\r\nContent-Length: 2\r\n\r\nhi';
    const [item] = await collect(readWarcRecords([encoder.encode(text)]));
    expect(item?.kind === 'record' ? item.headers : undefined).toStrictEqual({ 'warc-type': 'conversion', 'content-length': '2' });
  });

  it('reports an invalid Content-Length', async () => {
    const bad = encoder.encode('WARC/1.0\r\nContent-Length: twelve\r\n\r\n');
    const [problem] = await collect(readWarcRecords([bad]));
    expect(problem).toMatchObject({ code: 'malformed-record', message: 'A WARC header has an invalid Content-Length "twelve"; the record is skipped.' });
  });

  it('quotes at most 40 characters of bytes it skips, and reads on after a long stretch of them', async () => {
    const junk = encoder.encode(`${'junk '.repeat(30)}\n${'more junk\n'.repeat(20)}`);
    for (const size of [10, 100, 1000]) {
      const items = await collect(readWarcRecords(chunked(new Uint8Array([...junk, ...plain]), size)));
      expect(items[0]).toMatchObject({
        code: 'malformed-record',
        message: 'Bytes that are not a WARC record ("junk junk junk junk junk junk junk ju...") are skipped.',
      });
      expect(items).toHaveLength(RECORDS.length + 1);
    }
  });

  it('reports a file cut inside a record it was skipping as too large, once', async () => {
    const big = wetFile([{ url: 'https://example.org/big', text: 'x'.repeat(50_000) }], { gzip: false });
    const items = await collect(readWarcRecords(chunked(big.slice(0, 30_000), 4096), { maxRecordBytes: 1000 }));
    expect(items.map((item) => (item.kind === 'problem' ? `${item.code} ${String(item.url)}` : item.kind))).toStrictEqual([
      'truncated-record https://example.org/big',
    ]);
    expect((items[0] as WarcProblem).message).toMatch(/^The input ends 2\d,\d{3} bytes into a record block of 50,000 bytes\.$/u);
  });

  it('skips a record too large exactly to the end of a chunk, and reads the next', async () => {
    const big = wetFile([{ url: 'https://example.org/big', text: 'x'.repeat(5000) }], { gzip: false });
    const next = wetFile([RECORDS[1] as WetRecordInput], { gzip: false });
    const blockEnd = big.length - 4;
    const items = await collect(readWarcRecords([big.slice(0, 200), big.slice(200, blockEnd), big.slice(blockEnd), next], { maxRecordBytes: 3000 }));
    expect(items.map((item) => (item.kind === 'record' ? item.url : item.code))).toStrictEqual(['record-too-large', pageUrl('A', 1)]);
  });

  it('lets its buffer grow for a long record and shrink again after it', async () => {
    const records = [{ url: 'https://example.org/long', text: 'y'.repeat(3_000_000) }, ...RECORDS];
    const items = await collect(readWarcRecords(chunked(wetFile(records, { gzip: false }), 65_536)));
    expect(items.map((item) => (item.kind === 'record' ? item.content : item.code))).toStrictEqual(records.map((record) => record.text));
  });

  it('reports a file cut inside a header before its URL', async () => {
    const items = await collect(readWarcRecords([encoder.encode('WARC/1.0\r\nWARC-Type: conv')]));
    expect(items).toStrictEqual([{ kind: 'problem', code: 'truncated-record', url: null, offset: 0, message: 'The input ends inside a record header.' }]);
    expect(await collect(readWarcRecords([encoder.encode('\r\nWAR')]))).toMatchObject([{ code: 'truncated-record', offset: 2 }]);
  });

  it('throws a TypeError for what is not bytes, and for a bad option', async () => {
    await expect(collect(readWarcRecords('WARC/1.0' as never))).rejects.toThrow(TypeError);
    await expect(collect(readWarcRecords(['WARC/1.0'] as never))).rejects.toThrow(
      'Expected each chunk to be a Uint8Array, but got a string (encode it first).',
    );
    await expect(collect(readWarcRecords([[87, 65]] as never))).rejects.toThrow('Expected each chunk to be a Uint8Array, but got object.');
    await expect(collect(readWarcRecords({ read: () => 0 } as never))).rejects.toThrow(TypeError);
    await expect(collect(readWarcRecords([plain], { maxRecordBytes: -1 }))).rejects.toThrow(TypeError);
  });

  it('passes on an error of the source itself', async () => {
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield plain.slice(0, 100);
      await Promise.resolve();
      throw new Error('EIO: read failed');
    }
    await expect(collect(readWarcRecords(failing()))).rejects.toThrow('EIO: read failed');
  });
});

describe('decompressGzip', () => {
  it('finds out whether the runtime reads every member of a multi-member gzip (Node 20 does)', async () => {
    expect(typeof (await streamReadsAllMembers())).toBe('boolean');
  });

  it('splits members itself, for runtimes whose DecompressionStream stops after one, whatever the chunk boundaries', async () => {
    for (const size of [1, 3, 21, 700, gzipped.length]) {
      const out = bytesOf(await collect(decompressGzip(toAsync(chunked(gzipped, size)), 'members')));
      expect(Buffer.concat(out).equals(Buffer.from(plain))).toBe(true);
    }
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('reads members whose compressed data holds the bytes of a gzip header', async () => {
    // Stored (uncompressed) deflate blocks copy their text as it is, gzip's magic bytes included.
    const tricky = new Uint8Array([
      ...encoder.encode('Some forty bytes of text before the bytes '),
      0x1f,
      0x8b,
      0x08,
      0x00,
      ...encoder.encode(' that look like a member header'),
    ]);
    const members = [gzipSync(tricky, { level: 0 }), gzipSync(plain, { level: 0 }), gzipSync(tricky, { level: 0 })];
    const out = bytesOf(await collect(decompressGzip(toAsync(members.map((member) => new Uint8Array(member))), 'members')));
    expect(Buffer.concat(out).equals(Buffer.concat([tricky, plain, tricky]))).toBe(true);
  });

  it('streams a member too large to hold, before other members or last, whatever the runtime', async () => {
    const random = new Uint8Array(9 * 1024 * 1024);
    for (let i = 0; i < random.length; i++) random[i] = (i * 2654435761) >>> 24;
    const large = gzipSync(random, { level: 0 });
    const small = gzipSync(plain);
    for (const mode of ['auto', 'members'] as const) {
      const first = bytesOf(await collect(decompressGzip(toAsync(chunked(new Uint8Array(Buffer.concat([large, small])), 1 << 20)), mode)));
      expect(Buffer.concat(first).equals(Buffer.concat([random, plain]))).toBe(true);
      const last = bytesOf(await collect(decompressGzip(toAsync(chunked(new Uint8Array(Buffer.concat([small, large])), 1 << 20)), mode)));
      expect(Buffer.concat(last).equals(Buffer.concat([plain, random]))).toBe(true);
    }
  }, 30_000);

  it('yields the members around a corrupt one, and one fault in its place, whatever the runtime', async () => {
    const members = wetRecords(RECORDS, { gzip: true });
    const corrupt = (members[2] as Uint8Array).slice();
    corrupt.fill(0xff, 12, corrupt.length - 8);
    const bytes = new Uint8Array(Buffer.concat([members[0] as Uint8Array, members[1] as Uint8Array, corrupt, ...members.slice(3)]));
    const offset = (members[0] as Uint8Array).length + (members[1] as Uint8Array).length;
    for (const mode of ['auto', 'members'] as const) {
      const out = await collect(decompressGzip(toAsync(chunked(bytes, 4096)), mode));
      const faults = out.filter((item) => !(item instanceof Uint8Array));
      expect(faults).toStrictEqual([
        { kind: 'gzip-fault', offset, message: expect.stringMatching(/^The gzip data at byte [\d,]+ cannot be decompressed \(.+\)\.$/u) as unknown },
      ]);
      const at = out.findIndex((item) => !(item instanceof Uint8Array));
      const before = Buffer.concat(wetRecords(RECORDS.slice(0, 2), { gzip: false }));
      const after = Buffer.concat(wetRecords(RECORDS, { gzip: false }).slice(3));
      expect(Buffer.concat(bytesOf(out.slice(0, at))).equals(before)).toBe(true);
      expect(Buffer.concat(bytesOf(out.slice(at + 1))).equals(after)).toBe(true);
    }
  });

  it('returns nothing for no input', async () => {
    expect(await collect(decompressGzip(toAsync([]), 'members'))).toStrictEqual([]);
  });

  it('passes on an error of its input, and stops its input when its reader stops', async () => {
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield gzipped.slice(0, 500);
      await Promise.resolve();
      throw new Error('EIO: read failed');
    }
    await expect(collect(decompressGzip(failing()))).rejects.toThrow('EIO: read failed');
    let stopped = false;
    async function* endless(): AsyncGenerator<Uint8Array> {
      try {
        for (;;) {
          await Promise.resolve();
          yield gzipped.slice();
        }
      } finally {
        stopped = true;
      }
    }
    for await (const chunk of decompressGzip(endless())) {
      expect(chunk instanceof Uint8Array && chunk.length > 0).toBe(true);
      break;
    }
    expect(stopped).toBe(true);
  });

  it('says so when the runtime has no DecompressionStream', async () => {
    vi.stubGlobal('DecompressionStream', undefined);
    await expect(collect(decompressGzip(toAsync([gzipped])))).rejects.toThrow('Reading gzip needs the web-standard DecompressionStream');
  });

  it('yields what it could, then a fault, for gzip data cut short', async () => {
    const cut = gzipped.slice(0, gzipped.length - 100);
    for (const mode of ['auto', 'members'] as const) {
      const out = await collect(decompressGzip(toAsync([cut]), mode));
      expect(out.at(-1)).toMatchObject({
        kind: 'gzip-fault',
        message: expect.stringMatching(/^The gzip data at byte [\d,]+ is cut short \(.+\)\.$/u) as unknown,
      });
      expect(bytesOf(out).length).toBeGreaterThan(0);
    }
  });
});

describe('parseWarc', () => {
  it('parses the conversion records that are review pages, in order, as parse would', async () => {
    const items = await collect(parseWarc(chunked(gzipped, 4096)));
    expect(items.map((item) => (item.kind === 'page' ? item.url : item.kind))).toStrictEqual([pageUrl('A', 1), pageUrl('B', 2), pageUrl('G', 3)]);
    // The URL names the media the page does not say.
    expect(items[0]).toStrictEqual({ kind: 'page', url: pageUrl('A', 1), offset: expected[1]?.offset, result: parse(seed, { media: 'movie' }) });
  });

  it('chooses records by a text their URL contains', async () => {
    const items = await collect(parseWarc([plain], { url: 'metacritic.com/tv/' }));
    expect(items.map((item) => (item.kind === 'page' ? item.url : item.kind))).toStrictEqual([pageUrl('B', 2)]);
  });

  it('says why it passed each record over, when asked', async () => {
    const items = await collect(parseWarc([plain], { url: 'metacritic.com', reportSkipped: true }));
    expect(items.map((item) => describeItem(item))).toStrictEqual([
      'skipped record-type null',
      `page ${pageUrl('A', 1)}`,
      'skipped not-a-review-page https://www.metacritic.com/news/festival-round-up',
      `page ${pageUrl('B', 2)}`,
      'skipped url https://example.org/é-accents/日本',
      `page ${pageUrl('G', 3)}`,
    ]);
  });

  it('parses with the media the URL names, else with the media option, where the page does not say it', async () => {
    const [movie] = await collect(parseWarc([plain], { media: 'game', url: '/movie/' }));
    expect(movie?.kind === 'page' ? movie.result.page.media : undefined).toBe('movie');
    const elsewhere = wetFile([{ url: 'https://example.org/reviews/pusher', text: seed }], { gzip: false });
    const [optioned] = await collect(parseWarc([elsewhere], { media: 'game' }));
    expect(optioned?.kind === 'page' ? optioned.result.page.media : undefined).toBe('game');
    const [unsaid] = await collect(parseWarc([elsewhere]));
    expect(unsaid?.kind === 'page' ? unsaid.result.page.media : undefined).toBe(null);
  });

  it('yields a record cut short as a problem, not a page, and does not throw', async () => {
    const items = await collect(parseWarc([plain.slice(0, plain.length - 200)]));
    expect(items.map((item) => describeItem(item))).toStrictEqual([
      `page ${pageUrl('A', 1)}`,
      `page ${pageUrl('B', 2)}`,
      `problem truncated-record ${pageUrl('G', 3)}`,
    ]);
  });

  it('says once, at the first, that a file holds WARC response records (HTML) rather than WET text, plain or gzip', async () => {
    const responses = [1, 2, 3].map((index) => ({
      url: `https://www.metacritic.com/movie/m-${index}`,
      type: 'response',
      text: 'HTTP/1.1 200 OK\r\n\r\n<html></html>',
    }));
    const records = [warcinfoRecord(), ...responses];
    const offset = wetRecords([warcinfoRecord()], { gzip: false })[0]?.length;
    for (const gzip of [false, true]) {
      const items = await collect(parseWarc([wetFile(records, { gzip })], { reportSkipped: true }));
      expect(items).toStrictEqual([
        { kind: 'skipped', url: null, offset: 0, reason: 'record-type' },
        {
          kind: 'problem',
          code: 'response-records',
          message: 'The file holds WARC response records (HTML); this reads WET conversion records (the .warc.wet.gz files of a crawl).',
          url: 'https://www.metacritic.com/movie/m-1',
          offset,
        },
        ...[1, 2, 3].map((index) => ({
          kind: 'skipped',
          url: `https://www.metacritic.com/movie/m-${index}`,
          offset: expect.any(Number) as number,
          reason: 'record-type',
        })),
      ]);
    }
    // A WET file says nothing of the kind.
    expect((await collect(parseWarc([plain]))).filter((item) => item.kind === 'problem')).toStrictEqual([]);
  });

  it('passes maxRecordBytes on to the reader', async () => {
    const items = await collect(parseWarc([plain], { maxRecordBytes: 100 }));
    expect(items.map((item) => (item.kind === 'problem' ? `${item.code} ${String(item.url)}` : item.kind))).toStrictEqual([
      `record-too-large ${pageUrl('A', 1)}`,
      `record-too-large ${pageUrl('B', 2)}`,
      `record-too-large ${pageUrl('G', 3)}`,
    ]);
  });

  it('throws for options that are not its own or of the wrong type', async () => {
    await expect(collect(parseWarc([plain], { bogus: true } as never))).rejects.toThrow(
      'parseWarc: each option must be one of url, media, maxRecordBytes, reportSkipped; got "bogus".',
    );
    await expect(collect(parseWarc([plain], 'url' as never))).rejects.toThrow(
      'parseWarc: options must be an object { url?, media?, maxRecordBytes?, reportSkipped? }; got "url".',
    );
    await expect(collect(parseWarc([plain], { url: 3 } as never))).rejects.toThrow(TypeError);
    await expect(collect(parseWarc([plain], { reportSkipped: 'yes' } as never))).rejects.toThrow(
      'parseWarc: option reportSkipped must be a boolean; got "yes".',
    );
    await expect(collect(parseWarc([plain], { media: 'book' } as never))).rejects.toThrow(
      'parseWarc: option media must be one of "movie", "tv", "music", "game"; got "book".',
    );
  });
});

function describeItem(item: WarcPageItem): string {
  switch (item.kind) {
    case 'page':
      return `page ${item.url}`;
    case 'skipped':
      return `skipped ${item.reason} ${String(item.url)}`;
    case 'problem':
      return `problem ${item.code} ${String(item.url)}`;
  }
}

/** The output bytes of decompressGzip, faults left out. */
function bytesOf(items: readonly GzipOutput[]): Uint8Array[] {
  return items.filter((item): item is Uint8Array => item instanceof Uint8Array);
}

async function* toAsync(chunks: readonly Uint8Array[]): AsyncGenerator<Uint8Array> {
  for (const chunk of chunks) {
    await Promise.resolve();
    yield chunk;
  }
}
