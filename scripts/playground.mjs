#!/usr/bin/env node
// Builds the playground and serves it on 127.0.0.1 (the page and the bundled
// example only). Usage: node scripts/playground.mjs [--port N] [--no-build]
// Prints the address; stops on Ctrl-C. The end-to-end test starts it the same way.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const portAt = args.indexOf('--port');
const port = portAt >= 0 ? Number(args[portAt + 1]) : 5178; // 0: any free port

if (!args.includes('--no-build')) {
  execFileSync(
    join(root, 'node_modules', '.bin', 'tsup'),
    [
      'playground/app.ts',
      '--no-config',
      '--format',
      'esm',
      '--platform',
      'browser',
      '--target',
      'es2022',
      '--out-dir',
      'playground/dist',
      '--minify',
      '--silent',
    ],
    { cwd: root, stdio: 'inherit' },
  );
}

const TYPES = new Map([
  ['.html', 'text/html; charset=utf-8'],
  ['.css', 'text/css; charset=utf-8'],
  ['.js', 'text/javascript; charset=utf-8'],
  ['.txt', 'text/plain; charset=utf-8'],
  ['.map', 'application/json'],
  ['.svg', 'image/svg+xml'],
]);

/** Only the playground's files and the example page are served; `null` for a request whose path cannot be read. */
function resolvePath(url) {
  let path;
  try {
    path = normalize(decodeURIComponent(new URL(url, 'http://localhost').pathname));
  } catch {
    // A malformed escape (GET /%) or address: a bad request, answered without stopping the server.
    return null;
  }
  if (path === '/' || path === '/index.html') return join(root, 'playground', 'index.html');
  if (path === '/examples/pusher.txt') return join(root, 'examples', 'pusher.txt');
  if (/^\/(?:style\.css|favicon\.svg|dist\/app\.js(?:\.map)?)$/u.test(path)) return join(root, 'playground', path);
  return undefined;
}

const server = createServer((request, response) => {
  const file = resolvePath(request.url ?? '/');
  if (file === null) {
    response.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request\n');
    return;
  }
  if (file === undefined) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found\n');
    return;
  }
  readFile(file).then(
    (body) => response.writeHead(200, { 'content-type': TYPES.get(extname(file)) ?? 'application/octet-stream' }).end(body),
    () => response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found\n'),
  );
});

server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  console.log(`playground: http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
