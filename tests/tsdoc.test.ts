/**
 * Every export of every entry point has TSDoc with an example: checked with
 * the TypeScript compiler on the sources, so a new export cannot skip it.
 * Every example defines what it uses (but the package's exports) and is run,
 * each result it shows (`//=>`) compared with what the code gives.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { checkShownResults } from './support/shown-results.js';

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
    // A whole-program read of the sources: room for a machine under a load of 18.
  }, 240_000);
});

/** An `@example` of an export: where it is written (file, line and export), its code, and whether the export is a type alone. */
interface Example {
  readonly where: string;
  readonly code: string;
  readonly typeOnly: boolean;
}

/** Every `@example` of the entries' exports; and the names each entry exports. */
function examples(): { examples: Example[]; names: Map<string, string[]> } {
  const program = ts.createProgram(
    entries.map((entry) => join(root, entry)),
    { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, noEmit: true },
  );
  const checker = program.getTypeChecker();
  const found = new Map<string, Example>();
  const names = new Map<string, string[]>();
  for (const entry of entries) {
    const file = program.getSourceFile(join(root, entry));
    const module = file && checker.getSymbolAtLocation(file);
    if (!module) throw new Error(`${entry} cannot be read`);
    const exported = checker.getExportsOfModule(module);
    names.set(
      entry,
      exported.map((symbol) => symbol.name),
    );
    for (const name of exported) {
      const symbol = name.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(name) : name;
      for (const declaration of symbol.declarations ?? []) {
        for (const tag of ts.getJSDocTags(declaration)) {
          if (tag.tagName.text !== 'example') continue;
          const code = /```ts\n([\s\S]*?)```/u.exec(ts.getTextOfJSDocComment(tag.comment) ?? '')?.[1];
          const source = declaration.getSourceFile();
          const line = source.getLineAndCharacterOfPosition(tag.getStart(source)).line + 1;
          const where = `${relative(root, source.fileName)}:${line}: ${name.name}`;
          // An example shared by several exports (a declaration exported twice) is one example.
          const typeOnly = (symbol.flags & ts.SymbolFlags.Value) === 0;
          if (code !== undefined && ![...found.values()].some((example) => example.code === code && example.where.split(': ')[0] === where.split(': ')[0]))
            found.set(where, { where, code, typeOnly });
        }
      }
    }
  }
  return { examples: [...found.values()], names };
}

const found = examples();
const scratch = join(import.meta.dirname, '.tsdoc-examples');
/**
 * The package's names, as a user's file imports them (each name from the first
 * entry that exports it), but those the example imports itself; its imports of
 * the package point at the sources.
 */
