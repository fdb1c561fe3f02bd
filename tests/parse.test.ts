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

  it('keeps positions in the original text for CRLF input and a byte-order mark', () => {
    const text = `\ufeff${seed.replaceAll('\n', '\r\n')}`;
    const { page } = parse(text);
    const second = page.reviews[1];
    expect(second && sliceOf(text, second.span)).toMatch(/^2\. 80\r\n {4}Each film/u);
    expect(second?.span.start.line).toBe(12);
    expect(second?.span.start.column).toBe(3);
  });

  it('reports an empty input as an error and returns an empty page', () => {
    const { page, diagnostics } = parse('  \n\n');
    expect(codes(diagnostics)).toStrictEqual(['empty-input']);
    expect(page.reviews).toStrictEqual([]);
    expect(page.verdict).toBeNull();
  });

  it('reports text that is not a review page, with a span over its lines', () => {
    const { diagnostics } = parse('Hello\nworld\n');
    expect(codes(diagnostics)).toStrictEqual(['not-a-review-page']);
    expect(diagnostics[0]?.span).toStrictEqual({ start: { line: 1, column: 1, offset: 0 }, end: { line: 2, column: 6, offset: 11 } });
  });

  it('reports a line it cannot place with its line and column, and keeps its text in the message', () => {
    const text = 'Mixed or average reviews - based on 4 Critics\n  1. 50\n    Fine.\nFan Theories Corner\n';
    const { diagnostics } = parse(text);
    expect(diagnostics).toStrictEqual([
      {
        code: 'unrecognised-line',
        severity: 'warning',
        message: 'The line "Fan Theories Corner" fits no part of a review page at this place.',
        span: { start: { line: 4, column: 1, offset: 64 }, end: { line: 4, column: 20, offset: 83 } },
      },
    ]);
  });

  it('takes a first unknown line above the verdict as the title', () => {
    const { page, diagnostics } = parse('Pusher\n\nGenerally favorable reviews - based on 11 Critics\n');
    expect(page.title).toBe('Pusher');
    expect(page.spans.title?.start.line).toBe(1);
    expect(diagnostics).toStrictEqual([]);
  });

  it('reports a date that does not exist and keeps the printed text', () => {
    const { page, diagnostics } = parse('Universal acclaim - based on 1 Critics\n  1. Reviewed by: A Critic\n    Feb 30, 2013\n    Good.\n');
    expect(codes(diagnostics)).toStrictEqual(['invalid-date']);
    expect(page.reviews[0]).toMatchObject({ date: null, dateText: 'Feb 30, 2013', excerpt: 'Good.' });
  });

  it('reports a score above 100 and keeps the number as text', () => {
    const { page, diagnostics } = parse('Universal acclaim - based on 1 Critics\n  1. 150\n');
    expect(codes(diagnostics)).toStrictEqual(['score-out-of-range']);
    expect(page.reviews[0]).toMatchObject({ score: null, excerpt: '150' });
  });

  it('reports a second verdict line and keeps the first', () => {
    const { page, diagnostics } = parse('Universal acclaim - based on 5 Critics\nMixed or average reviews - based on 9 Critics\n');
    expect(codes(diagnostics)).toStrictEqual(['repeated-block']);
    expect(page.criticCount).toBe(5);
  });

  it('reports each repeated part by name and place, and keeps the first', () => {
    const critics = parse('Universal acclaim - based on 5 Critics\nMixed or average reviews - based on 9 Critics\n  1. Positive: 5 out of 5\n  2. Positive: 4 out of 5\n');
    const profile = parse("Jane Doe's Scores\nFor 3 reviews, this critic has graded:\nFor 4 reviews, this critic has graded:\n");
    expect([...critics.diagnostics, ...profile.diagnostics].map(({ code, message, span }) => `${code}@${span.start.line}: ${message}`)).toStrictEqual([
      'repeated-block@2: A second critic verdict line appears; the first is kept.',
      'repeated-block@4: A second positive line appears in the critic distribution; the first is kept.',
      'repeated-block@3: A second "For N reviews" line appears in the profile; the first is kept.',
    ]);
    expect([critics.page.distribution?.positive, profile.page.profile?.reviewsGraded]).toStrictEqual([5, 3]);
  });

  it('reports a distribution that counts out of another total than the verdict line', () => {
    const { diagnostics } = parse('Universal acclaim - based on 5 Critics\nCritic score distribution:\n  1. Positive: 5 out of 6\n');
    expect(codes(diagnostics)).toStrictEqual(['distribution-total-mismatch']);
  });

  it('reports a review with no text as information', () => {
    const { diagnostics } = parse('Universal acclaim - based on 5 Critics\n  1. 90\n');
    expect(diagnostics.map(({ code, severity }) => ({ code, severity }))).toStrictEqual([{ code: 'review-without-text', severity: 'info' }]);
  });

  it('reads verdict lines with other spacing, case and units', () => {
    expect(parse('universal acclaim -based on 1,234 Critic Reviews\n').page.criticCount).toBe(1234);
    const { page } = parse('Generally favorable reviews- based on 59 Ratings\n');
    expect(page.verdict).toBeNull();
    expect(page.users?.ratingCount).toBe(59);
  });

  it('reports a verdict label it does not know and keeps it as printed', () => {
    const { page, diagnostics } = parse('Pretty good - based on 4 Critics\n');
    expect(page.verdict).toBe('Pretty good');
    expect(codes(diagnostics)).toStrictEqual(['unknown-verdict']);
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
    expect(() => parse(seed, { medium: 'tv' } as never)).toThrow(new TypeError('parse has no option "medium"; accepted options are media, url, sites.'));
    expect(() => parse(seed, { media: 'book' } as never)).toThrow(new RangeError('parse option media must be one of "movie", "tv", "music", "game"; got "book".'));
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
    expect(error.message).toBe('The page has 1 error diagnostic (line 1, column 1: The text has no verdict, distribution, review or profile of a review page.)');
    expect(error.page.reviews).toStrictEqual([]);
  });
});

