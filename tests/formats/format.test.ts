/**
 * `formatPage`: each layout written as the corpus README draws it, the
 * round trip over every corpus case, and the caller's mistakes.
 */
import { describe, expect, it } from 'vitest';
import { formatPage } from '../../src/formats/index.js';
import { parse } from '../../src/parse/index.js';
import type { Page, Review } from '../../src/types/page.js';
import { CORPUS, factsOf } from './helpers.js';

/** The diagnostics a faithful rewrite may cause: the ones the facts themselves call for. */
const FACT_CODES = new Set(['unknown-verdict', 'invalid-date', 'distribution-total-mismatch']);

function reparse(page: Page): Page {
  return parse(formatPage(page), page.media === null ? undefined : { media: page.media }).page;
}

describe('formatPage', () => {
  it('returns the text of its example', () => {
    const { page } = parse(
      'Generally favorable reviews - based on 11 Critics\n' +
        '  1. Positive: 9 out of 11\n' +
        '  2. Negative: 0 out of 11\n' +
        '  1. 80\n' +
        '    Each film in the trilogy can stand on its own.\n',
    );
    expect(formatPage(page)).toStrictEqual(
      'Generally favorable reviews - based on 11 Critics\n' +
        '\n' +
        'Critic score distribution:\n' +
        '  1. Positive: 9 out of 11\n' +
        '  2. Negative: 0 out of 11\n' +
        '\n' +
        'Critic Reviews\n' +
        '\n' +
        '  1. 80\n' +
        '    Each film in the trilogy can stand on its own.\n',
    );
  });

  it('returns layout A with every piece of a review in order when a title page has them all', () => {
    const text = [
      'Pusher',
      '',
      '  • Network: NBC',
      '',
      'Metascore',
      '81',
      '',
      'Generally favorable reviews - based on 11 Critics',
      '',
      'Critic score distribution:',
      '  1. Positive: 9 out of 11',
      '  2. Mixed: 2 out of 11',
      '  3. Negative: 0 out of 11',
      '',
      'Critic Reviews',
      '',
      '  1. Reviewed by: Staff [Not Credited]',
      '    Jul 5, 2013',
      '    80',
      '    Q Magazine',
      '    There is something rotten in Denmark.',
      '    An unnumbered review follows it.',
      '  12. 100',
      '    93 minutes of punishment [Oct 25, 2002, p.82].',
      '',
      'User Score',
      '8.6',
      '',
      'Universal acclaim- based on 476 Ratings',
      '',
      'User score distribution:',
      '  1. Positive: 92 out of 476',
      '  2. Negative: 4 out of 476',
      '  1. DavidS.',
      '    Jan 29, 2008',
      '    10',
      '    A timeless take on a timeless story.',
      '    Feb 1, 2008',
      '    An unnumbered user review.',
      '',
    ].join('\n');
    expect(formatPage(parse(text).page)).toStrictEqual(text);
  });

  it('returns layout G with every statistic when a page is a critic profile', () => {
    const text = [
      'For 1,095 reviews, this critic has graded:',
      '  • 75% higher than the average critic',
      '  • 0% same as the average critic',
      '  • 25.5% lower than the average critic',
      'On average, this critic grades 7.9 points lower than other critics. (0-100 point scale)',
      '',
      "Sheri Linden's Scores",
      '',
      'Average TV Show review score: 80',
      'Highest review score: 90 Nightingale: Season 1',
      'Lowest review score: 0 North America: Season 1',
      'Score distribution:',
      '  1. Positive: 4 out of 4',
      '  2. Mixed: 0 out of 4',
      '4 tv reviews',
      '    • tbd Metascore',
      '    • 80 Sheri Linden',
      '    40 minutes is all the film needs.',
      '    • The Hollywood Reporter',
      '  1. A numbered review prints no score.',
      '',
    ].join('\n');
    const { page } = parse(text);
    expect(page.kind).toStrictEqual('critic');
    expect(formatPage(page)).toStrictEqual(text);
  });

  it('returns layout F with the critic under "Reviewed by" and the publication bullet when a page is a publication profile', () => {
    const text = [
      "Boston Globe's Scores",
      '',
      '  • Movies',
      '',
      'For 5,034 reviews, this publication has graded:',
      'On average, this publication grades 1 point higher than other critics. (0-100 point scale)',
      '',
      'Score distribution:',
      '5,034 movie reviews',
      '    • 32 Metascore',
      '    • 25 Reviewed by',
      '      Ty Burr',
      '    On film it plays just like a classic Bob Dylan song.',
      '    • Boston Globe',
      '    • 20 Metascore',
      '    • 25 Critic Score',
      '    93 minutes of punishment.',
      '    • Boston Globe',
      '  7. Game-to-screen noise in place of a story that makes sense.',
      '',
    ].join('\n');
    const { page } = parse(text);
    expect(page.kind).toStrictEqual('publication');
    expect(formatPage(page)).toStrictEqual(text);
  });

  it('returns the media filter "• All" when nothing else opens a profile', () => {
    const { page } = parse("Foo's Scores\n  • Movies\n");
    if (page.kind === 'film') throw new Error('expected a profile');
    const bare: Page = { ...page, media: null, profile: { ...page.profile, name: null } };
    expect(formatPage(bare)).toStrictEqual('  • All\n\nScore distribution:\n');
    expect(factsOf(reparse(bare))).toStrictEqual(factsOf(bare));
  });

  it('returns "Critic score distribution:" with no list when a title page has reviews but no distribution', () => {
    const text = 'Critic score distribution:\n\nCritic Reviews\n\n  1. Reviewed by: Ty Burr\n    See it.\n';
    const { page } = parse(text);
    expect(page.distribution).toStrictEqual(null);
    expect(formatPage(page)).toStrictEqual(text);
  });

  it('returns a scored bullet block when a title page’s review has a title Metascore', () => {
    const text = [
      'Critic score distribution:',
      '',
      'Critic Reviews',
      '',
      '  1. 80',
      '    A numbered review.',
      '    • 72 Metascore',
      '    • 90 Critic Score',
      '    A block read on a title page.',
      '    • Variety',
      '',
    ].join('\n');
    const { page } = parse(text);
    expect(page.kind).toStrictEqual('film');
    expect(page.reviews.map((review) => [review.score, review.metascore])).toStrictEqual([
      [80, null],
      [90, 72],
    ]);
    expect(formatPage(page)).toStrictEqual(text);
  });

  it('returns the printed text of a date that does not exist', () => {
    const text = 'Critic score distribution:\n\nCritic Reviews\n\n  1. Feb 30, 2013\n    A review on no day at all.\n';
    const { page } = parse(text);
    expect(page.reviews[0]?.date).toStrictEqual(null);
    expect(formatPage(page)).toStrictEqual(text);
  });

  it('returns the critic as "<Name> [Not Credited]" when its raw text does not say the same', () => {
    const { page } = parse('Critic score distribution:\n  1. Reviewed by: Staff [Not Credited]\n    Seen.\n');
    const review = page.reviews[0] as Review;
    const changed: Page = { ...page, reviews: [{ ...review, critic: { name: 'Staff', credited: false, raw: 'somebody' } }] };
    expect(formatPage(changed)).toContain('  1. Reviewed by: Staff [Not Credited]\n');
  });

  it('returns text whose lines are whitespace-normalised when the page has line breaks in its texts', () => {
    const { page } = parse('Critic score distribution:\n  1. Reviewed by: Ty Burr\n    Seen.\n');
    const review = page.reviews[0] as Review;
    const changed: Page = { ...page, title: 'Two\nlines', reviews: [{ ...review, excerpt: 'One\r\n  review\tonly.' }] };
    const text = formatPage(changed);
    expect(text.startsWith('Two lines\n\n')).toBe(true);
    expect(text).toContain('    One review only.\n');
  });

  it('throws a TypeError when the page is not a parsed page', () => {
    expect(() => formatPage('Pusher' as unknown as Page)).toThrow(
      new TypeError('formatPage: page must be a parsed page (an object with kind "film", "critic" or "publication" and a reviews list); got "Pusher".'),
    );
    expect(() => formatPage({ kind: 'album', reviews: [] } as unknown as Page)).toThrow(TypeError);
  });

  it('throws a RangeError naming the field when a number has no printed form', () => {
    const { page } = parse('Critic score distribution:\n  1. 80\n    Seen.\n');
    const review = page.reviews[0] as Review;
    expect(() => formatPage({ ...page, reviews: [{ ...review, score: 85.5 }] })).toThrow(
      new RangeError('formatPage: reviews[0].score must be a whole number from 0 to 100; got 85.5.'),
    );
    expect(() => formatPage({ ...page, metascore: 120 })).toThrow(new RangeError('formatPage: metascore must be a whole number from 0 to 100; got 120.'));
    // Outside 0-100 in a scored bullet block (a review with a title Metascore) too, as every writer refuses it.
    for (const score of [150, -1]) {
      expect(() => formatPage({ ...page, reviews: [{ ...review, metascore: 70, score }] })).toThrow(
        new RangeError(`formatPage: page.reviews[0].score must be from 0 to 100 or null; got ${score}.`),
      );
    }
    // A title's Metascore is on the same 0-100 scale (parse reads '• 150 Metascore' as none, with a warning).
    for (const metascore of [101, 150, 999]) {
      expect(() => formatPage({ ...page, reviews: [{ ...review, metascore }] })).toThrow(
        new RangeError(`formatPage: reviews[0].metascore must be a whole number from 0 to 100; got ${metascore}.`),
      );
    }
    // A profile's highest review score past the 0-100 scale is not read (parse warns), so no line is written for it.
    const profile = parse('Average review score: 80\nHighest review score: 190 Nightingale\n').page;
    expect(profile.profile?.highest).toBeNull();
    expect(formatPage(profile)).not.toContain('Highest review score');
    expect(() => formatPage({ ...page, reviews: [{ ...review, date: '15/07/2013' }] })).toThrow(
      new RangeError('formatPage: reviews[0].date must be a date written YYYY-MM-DD; got "15/07/2013".'),
    );
  });
});

