import { describe, expect, it } from 'vitest';
import { aggregate, checkConsistency, parse } from '../../../src/index.js';

const NINES = '9'.repeat(309);

describe('counts with more digits than a page ever has', () => {
  it.each([
    ['a verdict line', `Universal acclaim - based on ${NINES} Critics\n  1. 90\n    Bold.\n`, (page: ReturnType<typeof parse>['page']) => page.criticCount],
    ['a user verdict line', `Universal acclaim- based on ${NINES} Ratings\n`, (page: ReturnType<typeof parse>['page']) => page.users?.ratingCount],
    [
      'a safe-integer overflow',
      'Universal acclaim - based on 9007199254740993 Critics\n  1. 90\n    Bold.\n',
      (page: ReturnType<typeof parse>['page']) => page.criticCount,
    ],
    [
      'a profile count',
      `For ${NINES} reviews, this critic has graded:\n  • 50% higher than the average critic\n`,
      (page: ReturnType<typeof parse>['page']) => page.profile?.reviewsGraded,
    ],
    ['a listed count', `Sheri Linden's Scores\n${NINES} tv reviews\n`, (page: ReturnType<typeof parse>['page']) => page.profile?.listedCount],
  ])('keeps the field null, with a count-out-of-range warning on the number, in %s', (_what, text, field) => {
    const { page, diagnostics } = parse(text);
    expect(field(page)).toBeNull();
    const warnings = diagnostics.filter(({ code }) => code === 'count-out-of-range');
    expect(warnings).toHaveLength(1);
    const span = (warnings[0] as (typeof warnings)[number]).span;
    expect(/^\d+$/u.test(text.slice(span.start.offset, span.end.offset))).toBe(true);
    expect(text.slice(span.start.offset, span.end.offset).length).toBeGreaterThan(15);
    expect(() => aggregate(page)).not.toThrow();
    expect(() => checkConsistency(page)).not.toThrow();
  });

  it('keeps a distribution line whose count or total is too large out of the distribution, with a warning for each number', () => {
    const { page, diagnostics } = parse(`Universal acclaim - based on 11 Critics\n  1. Positive: ${NINES} out of ${NINES}\n  2. Negative: 0 out of 11\n`);
    expect(page.distribution).toStrictEqual({ positive: null, mixed: null, negative: 0 });
    expect(diagnostics.map(({ code }) => code)).toStrictEqual(['count-out-of-range', 'count-out-of-range']);
    expect(() => aggregate(page)).not.toThrow();
  });

  it('reads the largest safe integer as a count', () => {
    expect(parse('Universal acclaim - based on 9,007,199,254,740,991 Critics\n').page.criticCount).toBe(Number.MAX_SAFE_INTEGER);
  });
});