describe('parse, on layout variants beyond the corpus', () => {
  it('reads a "Neutral" distribution line as the mixed class', () => {
    const { page } = parse('Mixed or average reviews - based on 7 Critics\n  1. Positive: 1 out of 7\n  2. Neutral: 2 out of 7\n  3. Negative: 4 out of 7\n');
    expect(page.distribution).toStrictEqual({ positive: 1, mixed: 2, negative: 4 });
  });

  it('keeps "No score yet" as printed without calling it unknown', () => {
    const { page, diagnostics } = parse('No score yet - based on 3 Critics\n');
    expect(page.verdict).toBe('No score yet');
    expect(diagnostics).toStrictEqual([]);
  });

  it('reads a publication line followed by the critic, date and excerpt of the same review', () => {
    const text = 'Universal acclaim - based on 20 Critics\n  1. The New York Times\n    Reviewed by: A.O. Scott\n    Jul 15, 2013\n    A triumph.\n  2. 90\n    Variety\n    Bold and sure.\n';
    const { page, diagnostics } = parse(text);
    expect(page.reviews.map(({ index, critic, publication, score, date, excerpt }) => ({ index, critic: critic?.name ?? null, publication, score, date, excerpt }))).toStrictEqual([
      { index: 1, critic: 'A.O. Scott', publication: 'The New York Times', score: null, date: '2013-07-15', excerpt: 'A triumph.' },
      { index: 2, critic: null, publication: 'Variety', score: 90, date: null, excerpt: 'Bold and sure.' },
    ]);
    expect(diagnostics).toStrictEqual([]);
  });

  it('reads newer product pages whose critic items are a date, a score and an excerpt', () => {
    const text = 'Metascore\n81\n\nUniversal acclaim - based on 30 Critic Reviews\n  1. Mar 3, 2020\n    90\n    A bold record.\n  2. Mar 5, 2020\n    75\n    Solid.\n';
    const { page } = parse(text);
    expect(page.metascore).toBe(81);
    expect(page.reviews.map(({ index, score, date, excerpt }) => ({ index, score, date, excerpt }))).toStrictEqual([
      { index: 1, score: 90, date: '2020-03-03', excerpt: 'A bold record.' },
      { index: 2, score: 75, date: '2020-03-05', excerpt: 'Solid.' },
    ]);
  });

  it('reads unnumbered user reviews, each opened by a name and a date', () => {
    const text = 'User Score\n8.0\n\nGenerally favorable reviews- based on 120 Ratings\n  JohnD.\n    Mar 3, 2020\n    9\n    Loved it.\n  Mar 4, 2020\n    2\n    Hated it.\n';
    const { page, diagnostics } = parse(text);
    expect(page.users?.score).toBe(8);
    expect(page.users?.reviews.map(({ index, user, date, score, excerpt }) => ({ index, user, date, score, excerpt }))).toStrictEqual([
      { index: null, user: 'JohnD.', date: '2020-03-03', score: 9, excerpt: 'Loved it.' },
      { index: null, user: null, date: '2020-03-04', score: 2, excerpt: 'Hated it.' },
    ]);
    expect(diagnostics).toStrictEqual([]);
  });

  it('does not take widget lines such as "Read More" for reviews', () => {
    const text = 'Universal acclaim - based on 20 Critics\n  1. 90\n    Bold and sure.\n    Read More\nCritic Reviews\nWatch On\n';
    const { page, diagnostics } = parse(text);
    expect(page.reviews).toHaveLength(1);
    expect(page.reviews[0]?.excerpt).toBe('Bold and sure.');
    expect(diagnostics).toStrictEqual([]);
  });

  it('reads the profile of a critic whose headers come in the other order, with a trailing publication bullet', () => {
    const text = [
      "Jane Doe's Scores",
      '  • TV Shows',
      'For 12 reviews, this critic has graded:',
      '  • 50% higher than the average critic',
      '  • 10% same as the average critic',
      '  • 40% lower than the average critic',
      'On average, this critic grades 7.9 points lower than other critics. (0-100 point scale)',
      'Average TV Show review score: 58',
      'Score distribution:',
      '  1. Positive: 5 out of 12',
      '12 tv reviews',
      '    • tbd Metascore',
      '    • 60 Jane Doe',
      '    A quiet pilot. [Jan 2, 2020, p.5]',
      '    • Daily Planet',
      '  1. Unscored, as rendered.',
    ].join('\n');
    const { page, diagnostics } = parse(text);
    expect(page.kind).toBe('critic');
    expect(page.media).toBe('tv');
    expect(page.profile).toMatchObject({ name: 'Jane Doe', reviewsGraded: 12, pointsVsAverage: -7.9, averageScore: 58, listedCount: 12 });
    expect(page.profile?.distribution).toStrictEqual({ positive: 5, mixed: null, negative: null });
    expect(page.reviews.map(({ index, critic, publication, score, metascore, date, excerpt }) => ({ index, critic: critic?.name ?? null, publication, score, metascore, date, excerpt }))).toStrictEqual([
      { index: null, critic: 'Jane Doe', publication: 'Daily Planet', score: 60, metascore: 'tbd', date: null, excerpt: 'A quiet pilot. [Jan 2, 2020, p.5]' },
      { index: 1, critic: null, publication: null, score: null, metascore: null, date: null, excerpt: 'Unscored, as rendered.' },
    ]);
    expect(diagnostics).toStrictEqual([]);
  });
});

