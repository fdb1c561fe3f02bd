/**
 * The accounting invariant for the sites of metacritic.com's other eras: on
 * their golden cases mutated (lines deleted, duplicated, swapped, re-indented,
 * text edited, the page cut anywhere), `parse` keeps every invariant of
 * ../property/invariants.ts, every non-blank line in a part's span, in
 * furniture or in a diagnostic.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { cutLines } from '../../src/parse/engine/index.js';
import { chooseSite } from '../../src/parse/site.js';
import { FALLBACK_SITE, SITES } from '../../src/parse/sites/index.js';
import { applyMutation, mutation } from '../property/arbitraries.js';
import { checkParse, unaccountedLines } from '../property/invariants.js';

const SITE_FOLDERS = ['metacritic-2021', 'metacritic-2008'];

const pages = SITE_FOLDERS.flatMap((folder) =>
  readdirSync(join(import.meta.dirname, folder))
    .filter((file) => file.endsWith('.txt'))
    .map((file) => ({ folder, file, text: readFileSync(join(import.meta.dirname, folder, file), 'utf8') })),
);

/** One of the pages, mutated by up to `maxEdits` edits and then, maybe, cut at some offset. */
const mutatedPage = fc
  .tuple(fc.constantFrom(...pages.map((page) => page.text)), fc.array(mutation, { maxLength: 8 }), fc.option(fc.nat()))
  .map(([text, edits, cut]) => {
    const edited = edits.reduce(applyMutation, text);
    return cut === null ? edited : edited.slice(0, cut % (edited.length + 1));
  });

describe('the sites of other eras, on their golden cases', () => {
  it.each(pages.map((page) => [`${page.folder}/${page.file}`, page] as const))('read %s with their own site, every line accounted for', (_name, page) => {
    const chosen = chooseSite(SITES, FALLBACK_SITE, { text: page.text, lines: cutLines(page.text), url: undefined, media: undefined });
    expect(chosen.name).toBe(page.folder);
    expect(unaccountedLines(page.text, checkParse(page.text))).toStrictEqual([]);
  });

  test.prop([mutatedPage], { numRuns: 300 })('keep every invariant on the cases mutated and cut anywhere', (text) => {
    expect(unaccountedLines(text, checkParse(text))).toStrictEqual([]);
  });
});
