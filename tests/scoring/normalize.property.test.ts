/**
 * Invariants of normalizeScore over arbitrary marks and over every printed
 * form: it never throws for a string, a score is always within 0-100, and
 * more stars or a higher fraction never gives a lower score.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { normalizeScore } from '../../src/scoring/index.js';

/** A decimal with up to two places, as printed: "3", "3.5", "3.25". */
function printed(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** Half-star counts 0..2·max and a maximum of 1-10 stars. */
const halves = fc
  .integer({ min: 1, max: 10 })
  .chain((max) => fc.tuple(fc.constant(max), fc.integer({ min: 0, max: 2 * max }), fc.integer({ min: 0, max: 2 * max })));

/** Glyph rows for `halfCount` half stars of `max`: filled, an optional ½, then empty stars. */
function glyphs(halfCount: number, max: number): string {
  const full = Math.floor(halfCount / 2);
  const half = halfCount % 2;
  return '★'.repeat(full) + '½'.repeat(half) + '☆'.repeat(max - full - half);
}

describe('normalizeScore', () => {
  test.prop([fc.string({ maxLength: 80 })])('returns a result and never throws when the mark is any string', (mark) => {
    const result = normalizeScore(mark);
    expect(result.mark).toBe(mark);
    if (result.ok) {
      expect(result.score).toBeGreaterThanOrEqual(0);
      expect(result.score).toBeLessThanOrEqual(100);
    } else {
      expect(result.score).toBeUndefined();
      expect(result.reason.length).toBeGreaterThan(0);
    }
  });

  const markAlphabet = fc.constantFrom(...'0123456789./-% ★☆½ABCDF+-outofstars'.split(''));
  test.prop([fc.array(markAlphabet, { maxLength: 24 }).map((chars) => chars.join(''))])(
    'returns a score within 0-100 or none when the mark is made of score characters',
    (mark) => {
      const result = normalizeScore(mark, { numberOutOf: 10, starsOutOf: 4 });
      if (result.ok) {
        expect(Number.isFinite(result.score)).toBe(true);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(100);
        if (result.range !== undefined) {
          expect(result.range.min).toBeLessThanOrEqual(result.score);
          expect(result.score).toBeLessThanOrEqual(result.range.max);
        }
      }
    },
  );

  test.prop([halves])('returns a score that never falls when more stars are printed in glyphs', ([max, a, b]) => {
    const [low, high] = a <= b ? [a, b] : [b, a];
    const lower = normalizeScore(glyphs(low, max) || '☆', { starsOutOf: max });
    const higher = normalizeScore(glyphs(high, max), { starsOutOf: max });
    expect(lower.ok && higher.ok).toBe(true);
    expect(higher.score as number).toBeGreaterThanOrEqual(lower.score as number);
  });

  test.prop([halves])('returns a score that never falls when more stars are printed in digits', ([max, a, b]) => {
    const [low, high] = a <= b ? [a, b] : [b, a];
    const lower = normalizeScore(`${printed(low / 2)}/${max}`);
    const higher = normalizeScore(`${printed(high / 2)}/${max}`);
    expect(higher.score as number).toBeGreaterThanOrEqual(lower.score as number);
    const lowerStars = normalizeScore(`${printed(low / 2)} stars`, { starsOutOf: max });
    const higherStars = normalizeScore(`${printed(high / 2)} stars`, { starsOutOf: max });
    expect(higherStars.score as number).toBeGreaterThanOrEqual(lowerStars.score as number);
  });

  test.prop([halves])('returns the same score for glyphs and digits when they print the same stars', ([max, count]) => {
    const glyphResult = normalizeScore(glyphs(count, max) || '☆'.repeat(max), { starsOutOf: max });
    const digitResult = normalizeScore(`${printed(count / 2)}/${max}`);
    expect(glyphResult.score).toBe(digitResult.score);
  });

  test.prop([fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 100_000 })])(
    'returns a score that never falls when the fraction of the maximum is higher',
    (max, a, b) => {
      // Values with up to two decimals in [0, max].
      const x = Math.min(a, b) / 100_000;
      const y = Math.max(a, b) / 100_000;
      const lowText = printed(x * max);
      const highText = printed(y * max);
      const lower = normalizeScore(`${lowText}/${max}`);
      const higher = normalizeScore(`${highText}/${max}`);
      expect(lower.ok && higher.ok).toBe(true);
      if (Number(lowText) <= Number(highText)) expect(higher.score as number).toBeGreaterThanOrEqual(lower.score as number);
      const exact = Math.floor((Number(highText) / max) * 100 + 0.5);
      expect(Math.abs((higher.score as number) - exact)).toBeLessThanOrEqual(1);
    },
  );

  test.prop([fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 })])(
    'returns a score that never falls when the percentage is higher',
    (a, b) => {
      const [low, high] = a <= b ? [a, b] : [b, a];
      const lower = normalizeScore(`${low / 10}%`);
      const higher = normalizeScore(`${high / 10}%`);
      expect(higher.score as number).toBeGreaterThanOrEqual(lower.score as number);
    },
  );

  test.prop([fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 8 })])(
    'returns a range whose ends bracket the score when any two star counts are joined',
    (a, b) => {
      const result = normalizeScore(`${a / 2}-${b / 2}/4`);
      expect(result.ok).toBe(true);
      if (!result.ok || result.range === undefined) return;
      expect(result.range.min).toBeLessThanOrEqual(result.score);
      expect(result.score).toBeLessThanOrEqual(result.range.max);
    },
  );

  test('returns letter grades in the order of the table, best first', () => {
    const grades = ['A+', 'A', 'A-', 'B+', 'B', 'B-', 'C+', 'C', 'C-', 'D+', 'D', 'D-', 'F'];
    const scores = grades.map((grade) => normalizeScore(grade).score as number);
    expect(scores).toStrictEqual([...scores].sort((x, y) => y - x));
  });
});
