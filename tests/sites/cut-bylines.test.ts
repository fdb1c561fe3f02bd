/**
 * A page cut inside a review's byline (its last line a name cut short), or
 * inside the line that opens a review, says so with a `truncated-line` warning on that line, and reads no critic from
 * it: a cut name is no glued text (no `glued-text` or `unsplit-glued-text`
 * warning), and no half name is kept as the critic.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { ALL_SITES } from '../../src/sites/index.js';

/** The page's diagnostics as each one's code and the text it spans. */
function reported(text: string): { code: string; text: string }[] {
  return parse(text, { sites: ALL_SITES }).diagnostics.map((diagnostic) => ({
    code: diagnostic.code,
    text: text.slice(diagnostic.span.start.offset, diagnostic.span.end.offset),
  }));
}

describe('parse on a flixster critic list', () => {
  const head =
    'Jaws\n\ncritic Reviews\n\n, 97% Fresh Tomatometer Score\n  • , Fresh Tomatometer Score\n    Roger EbertChicago Sun-Times\n    A sensationally effective action picture.\n    Read full article\n';

  it('returns a truncated-line warning, no glued-text warning, when the page ends inside a critic name', () => {
    const text = `${head}  • , Fresh Tomatometer Score\n    Janet Mas\n`;
    const { page } = parse(text, { sites: ALL_SITES });
    expect(page.reviews.map((review) => [review.freshness, review.critic, review.publication, review.excerpt])).toStrictEqual([
      ['fresh', { name: 'Roger Ebert', credited: true, raw: 'Roger Ebert' }, 'Chicago Sun-Times', 'A sensationally effective action picture.'],
      ['fresh', null, null, ''],
    ]);
    expect(reported(text)).toStrictEqual([
      { code: 'review-without-text', text: '• , Fresh Tomatometer Score' },
      { code: 'truncated-line', text: 'Janet Mas' },
    ]);
  });

  it("returns a truncated-line warning, and no review, when the page ends inside a review's Tomatometer Score line", () => {
    const text = `${head}  • , Rotten Tomatom`;
    const { page } = parse(text, { sites: ALL_SITES });
    expect(page.reviews.map((review) => review.critic?.name)).toStrictEqual(['Roger Ebert']);
    expect(reported(text)).toStrictEqual([{ code: 'truncated-line', text: '• , Rotten Tomatom' }]);
  });

  it('returns a critic alone, with no warning, for a whole name on a line the page goes on past', () => {
    const text = `${head}  • , Rotten Tomatometer Score\n    Janet Maslin\n    Bruce the shark steals the picture.\n    Read full article\n`;
    const { page } = parse(text, { sites: ALL_SITES });
    expect([page.reviews[1]?.critic?.name, page.reviews[1]?.publication]).toStrictEqual(['Janet Maslin', null]);
    expect(reported(text)).toStrictEqual([]);
  });

  it('returns an unsplit-glued-text warning for glued names the text does not settle, kept whole as the publication', () => {
    const text = `${head}  • , Rotten Tomatometer Score\n    JoBloggsRiverside Courier\n    Bruce the shark steals the picture.\n    Read full article\n`;
    const { page } = parse(text, { sites: ALL_SITES });
    expect([page.reviews[1]?.critic, page.reviews[1]?.publication]).toStrictEqual([null, 'JoBloggsRiverside Courier']);
    expect(reported(text)).toStrictEqual([{ code: 'unsplit-glued-text', text: 'JoBloggsRiverside Courier' }]);
  });
});