describe('parse, on publications and scores found by the round-trip tests', () => {
  it('reads a publication whose name has initials, such as "The A.V. Club"', () => {
    const { page } = parse('Universal acclaim - based on 3 Critics\n  1. Reviewed by: X\n    The A.V. Club\n    Some text here.\n');
    expect(page.reviews.map(({ critic, publication, excerpt }) => ({ critic: critic?.name, publication, excerpt }))).toStrictEqual([
      { critic: 'X', publication: 'The A.V. Club', excerpt: 'Some text here.' },
    ]);
  });

  it('still reads a two-sentence excerpt as text, not as a publication', () => {
    const { page } = parse('Universal acclaim - based on 3 Critics\n  1. 90\n    Bold film. Go see it\n    Another review.\n');
    expect(page.reviews.map(({ publication, excerpt }) => ({ publication, excerpt }))).toStrictEqual([
      { publication: null, excerpt: 'Bold film. Go see it' },
      { publication: null, excerpt: 'Another review.' },
    ]);
  });

  it('reports a profile score or Metascore above 100 instead of taking it', () => {
    const { page, diagnostics } = parse("Empire's Scores\n4888 movie reviews\n    • 999 Metascore\n    • 999 Critic Score\n    Some text.\n");
    expect(page.reviews.map(({ score, metascore, excerpt }) => ({ score, metascore, excerpt }))).toStrictEqual([{ score: null, metascore: null, excerpt: 'Some text.' }]);
    expect(diagnostics.map(({ code, span }) => `${code}@${span.start.line}`)).toStrictEqual(['score-out-of-range@3', 'score-out-of-range@4']);
  });
});

