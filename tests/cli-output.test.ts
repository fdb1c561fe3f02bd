import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { binaryTest, decodeText } from '../src/cli/decode.js';
import { escapeControls } from '../src/formats/controls.js';
import { jsonLine, jsonPieces } from '../src/cli/json.js';
import { readArguments } from '../src/cli/args.js';
import { renderPage } from '../src/cli/run.js';
import { DIAGNOSTIC_CODES, parse, type Page } from '../src/index.js';
import { wetFile } from '../bench/wet.js';
import { readCsv } from './formats/helpers.js';
import { runInMemory as run } from './support/command.js';

const seed = readFileSync(join(import.meta.dirname, '..', 'examples', 'pusher.txt'), 'utf8');

/** `text` in UTF-16 with its byte-order mark. */
function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    bytes[2 + 2 * at] = order === 'le' ? code & 0xff : code >> 8;
    bytes[3 + 2 * at] = order === 'le' ? code >> 8 : code & 0xff;
  }
  return bytes;
}

/** `text` in Windows-1252 (its characters all below U+0100 here). */
function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (character) => character.charCodeAt(0));
}

describe('decodeText', () => {
  it('reads UTF-8, keeping a byte-order mark for the parser', () => {
    expect(decodeText(new TextEncoder().encode('\uFEFFclichés'))).toStrictEqual({ text: '\uFEFFclichés', encoding: 'utf-8' });
  });

  it('reads UTF-16 little- and big-endian after their byte-order marks', () => {
    expect(decodeText(utf16('Café – “quoted”', 'le'))).toStrictEqual({ text: 'Café – “quoted”', encoding: 'utf-16le' });
    expect(decodeText(utf16('Café – “quoted”', 'be'))).toStrictEqual({ text: 'Café – “quoted”', encoding: 'utf-16be' });
  });

  it('reads UTF-16 without a byte-order mark when its first characters show it, every other byte zero', () => {
    expect(decodeText(utf16('Café – “quoted”', 'le').subarray(2))).toStrictEqual({ text: 'Café – “quoted”', encoding: 'utf-16le' });
    expect(decodeText(utf16('Pusher\r\n\tx', 'be').subarray(2))).toStrictEqual({ text: 'Pusher\r\n\tx', encoding: 'utf-16be' });
    // Too short to tell, or a control character among the first: not UTF-16.
    expect(decodeText(utf16('abc', 'le').subarray(2)).encoding).toBe('utf-8');
    expect(decodeText(Uint8Array.from([0x41, 0, 0x42, 0, 0x01, 0, 0x43, 0, 0x44, 0])).encoding).toBe('utf-8');
    expect(decodeText(Uint8Array.from([0x41, 0, 0x42, 0, 0, 0, 0x43, 0, 0x44, 0])).encoding).toBe('utf-8');
  });

  it('reads text that is not UTF-8 as Windows-1252, with a warning at the first byte that is not', () => {
    const bytes = latin1('Line one\r\nA clich\u00e9s \u0093quoted\u0094\n');
    expect(decodeText(bytes)).toStrictEqual({
      text: 'Line one\r\nA clichés “quoted”\n',
      encoding: 'windows-1252',
      diagnostic: {
        code: 'not-utf-8',
        severity: 'warning',
        message: 'The text is not valid UTF-8 (byte 0xe9 at offset 17); it was read as Windows-1252.',
        span: { start: { line: 2, column: 8, offset: 17 }, end: { line: 2, column: 9, offset: 18 } },
      },
    });
    expect(DIAGNOSTIC_CODES['not-utf-8'].severity).toBe('warning');
  });

  it('takes overlong forms, surrogates and cut-short sequences as not UTF-8', () => {
    for (const bad of [
      [0xc0, 0xaf],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0x41, 0xe2, 0x82],
    ]) {
      expect(decodeText(Uint8Array.from(bad)).encoding, bad.join(' ')).toBe('windows-1252');
    }
    expect(decodeText(Uint8Array.from([0x41, 0xe2, 0x82])).diagnostic?.span.start.offset).toBe(1);
    expect(decodeText(Uint8Array.from([0xf0, 0x9f, 0x98, 0x80, 0x80])).diagnostic?.span.start.offset).toBe(4);
  });
});

