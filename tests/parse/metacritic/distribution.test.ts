import { describe, expect, it } from 'vitest';
import { aggregate, parse } from '../../../src/index.js';

describe('the distribution reader', () => {
  it('reads "1. Positive: 0 out of" (a list with its total missing, as a main page prints an empty user list) as a distribution line, not a user review', () => {
    const text = 'User Score\ntbd\nUser score distribution:\n  1. Positive: 0 out of\n  2. Mixed: 0 out of\n  3. Negative: 0 out of\nWatch On\n';
    const { page, diagnostics } = parse(text);
    expect(page.users).toMatchObject({ distribution: { positive: 0, mixed: 0, negative: 0 }, reviews: [] });
    expect(page.users?.span.end.line).toBe(6);
    expect(diagnostics).toStrictEqual([]);
  });

  it('reads a critic list with its totals missing with no totals check', () => {
    const { page, diagnostics } = parse(
      'Generally favorable reviews - based on 11 Critics\n  1. Positive: 9 out of\n  2. Negative: 0 out of\n  1. 80\n    Bold.\n',
    );
    expect([page.distribution, page.reviews.length, diagnostics]).toStrictEqual([{ positive: 9, mixed: null, negative: 0 }, 1, []]);
  });

  it('still reads the last line of a page cut inside "Positive: 9 out of" as cut short', () => {
    const { page, diagnostics } = parse('Generally favorable reviews - based on 11 Critics\n  1. Positive: 9 out of');
    expect([page.distribution, diagnostics.map(({ code }) => code)]).toStrictEqual([null, ['truncated-line']]);
    expect(aggregate(page).count).toBe(0);
  });
});
