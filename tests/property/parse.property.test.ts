/**
 * Invariants of `parse` over arbitrary text and over real pages cut and
 * shuffled: it never throws, and every span it gives lies inside the input.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { parse } from '../src/index.js';
import type { ParseResult, Point, Span } from '../src/index.js';

const corpus = join(import.meta.dirname, 'fixtures', 'corpus');
const pages = readdirSync(corpus)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => readFileSync(join(corpus, file), 'utf8'));

/** Every span in a parse result: the diagnostics' and any `span` or `spans` member of the page. */
function spansOf(value: unknown, found: Span[] = []): Span[] {
  if (Array.isArray(value)) {
    for (const item of value) spansOf(item, found);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, member] of Object.entries(value)) {
      if (key === 'span' && member !== null) found.push(member as Span);
      else spansOf(member, found);
    }
  }
  return found;
}

/** A point that names the same place by offset and by line and column. */
function isConsistent(text: string, point: Point): boolean {
  const before = text.slice(0, point.offset);
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  const line = before.split(/\r\n|\r|\n/u).length;
  return point.line === line && point.column === point.offset - lineStart + 1;
}

function checkInvariants(text: string, result: ParseResult): void {
  for (const span of spansOf(result)) {
    expect(span.start.offset).toBeGreaterThanOrEqual(0);
    expect(span.start.offset).toBeLessThanOrEqual(span.end.offset);
    expect(span.end.offset).toBeLessThanOrEqual(text.length);
    expect(isConsistent(text, span.start)).toBe(true);
    expect(isConsistent(text, span.end)).toBe(true);
  }
  const offsets = result.diagnostics.map((diagnostic) => diagnostic.span.start.offset);
  expect(offsets).toStrictEqual([...offsets].sort((a, b) => a - b));
}

/** Text built from the pieces real pages are made of, so the parser's paths are all reached. */
const pageLike = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'Generally favorable reviews - based on 11 Critics',
        'Universal acclaim- based on 7 Ratings',
        'Critic score distribution:',
        'Score distribution:',
        '  1. Positive: 9 out of 11',
        '  2. Mixed: 2 out of 11',
        '  3. Negative: 0 out of 11',
        '  1. Reviewed by: Noel Murray',
        '    Jul 15, 2013',
        '    Feb 30, 2013',
        '  2. 80',
        '    150',
        '  3. Q Magazine',
        '    An excerpt.',
        'User Score',
        '8.6',
        'Metascore',
        '73',
        '  • 10',
        '  • Network: NBC',
        'For 4 reviews, this critic has graded:',
        '  • 75% higher than the average critic',
        'Sheri Linden\'s Scores',
        '4 tv reviews',
        '    • 72 Metascore',
        '    • 80 Sheri Linden',
        '    • 25 Reviewed by',
        '      Ty Burr',
        '    • Q Magazine',
        'Expand',
        '',
      ),
      fc.string(),
    ),
  )
  .chain((lines) => fc.constantFrom('\n', '\r\n', '\r').map((end) => lines.join(end)));

describe('parse, for any input', () => {
  test.prop([fc.string({ unit: 'binary' })])('returns, with every span inside the input, for arbitrary strings', (text) => {
    checkInvariants(text, parse(text));
  });

  test.prop([pageLike])('returns, with every span inside the input, for text made of page lines', (text) => {
    checkInvariants(text, parse(text));
  });

  test.prop([fc.constantFrom(...pages), fc.nat(), fc.nat()])('returns for a real page cut at any two characters', (page, from, to) => {
    const start = from % (page.length + 1);
    const text = page.slice(start, start + (to % (page.length + 1)));
    checkInvariants(text, parse(text));
  });

  test.prop([fc.constantFrom(...pages), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 8 })])(
    'returns for a real page with lines swapped, doubled and deleted',
    (page, edits) => {
      const lines = page.split('\n');
      for (const [a, b] of edits) {
        const i = a % lines.length;
        const j = b % lines.length;
        if ((a + b) % 3 === 0) lines.splice(i, 1);
        else if ((a + b) % 3 === 1) lines.splice(i, 0, lines[j] ?? '');
        else [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
      }
      const text = lines.join('\n');
      checkInvariants(text, parse(text));
    },
  );

  test.prop([fc.string({ unit: 'binary' })])('gives the same result twice for the same input', (text) => {
    expect(parse(text)).toStrictEqual(parse(text));
  });
});
