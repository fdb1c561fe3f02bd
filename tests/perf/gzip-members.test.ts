/**
 * The per-member gzip mode (browsers, whose DecompressionStream stops at a
 * member's end) is linear in its input: four times the members take about
 * four times as long (it was quadratic: 2 MB 5.8 s, 4 MB 18.6 s, 8 MB 75 s),
 * within a budget relative to the one-stream mode on the same bytes.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decompressGzip } from '../../src/crawl/gzip.js';

/** Members of about 6 KB compressed each (a page of varied text), `megabytes` of them, in 64 KiB chunks. */
function members(megabytes: number): Uint8Array[] {
  const parts: Buffer[] = [];
  let size = 0;
  for (let index = 0; size < megabytes * 1_000_000; index++) {
    const words = Array.from({ length: 3000 }, (_, word) => ((index * 7919 + word * 104_729) % 100_003).toString(36));
    const member = gzipSync(`WARC/1.0\r\nContent-Length: 1\r\n\r\n${words.join(' ')}\r\n\r\n`);
    parts.push(member);
    size += member.length;
  }
  const bytes = new Uint8Array(Buffer.concat(parts));
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += 65_536) chunks.push(bytes.subarray(at, at + 65_536));
  return chunks;
}

async function seconds(chunks: readonly Uint8Array[], mode: 'auto' | 'members'): Promise<number> {
  const started = performance.now();
  let output = 0;
  const replay = async function* replay(): AsyncGenerator<Uint8Array> {
    for (const chunk of chunks) {
      await Promise.resolve();
      yield chunk;
    }
  };
  for await (const item of decompressGzip(replay(), mode)) if (item instanceof Uint8Array) output += item.length;
  expect(output).toBeGreaterThan(0);
  return (performance.now() - started) / 1000;
}

async function median(chunks: readonly Uint8Array[], mode: 'auto' | 'members'): Promise<number> {
  const times: number[] = [];
  for (let round = 0; round < 3; round++) times.push(await seconds(chunks, mode));
  return times.sort((a, b) => a - b)[1] as number;
}

describe('decompressGzip, member by member', () => {
  it('takes time linear in its input, within a budget of the one-stream mode', async () => {
    const small = members(2);
    const large = members(8);
    // A first run warms the code up.
    await seconds(small, 'members');
    const smallTime = await median(small, 'members');
    const largeTime = await median(large, 'members');
    const oneStream = await median(large, 'auto');
    console.log(
      `decompressGzip by member: 2 MB ${smallTime.toFixed(2)} s, 8 MB ${largeTime.toFixed(2)} s (${(largeTime / smallTime).toFixed(2)}x); one stream on 8 MB ${oneStream.toFixed(2)} s`,
    );
    // Linear is 4; quadratic would be 16.
    expect(largeTime / smallTime).toBeLessThan(8);
    // A stream per member costs more than one stream (about 5 times in Node 20), never by an order that grows.
    expect(largeTime / oneStream).toBeLessThan(20);
  }, 120_000);
});
