import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generatePages } from '../../bench/generate.js';
import { pageUrl, warcinfoRecord, wetFile } from '../../bench/wet.js';
import { gunzip, openInput } from '../../src/cli/crawl-io.js';
import { readWarcRecords, type WarcProblem, type WarcRecord } from '../../src/crawl/index.js';

const pages = generatePages(40, 21);
const records = [warcinfoRecord(), ...pages.map((page, index) => ({ url: pageUrl(page.layout, index), text: page.text }))];
const directory = mkdtempSync(join(tmpdir(), 'critic-consensus-io-'));
afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

function urls(items: readonly (WarcRecord | WarcProblem)[]): (string | null)[] {
  return items.map((item) => (item.kind === 'record' ? item.url : `${item.code} ${item.url ?? ''}`));
}

describe('the command\'s file streaming', () => {
  it('reads a file in chunks, and says why a file cannot be opened', async () => {
    const file = join(directory, 'crawl.wet');
    writeFileSync(file, wetFile(records, { gzip: false }));
    const opened = await openInput(file);
    expect('problem' in opened).toBe(false);
    expect(urls(await collect(readWarcRecords(opened as AsyncIterable<Uint8Array>)))).toStrictEqual(records.map((record) => record.url));
    expect(await openInput(join(directory, 'missing'))).toStrictEqual({ problem: 'no such file', exit: 3 });
    expect(await openInput(directory)).toStrictEqual({ problem: 'is a directory, not a file', exit: 4 });
  });

  it('decompresses every member of a gzip WET file with zlib', async () => {
    const file = join(directory, 'crawl.wet.gz');
    writeFileSync(file, wetFile(records, { gzip: true }));
    const opened = (await openInput(file)) as AsyncIterable<Uint8Array>;
    expect(urls(await collect(readWarcRecords(gunzip(opened))))).toStrictEqual(records.map((record) => record.url));
  });

  it('passes on everything before a cut, then the cut record as a problem', async () => {
    const bytes = wetFile(records, { gzip: true });
    for (const size of [100, 4096, bytes.length]) {
      async function* chunks(): AsyncGenerator<Uint8Array> {
        const cut = bytes.slice(0, bytes.length - 500);
        for (let at = 0; at < cut.length; at += size) {
          await Promise.resolve();
          yield cut.slice(at, at + size);
        }
      }
      const items = await collect(readWarcRecords(gunzip(chunks())));
      expect(urls(items.slice(0, -1))).toStrictEqual(records.slice(0, -1).map((record) => record.url));
      expect(items.at(-1)).toMatchObject({ kind: 'problem', code: 'truncated-record', url: records.at(-1)?.url });
    }
  });
});
