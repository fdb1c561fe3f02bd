/**
 * parse and parseStrict as an API: the seed page and its re-encodings, the
 * options, misuse, and the strict form. The page variants (each layout,
 * diagnostic and edge a page can have) are golden files, one folder per
 * reader or refiner: tests/parse/golden/<part>/<case>.txt with its .json,
 * read by tests/parse/golden.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PageParseError, parse, parseStrict } from '../src/index.js';
import type { Diagnostic, Span } from '../src/index.js';

const seed = readFileSync(join(import.meta.dirname, 'fixtures', 'corpus', '000-movie-pusher-seed.txt'), 'utf8');

/** The source a span covers. */
function sliceOf(text: string, span: Span): string {
  return text.slice(span.start.offset, span.end.offset);
}

function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((diagnostic) => diagnostic.code);
}

describe('parse', () => {
  it('reads the seed page: verdict, count, distribution as printed and 11 reviews', () => {
    const { page, diagnostics } = parse(seed);
    expect(page.kind).toBe('film');
    expect(page.verdict).toBe('Generally favorable reviews');
    expect(page.criticCount).toBe(11);
    expect(page.distribution).toStrictEqual({ positive: 9, mixed: null, negative: 0 });
    expect(page.reviews).toHaveLength(11);
    expect(page.reviews[1]).toMatchObject({ index: 2, critic: null, score: 80, date: null });
    expect(page.reviews[2]?.critic).toStrictEqual({ name: 'Staff', credited: false, raw: 'Staff [Not Credited]' });
    expect(page.reviews[5]?.critic?.name).toBe('Gunnar Rehlin');
    expect(diagnostics).toStrictEqual([]);
  });

  it('gives each review a span that covers its lines in the original text', () => {
    const { page } = parse(seed);
    const first = page.reviews[0];
    expect(first && sliceOf(seed, first.span)).toBe(
      '1. Reviewed by:\u00a0Noel Murray\n    Jul 15, 2013\n    As Refn counts down the days and ratchets up the tension, Pusher shifts from a subdued lowlife sketch, with lots of raunchy conversation between Buric and his horndog ex-con buddy Mads Mikkelsen, to a nail-biting look at a man running out of options.',
    );
    expect(first?.span.start).toStrictEqual({ line: 9, column: 3, offset: seed.indexOf('1. Reviewed by') });
  });

  it('reads the same facts whatever the line ends, byte-order mark, tabs and trailing spaces', () => {
    const plain = parse(seed).page;
    const variants = [
      seed.replaceAll('\n', '\r\n'),
      seed.replaceAll('\n', '\r'),
      `\ufeff${seed}`,
      seed.trimEnd(),
      seed.replaceAll('\n', '  \n'),
      seed.replaceAll('    ', '\t\t'),
    ];
    for (const variant of variants) {
      const { page, diagnostics } = parse(variant);
      expect(diagnostics).toStrictEqual([]);
      expect(page.reviews.map(({ span: _span, ...review }) => review)).toStrictEqual(plain.reviews.map(({ span: _span, ...review }) => review));
      expect(page.distribution).toStrictEqual(plain.distribution);
    }
  });

  it('reads a U+2028 or U+2029 inside a line as a space, not a line end: the critic keeps the whole name, the spans their lines', () => {
    const text = 'Generally favorable reviews - based on 1 Critics\n  1. Reviewed by: Noel\u2028Murray\n    Sharp\u2029and tense.\n';
    const { page, diagnostics } = parse(text);
    expect(diagnostics).toStrictEqual([]);
    expect(page.reviews.map((review) => [review.critic?.name, review.excerpt, review.span.start.line, review.span.end.line])).toStrictEqual([
      ['Noel Murray', 'Sharp and tense.', 2, 3],
    ]);
  });

  it('keeps positions in the original text for CRLF input and a byte-order mark', () => {
    const text = `\ufeff${seed.replaceAll('\n', '\r\n')}`;
    const { page } = parse(text);
    const second = page.reviews[1];
    expect(second && sliceOf(text, second.span)).toMatch(/^2\. 80\r\n {4}Each film/u);
    expect(second?.span.start.line).toBe(12);
    expect(second?.span.start.column).toBe(3);
  });

  it('fills media from the option only where the page does not say it', () => {
    expect(parse(seed, { media: 'game' }).page.media).toBe('game');
    const tv = '  • Network: NBC\nMixed or average reviews - based on 28 Critics\n';
    expect(parse(tv, { media: 'movie' }).page.media).toBe('tv');
  });

  it('throws a TypeError that names what was passed when the text is not a string', () => {
    expect(() => parse(42 as unknown as string)).toThrow(new TypeError("parse expects the page's text as a string; got 42."));
    expect(() => parse(undefined as unknown as string)).toThrow(/; got undefined\./u);
    expect(() => parse(new Uint8Array(2) as unknown as string)).toThrow(/Uint8Array/u);
  });

  it('throws on an unknown option or media, naming what is accepted', () => {
    expect(() => parse(seed, { medium: 'tv' } as never)).toThrow(new TypeError('parse: each option must be one of media, url, sites; got "medium".'));
    expect(() => parse(seed, { media: 'book' } as never)).toThrow(
      new RangeError('parse: option media must be one of "movie", "tv", "music", "game"; got "book".'),
    );
    expect(() => parse(seed, { media: 3 } as never)).toThrow(TypeError);
    expect(() => parse(seed, 'tv' as never)).toThrow(TypeError);
  });
});

describe('parseStrict', () => {
  it('returns the page when no diagnostic is an error', () => {
    expect(parseStrict(seed).page.reviews).toHaveLength(11);
  });

  it('throws a PageParseError carrying every diagnostic when one is an error', () => {
    let caught: unknown;
    try {
      parseStrict('Hello\n');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PageParseError);
    const error = caught as PageParseError;
    expect(codes(error.diagnostics)).toStrictEqual(['not-a-review-page']);
    expect(error.message).toBe(
      'The page has 1 error diagnostic (line 1, column 1: The text has no verdict, distribution, review or profile of a review page.)',
    );
    expect(error.page.reviews).toStrictEqual([]);
  });
});
