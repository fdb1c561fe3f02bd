/**
 * Lines that once were read without being recorded anywhere: each is now in
 * the span of a part of the page, in `furniture`, or in a diagnostic.
 */
import { describe, expect, it } from 'vitest';
import { PageParseError, parse } from '../../src/index.js';
import type { Diagnostic, Span } from '../../src/index.js';
import { checkParse, unaccountedLines } from './invariants.js';

/** The source each span covers. */
function slices(text: string, spans: readonly Span[]): string[] {
  return spans.map((span) => text.slice(span.start.offset, span.end.offset));
}

describe('parse furniture', () => {
  it('lists the lines read as furniture, one span per line, in document order', () => {
    const text =
      'Universal acclaim - based on 1 Critics\nWatch On\n  1. 90\n    Bold.\n    Expand\nYour Score\n  • 10\n  • 9\n  1. Submit\nSee all 1 Critic Reviews\n';
    const { page, diagnostics, furniture } = parse(text);
    expect(slices(text, furniture)).toStrictEqual(['Watch On', 'Your Score', '• 10', '• 9', '1. Submit', 'See all 1 Critic Reviews']);
    expect(furniture[0]).toStrictEqual({ start: { line: 2, column: 1, offset: 39 }, end: { line: 2, column: 9, offset: 47 } });
    // A widget tail inside a review is the review's, not furniture.
    expect(page.reviews[0]?.excerpt).toBe('Bold.');
    expect(page.reviews[0] && text.slice(page.reviews[0].span.start.offset, page.reviews[0].span.end.offset)).toBe('1. 90\n    Bold.\n    Expand');
    expect(diagnostics).toStrictEqual([]);
  });

  it('is empty for a page with no furniture', () => {
    expect(parse('Universal acclaim - based on 1 Critics\n  1. 90\n    Bold.\n').furniture).toStrictEqual([]);
  });

  it('takes a "Metascore" heading over "tbd", or over no number, as furniture', () => {
    const text = 'Metascore\ntbd\nUniversal acclaim - based on 1 Critics\nMetascore\n';
    const { page, furniture } = parse(text);
    expect(page.metascore).toBeNull();
    expect(slices(text, furniture)).toStrictEqual(['Metascore', 'tbd', 'Metascore']);
    expect(unaccountedLines(text, checkParse(text))).toStrictEqual([]);
  });
});

describe('parse, accounting for every line', () => {
  it('reports an out-of-range or second Metascore over its heading and its number', () => {
    const text = 'Metascore\n81\nMetascore\n150\nMetascore\n\n70\nUniversal acclaim - based on 1 Critics\n';
    const { page, diagnostics } = parse(text);
    expect(page.metascore).toBe(81);
    expect(diagnostics.map((diagnostic) => [diagnostic.code, text.slice(diagnostic.span.start.offset, diagnostic.span.end.offset)])).toStrictEqual([
      ['score-out-of-range', 'Metascore\n150'],
      ['repeated-block', 'Metascore\n\n70'],
    ]);
    expect(unaccountedLines(text, checkParse(text))).toStrictEqual([]);
  });

  it('extends the user block over a "User Score" heading and its "tbd" further down', () => {
    const text = 'Generally favorable reviews- based on 59 Ratings\nGenerally favorable reviews - based on 11 Critics\nUser Score\ntbd\n';
    const { page } = parse(text);
    expect(page.users?.verdict).toBe('Generally favorable reviews');
    expect(page.users?.score).toBeNull();
    expect(page.users?.span.end.line).toBe(4);
    expect(unaccountedLines(text, checkParse(text))).toStrictEqual([]);
  });

  it('extends the profile over a score distribution label with no lines under it', () => {
    const text = 'For 4 reviews, this critic has graded:\n  • 75% higher than the average critic\nScore distribution:\n';
    const { page } = parse(text);
    expect(page.profile?.distribution).toBeNull();
    expect(page.profile?.span.end.line).toBe(3);
    expect(unaccountedLines(text, checkParse(text))).toStrictEqual([]);
  });
});

