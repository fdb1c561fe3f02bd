/**
 * A Node.js child process and what it used: its wall time, and, from a
 * preload that reads `process.resourceUsage()` as it exits, its CPU time and
 * peak resident memory (the kernel's maxrss: every thread's, native memory
 * included). Standard input can be fed from a stream made on the fly (gigabytes
 * of it, never on disk), which stops when the child stops reading. Used by the
 * crawl bench and the command's memory tests.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import { createGzip } from 'node:zlib';

/** What a child used, and how it ended. */
export interface ChildUsage {
  readonly status: number | null;
  /** Standard error, as text. */
  readonly stderr: string;
  readonly seconds: number;
  readonly cpuSeconds: number;
  /** Peak resident memory in MB (10^6 bytes). */
  readonly maxRssMb: number;
  /** Bytes of `stdin` the source made before the child stopped reading (or all of them). */
  readonly stdinBytes: number;
}

const PRELOAD =
  "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => { writeFileSync(process.env.CHILD_USAGE_FILE, JSON.stringify(process.resourceUsage())); });\n";

/** What is piped into a child's standard input: bytes as they are made, gzipped (level 1) on the way when asked. */
export interface ChildInput {
  readonly source: Readable | Iterable<Buffer> | AsyncIterable<Buffer>;
  readonly gzip?: boolean;
}

/**
 * Runs `node argv` with standard output let go and standard error kept;
 * `stdin` (when given) is piped into the child until it ends or the child
 * stops reading it (then the source is stopped: nothing more is made).
 */
export async function runNodeChild(argv: readonly string[], stdin?: ChildInput): Promise<ChildUsage> {
  const directory = mkdtempSync(join(tmpdir(), 'critic-consensus-usage-'));
  const preload = join(directory, 'report-usage.mjs');
  const usageFile = join(directory, 'usage.json');
  writeFileSync(preload, PRELOAD);
  try {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', pathToFileURL(preload).href, ...argv], {
      stdio: [stdin === undefined ? 'ignore' : 'pipe', 'ignore', 'pipe'],
      env: { ...process.env, CHILD_USAGE_FILE: usageFile },
    });
    let stderr = '';
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (text: string) => {
      stderr += text;
    });
    let stdinBytes = 0;
    const fed =
      stdin === undefined || child.stdin === null
        ? Promise.resolve()
        : pipeline(
            stdin.source,
            stdin.gzip === true ? createGzip({ level: 1 }) : new PassThrough(),
            async function* count(chunks: AsyncIterable<Buffer>) {
              for await (const chunk of chunks) {
                stdinBytes += chunk.length;
                yield chunk;
              }
            },
            child.stdin,
            // The child closing its standard input early (EPIPE) is what is measured, not a failure.
          ).catch(() => undefined);
    const status = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', resolve);
    });
    const seconds = (performance.now() - started) / 1000;
    await fed;
    if (!existsSync(usageFile)) throw new Error(`node ${argv.join(' ')} exited (status ${String(status)}) without reporting its usage: ${stderr}`);
    const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { maxRSS: number; userCPUTime: number; systemCPUTime: number };
    return { status, stderr, seconds, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6, maxRssMb: (usage.maxRSS * 1024) / 1e6, stdinBytes };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** `total` bytes of `block` over and over, made as they are read. */
export function* repeatedBlock(total: number, block: Buffer): Generator<Buffer, void, undefined> {
  for (let left = total; left > 0; left -= block.length) yield left >= block.length ? block : block.subarray(0, left);
}

/**
 * A MiB of letters a-z in no order (seeded), with no line break: text that
 * gzip makes no smaller than about 60% (deflate's window is 32 KiB, so the
 * block's repeats are not found).
 */
export function lettersBlock(): Buffer {
  const block = Buffer.alloc(1024 * 1024);
  let state = 13;
  for (let i = 0; i < block.length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    block[i] = 0x61 + ((state >>> 16) % 26);
  }
  return block;
}
