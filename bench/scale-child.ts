/**
 * One timing of parse, in a process of its own, so that the heap the other
 * inputs take in the parent weighs on no measurement:
 *
 *   node scale-child.js page|pages|facts-page|facts-pages FILE LIBRARY_URL
 *
 * FILE is one page's text (`page`) or a JSON array of pages' texts (`pages`);
 * for the reference figure, one page's facts as JSON text (`facts-page`,
 * read with JSON.parse) or a JSON array of such texts (`facts-pages`).
 * After a warm-up on a few generated pages, reads the input once and prints
 * the milliseconds it took (wall clock, and CPU time of the process: its
 * garbage collector's threads included, and less swayed by what else the
 * machine runs) and the characters it read, as one JSON line.
 */
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { generatePages } from './generate.js';

type Library = typeof import('../src/index.js');

const MODES = ['page', 'pages', 'facts-page', 'facts-pages'];

async function main(): Promise<void> {
  const [mode, file, libraryUrl] = process.argv.slice(2);
  if (!MODES.includes(mode ?? '') || file === undefined || libraryUrl === undefined) {
    throw new Error(`usage: scale-child.js ${MODES.join('|')} FILE LIBRARY_URL`);
  }
  const library = (await import(libraryUrl)) as Library;
  const content = readFileSync(file, 'utf8');
  const texts = mode === 'page' || mode === 'facts-page' ? [content] : (JSON.parse(content) as string[]);
  const read = mode?.startsWith('facts') === true ? (text: string): unknown => JSON.parse(text) : (text: string): unknown => library.parse(text);
  // Warm-up: the same code paths, compiled, before the timing.
  for (const page of generatePages(300, 4)) read(mode?.startsWith('facts') === true ? JSON.stringify(page.facts) : page.text);
  const started = performance.now();
  const cpu = process.cpuUsage();
  for (const text of texts) read(text);
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  process.stdout.write(`${JSON.stringify({ mode, ms, cpuMs: (used.user + used.system) / 1000, chars: texts.reduce((sum, text) => sum + text.length, 0) })}\n`);
}

await main();
