/**
 * The sites' folders and what they import: a site's knowledge stays in its
 * folder, and what several sites read alike (month-name dates, counts, spaces)
 * lives in src/parse/text/, so no site reaches into another site's folder.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');

/** Every site's folder: src/parse/sites/<name>/ and src/sites/<name>/ (their shared folders are no site). */
function siteFolders(): string[] {
  const folders: string[] = [];
  for (const parent of ['src/parse/sites', 'src/sites']) {
    for (const name of readdirSync(join(root, parent))) {
      if (name !== 'shared' && statSync(join(root, parent, name)).isDirectory()) folders.push(`${parent}/${name}`);
    }
  }
  return folders;
}

/** The .ts files under `folder`, as paths from the repository's root. */
function sourcesUnder(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => `${folder}/${file}`);
}

/** The relative imports of a source, each as the path it resolves to from the repository's root. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const found: string[] = [];
  //   from '(\.[^']*)'  a relative module specifier after `from` (an import or a re-export)
  for (const match of text.matchAll(/from '(\.[^']*)'/gu)) {
    found.push(relative(root, resolve(root, dirname(file), match[1] ?? '')));
  }
  return found;
}

/** The site folder a path lies in, or `undefined` outside every site's folder. */
function folderOf(path: string, folders: readonly string[]): string | undefined {
  return folders.find((folder) => path.startsWith(`${folder}/`));
}

/**
 * The Metacritic site's older layouts of metacritic.com (metacritic-2008,
 * metacritic-2021) are the same site's: they share its furniture and widget
 * tails, which are metacritic.com's knowledge and nobody else's.
 */
function sameSite(from: string, to: string): boolean {
  return from === to || (from.startsWith('src/parse/sites/metacritic-') && to === 'src/parse/sites/metacritic');
}

describe("a site's folder", () => {
  const folders = siteFolders();

  it('is found for every site', () => {
    expect(folders).toContain('src/parse/sites/metacritic');
    expect(folders).toContain('src/sites/opencritic');
    expect(folders.length).toBeGreaterThanOrEqual(13);
  });

  it("imports nothing from another site's folder", () => {
    const crossings: string[] = [];
    for (const folder of folders) {
      for (const file of sourcesUnder(folder)) {
        for (const target of importsOf(file)) {
          const other = folderOf(target, folders);
          if (other !== undefined && !sameSite(folder, other)) crossings.push(`${file} -> ${target}`);
        }
      }
    }
    expect(crossings).toStrictEqual([]);
  });

  it("is not reached into by the sites' shared modules", () => {
    const shared = ['src/sites/shared', 'src/parse/text'].flatMap(sourcesUnder);
    const crossings = shared.flatMap((file) =>
      importsOf(file)
        .filter((target) => folderOf(target, folders) !== undefined)
        .map((target) => `${file} -> ${target}`),
    );
    expect(crossings).toStrictEqual([]);
  });
});