describe('parse, on variants found by probing beyond the corpus', () => {
  const head = 'Generally favorable reviews - based on 3 Critics\n  1. Positive: 3 out of 3\n  2. Negative: 0 out of 3\n';

  it('reads any short name above a score, a date or a "Reviewed by" line as the publication', () => {
    const text = `${head}  1. Yahoo! Music\n    80\n    A fine record.\n  2. musicOMH.com\n    Sep 5, 2013\n    Lovely.\n  3. indieWire\n    Reviewed by: Jane Doe\n    Third.\n`;
    const { page, diagnostics } = parse(text);
    expect(page.reviews.map(({ index, publication, critic, score, date, excerpt }) => ({ index, publication, critic: critic?.name ?? null, score, date, excerpt }))).toStrictEqual([
      { index: 1, publication: 'Yahoo! Music', critic: null, score: 80, date: null, excerpt: 'A fine record.' },
      { index: 2, publication: 'musicOMH.com', critic: null, score: null, date: '2013-09-05', excerpt: 'Lovely.' },
      { index: 3, publication: 'indieWire', critic: 'Jane Doe', score: null, date: null, excerpt: 'Third.' },
    ]);
    expect(diagnostics).toStrictEqual([]);
  });

  it('reads a short line under a review\'s score, date or critic as its text, not as a publication', () => {
    const text = `${head}  1. 89\n    A huge amount of fun\n    88\n    Few concert films pack this much of a buzz.\n  2. Reviewed by: X\n    Its force is impossible to deny\n    Reviewed by: Y\n    Second.\n`;
    const { page, diagnostics } = parse(text);
    expect(page.reviews.map(({ index, publication, critic, score, excerpt }) => ({ index, publication, critic: critic?.name ?? null, score, excerpt }))).toStrictEqual([
      { index: 1, publication: null, critic: null, score: 89, excerpt: 'A huge amount of fun' },
      { index: null, publication: null, critic: null, score: 88, excerpt: 'Few concert films pack this much of a buzz.' },
      { index: 2, publication: null, critic: 'X', score: null, excerpt: 'Its force is impossible to deny' },
      { index: null, publication: null, critic: 'Y', score: null, excerpt: 'Second.' },
    ]);
    expect(diagnostics).toStrictEqual([]);
  });

  it('reads a short line above a field its review lacks as the publication: score, source, critic, date', () => {
    const text = `${head}  1. 75\n    Boston Globe\n    Reviewed by: Ty Burr\n    Mar 3, 2011\n    A stirring, angry documentary.\n  2. Reviewed by: Jane Doe\n    Gamers with Jobs\n    Mar 4, 2011\n    Second.\n`;
    expect(parse(text).page.reviews.map(({ index, publication, critic, score, date, excerpt }) => ({ index, publication, critic: critic?.name ?? null, score, date, excerpt }))).toStrictEqual([
      { index: 1, publication: 'Boston Globe', critic: 'Ty Burr', score: 75, date: '2011-03-03', excerpt: 'A stirring, angry documentary.' },
      { index: 2, publication: 'Gamers with Jobs', critic: 'Jane Doe', score: null, date: '2011-03-04', excerpt: 'Second.' },
    ]);
  });

  it('joins a hard-wrapped excerpt and a print citation on a line of its own to the review above', () => {
    const text = `${head}  1. Reviewed by: Noel Murray\n    Jul 15, 2013\n    As Refn counts down the days, Pusher shifts\n    from a sketch to a nail-biter.\n  2. Q Magazine\n    Costello looms over the writing.\n    [Oct 2009, p.111]\n`;
    expect(parse(text).page.reviews.map(({ index, publication, excerpt }) => ({ index, publication, excerpt }))).toStrictEqual([
      { index: 1, publication: null, excerpt: 'As Refn counts down the days, Pusher shifts from a sketch to a nail-biter.' },
      { index: 2, publication: 'Q Magazine', excerpt: 'Costello looms over the writing. [Oct 2009, p.111]' },
    ]);
  });

  it('reads a one-word name in any case as a publication, and a sentence-case line as text', () => {
    const text = `${head}  1. indieWIRE\n    A gripping, bruising debut.\n  2. laut.de\n    Solid.\n  3. Strictly for the converted\n    Schwartzman does his best.\n`;
    expect(parse(text).page.reviews.map(({ index, publication, excerpt }) => ({ index, publication, excerpt }))).toStrictEqual([
      { index: 1, publication: 'indieWIRE', excerpt: 'A gripping, bruising debut.' },
      { index: 2, publication: 'laut.de', excerpt: 'Solid.' },
      { index: 3, publication: null, excerpt: 'Strictly for the converted' },
      { index: null, publication: null, excerpt: 'Schwartzman does his best.' },
    ]);
  });

  it('reads a verdict line with an en or em dash, "--", a Unicode hyphen or a minus sign', () => {
    for (const dash of ['–', '—', '--', '\u2010', '\u2212']) {
      const { page, diagnostics } = parse(`Generally favorable reviews ${dash} based on 11 Critics\n`);
      expect([page.verdict, page.criticCount, page.title, diagnostics]).toStrictEqual(['Generally favorable reviews', 11, null, []]);
    }
  });

  it('reads a profile\'s "• NN Metascore" cut short at the end of a page as no review, with a warning', () => {
    const { page, diagnostics } = parse("Sheri Linden's Scores\nFor 4 reviews, this critic has graded:\n4 tv reviews\n    • 72 Metascore\n    • 80 Sheri Linden\n    Revealing.\n    • 72 Metasc\n");
    expect(page.reviews.map(({ critic, publication, score, excerpt }) => ({ critic: critic?.name ?? null, publication, score, excerpt }))).toStrictEqual([
      { critic: 'Sheri Linden', publication: null, score: 80, excerpt: 'Revealing.' },
    ]);
    expect(diagnostics.map(({ code, span }) => `${code}@${span.start.line}`)).toStrictEqual(['truncated-line@7']);
  });

  it('reads an older user page\'s "found this helpful" and "All this user\'s reviews" lines as furniture', () => {
    const { page, furniture } = parse("User Score\nUniversal acclaim- based on 9 Ratings\n  1. DavidS.\n    Jan 29, 2008\n    10\n    A timeless take.\n    3 of 4 users found this helpful\n    All this user's reviews\n");
    expect(page.users?.reviews.map(({ user, score, excerpt }) => ({ user, score, excerpt }))).toStrictEqual([{ user: 'DavidS.', score: 10, excerpt: 'A timeless take.' }]);
    expect(furniture.map((span) => span.start.line)).toStrictEqual([7, 8]);
  });

  it('ends an item of a page with no indentation at a blank line, and reports the unknown lines after it', () => {
    const text = 'Mixed or average reviews - based on 12 Critics\n\n1. 70\nHandsomely shot, if a little too pleased with itself.\n\nRelated Movies\nLimitless\n';
    const { page, diagnostics } = parse(text);
    expect(page.reviews.map(({ index, score, excerpt }) => ({ index, score, excerpt }))).toStrictEqual([
      { index: 1, score: 70, excerpt: 'Handsomely shot, if a little too pleased with itself.' },
    ]);
    expect(diagnostics.map(({ code, span }) => `${code}@${span.start.line}`)).toStrictEqual(['unrecognised-line@6', 'unrecognised-line@7']);
    const profile = parse('4 tv reviews\n• 72 Metascore\n• 80 Sheri Linden\nBeautifully made.\n\nFollow Sheri Linden\n');
    expect(profile.page.reviews.map(({ score, excerpt }) => ({ score, excerpt }))).toStrictEqual([{ score: 80, excerpt: 'Beautifully made.' }]);
    expect(profile.diagnostics.map(({ code, span }) => `${code}@${span.start.line}`)).toStrictEqual(['unrecognised-line@6']);
  });

  it('keeps a short text that ends with a print citation as a review\'s text, not a publication', () => {
    const { page } = parse(`${head}  1. Superb throughout. [p.111]\n    Another critic found the record warm.\n  2. Q Magazine\n    Fine. [Oct 2009, p.90]\n`);
    expect(page.reviews.map(({ index, publication, excerpt }) => ({ index, publication, excerpt }))).toStrictEqual([
      { index: 1, publication: null, excerpt: 'Superb throughout. [p.111]' },
      { index: null, publication: null, excerpt: 'Another critic found the record warm.' },
      { index: 2, publication: 'Q Magazine', excerpt: 'Fine. [Oct 2009, p.90]' },
    ]);
  });

  it('keeps a sentence above a score as a review\'s text: the score opens the next review', () => {
    const { page } = parse(`${head}  1. A long and winding film that never finds its way home.\n    80\n    Another review.\n`);
    expect(page.reviews.map(({ index, publication, score, excerpt }) => ({ index, publication, score, excerpt }))).toStrictEqual([
      { index: 1, publication: null, score: null, excerpt: 'A long and winding film that never finds its way home.' },
      { index: null, publication: null, score: 80, excerpt: 'Another review.' },
    ]);
  });

  it('reads text that starts with the words "Reviewed by" as text, not as a critic', () => {
    const { page, diagnostics } = parse(`${head}  1. 80\n    Reviewed by a lesser director, this would have been a mess.\n`);
    expect(page.reviews[0]).toMatchObject({ critic: null, score: 80, excerpt: 'Reviewed by a lesser director, this would have been a mess.' });
    expect(diagnostics).toStrictEqual([]);
  });

  it('reads a user review with a name and a score but no date line', () => {
    const { page } = parse('User Score\n6.1\nMixed or average reviews- based on 3 Ratings\n  1. jdog123\n    8\n    Good.\n  2. 3\n    Bad.\n');
    expect(page.users?.reviews.map(({ index, user, date, score, excerpt }) => ({ index, user, date, score, excerpt }))).toStrictEqual([
      { index: 1, user: 'jdog123', date: null, score: 8, excerpt: 'Good.' },
      { index: 2, user: null, date: null, score: 3, excerpt: 'Bad.' },
    ]);
  });
});

