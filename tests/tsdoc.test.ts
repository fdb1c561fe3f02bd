/**
 * Every export of every entry point has TSDoc with an example: checked with
 * the TypeScript compiler on the sources, so a new export cannot skip it.
 */
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const entries = ['src/index.ts', 'src/stats/index.ts', 'src/scoring/index.ts', 'src/formats/index.ts', 'src/crawl/index.ts', 'src/sites/index.ts'];

/** How many exports the entries have, and those that have no `@example` in their doc comment. */
function exportsWithoutExample(): { checked: number; missing: string[] } {
  const program = ts.createProgram(
    entries.map((entry) => join(root, entry)),
    { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, noEmit: true },
  );
  const checker = program.getTypeChecker();
  const missing: string[] = [];
  let checked = 0;
  for (const entry of entries) {
    const file = program.getSourceFile(join(root, entry));
    const module = file && checker.getSymbolAtLocation(file);
    if (!module) throw new Error(`${entry} cannot be read`);
    for (const exported of checker.getExportsOfModule(module)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const documented = (symbol.declarations ?? []).some((declaration) => ts.getJSDocTags(declaration).some((tag) => tag.tagName.text === 'example'));
      checked += 1;
      if (!documented) missing.push(`${entry}: ${exported.name}`);
    }
  }
  return { checked, missing };
}

describe('the public API', () => {
  it('has a TSDoc example on every export of every entry point', () => {
    const { checked, missing } = exportsWithoutExample();
    expect(checked).toBeGreaterThan(150);
    expect(missing).toStrictEqual([]);
  }, 60_000);
});
