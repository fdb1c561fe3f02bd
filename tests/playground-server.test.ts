/**
 * The playground's server (scripts/playground.mjs), run as `npm run
 * playground` runs it but without the build: a request it cannot read is a
 * 400, and it goes on serving.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
let server: ChildProcess | undefined;
let address = '';

beforeAll(async () => {
  const child = spawn(process.execPath, ['scripts/playground.mjs', '--port', '0', '--no-build'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  server = child;
  address = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /playground: (http:\/\/127\.0\.0\.1:\d+)\//u.exec(output);
      if (match?.[1] !== undefined) resolve(match[1]);
    });
    child.on('exit', (code) => {
      reject(new Error(`the server exited with ${String(code)}`));
    });
  });
}, 30_000);

afterAll(() => {
  server?.kill();
});

/** The status of a GET of `path`, sent as it is (no client-side escaping). */
function statusOf(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const url = new URL(address);
    const sent = request({ host: url.hostname, port: url.port, path, method: 'GET' }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    sent.on('error', reject);
    sent.end();
  });
}

describe('the playground server', () => {
  it('answers a request it cannot read with 400 and keeps serving', async () => {
    expect(await statusOf('/%')).toBe(400);
    expect(await statusOf('/%E0%A4%A')).toBe(400);
    expect(await statusOf('/examples/pusher.txt')).toBe(200);
    expect(server?.exitCode).toBeNull();
  });

  it('serves only its own files', async () => {
    expect(await statusOf('/../package.json')).toBe(404);
    expect(await statusOf('/favicon.svg')).toBe(200);
  });
});