describe('parse, on variants found by a second probing round', () => {
  const head = 'Generally favorable reviews - based on 9 Critics\n  1. Positive: 9 out of 9\n  2. Negative: 0 out of 9\n';
  const users = 'User Score\n8.6\nGenerally favorable reviews- based on 59 Ratings\n';
  const project = (page: ReturnType<typeof parse>['page']): unknown[] =>
    page.reviews.map(({ index, publication, score, excerpt }) => ({ index, publication, score, excerpt }));

  it('reads a publication named with "!", a colon or a word capitalised inside, above text or a score', () => {
    const text = `${head}  1. Kerrang!\n    Loud and proud.\n  2. Exclaim!\n    80\n    A fine record.\n  3. PlayStation: The Official Magazine\n    Worth it.\n  4. iPhone Life\n    Handy.\n  5. Brilliant!\n`;
    const { page, diagnostics } = parse(text);
    expect(project(page)).toStrictEqual([
      { index: 1, publication: 'Kerrang!', score: null, excerpt: 'Loud and proud.' },
      { index: 2, publication: 'Exclaim!', score: 80, excerpt: 'A fine record.' },
      { index: 3, publication: 'PlayStation: The Official Magazine', score: null, excerpt: 'Worth it.' },
      { index: 4, publication: 'iPhone Life', score: null, excerpt: 'Handy.' },
      { index: 5, publication: null, score: null, excerpt: 'Brilliant!' },
    ]);
    expect(diagnostics).toStrictEqual([]);
  });

  it('still reads sentences with a colon or "!" above more text as reviews of their own', () => {
    const text = `${head}  1. Bottom line: skip it\n    A second review.\n  2. What a ride it is!\n    A fourth review.\n  3. In Short: A Triumph\n    A sixth review.\n`;
    expect(project(parse(text).page)).toStrictEqual([
      { index: 1, publication: null, score: null, excerpt: 'Bottom line: skip it' },
      { index: null, publication: null, score: null, excerpt: 'A second review.' },
      { index: 2, publication: null, score: null, excerpt: 'What a ride it is!' },
      { index: null, publication: null, score: null, excerpt: 'A fourth review.' },
      { index: 3, publication: null, score: null, excerpt: 'In Short: A Triumph' },
      { index: null, publication: null, score: null, excerpt: 'A sixth review.' },
    ]);
  });

  it('reads a one-word exclamation above more text as a publication, as it reads "Kerrang!" (the page does not tell them apart)', () => {
    expect(project(parse(`${head}  1. Masterful!\n    A second review.\n`).page)).toStrictEqual([{ index: 1, publication: 'Masterful!', score: null, excerpt: 'A second review.' }]);
  });

  it('reads a block\'s closing bullet that starts with a number as its publication, not as the next score line', () => {
    const blocks = '    • 72 Metascore\n    • 80 Sheri Linden\n    A compact primer.\n    • 20 Minutos\n    • 67 Metascore\n    • 90 Sheri Linden\n    Gripping.\n    • 7 Days\n    • 88 Sheri Linden\n    No Metascore line above.\n';
    const critic = parse(`Sheri Linden's Scores\nFor 3 reviews, this critic has graded:\n3 tv reviews\n${blocks}`);
    expect(critic.page.reviews.map(({ critic: by, publication, score, metascore }) => ({ critic: by?.name ?? null, publication, score, metascore }))).toStrictEqual([
      { critic: 'Sheri Linden', publication: '20 Minutos', score: 80, metascore: 72 },
      { critic: 'Sheri Linden', publication: '7 Days', score: 90, metascore: 67 },
      { critic: 'Sheri Linden', publication: null, score: 88, metascore: null },
    ]);
    expect(critic.diagnostics).toStrictEqual([]);
    const publication = parse("20 Minutos's Scores\nFor 2 reviews, this publication has graded:\n2 movie reviews\n    • 40 Critic Score\n    Weak.\n    • 20 Minutos\n    • 60 Critic Score\n    Fine.\n");
    expect(publication.page.reviews.map(({ publication: name, score }) => ({ publication: name, score }))).toStrictEqual([
      { publication: '20 Minutos', score: 40 },
      { publication: '20 Minutos', score: 60 },
    ]);
  });

  it('tells a block\'s closing "• NN Name" from the next score line by the block\'s own critic, with no heading needed', () => {
    const read = (text: string): unknown[] =>
      parse(`For 3 reviews, this critic has graded:\n3 tv reviews\n${text}`).page.reviews.map(({ critic, publication, score }) => ({ critic: critic?.name ?? null, publication, score }));
    // Another name with no text under it, or a number over 100: the publication.
    expect(read('    • 80 Sheri Linden\n    A primer.\n    • 20 Minutos\n    • 90 Sheri Linden\n    Gripping.\n    • 411 Mania\n')).toStrictEqual([
      { critic: 'Sheri Linden', publication: '20 Minutos', score: 80 },
      { critic: 'Sheri Linden', publication: '411 Mania', score: 90 },
    ]);
    // Another name with text under it, or the same name (whatever its apostrophe): the next block.
    expect(read('    • 80 Kenneth O’Brien\n    A primer.\n    • 90 Jane Doe\n    Gripping.\n    • 70 Jane Doe\n')).toStrictEqual([
      { critic: 'Kenneth O’Brien', publication: null, score: 80 },
      { critic: 'Jane Doe', publication: null, score: 90 },
      { critic: 'Jane Doe', publication: null, score: 70 },
    ]);
    expect(read("    • 80 Kenneth O’Brien\n    A primer.\n    • 90 Kenneth O'Brien\n")).toHaveLength(2);
  });

  it('reads a numbered profile item\'s bullet under its text as its publication', () => {
    const { page, diagnostics } = parse("Jane Doe's Scores\nFor 2 reviews, this critic has graded:\n2 movie reviews\n  1. A fine film.\n    • Variety\n  2. Another.\n");
    expect(page.reviews.map(({ index, publication, excerpt }) => ({ index, publication, excerpt }))).toStrictEqual([
      { index: 1, publication: 'Variety', excerpt: 'A fine film.' },
      { index: 2, publication: null, excerpt: 'Another.' },
    ]);
    expect(diagnostics).toStrictEqual([]);
  });

  it('reads a profile block\'s closing bullet with a colon as its publication, not as a page detail', () => {
    const text = "Jane Doe's Scores\nFor 2 reviews, this critic has graded:\n2 movie reviews\n    • 72 Metascore\n    • 80 Jane Doe\n    A revealing spark.\n    • PlayStation: The Official Magazine\n    • 67 Metascore\n    • 90 Jane Doe\n    Forty minutes is all it needs.\n";
    const { page } = parse(text);
    expect(page.details).toStrictEqual([]);
    expect(page.reviews.map(({ publication, score }) => ({ publication, score }))).toStrictEqual([
      { publication: 'PlayStation: The Official Magazine', score: 80 },
      { publication: null, score: 90 },
    ]);
  });

  it('keeps numbered, bulleted and quoted lines indented inside a user review as its text', () => {
    const text = `${users}  1. JohnD.\n    May 13, 2011\n    9\n    Pros:\n    1. Great combat\n    2. Great music\n    • Long campaign\n    As IGN said:\n    > the best game ever\n    I agree.\n  2. Nov 19, 2013\n    6\n    Fine.\n`;
    const { page, diagnostics } = parse(text);
    expect(page.users?.reviews.map(({ index, user, score, excerpt }) => ({ index, user, score, excerpt }))).toStrictEqual([
      { index: 1, user: 'JohnD.', score: 9, excerpt: 'Pros: 1. Great combat 2. Great music • Long campaign As IGN said: > the best game ever I agree.' },
      { index: 2, user: null, score: 6, excerpt: 'Fine.' },
    ]);
    expect(diagnostics).toStrictEqual([]);
  });

  it('keeps a numbered line indented inside a critic review as its text', () => {
    expect(project(parse(`${head}  1. 80\n    1. It is fun. 2. It is short.\n  2. Next.\n`).page)).toStrictEqual([
      { index: 1, publication: null, score: 80, excerpt: '1. It is fun. 2. It is short.' },
      { index: 2, publication: null, score: null, excerpt: 'Next.' },
    ]);
  });

  it('ends a page detail at its "Expand", and never takes the page parts under it', () => {
    const text = `  • Summary: A show. Expand\n    A line after.\n${users}Score distribution:\n  1. Positive: 1 out of 5\n  • Starring: Tom Hanks\n      1. Positive: 3 out of 5\n`;
    const { page } = parse(text);
    expect(page.details.map(({ label, value }) => [label, value])).toStrictEqual([
      ['Summary', 'A show.'],
      ['Starring', 'Tom Hanks'],
    ]);
    expect(page.users?.distribution?.positive).toBe(1);
  });

  it('reads a page detail that goes on in lines indented under its bullet as one value', () => {
    const text = `  • Summary: Ordinary recruits go to Iraq.\n\n    Produced with veterans' groups. (Focus Features) Expand\n${head}  1. Fine.\n`;
    const { page, diagnostics } = parse(text);
    expect(page.details.map(({ label, value, span }) => ({ label, value, lines: [span.start.line, span.end.line] }))).toStrictEqual([
      { label: 'Summary', value: "Ordinary recruits go to Iraq. Produced with veterans' groups. (Focus Features)", lines: [1, 3] },
    ]);
    expect(project(page)).toStrictEqual([{ index: 1, publication: null, score: null, excerpt: 'Fine.' }]);
    expect(page.users).toBeNull();
    expect(diagnostics).toStrictEqual([]);
  });

  it('reads an unlabelled distribution after "See all N Critic Reviews" as the users\', on a main page with no critic items', () => {
    const text = "Generally favorable reviews - based on 7 Critics What's this?\nUser Score\nMixed or average reviews- based on 5 Ratings\nSee all 7 Critic Reviews\n\nScore distribution:\n  1. Positive: 1 out of 5\n  2. Mixed: 0 out of 5\n  3. Negative: 4 out of 5\n  1. Mar 21, 2011\n    Meh.\n";
    const { page, diagnostics } = parse(text);
    expect(page.distribution).toBeNull();
    expect(page.reviews).toStrictEqual([]);
    expect(page.users?.distribution).toStrictEqual({ positive: 1, mixed: 0, negative: 4 });
    expect(page.users?.reviews.map(({ date, excerpt }) => ({ date, excerpt }))).toStrictEqual([{ date: '2011-03-21', excerpt: 'Meh.' }]);
    expect(diagnostics).toStrictEqual([]);
  });

  it('reads the rankings under "Awards & Rankings" as furniture, however they are listed', () => {
    for (const ranking of ['    #12 Best PC Game of 2009', '  1. #12 Best PC Game of 2009', '  • #12 Best PC Game of 2009', '#3 Most Discussed PC Game of All Time']) {
      const { page, diagnostics, furniture } = parse(`${head}  1. 80\n    A fine game.\nAwards & Rankings\n${ranking}\n${users}`);
      expect(project(page)).toStrictEqual([{ index: 1, publication: null, score: 80, excerpt: 'A fine game.' }]);
      expect(diagnostics).toStrictEqual([]);
      expect(furniture.map((span) => span.start.line)).toStrictEqual([6, 7]);
    }
  });
});

