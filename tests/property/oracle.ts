/**
 * The differential test of the parser against the parser at another commit
 * (built into .oracle/<commit>/ by scripts/build-oracle.mjs): the same page,
 * diagnostics and furniture on every input. Against the parser the one-pass
 * rewrite replaced (the git tag `oracle-parser`), the Metacritic reading is
 * compared, known fixes aside ({@link knownFixes}); against any later commit,
 * `parse` as it is, with the core's sites and with `ALL_SITES`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParseResult } from '../../src/index.js';
import { cutLines } from '../../src/parse/engine/lines.js';
import { readMetacriticPage } from '../../src/parse/sites/metacritic/read.js';
import type { MediaType } from '../../src/types/page.js';

/** The oracle's `parse`. */
export type OracleParse = (text: string, options?: { readonly media?: MediaType; readonly sites?: readonly unknown[] }) => ParseResult;

/** The oracle's module: its `parse`, and its `ALL_SITES` where its commit has them. */
export interface Oracle {
  readonly parse: OracleParse;
  readonly ALL_SITES?: readonly unknown[];
}

/** Loads the oracle built at `module` (scripts/build-oracle.mjs prints the path). */
export async function loadOracle(module: string): Promise<Oracle> {
  return (await import(module)) as Oracle;
}

/** The new parser's Metacritic reading of `text` (what `parse` gives for a text no other site claims). */
export function readNew(text: string, media?: MediaType): ParseResult {
  return readMetacriticPage({ text, lines: cutLines(text), url: undefined, media });
}

/**
 * The old result as the new parser is meant to give it: the fixes made on
 * purpose (issue 12, item 3) applied to the oracle's output where they can be
 * from it alone (a truncated last line has its own code). The other two (a
 * distribution line with no total; a count past 2^53) change the facts of the
 * few inputs that hold them, which the comparison then reports.
 */
export function knownFixes(result: ParseResult): ParseResult {
  return {
    ...result,
    diagnostics: result.diagnostics.map((diagnostic) =>
      diagnostic.code === 'unrecognised-line' && diagnostic.message.startsWith('The page ends inside a line:')
        ? { ...diagnostic, code: 'truncated-line' }
        : diagnostic,
    ),
  };
}

/**
 * The fix (issue 12, item 3) that changes the facts read from `text` on
 * purpose, when the text holds what it is about: a distribution line with no
 * total (`2. Negative: 5 out of`), or a number of 16 digits or more (a count
 * past 2^53). Such inputs are counted, not compared.
 */
export function factChangingFix(text: string): string | undefined {
  if (/(?:positive|mixed|neutral|negative):?\s*\d[\d,]*\s+out of[^\S\n\r]*(?:$|[\n\r])/imu.test(text)) return 'a distribution line with no total';
  if (/\d(?:,?\d){15}/u.test(text)) return 'a count past 2^53';
  return undefined;
}

/** The first place two results differ, as a path and the two values; `undefined` when they are the same. */
export function firstDifference(a: unknown, b: unknown, path = '$'): { readonly path: string; readonly old: unknown; readonly now: unknown } | undefined {
  if (Object.is(a, b)) return undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return { path, old: a, now: b };
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
    if (found) return found;
  }
  return undefined;
}

const root = join(import.meta.dirname, '..', '..');

/** The corpus pages (this repository's copy and the shared corpora beside it, where present). */
export function corpusTexts(): { readonly name: string; readonly text: string }[] {
  const dirs = [join(root, 'tests', 'fixtures', 'corpus'), join(root, '..', 'shared', 'corpus'), join(root, '..', 'shared', 'corpus-sites')];
  const texts: { name: string; text: string }[] = [];
  for (const dir of dirs) {
    let files: string[];
    try {
      files = readdirSync(dir).filter((file) => file.endsWith('.txt'));
    } catch {
      continue;
    }
    for (const file of files.sort()) texts.push({ name: `${dir.split('/').slice(-2).join('/')}/${file}`, text: readFileSync(join(dir, file), 'utf8') });
  }
  return texts;
}

/** The page's text indented otherwise, as the corpus test does it, and as it is. */
export const REINDENTATIONS: readonly (readonly [string, (text: string) => string])[] = [
  ['as it is', (text) => text],
  ['with no indentation', (text) => text.replace(/^[ \t]+/gmu, '')],
  ['with every indented line two spaces in', (text) => text.replace(/^[ \t]+/gmu, '  ')],
  ['with a tab before each item', (text) => text.replace(/^ {2}(\d+\. )/gmu, '\t$1')],
];