describe('formatPage on the corpus of real pages', () => {
  for (const { file, page } of CORPUS) {
    it(`returns text that parses to the same facts for ${file}`, () => {
      const { page: again, diagnostics } = parse(formatPage(page), page.media === null ? undefined : { media: page.media });
      expect(factsOf(again)).toStrictEqual(factsOf(page));
      expect(diagnostics.filter((diagnostic) => !FACT_CODES.has(diagnostic.code))).toStrictEqual([]);
    });

    it(`returns the same text again when ${file} is parsed back and written`, () => {
      const text = formatPage(page);
      expect(formatPage(reparse(page))).toStrictEqual(text);
    });
  }
});

describe('formatPage on a page as the JSON contract has it', () => {
  it('returns the text of a page with only the contract fields, absent nullable fields read as null', () => {
    const page = {
      kind: 'film',
      metascore: 80,
      verdict: 'Generally favorable reviews',
      criticCount: 1,
      distribution: { positive: 1, mixed: null, negative: 0 },
      reviews: [{ index: 1, critic: { name: 'Ann Lee', credited: true }, publication: 'Variety', score: 80, date: '2013-07-15', excerpt: 'Taut.' }],
      users: null,
      profile: null,
    } as unknown as Page;
    const again = parse(formatPage(page)).page;
    expect(again.reviews.map(({ index, critic, publication, score, date, excerpt }) => ({ index, critic, publication, score, date, excerpt }))).toStrictEqual([
      { index: 1, critic: { name: 'Ann Lee', credited: true, raw: 'Ann Lee' }, publication: 'Variety', score: 80, date: '2013-07-15', excerpt: 'Taut.' },
    ]);
    expect([again.metascore, again.verdict, again.criticCount]).toStrictEqual([80, 'Generally favorable reviews', 1]);
  });

  it.each(CORPUS.map((item) => [item.file, item] as const))(
    'returns text that parses to the same facts for %s with only the fields of the contract (no spans, raw texts or details)',
    (_file, { page }) => {
      const dropped = new Set(['span', 'spans', 'raw', 'dateText', 'details']);
      const contract = JSON.parse(JSON.stringify(page, (key, value: unknown) => (dropped.has(key) ? undefined : value))) as Page;
      const again = parse(formatPage(contract), page.media === null ? {} : { media: page.media }).page;
      expect({ ...factsOf(again), details: [] }).toStrictEqual({ ...factsOf(page), details: [] });
    },
  );

  it('returns the text of a review with nothing but its excerpt, every nullable field absent', () => {
    const page = { kind: 'film', reviews: [{ excerpt: 'Taut and alive.' }] } as unknown as Page;
    expect(formatPage(page)).toBe('Critic score distribution:\n\nCritic Reviews\n\n    Taut and alive.\n');
  });

  it('throws a TypeError naming the field when a review has no excerpt', () => {
    const page = { kind: 'film', reviews: [{ score: 80 }] } as unknown as Page;
    expect(() => formatPage(page)).toThrow(new TypeError('formatPage: reviews[0].excerpt must be a string; got undefined.'));
  });

  it('throws a TypeError naming the field when a field has the wrong type', () => {
    const review = { excerpt: 'Taut.', critic: 'Ann Lee' };
    expect(() => formatPage({ kind: 'film', reviews: [review] } as unknown as Page)).toThrow(
      new TypeError('formatPage: reviews[0].critic must be an object or null; got "Ann Lee".'),
    );
    expect(() => formatPage({ kind: 'film', reviews: [], users: { reviews: [{ user: 'ann' }] } } as unknown as Page)).toThrow(
      new TypeError('formatPage: users.reviews[0].excerpt must be a string; got undefined.'),
    );
    expect(() => formatPage({ kind: 'film', reviews: [{ excerpt: 'x', score: '80' }] } as unknown as Page)).toThrow(
      new TypeError('formatPage: reviews[0].score must be a number or null; got "80".'),
    );
  });
});
