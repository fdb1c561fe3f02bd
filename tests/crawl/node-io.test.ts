import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generatePages } from '../../bench/generate.js';
import { pageUrl, warcinfoRecord, wetFile } from '../../bench/wet.js';
import { openInput } from '../../src/cli/crawl-io.js';
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

describe("the command's file streaming", () => {
  it('reads a file in chunks, and says why a file cannot be opened', async () => {
    const file = join(directory, 'crawl.wet');
    writeFileSync(file, wetFile(records, { gzip: false }));
    const opened = await openInput(file);
    expect('problem' in opened).toBe(false);
    expect(urls(await collect(readWarcRecords(opened as AsyncIterable<Uint8Array>)))).toStrictEqual(records.map((record) => record.url));
    expect(await openInput(join(directory, 'missing'))).toStrictEqual({ problem: 'no such file', exit: 3 });
    expect(await openInput(directory)).toStrictEqual({ problem: 'is a directory, not a file', exit: 4 });
  });

  it('streams a gzip WET file from disk to the reader', async () => {
    const file = join(directory, 'crawl.wet.gz');
    writeFileSync(file, wetFile(records, { gzip: true }));
    const opened = (await openInput(file)) as AsyncIterable<Uint8Array>;
    expect(urls(await collect(readWarcRecords(opened)))).toStrictEqual(records.map((record) => record.url));
  });
});