describe('parse, on pages cut short', () => {
  const critics = 'Generally favorable reviews - based on 11 Critics\n';
  const profile = "For 1,095 reviews, this publication has graded:\n  • 56% higher than the average critic\n1095 game reviews\n    • 49 Metascore\n    • 40 Critic Score\n    Miserable from the first minute.\n";
  const cutWarnings = (diagnostics: readonly Diagnostic[]): string[] =>
    diagnostics.filter(({ message }) => message.startsWith('The page ends inside a line')).map(({ span }) => `${span.start.line}:${span.start.column}`);

  it('reports a last line cut inside a distribution line, a profile bullet or a widget line, and reads no review from it', () => {
    for (const [text, at] of [
      [`${critics}  1. Positive: 9 out of`, '2:3'],
      [`${critics}  1. Positive: 9 out of 11\n  2. Neg`, '3:3'],
      [`${profile}    • 63 Met`, '7:5'],
      [`${profile}    • 40 Critic Sc\n`, '7:5'],
      [`${profile}    • 25 Revie`, '7:5'],
      [`${profile}    • tb\nWatch On\n`, '7:5'],
      ['User Score\nGenerally favorable reviews- based on 55 Ratings\n  1. Your Score\n    0 out o', '4:5'],
      [`${critics}  1. Positive: 9 out of 11\n  2`, '3:3'],
      [`${critics}Critic score distribution:\n  1\n`, '3:3'],
      [`${critics}Critic Reviews\n\n  1`, '4:3'],
      [`${critics}  1. Positive: 9 out of 11\n  1. Fine.\n  2.`, '4:3'],
    ] as const) {
      const { page, diagnostics } = parse(text);
      expect(page.users?.reviews ?? []).toStrictEqual([]);
      expect(page.reviews.filter(({ excerpt }) => excerpt !== 'Miserable from the first minute.' && excerpt !== 'Fine.')).toStrictEqual([]);
      expect(cutWarnings(diagnostics)).toStrictEqual([at]);
    }
  });

  it('still reads a last line that is whole, or a bare number that may be a score', () => {
    const { page, diagnostics } = parse(`${critics}  1. Positive: 9 out of 11\n  1. Reviewed by: Noel Murray\n    Good.\n  2. Reviewed by: Ann Hornaday\n    80`);
    expect(page.distribution).toStrictEqual({ positive: 9, mixed: null, negative: null });
    expect(page.reviews.map(({ index, score }) => ({ index, score }))).toStrictEqual([
      { index: 1, score: null },
      { index: 2, score: 80 },
    ]);
    expect(cutWarnings(diagnostics)).toStrictEqual([]);
  });

  it('reads a critic cut short inside "[Not Credited]" as uncredited', () => {
    expect(parse(`${critics}  1. Reviewed by: Staff [Not Cre`).page.reviews[0]?.critic).toStrictEqual({ name: 'Staff', credited: false, raw: 'Staff [Not Cre' });
  });

  it('ends a user review at its "Full Review »", so a cut item number under it does not join its text', () => {
    const { page, diagnostics } = parse('User Score\nUniversal acclaim- based on 64 Ratings\n  1. Sep 26, 2009\n    Such a bore. Full Review »\n  2');
    expect(page.users?.reviews.map(({ index, date, excerpt }) => ({ index, date, excerpt }))).toStrictEqual([
      { index: 1, date: '2009-09-26', excerpt: 'Such a bore.' },
      { index: null, date: null, excerpt: '2' },
    ]);
    expect(diagnostics).toStrictEqual([]);
  });

  it('goes on past an "Expand" in the middle of a user\'s text on a page with no indentation', () => {
    const { page } = parse('User Score\nUniversal acclaim- based on 64 Ratings\n1. Sep 26, 2009\nFans overhyped it.\nExpand\nMaking it worse is the production.\n');
    expect(page.users?.reviews.map(({ excerpt }) => excerpt)).toStrictEqual(['Fans overhyped it. Making it worse is the production.']);
  });

  it('reads a score under "User Score" or "Metascore" as the last line, not as a line cut short', () => {
    expect(parse(`${critics}  1. Fine.\nMetascore\n7`).page.metascore).toBe(7);
    expect(parse(`${critics}  1. Fine.\nUser Score\n8`).page.users?.score).toBe(8);
  });

  it('reads a game\'s "# of players" and platform bullets as details that say the media', () => {
    const { page, diagnostics } = parse('  • Platform: PC\n  • # of players: 1-4\nGenerally favorable reviews - based on 3 Critics\n  1. Fine.\n');
    expect(page.details.map(({ label, value }) => [label, value])).toStrictEqual([
      ['Platform', 'PC'],
      ['# of players', '1-4'],
    ]);
    expect(page.media).toBe('game');
    expect(diagnostics).toStrictEqual([]);
  });
});

