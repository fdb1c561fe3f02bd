import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCommand, type CommandIO } from '../src/cli/run.js';

const seed = readFileSync(join(import.meta.dirname, '..', 'examples', 'pusher.txt'), 'utf8');

/** Runs the command on in-memory files; returns its status and what it wrote. */
function run(argv: readonly string[], files: Readonly<Record<string, string>> = {}): { status: number; stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  const io: CommandIO = {
    readInput: (file) => (Object.hasOwn(files, file) ? (files[file] as string) : { problem: 'no such file' }),
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    version: () => '9.9.9',
  };
  const status = runCommand(argv, io);
  return { status, stdout, stderr };
}

describe('critic-consensus', () => {
  it('prints a readable summary of the seed page', () => {
    const { status, stdout, stderr } = run(['pusher.txt'], { 'pusher.txt': seed });
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe(
      [
        'pusher.txt',
        '  kind             title page',
        '  verdict          Generally favorable reviews, based on 11 critics',
        '  distribution     positive █████████████████████████····· 9',
        '                   mixed    █████························· 2 (inferred)',
        '                   negative ······························ 0',
        '  reviews          11 listed of 11, 1 scored',
        '  scores           mean 80, median 80, min 80, max 80, sd 0',
        '  positive         100% of scored reviews',
        '  listed verdict   tbd (1 scored, too few for a verdict)',
        '  metascore range  61 to 80 (verdict 61-80, distribution 59-91)',
        '  discrepancies    none',
        '  diagnostics      none',
        '',
      ].join('\n'),
    );
  });

  it('prints one JSON object per page and line with the page, its aggregate and diagnostics', () => {
    const { status, stdout } = run(['--json', 'a.txt', 'b.txt'], { 'a.txt': seed, 'b.txt': 'Hello\n' });
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const first = JSON.parse(lines[0] ?? '') as { page: { reviews: unknown[] }; aggregate: Record<string, unknown>; diagnostics: unknown[] };
    expect(first.page.reviews).toHaveLength(11);
    expect(first.aggregate).toMatchObject({
      count: 11,
      scoredCount: 1,
      mean: 80,
      consistency: {
        inferredDistribution: { positive: 9, mixed: 2, negative: 0, inferred: ['mixed'] },
        metascoreInterval: { min: 61, max: 80 },
      },
    });
    expect(first.diagnostics).toStrictEqual([]);
    const second = JSON.parse(lines[1] ?? '') as { diagnostics: { code: string }[] };
    expect(second.diagnostics.map((diagnostic) => diagnostic.code)).toStrictEqual(['not-a-review-page']);
  });

  it('prints diagnostics as file:line:column: severity code message', () => {
    const text = 'Mixed or average reviews - based on 4 Critics\n  1. 50\n    Fine.\nFan Theories Corner\n';
    const { stdout } = run(['page.txt'], { 'page.txt': text });
    expect(stdout).toContain('\npage.txt:4:1: warning unrecognised-line The line "Fan Theories Corner" fits no part of a review page at this place.\n');
  });

  it('reads standard input when given no file or "-"', () => {
    expect(run([], { '-': seed }).stdout).toMatch(/^<stdin>\n/u);
    expect(run(['--json', '-'], { '-': seed }).stdout).toMatch(/^\{"file":"<stdin>"/u);
  });

  it('exits 1 with --strict when a diagnostic is an error, and 0 without it', () => {
    expect(run(['--strict', 'x.txt'], { 'x.txt': 'Hello\n' }).status).toBe(1);
    expect(run(['x.txt'], { 'x.txt': 'Hello\n' }).status).toBe(0);
    expect(run(['--strict', 'x.txt'], { 'x.txt': seed }).status).toBe(0);
  });

  it('passes --media to pages that do not say theirs', () => {
    const { stdout } = run(['--json', '--media', 'game', 'x.txt'], { 'x.txt': seed });
    expect((JSON.parse(stdout) as { page: { media: string } }).page.media).toBe('game');
    expect(run(['--json', '--media=tv', 'x.txt'], { 'x.txt': seed }).stdout).toContain('"media":"tv"');
  });

  it('reports an unreadable file in one line, exits 2 and still reads the other files', () => {
    const { status, stdout, stderr } = run(['missing.txt', 'x.txt'], { 'x.txt': seed });
    expect(status).toBe(2);
    expect(stderr).toBe('critic-consensus: missing.txt: no such file\n');
    expect(stdout).toMatch(/^x\.txt\n/u);
  });

  it('reports bad arguments in one line each, exits 2 and still reads the files', () => {
    const { status, stdout, stderr } = run(['--bogus', '--media', 'book', 'x.txt'], { 'x.txt': seed });
    expect(status).toBe(2);
    expect(stderr).toBe(
      'critic-consensus: unknown option --bogus; see critic-consensus --help.\ncritic-consensus: --media must be movie, tv, music or game, not "book".\n',
    );
    expect(stdout).toMatch(/^x\.txt\n/u);
    expect(run(['--media'], { '-': seed }).stderr).toBe('critic-consensus: --media needs a value: movie, tv, music or game.\n');
  });

  it('prints its usage and version', () => {
    expect(run(['--help']).stdout).toMatch(/^Usage: critic-consensus \[options\] \[FILE\.\.\.\]/u);
    expect(run(['-v']).stdout).toBe('9.9.9\n');
  });

  it('summarises profile pages with their printed statistics', () => {
    const text = readFileSync(join(import.meta.dirname, 'fixtures', 'corpus', '031-critic-sheri-linden-tv.txt'), 'utf8');
    const { stdout } = run(['p.txt'], { 'p.txt': text });
    expect(stdout).toContain('  kind             critic profile, tv\n');
    expect(stdout).toContain('  profile          Sheri Linden: 4 reviews graded\n');
    expect(stdout).toContain('  points           +12.7 points against other critics\n');
  });
});
