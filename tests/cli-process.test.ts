/**
 * The command as a process: closed pipes and Ctrl-C. The command and its
 * worker are built with tsup into a directory of their own (dist may not be
 * built when the tests run) and run with Node.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePages } from '../bench/generate.js';
import { pageUrl, wetFile } from '../bench/wet.js';
import { buildCommand } from './support/built-command.js';

const directory = mkdtempSync(join(tmpdir(), 'critic-consensus-process-'));
const crawl = join(directory, 'crawl.wet');

beforeAll(async () => {
  await buildCommand(directory);
  const pages = generatePages(3000, 5);
  writeFileSync(
    crawl,
    wetFile(
      pages.map((page, index) => ({ url: pageUrl(page.layout, index), text: page.text })),
      { gzip: false },
    ),
  );
}, 120_000);

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built command; `onStart` may close its pipes or signal it once it has written. */
function runCommand(argv: readonly string[], onOutput: (child: ReturnType<typeof spawn>, stream: 'stdout' | 'stderr') => void): Promise<Exit> {
  const child = spawn(process.execPath, [join(directory, 'cli.js'), ...argv], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    onOutput(child, 'stdout');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    onOutput(child, 'stderr');
  });
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      resolve({ code, signal, stdout, stderr });
    });
  });
}

describe('critic-consensus as a process', () => {
  it('ends quietly with the status it had earned when standard output is closed early', async () => {
    const exit = await runCommand(['--json', '--jobs', '1', 'missing.txt', crawl], (child, stream) => {
      if (stream === 'stdout') child.stdout?.destroy();
    });
    expect(exit.signal).toBeNull();
    expect(exit.code).toBe(3);
    expect(exit.stderr).toBe('critic-consensus: missing.txt: no such file\n');
  }, 60_000);

  it('ends quietly with the status it had earned when standard error is closed early', async () => {
    const missing = Array.from({ length: 3000 }, (_, index) => `missing-${index}.txt`);
    const exit = await runCommand(['--json', ...missing, crawl], (child, stream) => {
      if (stream === 'stderr') child.stderr?.destroy();
    });
    expect(exit.signal).toBeNull();
    expect(exit.code).toBe(3);
    expect(exit.stderr.startsWith('critic-consensus: missing-0.txt: no such file\n')).toBe(true);
    expect(exit.stderr).not.toContain('EPIPE');
  }, 60_000);

  it('stops on Ctrl-C (SIGINT) at the end of a line, with status 130', async () => {
    let signalled = false;
    const exit = await runCommand(['--json', '--jobs', '1', crawl], (child, stream) => {
      if (stream === 'stdout' && !signalled) {
        signalled = true;
        child.kill('SIGINT');
      }
    });
    expect(exit.signal).toBeNull();
    expect(exit.code).toBe(130);
    expect(exit.stdout.endsWith('}\n'), JSON.stringify({ tail: exit.stdout.slice(-60), stderr: exit.stderr.slice(0, 300) })).toBe(true);
    const lines = exit.stdout.trimEnd().split('\n');
    expect(lines.length).toBeLessThan(3000);
    for (const line of lines) expect(() => JSON.parse(line) as unknown).not.toThrow();
  }, 60_000);
});
