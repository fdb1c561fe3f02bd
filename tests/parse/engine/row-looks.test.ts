/**
 * The classifier skips a row for a line when the row's looks refuse it (its
 * `last`, or the character after its leading digits), before its recogniser
 * runs, and gives a row with `recogniseIn` the line's range of the page. That may only ever skip work, never change a
 * kind: checked here against a model that runs the recogniser of every row
 * the line's first character allows, in table order, for every line table, on
 * the tables' own example lines and on variants of them made to sit at the
 * edge of what the last characters tell apart (a tab or a no-break
 * space for a space, the case changed, "ſ" for "s", a character added or
 * dropped at either end, a list number, a count or a bullet put before,
 * spaces after).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { classifyLines, type LineKinds } from '../../../src/parse/engine/classify.js';
import { cutLines } from '../../../src/parse/engine/lines.js';
import { examplesOf, LINE_TABLES, TEXT_LINES } from '../../property/vocabulary.js';

type Table = LineKinds<Record<string, unknown>>;

/** The kind the first row whose recogniser accepts the line's text gives it, of those its first character allows: the classifier with no looks. */
function modelKind(kinds: Table, text: string): string {
  const trimmed = cutLines(text).text(0);
  if (trimmed === '') return 'blank';
  return kinds.rowsFor(trimmed.charCodeAt(0)).find((row) => row.recognise(trimmed) !== undefined)?.kind ?? kinds.fallback;
}

/** The kinds `classifyLines` gives each line of `lines`, one line a time. */
function kindsOf(kinds: Table, lines: readonly string[]): string[] {
  const tokens = classifyLines(cutLines(lines.join('\n')), kinds);
  return lines.map((_, line) => tokens.kind(line) ?? 'out of range');
}

/** Lines at the edges of the looks: `line` with its spaces other spaces, its case changed, its ends moved, a marker before it. */
function variantsOf(line: string): string[] {
  return [
    line,
    line.replaceAll(' ', '\t'),
    line.replaceAll(' ', '\u00a0'),
    line.replace(' ', '\u2003'),
    line.toUpperCase(),
    line.toLowerCase(),
    line.replaceAll('s', 'ſ'),
    line.replaceAll('k', '\u212a'),
    line.slice(1),
    line.slice(0, -1),
    `${line}.`,
    `${line}s`,
    `1. ${line}`,
    `12.\t${line}`,
    `• ${line}`,
    `·\u00a0${line}`,
    `${line} Scores`,
    `${line}   `,
    `12 ${line}`,
    `7,${line}`,
    `3%${line}`,
  ];
}

const NEGATIVE_CASES = readFileSync(join(import.meta.dirname, '..', 'negative-cases.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#') && !line.startsWith('['));

/** Every example line of every table, and the lines no row takes. */
const LINES = [...new Set([...LINE_TABLES.flatMap((table) => examplesOf(table)), ...TEXT_LINES, ...NEGATIVE_CASES])];

describe('classifyLines', () => {
  it.each(LINE_TABLES.map((table) => [table.file, table.kinds] as const))(
    'gives each line the kind of the first row whose recogniser accepts it, by the table of %s',
    (_, kinds) => {
      const lines = LINES.flatMap(variantsOf);
      const found = kindsOf(kinds, lines);
      expect(lines.map((line, index) => [line, found[index]])).toStrictEqual(lines.map((line) => [line, modelKind(kinds, line)]));
    },
  );

  // Lines made of the pieces the looks look at: digits, dots, colons, bullets, the ends of words.
  const piece = fc.constantFrom(
    ...['1', '12', '80', '.', ':', ',', '%', ' ', '  ', '\t', '\u00a0', '•', '·', '#', '>', '-', 'ſ', 's', 'S', 'e', 'c', 'f', 'y', 'd', '»', '?'],
    ...['Metascore', 'Critic Score', 'Reviewed by', 'Scores', 'out of', 'Positive', 'Mixed', 'Neutral', 'On average', 'For', 'Average', 'Highest'],
    ...['Lowest', 'See all', 'There are no', 'Awaiting', 'users found this helpful', 'Network', 'Movies', 'based on', 'reviews', 'Jul 15, 2013'],
  );
  test.prop([
    fc.array(
      fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join('')),
      { minLength: 1, maxLength: 20 },
    ),
  ])('gives any line the kind of the first row whose recogniser accepts it, by every table', (lines) => {
    const single = lines.map((line) => line.replaceAll(/[\r\n]/gu, ''));
    for (const { kinds } of LINE_TABLES) expect(kindsOf(kinds, single)).toStrictEqual(single.map((line) => modelKind(kinds, line)));
  });
});
