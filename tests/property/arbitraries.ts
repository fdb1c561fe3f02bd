/**
 * What the property tests and the fuzz run feed `parse`: arbitrary strings,
 * text made of the lines real pages are made of, and the real pages of the
 * corpus mutated as pages are in the wild (cut short, lines doubled, swapped
 * and deleted, re-encoded, edited by hand).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc } from '@fast-check/vitest';
import { type FurnitureInsertion, UNRELATED_FURNITURE } from './invariants.js';
import { examplesOf, tableOf, TEXT_LINES } from './vocabulary.js';

const corpus = join(import.meta.dirname, '..', 'fixtures', 'corpus');

/** The real pages of the corpus, by file name. */
export const corpusPages: readonly { readonly file: string; readonly text: string }[] = readdirSync(corpus)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => ({ file, text: readFileSync(join(corpus, file), 'utf8') }));

/** Characters that trip text handling: BOM, NUL, lone surrogates, bidi marks, astral, zero-width and odd spaces. */
export const ODD_CHARACTERS: readonly string[] = [
  '\ufeff',
  '\u0000',
  '\ud800',
  '\udfff',
  '\udc00\ud800',
  '\u200f',
  '\u200e',
  '\u202e',
  '\u{1f600}',
  '\u{1d538}',
  '\u200b',
  '\u00a0',
  '\u2028',
  '\u2029',
  '\u3000',
  '\t',
  '\u0130',
  'ß',
  '\ufffd',
];

/** One edit of a page's text. Numbers pick lines and characters, modulo the text's size. */
export type Mutation =
  | { readonly kind: 'delete-line'; readonly at: number }
  | { readonly kind: 'duplicate-line'; readonly at: number; readonly to: number }
  | { readonly kind: 'swap-lines'; readonly at: number; readonly to: number }
  | { readonly kind: 'cut'; readonly at: number }
  | { readonly kind: 'cut-start'; readonly at: number }
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  | { readonly kind: 'delete-range'; readonly at: number; readonly length: number }
  | { readonly kind: 'line-ends'; readonly end: '\r\n' | '\r' | '\n' }
  | { readonly kind: 'line-end'; readonly at: number; readonly end: '\r\n' | '\r' | '' }
  | { readonly kind: 'indent'; readonly at: number; readonly indent: string }
  | { readonly kind: 'trailing'; readonly at: number; readonly space: string }
  | { readonly kind: 'tabs' }
  | { readonly kind: 'no-break-spaces' }
  | { readonly kind: 'double' };

const lineEnd = fc.constantFrom<'\r\n' | '\r' | '\n'>('\r\n', '\r', '\n');

/** A line deleted, doubled or swapped with another. */
export const lineEdit: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('swap-lines' as const), at: fc.nat(), to: fc.nat() }),
);

/** Whitespace or line ends changed. */
export const spaceEdit: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('line-ends' as const), end: lineEnd }),
  fc.record({ kind: fc.constant('line-end' as const), at: fc.nat(), end: fc.constantFrom<'\r\n' | '\r' | ''>('\r\n', '\r', '') }),
  fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), indent: fc.constantFrom('', ' ', '  ', '\t', '      ', '\u00a0\u00a0', '\u3000') }),
  fc.record({ kind: fc.constant('trailing' as const), at: fc.nat(), space: fc.constantFrom(' ', '  ', '\t', '\u00a0', '\u200b', '\ufeff') }),
  fc.constant({ kind: 'tabs' as const }),
  fc.constant({ kind: 'no-break-spaces' as const }),
);

