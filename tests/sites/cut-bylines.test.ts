/**
 * A page cut inside a review's byline (its last line a name cut short) says
 * so with a `truncated-line` warning on that line, and reads no critic from
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

  it('returns a glued-text warning for a byline with no case change that the page goes on past', () => {
    const text = `${head}  • , Rotten Tomatometer Score\n    Janet Maslin\n    Bruce the shark steals the picture.\n    Read full article\n`;
    const { page } = parse(text, { sites: ALL_SITES });
    expect(page.reviews[1]?.critic?.name).toBe('Janet Maslin');
    expect(reported(text)).toStrictEqual([{ code: 'glued-text', text: 'Janet Maslin' }]);
  });
});
