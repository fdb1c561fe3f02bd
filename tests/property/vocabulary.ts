/**
 * The fuzz's vocabulary: the lines pages are made of, read from the line
 * tables' own examples. Beside every table, its module exports the lines each
 * row accepts, keyed by the row's kind (a `LineExamples` record, which each
 * table's own test checks classify as their kind); the property tests and the
 * fuzz draw their page lines from those, so a row added to a table, or a
 * table added with a site, is fuzzed without touching the fuzz.
 *
 * The tables are found in their folders: the core's sites
 * (src/parse/sites/<site>/) and critic-consensus/sites' (src/sites/<site>/),
 * every module there that defines a table (`defineLineKinds`), every table it
 * exports, each with the record it exports whose keys are the table's rows'
 * kinds (a table without one is an error here).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LineKinds } from '../../src/parse/engine/classify.js';

/** A line table and where it lives. */
export interface LineTableOf {
  /** The site's folder name ("metacritic", "metacritic-2021", "imdb"). */
  readonly site: string;
  /** The module that exports it, from the repository's root. */
  readonly file: string;
  /** Whether the core reads the site (src/parse/sites/), or only a caller who passes critic-consensus/sites (src/sites/). */
  readonly core: boolean;
  readonly kinds: LineKinds<Record<string, unknown>>;
  /** The lines each row accepts, by the row's kind (the module's `LineExamples` record for this table). */
  readonly examples: Readonly<Record<string, readonly string[]>>;
}

const repository = join(import.meta.dirname, '..', '..');

/** True when `value` is a compiled table of line kinds. */
function isLineKinds(value: unknown): value is LineKinds<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null) return false;
  const table = value as { readonly rows?: unknown; readonly rowsFor?: unknown };
  return Array.isArray(table.rows) && typeof table.rowsFor === 'function';
}

/** True when `value` is a record of example lines: every value a non-empty array of strings. */
function isExamples(value: unknown): value is Readonly<Record<string, readonly string[]>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const lists = Object.values(value);
  return lists.length > 0 && lists.every((list) => Array.isArray(list) && list.length > 0 && list.every((line) => typeof line === 'string'));
}

/** The record of `values` whose keys are the kinds of `kinds`' rows, each once; `undefined` when there is none. */
function examplesFor(kinds: LineKinds<Record<string, unknown>>, values: readonly unknown[]): Readonly<Record<string, readonly string[]>> | undefined {
  const wanted = kinds.rows.map((row) => row.kind).sort();
  return values.filter(isExamples).find((record) => JSON.stringify(Object.keys(record).sort()) === JSON.stringify(wanted));
}

/** Every table exported by the modules of `folder`'s site folders that define one. */
async function tablesUnder(folder: string, core: boolean): Promise<LineTableOf[]> {
  const found: LineTableOf[] = [];
  const sites = readdirSync(join(repository, folder), { withFileTypes: true }).filter((entry) => entry.isDirectory());
  for (const site of sites.map((entry) => entry.name).sort()) {
    const files = readdirSync(join(repository, folder, site))
      .filter((file) => file.endsWith('.ts'))
      .sort();
    for (const file of files) {
      const path = join(repository, folder, site, file);
      if (!readFileSync(path, 'utf8').includes('defineLineKinds')) continue;
      const module = (await import(path)) as Record<string, unknown>;
      const values = [...new Set(Object.values(module))];
      for (const kinds of values.filter(isLineKinds)) {
        const examples = examplesFor(kinds, values);
        if (examples === undefined) throw new Error(`${folder}/${site}/${file} exports a line table with no record of examples keyed by its rows' kinds.`);
        found.push({ site, file: `${folder}/${site}/${file}`, core, kinds, examples });
      }
    }
  }
  return found;
}

/** Every line table, the core's sites first, each once. */
export const LINE_TABLES: readonly LineTableOf[] = [...(await tablesUnder('src/parse/sites', true)), ...(await tablesUnder('src/sites', false))];

/** The example lines of every row of `table`, in table order, each once. */
export function examplesOf(table: Pick<LineTableOf, 'kinds' | 'examples'>): string[] {
  return [...new Set(table.kinds.rows.flatMap((row) => table.examples[row.kind] ?? []))];
}

/** The table of the site `site` (its first, where a site has more than one). */
export function tableOf(site: string): LineTableOf {
  const table = LINE_TABLES.find((entry) => entry.site === site);
  if (table === undefined) throw new Error(`No line table of a site named "${site}" under src/parse/sites or src/sites.`);
  return table;
}

/**
 * Lines no row of the Metacritic table takes, of its fallback kind (`text`):
 * a title, names, excerpts, and numbers that are a score only where a reader
 * says so. A table has no row for them, so they are listed here; the
 * vocabulary's test checks that each is still the fallback kind, so none
 * repeats a row's example.
 */
export const TEXT_LINES: readonly string[] = [
  'Pusher',
  'Staff [Not Credited]',
  'Ty Burr',
  'JohnD.',
  'An excerpt.',
  '93 minutes of dread.',
  'Bold and sure. Expand',
  '90',
  '150',
  '9',
  '12',
  '8.6',
  'tbd',
  '73',
  '181',
];
