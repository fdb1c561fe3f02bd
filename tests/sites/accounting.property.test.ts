/**
 * Nothing is lost on the other sites' pages: every non-blank line of a golden
 * case, and of any version of it with lines dropped, repeated or swapped or
 * cut at any character, lies in a part's span, in `furniture`, or in a
 * diagnostic; the parse never throws; and every diagnostic span lies inside
 * the text.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { parse } from '../../src/index.js';
import { ALL_SITES } from '../../src/sites/index.js';
import { unaccountedLines } from '../property/invariants.js';

const root = import.meta.dirname;
const texts = readdirSync(root)
  .filter((name) => statSync(join(root, name)).isDirectory())
  .flatMap((folder) =>
    readdirSync(join(root, folder))
      .filter((file) => file.endsWith('.txt'))
      .map((file) => readFileSync(join(root, folder, file), 'utf8')),
  );

/** One way of mangling a page: drop, repeat or swap lines, or cut the text. */
type Mutation = { kind: 'drop' | 'repeat' | 'swap'; at: number; other: number } | { kind: 'cut'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('drop' as const, 'repeat' as const, 'swap' as const), at: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
);

function mutate(text: string, change: Mutation): string {
  if (change.kind === 'cut') return text.slice(0, change.at % (text.length + 1));
  const lines = text.split('\n');
  const at = change.at % lines.length;
  const other = change.other % lines.length;
  if (change.kind === 'drop') lines.splice(at, 1);
  else if (change.kind === 'repeat') lines.splice(other, 0, lines[at] ?? '');
  else [lines[at], lines[other]] = [lines[other] ?? '', lines[at] ?? ''];
  return lines.join('\n');
}

describe('parse with ALL_SITES, on mangled pages of the other sites', () => {
  test.prop([fc.constantFrom(...texts), fc.array(mutation, { minLength: 1, maxLength: 4 })], { numRuns: 300 })(
    'accounts for every non-blank line, and never throws',
    (original, changes) => {
      const text = changes.reduce(mutate, original);
      const result = parse(text, { sites: ALL_SITES });
      expect(unaccountedLines(text, result).map((line) => line.text)).toStrictEqual([]);
      for (const diagnostic of result.diagnostics) expect(diagnostic.span.end.offset).toBeLessThanOrEqual(text.length);
    },
  );

  test.prop([fc.constantFrom(...texts)])('accounts for every line of each golden case as it stands', (text) => {
    expect(unaccountedLines(text, parse(text, { sites: ALL_SITES })).map((line) => line.text)).toStrictEqual([]);
  });
});
