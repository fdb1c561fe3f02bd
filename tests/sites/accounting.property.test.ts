/**
 * The invariants of `parse` (tests/property/invariants.ts) for the sites of
 * critic-consensus/sites: on every golden case and on mutated versions of
 * them (lines deleted, doubled, swapped; cut anywhere; characters put in),
 * the parse returns, every span lies inside the input, diagnostics are
 * sorted, and every non-blank line lies in a part's span, in furniture or in
 * a diagnostic.
 */
import { fc, test } from '@fast-check/vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { ALL_SITES } from '../../src/sites/index.js';
import { applyMutation, mutation } from '../property/arbitraries.js';
import { checkResult, unaccountedLines } from '../property/invariants.js';

const root = import.meta.dirname;
const pages = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) =>
    readdirSync(join(root, entry.name))
      .filter((file) => file.endsWith('.txt'))
      .sort()
      .map((file) => ({ file: `${entry.name}/${file}`, text: readFileSync(join(root, entry.name, file), 'utf8') })),
  );
const page = fc.constantFrom(...pages.map(({ text }) => text));

/** Parses with every site and checks every invariant. */
function checkSitesParse(text: string): void {
  checkResult(text, parse(text, { sites: ALL_SITES }));
}

describe('parse with ALL_SITES, on every golden case of the sites', () => {
  for (const { file, text } of pages) {
    it(`keeps every invariant and accounts for every line of ${file}`, () => {
      const result = parse(text, { sites: ALL_SITES });
      checkResult(text, result);
      expect(unaccountedLines(text, result)).toStrictEqual([]);
    });
  }
});

describe("parse with ALL_SITES, on the sites' pages as people have them", () => {
  test.prop([page, fc.nat()])('keeps every invariant for a page cut at any character', (text, at) => {
    checkSitesParse(text.slice(0, at % (text.length + 1)));
  });

  test.prop([page, fc.array(mutation, { maxLength: 8 })], { numRuns: 300 })(
    'keeps every invariant for a page with lines and characters edited',
    (text, edits) => {
      checkSitesParse(edits.reduce(applyMutation, text));
    },
  );
});