describe('parse, on review text that reads like a part of the page', () => {
  const critics = 'Universal acclaim - based on 19 Critics\n  1. Positive: 17 out of 19\n  2. Negative: 0 out of 19\n';
  const users = 'User Score\nUniversal acclaim- based on 26 Ratings\n';

  it('keeps a verdict line or an "Expand" indented in a user\'s text as that text', () => {
    const text = `${users}  1. DavidS.\n    Jan 29, 2008\n    Wow.\n\n    The site says:\n    Universal acclaim - based on 19 Critics\n    Expand\n    I disagree.\n  2. Feb 2, 2009\n    Fine.\n`;
    const { page, diagnostics } = parse(text);
    expect(page.verdict).toBeNull();
    expect(page.criticCount).toBeNull();
    expect(page.reviews).toStrictEqual([]);
    expect(page.users?.reviews.map(({ index, user, date, excerpt }) => ({ index, user, date, excerpt }))).toStrictEqual([
      { index: 1, user: 'DavidS.', date: '2008-01-29', excerpt: 'Wow. The site says: Universal acclaim - based on 19 Critics I disagree.' },
      { index: 2, user: null, date: '2009-02-02', excerpt: 'Fine.' },
    ]);
    expect(diagnostics).toStrictEqual([]);
  });

  it('reads a critic item whose text ends like a verdict line or a profile heading as a review', () => {
    const text = `${critics}  1. Trust the aggregate - based on 5 Critics\n  2. Like most of Hans Zimmer's Scores\n  3. 89\n    Few concert films pack this much of a buzz.\n`;
    const { page, diagnostics } = parse(text);
    expect(page.kind).toBe('film');
    expect([page.verdict, page.criticCount]).toStrictEqual(['Universal acclaim', 19]);
    expect(page.reviews.map(({ index, publication, score, excerpt }) => ({ index, publication, score, excerpt }))).toStrictEqual([
      { index: 1, publication: null, score: null, excerpt: 'Trust the aggregate - based on 5 Critics' },
      { index: 2, publication: null, score: null, excerpt: "Like most of Hans Zimmer's Scores" },
      { index: 3, publication: null, score: 89, excerpt: 'Few concert films pack this much of a buzz.' },
    ]);
    expect(diagnostics).toStrictEqual([]);
  });

  it('keeps an excerpt that starts with a bullet as the text of its review', () => {
    const { page, diagnostics } = parse(`${critics}  1. 80\n    • Great music • weak story\n  2. Next.\n`);
    expect(page.reviews.map(({ index, score, excerpt }) => ({ index, score, excerpt }))).toStrictEqual([
      { index: 1, score: 80, excerpt: '• Great music • weak story' },
      { index: 2, score: null, excerpt: 'Next.' },
    ]);
    expect(diagnostics).toStrictEqual([]);
  });
});

