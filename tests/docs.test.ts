/**
 * The docs cannot rot: every TypeScript example in README.md and docs/*.md is
 * type-checked and run, and what it prints is compared with the `text` block
 * that follows it; every `console` block starting with `$ critic-consensus`
 * is run through the command and its output compared.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { format } from 'node:util';
import ts from 'typescript';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { readArguments } from '../src/cli/args.js';
import { DIAGNOSTIC_CODES } from '../src/index.js';
import { runInMemory } from './support/command.js';

const root = join(import.meta.dirname, '..');
const scratch = join(import.meta.dirname, '.doc-examples');
const documents = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((file) => file.endsWith('.md'))
    .map((file) => `docs/${file}`),
];

interface Example {
  readonly kind: 'ts' | 'console';
  readonly code: string;
  readonly output: string | undefined;
  readonly line: number;
}

/** The fenced blocks of a markdown file: each ts or console block, with the text block right after it. */
function examplesOf(markdown: string): Example[] {
  const blocks: { lang: string; body: string; line: number }[] = [];
  const fence = /^```([\w-]*)\n([\s\S]*?)^```$/gmu;
  for (const match of markdown.matchAll(fence)) {
    blocks.push({ lang: match[1] ?? '', body: match[2] ?? '', line: markdown.slice(0, match.index).split('\n').length });
  }
  const examples: Example[] = [];
  blocks.forEach((block, index) => {
    const next = blocks[index + 1];
    const output = next?.lang === 'text' ? next.body : undefined;
    if (block.lang === 'ts') examples.push({ kind: 'ts', code: block.body, output, line: block.line });
    if (block.lang === 'console' && block.body.startsWith('$ critic-consensus'))
      examples.push({ kind: 'console', code: block.body, output: undefined, line: block.line });
  });
  return examples;
}

const all = documents.flatMap((document) => examplesOf(readFileSync(join(root, document), 'utf8')).map((example) => ({ document, ...example })));
const typescriptExamples = all.filter((example) => example.kind === 'ts');

/** Where an example is written: the import of the package points at the sources. */
function fileOf(example: { document: string; line: number }): string {
  return join(scratch, `${example.document.replace(/[/.]/gu, '_')}_${example.line}.ts`);
}

rmSync(scratch, { recursive: true, force: true });
mkdirSync(scratch, { recursive: true });
for (const example of typescriptExamples) {
  // The package and its subpath modules, as the sources: 'critic-consensus/scoring' is src/scoring/index.js.
  const code = example.code.replace(/from 'critic-consensus(?:\/(\w+))?'/gu, (_match, module: string | undefined) => {
    const source = relative(scratch, join(root, 'src', module ?? '', 'index.js')).replaceAll('\\', '/');
    return `from '${source}'`;
  });
  writeFileSync(fileOf(example), `${code}\nexport {};\n`);
}
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('the examples in the docs', () => {
  it('has examples to check', () => {
    expect(typescriptExamples.length).toBeGreaterThan(5);
  });

  it('type-check under the project settings', () => {
    const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
    if (!config) throw new Error('tsconfig.json cannot be read');
    const program = ts.createProgram(typescriptExamples.map(fileOf), { ...config.options, noEmit: true, noUnusedLocals: false });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((diagnostic) => diagnostic.file?.fileName.startsWith(scratch))
      .map((diagnostic) => `${relative(root, diagnostic.file?.fileName ?? '')}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`);
    expect(problems).toStrictEqual([]);
    // A whole-program type check: it took 71 s under a load of 18.
  }, 240_000);

  for (const example of typescriptExamples) {
    it(`${example.document}:${example.line} prints what the doc shows`, async () => {
      const printed: string[] = [];
      const spy = vi.spyOn(console, 'log').mockImplementation((...values: unknown[]) => {
        printed.push(format(...values));
      });
      try {
        await import(fileOf(example));
      } finally {
        spy.mockRestore();
      }
      const expected = example.output ?? '';
      expect(printed.length === 0 ? '' : `${printed.join('\n')}\n`).toBe(expected);
    });
  }

  for (const example of all.filter((candidate) => candidate.kind === 'console')) {
    it(`${example.document}:${example.line} shows the command's real output`, async () => {
      const [commandLine = '', ...outputLines] = example.code.split('\n');
      const argv = commandLine
        .replace(/^\$ critic-consensus\s*/u, '')
        .split(/\s+/u)
        .filter(Boolean);
      const files = Object.fromEntries(readArguments(argv).files.map((file) => [file, readFileSync(join(root, file))]));
      const { stdout } = await runInMemory(argv, files);
      expect(stdout).toBe(outputLines.join('\n'));
    });
  }
});

describe("README's Diagnostics section", () => {
  it('names every diagnostic code, in the list of its severity', () => {
    const section = readFileSync(join(root, 'README.md'), 'utf8').split('### Diagnostics')[1]?.split('\n\n')[1]?.split('The codes:')[1] ?? '';
    // The paragraph alternates a list of codes and its severity in brackets: "`a`, `b` (warnings); `c` (info)".
    const pieces = section.split(/\((errors?|warnings?|info)\)/u);
    const listed: Record<string, string> = {};
    for (let at = 1; at < pieces.length; at += 2) {
      for (const [, code = ''] of (pieces[at - 1] ?? '').matchAll(/`([a-z0-9-]+)`/gu)) listed[code] = (pieces[at] ?? '').replace(/s$/u, '');
    }
    expect(listed).toStrictEqual(Object.fromEntries(Object.entries(DIAGNOSTIC_CODES).map(([code, { severity }]) => [code, severity])));
  });
});