/** Characters put in, or taken out, anywhere; the text cut short or doubled. */
export const textEdit: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('cut-start' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...ODD_CHARACTERS), fc.string({ unit: 'binary', maxLength: 4 }), fc.constantFrom('\n', '\r', '\r\n', '  ', '\n\n')),
  }),
  fc.record({ kind: fc.constant('delete-range' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.constant({ kind: 'double' as const }),
);

/** Any one mutation. */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(lineEdit, spaceEdit, textEdit);

/** Applies one mutation. Lines are cut at LF only, so CR and CRLF pages keep their CRs where lines move. */
export function applyMutation(text: string, edit: Mutation): string {
  const lines = text.split('\n');
  const line = (n: number): number => n % lines.length;
  const char = (n: number): number => n % (text.length + 1);
  switch (edit.kind) {
    case 'delete-line':
      lines.splice(line(edit.at), 1);
      return lines.join('\n');
    case 'duplicate-line':
      lines.splice(line(edit.to), 0, lines[line(edit.at)] ?? '');
      return lines.join('\n');
    case 'swap-lines': {
      const a = line(edit.at);
      const b = line(edit.to);
      [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
      return lines.join('\n');
    }
    case 'cut':
      return text.slice(0, char(edit.at));
    case 'cut-start':
      return text.slice(char(edit.at));
    case 'insert':
      return text.slice(0, char(edit.at)) + edit.text + text.slice(char(edit.at));
    case 'delete-range':
      return text.slice(0, char(edit.at)) + text.slice(char(edit.at) + edit.length);
    case 'line-ends':
      return text.replace(/\r\n|\r|\n/gu, edit.end);
    case 'line-end': {
      const at = line(edit.at);
      if (at === lines.length - 1) return text;
      const head = lines.slice(0, at + 1).join('\n');
      return `${head}${edit.end}${lines.slice(at + 1).join('\n')}`;
    }
    case 'indent': {
      const at = line(edit.at);
      lines[at] = edit.indent + (lines[at] ?? '').trimStart();
      return lines.join('\n');
    }
    case 'trailing': {
      const at = line(edit.at);
      lines[at] = (lines[at] ?? '') + edit.space;
      return lines.join('\n');
    }
    case 'tabs':
      return text.replaceAll('    ', '\t');
    case 'no-break-spaces':
      return text.replaceAll('  ', '\u00a0\u00a0');
    case 'double':
      return `${text}\n${text}`;
  }
}

/** A real page of the corpus. */
export const corpusPage: fc.Arbitrary<string> = fc.constantFrom(...corpusPages.map((page) => page.text));

/** A real page with up to `maxEdits` mutations applied in turn. */
export function mutatedPage(maxEdits = 6): fc.Arbitrary<string> {
  return fc.tuple(corpusPage, fc.array(mutation, { maxLength: maxEdits })).map(([page, edits]) => edits.reduce(applyMutation, page));
}

/**
 * The lines real pages are made of, so that every path of the parser is
 * reached: the examples of the Metacritic line table's rows (./vocabulary.ts),
 * the lines of its fallback kind, and blank lines.
 */
export const PAGE_LINES: readonly string[] = [...examplesOf(tableOf('metacritic')), ...TEXT_LINES, '', ''];

/** A line of `lines` as it is, or moved to another indent, or now and then an arbitrary one. */
function lineOf(lines: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...lines) },
    {
      weight: 2,
      arbitrary: fc.tuple(fc.constantFrom('', ' ', '  ', '    ', '      ', '\t'), fc.constantFrom(...lines)).map(([indent, line]) => indent + line.trimStart()),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  );
}

/** Text made of `lines` and a few arbitrary ones, joined by one kind of line end. */
function textOf(lines: readonly string[]): fc.Arbitrary<string> {
  return fc.array(lineOf(lines), { maxLength: 60 }).chain((drawn) => lineEnd.map((end) => drawn.join(end)));
}

/** Text made of page lines and a few arbitrary ones, joined by one kind of line end. */
export const pageLike: fc.Arbitrary<string> = textOf(PAGE_LINES);

/**
 * Text made of the lines of one site's table (`site` as its folder is named,
 * ./vocabulary.ts), the fallback's lines and blank ones: what the fuzz feeds
 * each site other than the current Metacritic one.
 */
export function siteLike(site: string): fc.Arbitrary<string> {
  return textOf([...examplesOf(tableOf(site)), ...TEXT_LINES, '', '']);
}

/** Furniture lines to put in between blocks. */
export const furnitureInsertions: fc.Arbitrary<FurnitureInsertion[]> = fc.array(fc.record({ at: fc.nat(), line: fc.constantFrom(...UNRELATED_FURNITURE) }), {
  minLength: 1,
  maxLength: 6,
});

/** Every kind of input at once: what the fuzz run draws from. */
export const anyInput: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  pageLike,
  mutatedPage(12),
);
