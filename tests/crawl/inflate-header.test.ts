import { constants, deflateRawSync, gunzipSync, gzipSync, type ZlibOptions } from 'node:zlib';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { wetRecord } from '../../bench/wet.js';
import { inflateHeader } from '../../src/cli/inflate-header.js';

const encoder = new TextEncoder();
const text = (bytes: Uint8Array | undefined): string | undefined => (bytes === undefined ? undefined : Buffer.from(bytes).toString('latin1'));

/** What zlib makes of the member, up to where inflateHeader is to stop: the first blank line, or `limit` bytes. */
function expected(member: Uint8Array, limit: number): string {
  const whole = gunzipSync(member).toString('latin1');
  const end = whole.indexOf('\r\n\r\n');
  return whole.slice(0, Math.min(limit, end < 0 ? whole.length : end + 4));
}

const record = (url: string, body: string): Uint8Array => wetRecord({ url, text: body }, 7);

const SETTINGS: readonly [string, ZlibOptions][] = [
  ['level 0 (stored blocks)', { level: 0 }],
  ['level 1', { level: 1 }],
  ['level 6', { level: 6 }],
  ['level 9', { level: 9 }],
  ['fixed Huffman codes', { strategy: constants.Z_FIXED }],
  ['Huffman codes only', { strategy: constants.Z_HUFFMAN_ONLY }],
  ['run-length matches', { strategy: constants.Z_RLE }],
  ['filtered', { strategy: constants.Z_FILTERED }],
];

describe('inflateHeader', () => {
  it('returns the bytes of a WARC header up to its blank line, whatever the compression settings', () => {
    const bytes = record('https://www.metacritic.com/movie/pusher/critic-reviews', 'Generally favorable reviews\n'.repeat(200));
    for (const [name, options] of SETTINGS) {
      const member = new Uint8Array(gzipSync(bytes, options));
      expect({ name, header: text(inflateHeader(member, 65_536)) }).toStrictEqual({ name, header: expected(member, 65_536) });
    }
  });

  it('returns the first limit bytes when no blank line comes before them, and the whole output when it is shorter', () => {
    const member = new Uint8Array(gzipSync('no blank line here, '.repeat(100)));
    expect(text(inflateHeader(member, 50))).toBe('no blank line here, '.repeat(100).slice(0, 50));
    expect(text(inflateHeader(new Uint8Array(gzipSync('short')), 1024))).toBe('short');
    expect(text(inflateHeader(new Uint8Array(gzipSync('')), 1024))).toBe('');
  });

  it('finds a blank line made by a match that copies earlier output', () => {
    // "\r\n\r\n" repeated: after the first, the rest are copies (a match at distance 2).
    const member = new Uint8Array(gzipSync('WARC/1.0\r\nA: b\r\n\r\n\r\n\r\n\r\n\r\nrest'));
    expect(text(inflateHeader(member, 1024))).toBe('WARC/1.0\r\nA: b\r\n\r\n');
    const copied = new Uint8Array(gzipSync('x\r\nx\r\nx\r\nx\r\n\r\nrest'));
    expect(text(inflateHeader(copied, 1024))).toBe(expected(copied, 1024));
  });

  it('reads past the optional fields of a gzip header (extra field, name, comment, header CRC)', () => {
    const body = 'WARC/1.0\r\nContent-Length: 0\r\n\r\n\r\n\r\n';
    const deflated = deflateRawSync(body);
    const header = [
      0x1f,
      0x8b,
      8,
      4 | 8 | 16 | 2,
      0,
      0,
      0,
      0,
      0,
      3,
      3,
      0,
      1,
      2,
      3,
      ...encoder.encode('name.warc'),
      0,
      ...encoder.encode('a comment'),
      0,
      0xaa,
      0xbb,
    ];
    const member = new Uint8Array([...header, ...deflated, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(text(inflateHeader(member, 1024))).toBe('WARC/1.0\r\nContent-Length: 0\r\n\r\n');
  });

  it('returns undefined for data that is not gzip, is damaged, or is cut short, rather than guessing', () => {
    const member = new Uint8Array(gzipSync(record('https://example.org/a', 'text '.repeat(500))));
    expect(inflateHeader(encoder.encode('WARC/1.0\r\n\r\n'.repeat(4)), 1024)).toBeUndefined();
    expect(inflateHeader(member.subarray(0, 30), 1024)).toBeUndefined();
    const broken = member.slice();
    // Block type 3 is reserved: the first block header made invalid.
    broken[10] = (broken[10] as number) | 0b110;
    expect(inflateHeader(broken, 1024)).toBeUndefined();
    expect(inflateHeader(new Uint8Array(0), 1024)).toBeUndefined();
  });

  test.prop([fc.uint8Array({ maxLength: 3000 }), fc.constantFrom(...SETTINGS), fc.integer({ min: 1, max: 4000 })], { numRuns: 300 })(
    'agrees with zlib on any bytes at any settings, up to the blank line or the limit',
    (bytes, [, options], limit) => {
      const member = new Uint8Array(gzipSync(bytes, options));
      expect(text(inflateHeader(member, limit))).toBe(expected(member, limit));
    },
  );

  test.prop(
    [fc.array(fc.constantFrom('WARC', '/1.0', '\r\n', '\r', '\n', 'a', 'Content-Length: 12', ' ', 'xyzxyz'), { maxLength: 400 }), fc.constantFrom(...SETTINGS)],
    {
      numRuns: 300,
    },
  )('agrees with zlib on header-like text full of repeats and line breaks', (parts, [, options]) => {
    const member = new Uint8Array(gzipSync(parts.join(''), options));
    expect(text(inflateHeader(member, 65_536))).toBe(expected(member, 65_536));
  });

  test.prop([fc.uint8Array({ minLength: 20, maxLength: 400 }), fc.nat(), fc.integer({ min: 0, max: 255 })], { numRuns: 300 })(
    "never throws on a damaged member: it gives zlib's output, or undefined",
    (bytes, where, value) => {
      const member = new Uint8Array(gzipSync(bytes));
      member[10 + (where % (member.length - 18))] = value;
      const got = inflateHeader(member, 65_536);
      if (got === undefined) return;
      // Damage zlib reads through (its checksum aside) gives the same bytes here.
      let whole: string;
      try {
        whole = gunzipSync(member, { finishFlush: constants.Z_SYNC_FLUSH }).toString('latin1');
      } catch {
        return;
      }
      const end = whole.indexOf('\r\n\r\n');
      expect(text(got)).toBe(whole.slice(0, end < 0 ? whole.length : end + 4));
    },
  );
});
