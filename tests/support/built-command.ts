/**
 * The command built for the tests that run it as a process: the entry and its
 * worker thread side by side, as tsup.config.ts builds them.
 */
import { join } from 'node:path';
import { build } from 'tsup';

/** Builds the command into `directory` and returns the path of its entry, `<directory>/cli.js`. */
export async function buildCommand(directory: string): Promise<string> {
  await build({
    config: false,
    entry: { cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    outDir: directory,
    silent: true,
  });
  return join(directory, 'cli.js');
}
