import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPTIONS, readArguments, USAGE } from '../src/cli/args.js';
import type { StreamingCommandIO } from '../src/cli/run.js';
import { runInMemory as run } from './support/command.js';

const root = join(import.meta.dirname, '..');
const seed = readFileSync(join(root, 'examples', 'pusher.txt'), 'utf8');

/** The I/O of a run that records which inputs the command opened. */
function recordingOpens(): { opened: string[]; io: Partial<StreamingCommandIO> } {
  const opened: string[] = [];
  return {
    opened,
    io: {
      openInput: (file) => {
        opened.push(file);
        return Promise.resolve({ problem: 'no such file', exit: 3 });
      },
    },
  };
}

describe('critic-consensus arguments', () => {
  const bad: [readonly string[], string][] = [
    [['--bogus', 'pusher.txt'], 'unknown option --bogus; see critic-consensus --help.'],
    [['-x', 'pusher.txt'], 'unknown option -x; see critic-consensus --help.'],
    [['--media', 'examples/pusher.txt'], '--media must be movie, tv, music or game; got "examples/pusher.txt".'],
    [['pusher.txt', '--media'], '--media needs a value: movie, tv, music or game (as --media MEDIA or --media=MEDIA).'],
    [['--url', '--json', 'pusher.txt'], "--url needs a value: the text a record's URL must contain (as --url PATTERN or --url=PATTERN)."],
    [['--json=yes', 'pusher.txt'], '--json takes no value.'],
    [['--jobs', 'many', 'pusher.txt'], '--jobs must be a whole number of threads, 1 or more; got "many".'],
    // A value starting with "-" is a wrong value when it is no option, not a missing one.
    [['--jobs', '-1', 'pusher.txt'], '--jobs must be a whole number of threads, 1 or more; got "-1".'],
    [['--max-page-mb', '-5', 'pusher.txt'], '--max-page-mb must be a whole number of MiB, 1 or more; got "-5".'],
    [['--url', '-mobile', 'pusher.txt'], '--url takes a value that starts with "-" as --url=-mobile.'],
    [['--media', '--media=tv', 'pusher.txt'], '--media needs a value: movie, tv, music or game (as --media MEDIA or --media=MEDIA).'],
    // An unknown option is named before a value that is wrong.
    [['--profile', 'imdb', '--bogus', 'pusher.txt'], 'unknown option --bogus; see critic-consensus --help.'],
    [['--profile', 'imdb', 'pusher.txt'], '--profile must be metacritic, rt, opencritic or steam; got "imdb".'],
    [['--raw-csv', 'pusher.txt'], '--raw-csv needs --csv.'],
    [['--media', 'tv\u001b[2J', 'pusher.txt'], '--media must be movie, tv, music or game; got "tv\\u001b[2J".'],
  ];
  for (const [argv, line] of bad) {
    it(`answers ${argv.join(' ')} with one line and status 2, reading and printing nothing`, async () => {
      const { opened, io } = recordingOpens();
      const result = await run(argv, { 'pusher.txt': seed, 'examples/pusher.txt': seed, '-': seed }, io);
      expect(result).toStrictEqual({ status: 2, stdout: '', stderr: `critic-consensus: ${line}\n` });
      expect(opened).toStrictEqual([]);
    });
  }

  it('never takes the next argument as a missing value, nor waits on standard input for it', async () => {
    const { opened, io } = recordingOpens();
    expect((await run(['--media', '--strict'], {}, { ...io, stdinIsTerminal: true })).status).toBe(2);
    expect((await run(['--media'], { '-': seed }, io)).status).toBe(2);
    expect(opened).toStrictEqual([]);
  });

  it('prints the usage when run with no arguments on a terminal, saying that - reads standard input', async () => {
    const { opened, io } = recordingOpens();
    const result = await run([], {}, { ...io, stdinIsTerminal: true });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`${USAGE}\n\nGive a FILE, or - to read standard input from the terminal (end it with Ctrl-D).\n`);
    expect(opened).toStrictEqual([]);
    expect((await run(['-'], { '-': seed }, { stdinIsTerminal: true })).stdout).toMatch(/^<stdin>\n/u);
    expect((await run([], { '-': seed }, { stdinIsTerminal: false })).stdout).toMatch(/^<stdin>\n/u);
  });

  it('lists every option of the table in --help, and takes each of them', async () => {
    const help = (await run(['--help'], {})).stdout;
    const listed = help
      .split('\n')
      .filter((line) => /^ {2}-/u.test(line))
      .map((line) => line.trim().split(/\s{2,}/u)[0]);
    expect(listed).toStrictEqual(
      OPTIONS.map((row) => `${row.short === undefined ? '' : `-${row.short}, `}--${row.name}${row.value === undefined ? '' : ` ${row.value}`}`),
    );
    for (const row of OPTIONS) {
      const value = row.value === undefined ? [] : [row.choices?.[0] ?? (row.name === 'jobs' || row.name === 'max-page-mb' ? '2' : 'x')];
      const argv = row.name === 'raw-csv' ? ['--csv', `--${row.name}`] : [`--${row.name}`, ...value];
      expect(readArguments(argv).problems, argv.join(' ')).toStrictEqual([]);
    }
  });

  it('documents every option of the table in docs/cli.md', () => {
    const documented = [...readFileSync(join(root, 'docs', 'cli.md'), 'utf8').matchAll(/^\| `(-[^`]*)`/gmu)].map((match) => match[1]);
    // A row of the table opens with the option's first name: `-h` (then `--help`), `--media MEDIA`.
    expect(documented).toStrictEqual(
      OPTIONS.map((row) => (row.short === undefined ? `--${row.name}${row.value === undefined ? '' : ` ${row.value}`}` : `-${row.short}`)),
    );
  });

  it('reads the options in any order, with their values inline or after them', () => {
    expect(readArguments(['a.txt', '--media=tv', '--jobs', '3', '-', '--', '--b.txt'])).toMatchObject({
      media: 'tv',
      jobs: 3,
      files: ['a.txt', '-', '--b.txt'],
      problems: [],
    });
  });
});
