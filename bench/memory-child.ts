/**
 * One memory measurement, in a process of its own (run with --expose-gc):
 *
 *   node --expose-gc memory-child.js parse|json FILE LIBRARY_URL
 *
 * Reads FILE, the text of a page (`parse`) or the JSON text of its facts
 * (`json`); collects garbage; then runs the library's `parse` or `JSON.parse`
 * on it while a second thread reads
 * the process's resident memory every millisecond. Prints one JSON line:
 * the resident memory before, at its peak and after, the heap before and
 * after (the result kept), and the time taken.
 */
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { Worker } from 'node:worker_threads';

type Library = typeof import('../src/index.js');

/** Samples the process's resident set size from another thread; reports the highest seen since `start`. */
const SAMPLER = `
const { parentPort } = require('node:worker_threads');
let peak = 0, running = false;
parentPort.on('message', (message) => {
  if (message === 'start') { peak = process.memoryUsage.rss(); running = true; tick(); }
  else if (message === 'stop') { running = false; peak = Math.max(peak, process.memoryUsage.rss()); parentPort.postMessage(peak); }
});
function tick() { if (!running) return; peak = Math.max(peak, process.memoryUsage.rss()); setTimeout(tick, 1); }
`;

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error('Run with --expose-gc.');
  gc();
  gc();
}

async function main(): Promise<void> {
  const [mode, file, libraryUrl] = process.argv.slice(2);
  if ((mode !== 'parse' && mode !== 'json') || file === undefined || libraryUrl === undefined) {
    throw new Error('usage: memory-child.js parse|json FILE LIBRARY_URL');
  }
  const library = (await import(libraryUrl)) as Library;
  const input = readFileSync(file, 'utf8');
  const sampler = new Worker(SAMPLER, { eval: true });
  await new Promise((resolve) => setTimeout(resolve, 50));
  collectGarbage();
  const before = process.memoryUsage();
  const peak = new Promise<number>((resolve) => sampler.once('message', resolve));
  sampler.postMessage('start');
  await new Promise((resolve) => setTimeout(resolve, 20));
  const started = performance.now();
  const result: unknown = mode === 'parse' ? library.parse(input) : JSON.parse(input);
  const ms = performance.now() - started;
  sampler.postMessage('stop');
  const peakRss = await peak;
  collectGarbage();
  const after = process.memoryUsage();
  await sampler.terminate();
  process.stdout.write(
    `${JSON.stringify({
      mode,
      inputChars: input.length,
      ms,
      rssBefore: before.rss,
      rssPeak: Math.max(peakRss, after.rss),
      rssAfter: after.rss,
      heapBefore: before.heapUsed,
      heapAfter: after.heapUsed,
      maxRss: process.resourceUsage().maxRSS * 1024,
      kept: result !== undefined,
    })}\n`,
  );
}

await main();
