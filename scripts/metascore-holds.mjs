#!/usr/bin/env node
// Issue 13's media measurement: on every real page that prints a Metascore (the corpora, and the
// numbered real pages of tests/sites/), is the Metascore interval that checkConsistency computes
// without the printed Metascore one that holds it? Read as the page says its media (the movie
// bands when it says none), and with the media the page is of (its expected facts' `media`, else
// the media in its file name, as a crawl record's URL would name it). usage (after npm run build):
//   node scripts/metascore-holds.mjs
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkConsistency, parse } from '../dist/index.js';
import { ALL_SITES } from '../dist/sites.js';

const folders = [resolve('../shared/corpus'), resolve('../shared/corpus-sites')];
for (const name of readdirSync('tests/sites', { withFileTypes: true })) if (name.isDirectory()) folders.push(join('tests/sites', name.name));

/** Whether the interval computed without the printed Metascore holds it, in a few words. */
function holds(page, options) {
  const interval = checkConsistency({ ...page, metascore: null }, options).metascoreInterval;
  if (interval === undefined) return 'no interval';
  return `${interval.min <= page.metascore && page.metascore <= interval.max ? 'holds' : 'misses'} (${interval.min}-${interval.max})`;
}

const seen = new Set();
const rows = [];
for (const folder of folders) {
  for (const file of readdirSync(folder)
    .filter((name) => /^\d{3}-.*\.txt$/u.test(name))
    .sort()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const { page } = parse(readFileSync(join(folder, file), 'utf8'), { sites: ALL_SITES });
    if (typeof page.metascore !== 'number') continue;
    const facts = join(folder, file.replace(/\.txt$/u, '.json'));
    const expected = existsSync(facts) ? JSON.parse(readFileSync(facts, 'utf8')) : {};
    const media = expected.media ?? /-(movie|tv|music|game)-/u.exec(file)?.[1] ?? 'movie';
    rows.push({ file, metascore: page.metascore, said: page.media, asRead: holds(page), media, withMedia: holds(page, { media }) });
  }
}
for (const row of rows) {
  console.log(`${row.file}: Metascore ${row.metascore}; media said ${row.said ?? 'none'}: ${row.asRead}; as a ${row.media} page: ${row.withMedia}`);
}
const count = (key) => rows.filter((row) => row[key].startsWith('holds')).length;
console.log(
  `\n${rows.length} pages print a Metascore; without it, the interval holds it on ${count('asRead')} as read, on ${count('withMedia')} with the page's media`,
);