describe('parse, on edges of the layouts', () => {
  it('reads a profile block whose critic is on the line under "Reviewed by"', () => {
    const text = '4 movie reviews\n    • 72 Metascore\n    • 25 Reviewed by\n      Ty Burr\n    A dull film.\n    Expand\n';
    const { page, diagnostics } = parse(text);
    expect(page.reviews.map(({ critic, score, metascore, excerpt }) => ({ critic: critic?.name, score, metascore, excerpt }))).toStrictEqual([
      { critic: 'Ty Burr', score: 25, metascore: 72, excerpt: 'A dull film.' },
    ]);
    expect(diagnostics).toStrictEqual([]);
  });

  it('reads a critic item whose critic is on the line under "Reviewed by"', () => {
    const { page, diagnostics } = parse('Universal acclaim - based on 1 Critics\n  1. Reviewed by\n    Staff [Not Credited]\n    Sure.\n');
    expect(page.reviews.map(({ critic, excerpt }) => ({ critic, excerpt }))).toStrictEqual([
      { critic: { name: 'Staff', credited: false, raw: 'Staff [Not Credited]' }, excerpt: 'Sure.' },
    ]);
    expect(diagnostics).toStrictEqual([]);
  });

  it('reports a line after "See all N Critic Reviews" that opens nothing', () => {
    const text = 'Universal acclaim - based on 1 Critics\n  1. 90\n    Bold.\nSee all 1 Critic Reviews\nFan Theories Corner\n';
    const { diagnostics, furniture } = parse(text);
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.span.start.line])).toStrictEqual([['unrecognised-line', 5]]);
    expect(furniture.map((span) => span.start.line)).toStrictEqual([4]);
  });

  it('opens a new profile block at a score bullet after an excerpt, never reading it as the publication', () => {
    const text = '4 game reviews\n    • 80 Critic Score\n    Good.\n    • 39 Critic Score\n    Bad.\n    • 4Players.de\n';
    const { page, diagnostics } = parse(text);
    expect(page.reviews.map(({ score, publication, excerpt }) => ({ score, publication, excerpt }))).toStrictEqual([
      { score: 80, publication: null, excerpt: 'Good.' },
      { score: 39, publication: '4Players.de', excerpt: 'Bad.' },
    ]);
    expect(diagnostics).toStrictEqual([]);
  });

  it('ends a profile block at a furniture line, and never reads a rating widget bullet as the publication', () => {
    const text = '4 tv reviews\n    • 80 Sheri Linden\n    A compact primer.\n    • 8\n    • 90 Sheri Linden\n    Gripping.\n      Top Trailers\n    More.\n';
    const { page, furniture } = parse(text);
    expect(page.reviews.map(({ score, publication, excerpt }) => ({ score, publication, excerpt }))).toStrictEqual([
      { score: 80, publication: null, excerpt: 'A compact primer.' },
      { score: 90, publication: null, excerpt: 'Gripping.' },
      { score: null, publication: null, excerpt: 'More.' },
    ]);
    expect(furniture.map((span) => text.slice(span.start.offset, span.end.offset))).toStrictEqual(['• 8', 'Top Trailers']);
  });

  it.each([
    ['reads an unindented line under an indented profile block with no text as its excerpt, and says the boundary is open', '  ', ['copied-boundary-open']],
    ['reads an unindented profile block (a page copied with no indentation) up to the next section line', '', []],
  ])('%s', (_, indent, codes) => {
    const text = `4 movie reviews\n${indent}• 80 A\nGood.\nUniversal acclaim - based on 1 Critics\n`;
    const { page, diagnostics } = parse(text);
    expect(page.reviews[0]).toMatchObject({ score: 80, excerpt: 'Good.' });
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toStrictEqual(codes);
    expect(page.verdict).toBe('Universal acclaim');
    expect(unaccountedLines(text, checkParse(text))).toStrictEqual([]);
  });

  it('reads the media of a profile from its filter bullet, and none from "All"', () => {
    expect(parse('  • Albums\nFor 4 reviews, this critic has graded:\n').page.media).toBe('music');
    expect(parse('  • All\nFor 4 reviews, this critic has graded:\n').page.media).toBeNull();
  });

  it('reports a user score outside 0-10 and keeps it as text', () => {
    const text = 'User Score\n8.0\nGenerally favorable reviews- based on 9 Ratings\n  1. JohnD.\n    Mar 3, 2020\n    15\n    Loud.\n';
    const { page, diagnostics } = parse(text);
    expect(page.users?.reviews[0]).toMatchObject({ user: 'JohnD.', score: null, excerpt: '15 Loud.' });
    expect(diagnostics.map((diagnostic) => [diagnostic.code, text.slice(diagnostic.span.start.offset, diagnostic.span.end.offset)])).toStrictEqual([
      ['score-out-of-range', '15'],
    ]);
  });
});

describe('PageParseError', () => {
  it('counts the errors it carries, naming the first', () => {
    const { page, diagnostics } = parse('Hello\n');
    const error = diagnostics[0];
    expect(error).toBeDefined();
    const two = new PageParseError({ page, diagnostics: [error as Diagnostic, error as Diagnostic], furniture: [] });
    expect(two.message).toBe('The page has 2 error diagnostics (line 1, column 1: The text has no verdict, distribution, review or profile of a review page.)');
    expect(new PageParseError({ page, diagnostics: [], furniture: [] }).message).toBe('The page has 0 error diagnostics');
  });
});