describe('parse, on whole pages', () => {
  const critics = 'Generally favorable reviews - based on 11 Critics\n';

  it('sets a repeated distribution aside with one warning over its lines, and never gives its lines to another block', () => {
    const text = `${critics}Critic score distribution:\n  1. Positive: 9 out of 11\n  1. 100\n    Great.\nUser Score\nUniversal acclaim- based on 476 Ratings\n  1. Sep 15, 2011\n    Loved it.\nCritic score distribution:\n  1. Positive: 9 out of 11\n  2. Negative: 0 out of 11\n  2. 90\n    Fine.\n`;
    const { page, diagnostics } = parse(text);
    expect(page.distribution).toStrictEqual({ positive: 9, mixed: null, negative: null });
    expect(page.users?.distribution).toBeNull();
    expect(page.users?.reviews.map(({ excerpt }) => excerpt)).toStrictEqual(['Loved it.']);
    expect(page.reviews.map(({ index, score }) => ({ index, score }))).toStrictEqual([
      { index: 1, score: 100 },
      { index: 2, score: 90 },
    ]);
    expect(diagnostics.map(({ code, span }) => `${code}@${span.start.line}-${span.end.line}`)).toStrictEqual(['repeated-block@10-12']);
  });


  it('sets a repeated unlabelled distribution aside with one warning over its lines', () => {
    const text = `${critics}Score distribution:\n  1. Positive: 9 out of 11\n  1. Fine.\nWatch On\n  1. Positive: 9 out of 11\n  2. Negative: 2 out of 11\n`;
    const { page, diagnostics } = parse(text);
    expect(page.distribution).toStrictEqual({ positive: 9, mixed: null, negative: null });
    expect(diagnostics.map(({ code, span }) => `${code}@${span.start.line}-${span.end.line}`)).toStrictEqual(['repeated-block@6-7']);
  });

  it('reads a user block with no score yet, "Awaiting N more ratings", with no warning', () => {
    for (const line of ['No user score yet- Awaiting 4 more ratings', 'Awaiting 1 more rating', 'No User Score Yet - Awaiting 12 More Ratings']) {
      const { page, diagnostics } = parse(`${critics}  1. Fine.\nUser Score\ntbd\n\n${line}\n`);
      expect(page.users).toMatchObject({ verdict: null, ratingCount: null, score: null, reviews: [] });
      expect(diagnostics).toStrictEqual([]);
    }
  });

});
