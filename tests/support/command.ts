/**
 * Runs the command on in-memory files, as the tests of the command and of the
 * docs need it: no process, no file system.
 */
import { runCommandStreaming, type StreamingCommandIO } from '../../src/cli/run.js';

/** What a run of the command gave. */
export interface CommandRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Runs the streaming command on `files` (a missing name is "no such file",
 * exit 3), each read in chunks of `chunk` bytes.
 */
export async function runInMemory(
  argv: readonly string[],
  files: Readonly<Record<string, Uint8Array | string>>,
  extra: Partial<StreamingCommandIO> = {},
  chunk = 1000,
): Promise<CommandRun> {
  let stdout = '';
  let stderr = '';
  let clock = 0;
  const io: StreamingCommandIO = {
    openInput: (file) => {
      if (!Object.hasOwn(files, file)) return Promise.resolve({ problem: 'no such file', exit: 3 });
      const content = files[file] as Uint8Array | string;
      const bytes = typeof content === 'string' ? encoder.encode(content) : content;
      return Promise.resolve(
        (async function* chunks(): AsyncGenerator<Uint8Array> {
          for (let at = 0; at < bytes.length; at += chunk) {
            await Promise.resolve();
            yield bytes.slice(at, at + chunk);
          }
        })(),
      );
    },
    stdout: (text) => {
      stdout += typeof text === 'string' ? text : decoder.decode(text);
    },
    stderr: (text) => {
      stderr += text;
    },
    version: () => '9.9.9',
    cores: 1,
    stderrIsTerminal: false,
    // Each reading of the clock is a second later: every progress report is due.
    now: () => (clock += 1000),
    ...extra,
  };
  const status = await runCommandStreaming(argv, io);
  return { status, stdout, stderr };
}