describe('binaryTest', () => {
  /** Whether the test fed these chunks in order answers true for any. */
  function binary(...chunks: Uint8Array[]): boolean {
    const isBinary = binaryTest();
    return chunks.map((chunk) => isBinary(chunk)).includes(true);
  }
  /** `length` bytes of "a", with a NUL byte at `at`. */
  function nulAt(at: number, length: number): Uint8Array {
    const bytes = new Uint8Array(length).fill(0x61);
    bytes[at] = 0;
    return bytes;
  }

  it('answers true for a file with a NUL byte among its first 8 KiB (a PNG, a zip)', () => {
    expect(binary(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toBe(true);
    expect(binary(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0]))).toBe(true);
    expect(binary(nulAt(8191, 20_000))).toBe(true);
  });

  it('answers false for text, and for a NUL byte after the first 8 KiB', () => {
    expect(binary(new TextEncoder().encode('Generally favorable reviews - clichés'))).toBe(false);
    expect(binary(latin1('clich\u00e9s'))).toBe(false);
    expect(binary(nulAt(8192, 20_000))).toBe(false);
    expect(binary(new Uint8Array(0))).toBe(false);
  });

  it('answers false for UTF-16 text after its byte-order mark, zero bytes and all', () => {
    expect(binary(utf16('Café', 'le'))).toBe(false);
    expect(binary(utf16('Café', 'be'))).toBe(false);
  });

  it('answers false for UTF-16 text without a byte-order mark, and true for zero bytes among controls', () => {
    expect(binary(utf16(seed, 'le').subarray(2))).toBe(false);
    expect(binary(utf16(seed, 'be').subarray(2))).toBe(false);
    expect(binary(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toBe(true);
  });

  it('tells the same fed chunk by chunk, across chunks and after an empty first one', () => {
    const bytes = nulAt(8191, 20_000);
    expect(binary(bytes.subarray(0, 5000), bytes.subarray(5000))).toBe(true);
    const late = nulAt(8192, 20_000);
    expect(binary(late.subarray(0, 5000), late.subarray(5000))).toBe(false);
    const text = utf16('Café', 'le');
    expect(binary(new Uint8Array(0), text.subarray(0, 3), text.subarray(3))).toBe(false);
  });
});

describe('critic-consensus on text in other encodings', () => {
  it('reads a UTF-16 file (Notepad\'s "Unicode") as the page it is, not as a binary file', async () => {
    const plain = await run(['p.txt'], { 'p.txt': seed });
    for (const order of ['le', 'be'] as const) {
      expect(await run(['p.txt'], { 'p.txt': utf16(seed, order) })).toStrictEqual(plain);
      // And without its byte-order mark, as iconv writes it.
      expect(await run(['p.txt'], { 'p.txt': utf16(seed, order).subarray(2) })).toStrictEqual(plain);
    }
  });

  it('reads a Windows-1252 file with its accents, and says so in a warning, which --strict counts', async () => {
    const text = seed.replace('Mean Streets', 'Clich\u00e9s of Mean Streets');
    const json = await run(['--json', 'p.txt'], { 'p.txt': latin1(text) });
    const record = JSON.parse(json.stdout) as { page: { reviews: { excerpt: string }[] }; diagnostics: { code: string; span: { start: { line: number } } }[] };
    expect(record.page.reviews.some((review) => review.excerpt.includes('Clichés of Mean Streets'))).toBe(true);
    expect(record.diagnostics.map((diagnostic) => diagnostic.code)).toStrictEqual(['not-utf-8']);
    expect(json.status).toBe(0);
    // The first character that is not ASCII (a no-break space of the page, before the accent).
    let first = 0;
    while (text.charCodeAt(first) <= 0x7f) first += 1;
    const line = text.slice(0, first).split('\n').length;
    expect((await run(['p.txt'], { 'p.txt': latin1(text) })).stdout).toContain(`\np.txt:${line}:`);
    expect((await run(['--strict', 'p.txt'], { 'p.txt': latin1(text) })).status).toBe(1);
  });
});

describe('escapeControls', () => {
  it('writes control characters as escapes and leaves other text as it is', () => {
    expect(escapeControls('\u001b]0;HACKED\u0007\u001b[2J a\tb\nc\u007f\u009b\u2028\u202e é “x”')).toBe(
      '\\x1b]0;HACKED\\x07\\x1b[2J a\tb\\x0ac\\x7f\\x9b\\u2028\\u202e é “x”',
    );
  });
});

describe('critic-consensus output on a terminal', () => {
  const hostile = '\u001b]0;HACKED\u0007\u001b[2J';
  const page = `Pusher${hostile}\n\nGenerally favorable reviews - based on 4 Critics\n  1. 80\n    Fine.\n${hostile}Fan Theories\n`;

  it('shows control characters escaped in titles, page text, file names and diagnostics; --json keeps them', async () => {
    const name = `p${hostile}.txt`;
    const summary = await run([name], { [name]: page });
    expect(Array.from(summary.stdout).filter((character) => character < ' ' && character !== '\n')).toStrictEqual([]);
    expect(summary.stdout).toContain('\\x1b]0;HACKED\\x07\\x1b[2J');
    expect(summary.stdout.startsWith('p\\x1b]0;HACKED\\x07\\x1b[2J.txt\n')).toBe(true);
    const json = await run(['--json', 'p.txt'], { 'p.txt': page });
    expect(JSON.stringify(JSON.parse(json.stdout))).toBe(json.stdout.trimEnd());
    expect((JSON.parse(json.stdout) as { page: { title: string } }).page.title).toBe(`Pusher${hostile}`);
  });

  it('shows control characters escaped in messages on standard error', async () => {
    const missing = `gone${hostile}.txt`;
    const { stderr } = await run([missing, 'empty.txt'], { 'empty.txt': '' });
    expect(stderr).toBe('critic-consensus: gone\\x1b]0;HACKED\\x07\\x1b[2J.txt: no such file\ncritic-consensus: empty.txt: is empty\n');
  });
});

describe('critic-consensus output with hostile text', () => {
  /** ESC sequences (retitle, clear, colour), C0 and C1 controls (U+009B is CSI), DEL, NEL, a line separator, bidi overrides and isolates. */
  const hostile = '\u001b]0;HACKED\u0007\u001b[2J\u009b31m\u0001\u007f\u0085\u2028\u202eevil\u2066x\u2069';
  // A NUL past the first 8 KiB, where it no longer makes the file binary.
  const text = `Pusher ${hostile}\n\nGenerally favorable reviews - based on 4 Critics\n  1. Reviewed by: Ann${hostile}\n    Variety\n    80\n    ${'Fine. '.repeat(1500)}\u0000${hostile} and more.\n`;
  const name = `p${hostile}.txt`;
  /** What a terminal acts on: controls but tab and LF (and a CSV record's CRLF), bidi controls, line separators. */
  // eslint-disable-next-line no-control-regex -- the controls are what is looked for
  const unsafe = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
  const excerpt = (page: Page): string => page.reviews[0]?.excerpt ?? '';

  for (const args of [[], ['--json'], ['--csv'], ['--csv', '--raw-csv'], ['--profile', 'metacritic']]) {
    it(`writes nothing a terminal acts on with ${args.join(' ') || 'the summary'}, on a terminal`, async () => {
      const { stdout, status } = await run([...args, name], { [name]: text }, { stdoutIsTerminal: true });
      expect(status).toBe(0);
      expect(stdout.replaceAll('\r\n', '\n')).not.toMatch(unsafe);
      expect(stdout).toContain(args[0] === '--json' ? '\\u009b31m' : '\\x9b31m');
    });
  }

  it('keeps the text intact in --csv to a file or a pipe, the CSV well-formed, and in --json on a terminal or not', async () => {
    const page = parse(text).page;
    const csv = readCsv((await run(['--csv', '--raw-csv', name], { [name]: text })).stdout);
    expect(csv.slice(1).map((row) => [row[0], row[3], row[6], row.at(-1)])).toStrictEqual([[name, page.title, page.reviews[0]?.critic?.name, excerpt(page)]]);
    // The parser reads U+2028 as a space; every other character of the text is kept.
    expect(excerpt(page)).toContain('\u0000\u001b]0;HACKED\u0007\u001b[2J\u009b31m\u0001\u007f\u0085 \u202eevil\u2066x\u2069 and more.');
    for (const stdoutIsTerminal of [false, true]) {
      const json = (await run(['--json', name], { [name]: text }, { stdoutIsTerminal })).stdout;
      expect(json.slice(0, -1)).not.toMatch(unsafe);
      const record = JSON.parse(json) as { file: string; page: Page };
      expect([record.file, record.page.title, excerpt(record.page)]).toStrictEqual([name, page.title, excerpt(page)]);
    }
  });

  it('writes a lone surrogate escaped on a terminal and in CSV to a file, and as a JSON escape, never as a broken character', () => {
    const half = 'Half \ud83d of a pair, whole \ud83d\ude00.';
    const lone = `${half}\n\nGenerally favorable reviews - based on 4 Critics\n  1. 80\n    ${half}\n`;
    const options = { ...readArguments([]), terminal: true };
    const task = { file: 'p.txt', url: null, content: lone };
    expect(renderPage(options, task).output).toContain('Half \\ud83d of a pair, whole \ud83d\ude00.');
    expect(Array.from(renderPage({ ...options, csv: true }, task).output as Iterable<string>).join('')).toContain(
      'Half \\ud83d of a pair, whole \ud83d\ude00.',
    );
    // To a file or a pipe the CSV keeps the text, but half a pair, which UTF-8 cannot carry, is the escape JSON writes, not U+FFFD.
    const piped = Array.from(renderPage({ ...options, terminal: false, csv: true }, task).output as Iterable<string>).join('');
    expect(piped).toContain('Half \\ud83d of a pair, whole \ud83d\ude00.');
    expect(piped).toBe(new TextDecoder().decode(new TextEncoder().encode(piped)));
    const json = renderPage({ ...options, json: true }, task).output as string;
    expect(json).toContain('Half \\ud83d of a pair');
    expect(json).not.toMatch(/[\ud800-\udfff]/u);
    expect((JSON.parse(json) as { page: Page }).page.title).toBe(half);
  });

  it('writes messages, diagnostics and progress on standard error with nothing a terminal acts on', async () => {
    const crawl = wetFile([{ url: `https://www.metacritic.com/movie/x${hostile}/critic-reviews`, text: `${text}\n` }], { gzip: false });
    const cut = crawl.slice(0, crawl.length - 400);
    const { stderr, status } = await run(['--progress', `gone${hostile}`, 'cut.wet', '-'], { 'cut.wet': cut, '-': `x${hostile}\n` });
    expect(status).toBe(7);
    expect(stderr).toContain('gone\\x1b]0;HACKED');
    expect(stderr).toContain('x\\x1b]0;HACKED');
    expect(stderr).toContain('1 record read, 1 page parsed');
    expect(stderr).not.toMatch(unsafe);
  });
});

describe('critic-consensus --json', () => {
  it('writes one line per page when a file name or the page text holds U+2028, U+2029 or U+0085', async () => {
    const name = 'p\u2028q.txt';
    const { stdout } = await run(['--json', name, 'r.txt'], { [name]: seed.replace('A promising debut.', 'A promising\u0085debut.'), 'r.txt': seed });
    const lines = stdout.split(/\r\n|[\n\r\u0085\u2028\u2029]/u);
    expect(lines).toHaveLength(3);
    expect((JSON.parse(lines[0] ?? '') as { file: string }).file).toBe(name);
    expect(stdout).toContain('A promising\\u0085debut.');
  });
});

describe('critic-consensus --csv', () => {
  const page = 'Mixed or average reviews - based on 4 Critics\n  1. Reviewed by: =HYPERLINK("http://x","y")\n    50\n    +1 and -1 and @me\n';

  it('writes cells that a spreadsheet would run as formulas after a quote, and as they are with --raw-csv', async () => {
    const name = '=cmd|calc.csv';
    const safe = await run(['--csv', name], { [name]: page });
    expect(safe.stdout.split('\r\n')[1]).toBe('\'=cmd|calc.csv,film,,,,1,"\'=HYPERLINK(""http://x"",""y"")",true,,50,,,metacritic,,,,,\'+1 and -1 and @me');
    const raw = await run(['--csv', '--raw-csv', name], { [name]: page });
    expect(raw.stdout.split('\r\n')[1]).toBe('=cmd|calc.csv,film,,,,1,"=HYPERLINK(""http://x"",""y"")",true,,50,,,metacritic,,,,,+1 and -1 and @me');
  });
});

describe('jsonLine', () => {
  it('is JSON.stringify and a newline for what a string can hold', () => {
    expect(jsonLine({ a: [1, 'x'], b: undefined })).toBe('{"a":[1,"x"]}\n');
  });

  it('escapes U+0085, U+2028 and U+2029, which line readers split at, keeping the value', () => {
    const value = { file: 'a\u2028b.txt', text: 'x\u2029y\u0085z' };
    const line = jsonLine(value);
    expect(line).toBe('{"file":"a\\u2028b.txt","text":"x\\u2029y\\u0085z"}\n');
    expect(JSON.parse(line as string)).toStrictEqual(value);
    expect([...jsonPieces(['\u2028', { a: '\u2029' }], 2)].join('')).toBe('["\\u2028",{"a":"\\u2029"}]\n');
  });

  it('gives the same text in pieces for a value JSON.stringify cannot hold, its parts tried whole', () => {
    const value = {
      file: 'p.txt',
      skipped: undefined,
      page: { reviews: Array.from({ length: 12_000 }, (_, index) => ({ index, text: `r${index}`, gone: undefined })) },
      fn: (): void => undefined,
    };
    const expected = `${JSON.stringify(value)}\n`;
    const original = JSON.stringify;
    // As V8 does past its longest string: a RangeError for what is too long.
    const stringify = vi.spyOn(JSON, 'stringify').mockImplementation((item: unknown) => {
      const text = original(item);
      if (text.length > 50_000) throw new RangeError('Invalid string length');
      return text;
    });
    try {
      const line = jsonLine(value);
      expect(typeof line).not.toBe('string');
      expect([...(line as Iterable<string>)].join('')).toBe(expected);
    } finally {
      stringify.mockRestore();
    }
    const pieces = [...jsonPieces([1, undefined, [2, { a: 'b' }]], 4)];
    expect(pieces.join('')).toBe('[1,null,[2,{"a":"b"}]]\n');
    expect(pieces.length).toBeGreaterThan(1);
  });

  it('lets the command write a page whose JSON is longer than a string can be', async () => {
    const plain = await run(['--json', 'p.txt'], { 'p.txt': seed });
    const original = JSON.stringify;
    const stringify = vi.spyOn(JSON, 'stringify').mockImplementation((item: unknown) => {
      const text = original(item);
      if (text.length > 2_000) throw new RangeError('Invalid string length');
      return text;
    });
    try {
      const written: string[] = [];
      const pieces = await run(
        ['--json', 'p.txt'],
        { 'p.txt': seed },
        {
          stdout: (text) => {
            written.push(String(text));
          },
        },
      );
      expect(pieces.status).toBe(0);
      expect(stringify.mock.results.some((result) => result.type === 'throw')).toBe(true);
      expect(written.join('')).toBe(plain.stdout);
    } finally {
      stringify.mockRestore();
    }
  });
});
