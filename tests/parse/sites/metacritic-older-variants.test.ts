/**
 * The older metacritic.com variants of the corpus-sites README, at their
 * edges: a game main page's "<Title> Image", a mirror's banner, an
 * unlabelled critics' distribution after the user block, and main-page
 * critic items that open with the critic's name. (The whole pages are golden
 * cases in tests/sites/metacritic/.)
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/index.js';

const reviewsOf = (text: string): unknown[] =>
  parse(text).page.reviews.map(({ index, critic, publication, score, excerpt }) => ({
    index,
    critic: critic && { name: critic.name, credited: critic.credited },
    publication,
    score,
    excerpt,
  }));

describe('the title of an older game main page', () => {
  it('returns the title without the box art\'s "Image" when the Metascore comes right under it', () => {
    expect(parse('Oni Image\nMetascore\n73\n').page.title).toBe('Oni');
    expect(parse('Mirror Image Image\n\nMetascore\n73\n').page.title).toBe('Mirror Image');
  });

  it('keeps "Image" when no Metascore comes under the title, or the caller says the page is no game', () => {
    expect(parse('Mirror Image\nMixed or average reviews - based on 4 Critics\n').page.title).toBe('Mirror Image');
    expect(parse('Mirror Image\nMetascore\n73\n', { media: 'movie' }).page.title).toBe('Mirror Image');
    expect(parse('Image\nMetascore\n73\n').page.title).toBe('Image');
  });
});

describe("a mirror's banner", () => {
  it('returns no title and no diagnostic for the banner, and keeps it as furniture', () => {
    const result = parse('You are viewing a mirrored copy of this page.\nGenerally favorable reviews - based on 11 Critics\n  1. 80\n    Taut.\n');
    expect(result.page.title).toBeNull();
    expect(result.diagnostics).toStrictEqual([]);
    expect(result.page.verdict).toBe('Generally favorable reviews');
  });

  it('is the title when it is some other sentence', () => {
    expect(parse('You are viewing a film about mirrors.\nMetascore\n70\n').page.title).toBe('You are viewing a film about mirrors.');
  });
});

describe('an unlabelled distribution after the user block', () => {
  const head = 'Generally favorable reviews - based on 20 Critics\n\nUser Score\n\nMixed or average reviews- based on 8 Ratings\n';

  it("returns it as the critics' when it counts out of the critics' verdict count", () => {
    const { page } = parse(`${head}  1. Positive: 18 out of 20\n  2. Negative: 0 out of 20\n`);
    expect([page.distribution, page.users?.distribution]).toStrictEqual([{ positive: 18, mixed: null, negative: 0 }, null]);
  });

  it("returns it as the users' when it counts out of their ratings, or the critics have a list already", () => {
    expect(parse(`${head}  1. Positive: 5 out of 8\n  2. Negative: 3 out of 8\n`).page.users?.distribution).toStrictEqual({
      positive: 5,
      mixed: null,
      negative: 3,
    });
    const both = parse(
      `Generally favorable reviews - based on 20 Critics\nCritic score distribution:\n  1. Positive: 18 out of 20\n  1. 90\n    Bold.\nUser Score\nMixed or average reviews- based on 8 Ratings\n  1. Positive: 2 out of 20\n`,
    ).page;
    expect([both.distribution?.positive, both.users?.distribution?.positive]).toStrictEqual([18, 2]);
  });
});

describe("an older main page's critic items", () => {
  const page = (items: string): string =>
    `Generally favorable reviews - based on 20 Critics\n\nUser Score\n\nMixed or average reviews- based on 8 Ratings\n  1. Positive: 18 out of 20\n  2. Negative: 0 out of 20\n${items}`;

  it("returns an unnumbered item's first line as its critic, uncredited for Staff (Not Credited), and a numbered score item as before", () => {
    expect(
      reviewsOf(page('  Ty Burr\n    If you hold any opinion, see it.\n  Staff (Not Credited)\n    Appalling and hopeful.\n  1. 90\n    Quiet fury.\n')),
    ).toStrictEqual([
      { index: null, critic: { name: 'Ty Burr', credited: true }, publication: null, score: null, excerpt: 'If you hold any opinion, see it.' },
      { index: null, critic: { name: 'Staff', credited: false }, publication: null, score: null, excerpt: 'Appalling and hopeful.' },
      { index: 1, critic: null, publication: null, score: 90, excerpt: 'Quiet fury.' },
    ]);
  });

  it('returns the same reviews from a copy with no indentation', () => {
    expect(reviewsOf(page('Ty Burr\nIf you hold any opinion, see it.\n1. 90\nQuiet fury.\n'))).toStrictEqual([
      { index: null, critic: { name: 'Ty Burr', credited: true }, publication: null, score: null, excerpt: 'If you hold any opinion, see it.' },
      { index: 1, critic: null, publication: null, score: 90, excerpt: 'Quiet fury.' },
    ]);
  });

  it('keeps a numbered item that opens with a publication as a publication', () => {
    expect(reviewsOf(page('  1. Variety\n    Taut and alive.\n'))).toStrictEqual([
      { index: 1, critic: null, publication: 'Variety', score: null, excerpt: 'Taut and alive.' },
    ]);
  });

  it('reads an unnumbered name line as a publication where no user block comes above the list', () => {
    expect(
      reviewsOf(
        'Generally favorable reviews - based on 20 Critics\nCritic score distribution:\n  1. Positive: 18 out of 20\n  1. 90\n    Bold.\n    Variety\n    Taut and alive.\n',
      ),
    ).toContainEqual(expect.objectContaining({ critic: null, publication: 'Variety' }));
  });
});
