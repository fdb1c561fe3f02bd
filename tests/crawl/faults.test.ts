import { describe, expect, it } from 'vitest';
import { readWarcRecords, type WarcProblem, type WarcRecord } from '../../src/crawl/index.js';
import { runInMemory } from '../support/command.js';
import { faultCases, pageRecords, recordBytes } from '../support/faults.js';
import { concatBytes } from '../../src/crawl/source.js';

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

function chunked(bytes: Uint8Array, size: number): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.slice(at, at + size));
  return chunks;
}

describe('readWarcRecords on damaged crawl files', () => {
  for (const gzip of [true, false]) {
    for (const fault of faultCases(gzip)) {
      it(`keeps every intact record, in order, and reports the fault once with its URL: ${fault.name} (${gzip ? 'gzip' : 'plain'})`, async () => {
        for (const size of [1000, 65_536]) {
          const items = await collect(readWarcRecords(chunked(fault.bytes, size)));
          const records = items.filter((item): item is WarcRecord => item.kind === 'record');
          const problems = items.filter((item): item is WarcProblem => item.kind === 'problem');
          expect(records.map((record) => record.url)).toStrictEqual(fault.intact);
          expect(problems).toHaveLength(1);
          // A member that cannot be decompressed at all does not say its URL: the problem names the record before it.
          if (fault.touched.length > 0) expect([fault.touched[0], fault.before]).toContain(problems[0]?.url);
          expect(problems[0]?.message).toMatch(/\.$/u);
        }
      });
    }
  }
});

describe('critic-consensus on damaged crawl files', () => {
  for (const gzip of [true, false]) {
    for (const fault of faultCases(gzip)) {
      it(`reports the fault in one line on standard error with its offset, exits 2, and reads every intact record: ${fault.name} (${gzip ? 'gzip' : 'plain'})`, async () => {
        const { status, stderr } = await runInMemory(['--json', '--progress', 'c.wet'], { 'c.wet': fault.bytes }, {}, 4096);
        expect(status).toBe(2);
        const lines = stderr.trimEnd().split('\n');
        const faults = lines.filter((line) => !/ records? read, /u.test(line));
        expect(faults).toHaveLength(1);
        // The offset in the data read, or (gzip, where members before were read only as far as their headers) the file's byte where the reading of the damage began.
        expect(faults[0]).toMatch(/^critic-consensus: c\.wet: (offset|byte) [\d,]+(: https:\/\/example\.org\/page-\d+)?: .+\.$/u);
        // Every intact record was read (a record the fault touches may be read too: a lying length is read up to the next record).
        const read = Number(/ ([\d,]+) records? read, /u.exec(lines.at(-1) ?? '')?.[1]?.replaceAll(',', ''));
        expect(read).toBeGreaterThanOrEqual(fault.intact.length);
        expect(read).toBeLessThanOrEqual(fault.intact.length + fault.touched.length);
      });
    }
  }

  it('names the record of a gzip member whose data fails its check, from its header, in its one line', async () => {
    const records = pageRecords(60);
    const members = recordBytes(records, true);
    // Past the first 4 KiB, which tell a crawl file of one member per record.
    const damaged = (members[40] as Uint8Array).slice();
    // The CRC-32 in the member's trailer: its data inflates whole, and fails the check.
    damaged[damaged.length - 8] = (damaged[damaged.length - 8] as number) ^ 0xff;
    const bytes = concatBytes([...members.slice(0, 40), damaged, ...members.slice(41)]);
    const { status, stderr } = await runInMemory(['--json', 'c.wet.gz'], { 'c.wet.gz': bytes }, {}, 65_536);
    expect(status).toBe(2);
    const at = members
      .slice(0, 40)
      .reduce((sum, member) => sum + member.length, 0)
      .toLocaleString('en-US');
    expect(stderr).toBe(
      `critic-consensus: c.wet.gz: byte ${at}: https://example.org/page-40: The gzip data at byte ${at} cannot be decompressed (incorrect data check).\n`,
    );
  });
});
