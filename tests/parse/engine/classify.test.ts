import { describe, expect, it } from 'vitest';
import {
  ANY_FIRST,
  classifyLines,
  classifyText,
  defineLineKinds,
  DIGITS,
  inPlace,
  type LineExamples,
  type LineKindRow,
} from '../../../src/parse/engine/classify.js';
import { cutLines } from '../../../src/parse/engine/lines.js';

interface Values {
  readonly score: number;
  readonly bullet: string;
  readonly shout: string;
  readonly text: string;
}

const ROWS: readonly LineKindRow<Values>[] = [
  { kind: 'score', first: DIGITS, recognise: (text) => (/^\d{1,3}$/u.test(text) ? Number(text) : undefined), endsItem: true },
  { kind: 'bullet', first: '•·', recognise: (text) => text.slice(1).trim(), endsItem: true },
  { kind: 'shout', first: ANY_FIRST, recognise: (text) => (text.endsWith('!') ? text : undefined), endsItem: false },
];
const KINDS = defineLineKinds<Values>(ROWS, 'text');
const EXAMPLES = { score: ['80', '7'], bullet: ['• Network: NBC'], shout: ['Wow!', '80!'] } satisfies LineExamples<Values, 'text'>;

describe('inPlace', () => {
  it('returns a row reading in place, and one that reads a whole string with it', () => {
    const seen: [string, number, number][] = [];
    const { recognise, recogniseAt } = inPlace((input, start, end) => (seen.push([input, start, end]), end - start));
    expect([recogniseAt('ab cd', 3, 5), recognise('abc')]).toStrictEqual([2, 3]);
    expect(seen).toStrictEqual([
      ['ab cd', 3, 5],
      ['abc', 0, 3],
    ]);
  });
});

describe('defineLineKinds', () => {
  it('returns a table whose every row classifies its own examples as its kind', () => {
    for (const row of ROWS) for (const example of EXAMPLES[row.kind as keyof typeof EXAMPLES]) expect(classifyText(KINDS, example).kind).toBe(row.kind);
  });

  it('tries a line only against the rows its first character allows, and those that allow any, in table order', () => {
    expect(KINDS.rowsFor('8'.charCodeAt(0)).map((row) => row.kind)).toStrictEqual(['score', 'shout']);
    expect(KINDS.rowsFor('·'.charCodeAt(0)).map((row) => row.kind)).toStrictEqual(['bullet', 'shout']);
    expect(KINDS.rowsFor('é'.charCodeAt(0)).map((row) => row.kind)).toStrictEqual(['shout']);
  });

  it('throws when two rows have the same kind or a row is the fallback', () => {
    expect(() => defineLineKinds<Values>([ROWS[0] as LineKindRow<Values>, ROWS[0] as LineKindRow<Values>], 'text')).toThrow(
      'The line kind "score" is defined twice',
    );
    expect(() => defineLineKinds<Values>([{ kind: 'text', first: ANY_FIRST, recognise: () => undefined, endsItem: false }], 'text')).toThrow(
      '"text" is defined twice',
    );
  });

  it('throws when a table has more than 32 rows, and takes 32', () => {
    const rowsOf = (count: number): LineKindRow<Record<string, string>>[] =>
      Array.from({ length: count }, (_, index) => ({ kind: `k${index}`, first: ANY_FIRST, recognise: () => undefined, endsItem: false }));
    expect(() => defineLineKinds<Record<string, string>>(rowsOf(33), 'text')).toThrow('A table has at most 32 rows.');
    expect(defineLineKinds<Record<string, string>>(rowsOf(32), 'text').rowOf('k31')).toBe(31);
  });

  it('tries a line that begins with digits only against the rows that allow the character after them, and a line of digits alone only against the rows that allow any', () => {
    const tried: string[] = [];
    const kinds = defineLineKinds<{ readonly item: string; readonly count: string; readonly score: string; readonly text: string }>(
      [
        { kind: 'item', first: DIGITS, afterDigits: '.', recognise: (text) => (tried.push(`item ${text}`), text), endsItem: true },
        { kind: 'count', first: DIGITS, afterDigits: ' ', recognise: (text) => (tried.push(`count ${text}`), text), endsItem: true },
        { kind: 'score', first: DIGITS, recognise: (text) => (tried.push(`score ${text}`), text === '80' ? text : undefined), endsItem: true },
      ],
      'text',
    );
    // "7\treviews" is read as its text is, "7 reviews".
    const tokens = classifyLines(cutLines('12. Bold.\n12 reviews\n7\treviews\n80\n1x\n7'), kinds);
    expect(Array.from({ length: tokens.count }, (_, line) => tokens.kind(line))).toStrictEqual(['item', 'count', 'count', 'score', 'text', 'text']);
    expect(tried).toStrictEqual(['item 12. Bold.', 'count 12 reviews', 'count 7 reviews', 'score 80', 'score 1x', 'score 7']);
  });

  it('tries a line only against the rows its last character allows too, and those that allow any', () => {
    const kinds = defineLineKinds<{ readonly ends: string; readonly any: string; readonly text: string }>(
      [
        { kind: 'ends', first: ANY_FIRST, last: '!»', recognise: (text) => text, endsItem: false },
        { kind: 'any', first: DIGITS, recognise: (text) => text, endsItem: false },
      ],
      'text',
    );
    const tokens = classifyLines(cutLines('Wow!\nWow.\n8 »\n80\n'), kinds);
    expect([tokens.kind(0), tokens.kind(1), tokens.kind(2), tokens.kind(3)]).toStrictEqual(['ends', 'text', 'ends', 'any']);
  });

  it('says which kinds end an item', () => {
    expect([KINDS.endsItem('score'), KINDS.endsItem('shout'), KINDS.endsItem('text'), KINDS.endsItem('blank')]).toStrictEqual([true, false, false, false]);
  });
});