function withImports(code: string): string {
  const own = new Set<string>();
  const rewritten = code.replace(/^import \{([^}]*)\} from 'critic-consensus(?:\/(\w+))?';$/gmu, (_line, names: string, module: string | undefined) => {
    for (const name of names.split(',')) own.add(name.trim().replace(/^type\s+/u, ''));
    return `import {${names}} from ${JSON.stringify(join(root, 'src', module ?? '', 'index.js'))};`;
  });
  const seen = new Set<string>(own);
  const imports = entries.map((entry) => {
    const fresh = (found.names.get(entry) ?? []).filter((name) => !seen.has(name));
    for (const name of fresh) seen.add(name);
    return fresh.length === 0 ? '' : `import { ${fresh.join(', ')} } from ${JSON.stringify(join(root, entry).replace(/\.ts$/u, '.js'))};`;
  });
  return `${imports.join('\n')}\n${rewritten}`;
}
/** What runs an example's results as checks: `expect` by the example's place. */
const checks = `import { expect as __expect } from 'vitest';
const __shows = (actual: unknown, shown: () => unknown): void => { __expect(actual).toStrictEqual(shown()); };
const __throws = (run: () => unknown, name: string, message: string): void => {
  let thrown: unknown;
  try { run(); } catch (error) { thrown = error; }
  __expect(thrown).toBeInstanceOf(Error);
  __expect([(thrown as Error).name, (thrown as Error).message]).toStrictEqual([name, message]);
};`;
rmSync(scratch, { recursive: true, force: true });
mkdirSync(scratch, { recursive: true });
const files = found.examples.map(({ where, code, typeOnly }, index) => {
  const path = join(scratch, `example-${index}.ts`);
  // Each example is a module of its own, the package imported; a result that cannot be read is that example's failure.
  let problem: string | undefined;
  let checked = code;
  try {
    checked = checkShownResults(code);
  } catch (error) {
    problem = (error as Error).message;
  }
  writeFileSync(path, `${checks}\n${withImports(checked)}\nexport {};\n`);
  return { path, where, code, typeOnly, problem };
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('the TSDoc examples', () => {
  it('define every name they use but those the package exports', () => {
    const program = ts.createProgram(
      files.map((file) => file.path),
      {
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        target: ts.ScriptTarget.ES2022,
        noEmit: true,
        types: ['node'],
        skipLibCheck: true,
      },
    );
    const undefinedNames = ts
      .getPreEmitDiagnostics(program)
      // "Cannot find name": a name the example uses and nothing defines.
      .filter((diagnostic) => diagnostic.code === 2304 || diagnostic.code === 2552)
      .map(
        (diagnostic) =>
          `${files.find((file) => file.path === diagnostic.file?.fileName)?.where ?? ''}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`,
      );
    expect(files.length).toBeGreaterThan(100);
    expect(undefinedNames).toStrictEqual([]);
  }, 120_000);

  it('show a result (`//=>`) in every example of a function or a value', () => {
    const values = files.filter((file) => !file.typeOnly);
    expect(values.length).toBeGreaterThan(50);
    expect(values.filter((file) => !file.code.includes('//=>')).map((file) => file.where)).toStrictEqual([]);
  });

  for (const file of files) {
    it(`${file.where} gives the results it shows`, async () => {
      expect(file.problem).toBeUndefined();
      const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
      try {
        await import(file.path);
      } finally {
        log.mockRestore();
      }
    });
  }
});

describe('checkShownResults', () => {
  const names = { check: 'check', checkThrows: 'checkThrows' };
  /** Runs `code` (plain JavaScript) with its results checked as the examples' are. */
  function run(code: string): void {
    const check = (actual: unknown, shown: () => unknown): void => {
      expect(actual).toStrictEqual(shown());
    };
    const checkThrows = (work: () => unknown, name: string, message: string): void => {
      expect(work).toThrow(expect.objectContaining({ name, message }) as Error);
    };
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the code under test is the test's own
    const checked = new Function('check', 'checkThrows', checkShownResults(code, names)) as (shows: typeof check, throws: typeof checkThrows) => void;
    checked(check, checkThrows);
  }

  it('checks the value of the statement a result follows, on its line or on the lines below', () => {
    expect(checkShownResults('[1, 2].length; //=> 2\n', names)).toBe('check([1, 2].length, () => (\n2\n)); //=> 2\n');
    expect(() => {
      run("const a = { b: 1 };\n//=> { b: 1 }\n[a.b, 'x'];\n//=> [1,\n//     'x']\n");
    }).not.toThrow();
  });

  it('fails when the value differs from the result shown', () => {
    expect(() => {
      run('1 + 1; //=> 3\n');
    }).toThrow(/expected 2 to strictly equal 3/u);
    expect(() => {
      run('const a = { b: 1, c: 2 }; //=> { b: 1 }\n');
    }).toThrow(/strictly equal/u);
  });

  it('checks the error a statement throws, by name and message', () => {
    expect(() => {
      run('new Array(-1);\n//=> throws RangeError: Invalid array length\n');
    }).not.toThrow();
    expect(() => {
      run('new Array(-1);\n//=> throws TypeError: Invalid array length\n');
    }).toThrow();
  });

  it('checks a statement in a block, after a comment on its line', () => {
    expect(() => {
      run('if (true) [1].length; // one\n//=> 2\n');
    }).toThrow(/expected 1 to strictly equal 2/u);
  });

  it('throws when a result follows no statement or a declaration of several names', () => {
    expect(() => checkShownResults('//=> 1\n', names)).toThrow('//=> 1: it follows no statement');
    expect(() => checkShownResults('const a = 1, b = 2; //=> 1\n', names)).toThrow('//=> 1: it follows a declaration of more than one name');
  });
});