describe('classifyLines', () => {
  it('returns tokens of their own, each kept as it was classified while many more pages are classified beside them, small and large', () => {
    const texts = Array.from({ length: 600 }, (_, page) => `${page % 100}\n\n• ${page}\n${'Wow!\n80\n'.repeat(page % 100 === 0 ? 5_000 : page % 30)}end`);
    const kindsOf = (tokens: ReturnType<typeof classifyLines<Values>>) =>
      Array.from({ length: tokens.count }, (_, line) => [tokens.kind(line), tokens.valueAs(line, 'score')]);
    const tokens = texts.map((text) => classifyLines(cutLines(text), KINDS));
    for (const text of texts) classifyLines(cutLines(text.replaceAll('\n', '!\n')), KINDS);
    expect(tokens.map(kindsOf)).toStrictEqual(texts.map((text) => kindsOf(classifyLines(cutLines(text), KINDS))));
  });

  it('reads a line with no other whitespace than spaces where it stands (in place), and any other line from its text, its whitespace plain', () => {
    const read: string[] = [];
    const kinds = defineLineKinds<{ readonly score: number; readonly text: string }>(
      [
        {
          kind: 'score',
          first: DIGITS,
          recognise: (text) => (read.push(`text ${text}`), /^\d+ pts$/u.test(text) ? Number.parseInt(text, 10) : undefined),
          recogniseAt: (input, start, end) => (
            read.push(`at ${start}-${end}`), /^\d+ pts$/u.test(input.slice(start, end)) ? Number.parseInt(input.slice(start, end), 10) : undefined
          ),
          endsItem: true,
        },
      ],
      'text',
    );
    const tokens = classifyLines(cutLines('  80 pts\n7\tpts\n9 pts'), kinds);
    expect([tokens.value(0, 'score'), tokens.value(1, 'score'), tokens.value(2, 'score')]).toStrictEqual([80, 7, 9]);
    expect(read).toStrictEqual(['at 2-8', 'text 7 pts', 'at 15-20']);
    // What another row would make of a line is read the same way.
    expect([tokens.valueAs(2, 'score'), tokens.accepts(1, 'score')]).toStrictEqual([9, true]);
  });

  it('returns one token per line: the first row that accepts it, the fallback with its text, or blank', () => {
    const tokens = classifyLines(cutLines('  80\n\n\t• Network:\u00a0NBC \nBold.\n7!\n'), KINDS);
    expect(Array.from({ length: tokens.count }, (_, line) => tokens.kind(line))).toStrictEqual(['score', 'blank', 'bullet', 'text', 'shout', 'blank']);
    expect([tokens.value(0, 'score'), tokens.value(2, 'bullet'), tokens.value(3, 'text'), tokens.value(4, 'shout')]).toStrictEqual([
      80,
      'Network: NBC',
      'Bold.',
      '7!',
    ]);
  });

  it('returns undefined for the value of a line of another kind, or out of range', () => {
    const tokens = classifyLines(cutLines('80'), KINDS);
    expect([tokens.value(0, 'text'), tokens.value(1, 'score'), tokens.kind(-1), tokens.text(3)]).toStrictEqual([undefined, undefined, undefined, '']);
  });

  it('returns the value of a line known to be of a kind, and throws when it is not', () => {
    const tokens = classifyLines(cutLines('80\nBold.'), KINDS);
    expect(tokens.valueOf(0, 'score')).toBe(80);
    expect(() => tokens.valueOf(1, 'score')).toThrow('Line 2 is of kind "text", not "score".');
  });

  it('returns a view that ends early, as if the page ended there, when asked upTo a line', () => {
    const tokens = classifyLines(cutLines('80\nBold.\n90\n'), KINDS).upTo(2);
    expect([tokens.count, tokens.kind(1), tokens.kind(2), tokens.nextNonBlank(2), tokens.endsItem(2), tokens.endsItem(1), tokens.isBlank(2)]).toStrictEqual([
      2,
      'text',
      undefined,
      2,
      true,
      false,
      true,
    ]);
    expect(tokens.previousNonBlank(5)).toBe(1);
  });

  it('answers whether another row accepts a line: from the table order where it settles it, by the row otherwise', () => {
    // "80!" is a shout to no row before it but score's, which refuses it; "80" is a score, which shout (a later row) would not take.
    const tokens = classifyLines(cutLines('80\n80!\nWow!\n\nBold.'), KINDS);
    expect([tokens.kind(0), tokens.accepts(0, 'shout'), tokens.valueAs(0, 'score'), tokens.valueAs(0, 'text')]).toStrictEqual(['score', false, 80, '80']);
    expect([tokens.kind(1), tokens.accepts(1, 'score'), tokens.accepts(1, 'bullet'), tokens.valueAs(1, 'shout')]).toStrictEqual(['shout', false, false, '80!']);
    expect([tokens.accepts(3, 'text'), tokens.accepts(4, 'shout'), tokens.valueAs(4, 'text'), tokens.accepts(9, 'text')]).toStrictEqual([
      false,
      false,
      'Bold.',
      false,
    ]);
  });

  it("returns by a row's index what valueAs returns by its kind, for every line and row, blank and out of range too", () => {
    const tokens = classifyLines(cutLines('80\n80!\nWow!\n\nBold.\n• Q'), KINDS);
    for (const kind of ['score', 'bullet', 'shout', 'text'] as const) {
      const row = KINDS.rowOf(kind);
      for (let line = -1; line <= tokens.count; line++) expect(tokens.valueAsRow(line, kind, row)).toStrictEqual(tokens.valueAs(line, kind));
    }
    expect([
      tokens.valueAsRow(0, 'score', KINDS.rowOf('score')),
      tokens.valueAsRow(5, 'bullet', KINDS.rowOf('bullet')),
      tokens.valueAsRow(1, 'score', KINDS.rowOf('score')),
    ]).toStrictEqual([80, 'Q', undefined]);
  });
});
