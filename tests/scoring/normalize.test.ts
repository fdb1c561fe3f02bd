import { describe, expect, it } from 'vitest';
import { LETTER_GRADE_SCORES, type NormalizeScoreResult, normalizeScore } from '../../src/scoring/index.js';

/** The failure code of a result, `undefined` when it was read. */
function codeOf(result: NormalizeScoreResult): string | undefined {
  return result.ok ? undefined : result.code;
}

/** The range of a result, `undefined` when it has none or was not read. */
function rangeOf(result: NormalizeScoreResult): { min: number; max: number } | undefined {
  return result.ok ? result.range : undefined;
}

/** The result of a mark read as a plain fraction of a printed maximum. */
function read(
  mark: string,
  score: number,
  scale: 'stars' | 'fraction' | 'percent' | 'number',
  max: number,
  maxFrom: 'printed' | 'glyphs' | 'option' | 'default' = 'printed',
  range?: { min: number; max: number },
): NormalizeScoreResult {
  return { ok: true, mark, score, scale, max, maxFrom, range };
}

describe('LETTER_GRADE_SCORES', () => {
  it('returns Metacritic’s published table when read', () => {
    expect({ ...LETTER_GRADE_SCORES }).toStrictEqual({
      'A+': 100,
      A: 100,
      'A-': 91,
      'B+': 83,
      B: 75,
      'B-': 67,
      'C+': 58,
      C: 50,
      'C-': 42,
      'D+': 33,
      D: 25,
      'D-': 16,
      F: 0,
    });
  });

  it('returns a frozen table when someone tries to change it', () => {
    expect(Object.isFrozen(LETTER_GRADE_SCORES)).toBe(true);
  });
});

describe('normalizeScore', () => {
  describe('letter grades', () => {
    it.each([
      ['A+', 100],
      ['A', 100],
      ['A-', 91],
      ['B+', 83],
      ['B', 75],
      ['B-', 67],
      ['C+', 58],
      ['C', 50],
      ['C-', 42],
      ['D+', 33],
      ['D', 25],
      ['D-', 16],
      ['F', 0],
    ])('returns %s as %i when the grade is in the table', (mark, score) => {
      expect(normalizeScore(mark)).toStrictEqual({
        ok: true,
        mark,
        score,
        scale: 'letter',
        max: undefined,
        maxFrom: undefined,
        range: undefined,
      });
    });

    it('returns the grade’s score when it is lower case, padded, or uses a minus sign or an en dash', () => {
      expect(['b-', '  B- ', 'B\u2212', 'B\u2013'].map((mark) => normalizeScore(mark).score)).toStrictEqual([67, 67, 67, 67]);
    });

    it('returns the mean of the two ends, rounded half up, when two grades are joined by a slash or "to"', () => {
      expect(normalizeScore('B/B+')).toStrictEqual({
        ok: true,
        mark: 'B/B+',
        score: 79,
        scale: 'letter',
        max: undefined,
        maxFrom: undefined,
        range: { min: 75, max: 83 },
      });
      expect(normalizeScore('A- / B+').score).toBe(87);
      expect(rangeOf(normalizeScore('B+ to B'))).toStrictEqual({ min: 75, max: 83 });
    });

    it('returns unrecognised when a letter is not in the table', () => {
      expect(normalizeScore('E')).toStrictEqual({
        ok: false,
        mark: 'E',
        score: undefined,
        code: 'unrecognised',
        reason: 'The mark "E" is no known form of score.',
      });
      expect(normalizeScore('B++').ok).toBe(false);
      expect(normalizeScore('B-B+').ok).toBe(false);
    });

    it('returns the caller’s table when letterGrades replaces the default', () => {
      const grades = new Map([
        ['A*', 100],
        ['e', 10],
      ]);
      expect(normalizeScore('a*', { letterGrades: grades }).score).toBe(100);
      expect(normalizeScore('E', { letterGrades: grades }).score).toBe(10);
      expect(normalizeScore('A', { letterGrades: grades }).ok).toBe(false);
      expect(normalizeScore('E', { letterGrades: { ...LETTER_GRADE_SCORES, E: 8 } }).score).toBe(8);
    });

    it('returns plain names when the caller’s table uses prototype names', () => {
      const grades = { __proto__: 5, constructor: 7 } as unknown as Record<string, number>;
      expect(normalizeScore('toString', { letterGrades: { x: 1 } }).ok).toBe(false);
      expect(normalizeScore('constructor', { letterGrades: new Map([['constructor', 7]]) }).score).toBe(7);
      expect(normalizeScore('hasOwnProperty').ok).toBe(false);
      expect(normalizeScore('__proto__').ok).toBe(false);
      expect(normalizeScore('constructor', { letterGrades: grades }).score).toBe(7);
    });
  });

  describe('stars', () => {
    it('returns 88 when the mark is "3.5/4"', () => {
      expect(normalizeScore('3.5/4')).toStrictEqual(read('3.5/4', 88, 'fraction', 4));
    });

    it('returns the fraction of the maximum, times 100, rounded half up, when stars are written in digits', () => {
      expect(normalizeScore('3 1/2 stars')).toStrictEqual(read('3 1/2 stars', 70, 'stars', 5, 'default'));
      expect(normalizeScore('3 1/2 stars', { starsOutOf: 4 })).toStrictEqual(read('3 1/2 stars', 88, 'stars', 4, 'option'));
      expect(normalizeScore('3 out of 5')).toStrictEqual(read('3 out of 5', 60, 'fraction', 5));
      expect(normalizeScore('3 out of 5 stars')).toStrictEqual(read('3 out of 5 stars', 60, 'stars', 5));
      expect(normalizeScore('3 stars out of 4')).toStrictEqual(read('3 stars out of 4', 75, 'stars', 4));
      expect(normalizeScore('3½ stars')).toStrictEqual(read('3½ stars', 70, 'stars', 5, 'default'));
      expect(normalizeScore('3 ½/4')).toStrictEqual(read('3 ½/4', 88, 'fraction', 4));
      expect(normalizeScore('2.5/4 stars')).toStrictEqual(read('2.5/4 stars', 63, 'stars', 4));
      expect(normalizeScore('1 star', { starsOutOf: 4 })).toStrictEqual(read('1 star', 25, 'stars', 4, 'option'));
      expect(normalizeScore('½ star', { starsOutOf: 4 }).score).toBe(13);
    });

    it('returns the glyph count as the maximum when empty stars are printed', () => {
      expect(normalizeScore('★★★☆☆')).toStrictEqual(read('★★★☆☆', 60, 'stars', 5, 'glyphs'));
      expect(normalizeScore('★★★½☆')).toStrictEqual(read('★★★½☆', 70, 'stars', 5, 'glyphs'));
      expect(normalizeScore('★★★☆')).toStrictEqual(read('★★★☆', 75, 'stars', 4, 'glyphs'));
      expect(normalizeScore('★ ★ ☆ ☆', { starsOutOf: 10 })).toStrictEqual(read('★ ★ ☆ ☆', 50, 'stars', 4, 'glyphs'));
      expect(normalizeScore('☆☆☆☆☆')).toStrictEqual(read('☆☆☆☆☆', 0, 'stars', 5, 'glyphs'));
    });

    it('returns the starsOutOf maximum (default 5) when only filled and half stars are printed', () => {
      expect(normalizeScore('★★★½')).toStrictEqual(read('★★★½', 70, 'stars', 5, 'default'));
      expect(normalizeScore('★★★½', { starsOutOf: 4 })).toStrictEqual(read('★★★½', 88, 'stars', 4, 'option'));
      expect(normalizeScore('½').ok).toBe(true);
      expect(normalizeScore('½').score).toBe(10);
    });

    it('returns unrecognised when glyphs are out of order', () => {
      expect(codeOf(normalizeScore('★☆★'))).toBe('unrecognised');
      expect(codeOf(normalizeScore('½★'))).toBe('unrecognised');
      expect(codeOf(normalizeScore('★½½'))).toBe('unrecognised');
    });

    it('returns out-of-range when there are more stars than the maximum', () => {
      expect(normalizeScore('★★★★★', { starsOutOf: 4 })).toStrictEqual({
        ok: false,
        mark: '★★★★★',
        score: undefined,
        code: 'out-of-range',
        reason: 'The mark "★★★★★" gives 5, above its maximum of 4.',
      });
      expect(codeOf(normalizeScore('6 stars'))).toBe('out-of-range');
    });
  });

  describe('fractions, percentages and numbers', () => {
    it.each([
      ['8/10', 80, 'fraction', 10],
      ['8 out of 10', 80, 'fraction', 10],
      ['8 of 10', 80, 'fraction', 10],
      ['4.5/5', 90, 'fraction', 5],
      ['85/100', 85, 'fraction', 100],
      ['7.45/10', 75, 'fraction', 10],
      ['.5/4', 13, 'fraction', 4],
      ['0/10', 0, 'fraction', 10],
      ['10/10', 100, 'fraction', 10],
      ['2/3', 67, 'fraction', 3],
      ['1/3', 33, 'fraction', 3],
      ['85%', 85, 'percent', 100],
      ['85.5%', 86, 'percent', 100],
      ['0%', 0, 'percent', 100],
      ['100%', 100, 'percent', 100],
    ] as const)('returns %s as %i when printed with its maximum', (mark, score, scale, max) => {
      expect(normalizeScore(mark)).toStrictEqual(read(mark, score, scale, max));
    });

    it('returns the same score when spacing and case differ', () => {
      expect(['8 / 10', ' 8/10 ', '8  OUT  OF  10', '8\tout of\n10'].map((mark) => normalizeScore(mark).score)).toStrictEqual([80, 80, 80, 80]);
    });

    it('returns no-scale when a bare number has no numberOutOf', () => {
      expect(normalizeScore('85')).toStrictEqual({
        ok: false,
        mark: '85',
        score: undefined,
        code: 'no-scale',
        reason: 'The mark "85" is a bare number without a scale; pass numberOutOf (such as 100 or 10) to read it.',
      });
    });

    it('returns the bare number on the numberOutOf scale when it is given', () => {
      expect(normalizeScore('85', { numberOutOf: 100 })).toStrictEqual(read('85', 85, 'number', 100, 'option'));
      expect(normalizeScore('8.5', { numberOutOf: 10 })).toStrictEqual(read('8.5', 85, 'number', 10, 'option'));
      expect(normalizeScore('0.85', { numberOutOf: 1 }).score).toBe(85);
    });

    it('returns out-of-range when the value is above its maximum or the maximum is 0', () => {
      expect(codeOf(normalizeScore('6/5'))).toBe('out-of-range');
      expect(codeOf(normalizeScore('120%'))).toBe('out-of-range');
      expect(codeOf(normalizeScore('11', { numberOutOf: 10 }))).toBe('out-of-range');
      expect(normalizeScore('0/0')).toStrictEqual({
        ok: false,
        mark: '0/0',
        score: undefined,
        code: 'out-of-range',
        reason: 'The mark "0/0" has a maximum of 0.',
      });
    });
  });

  describe('ranges', () => {
    it('returns the midpoint’s score and each end’s score when a range is printed', () => {
      expect(normalizeScore('3-3.5/4')).toStrictEqual(read('3-3.5/4', 81, 'fraction', 4, 'printed', { min: 75, max: 88 }));
      expect(normalizeScore('3 - 3.5 / 4').score).toBe(81);
      expect(normalizeScore('3–3.5/4').score).toBe(81);
      expect(normalizeScore('7-8/10')).toStrictEqual(read('7-8/10', 75, 'fraction', 10, 'printed', { min: 70, max: 80 }));
      expect(normalizeScore('80-85%')).toStrictEqual(read('80-85%', 83, 'percent', 100, 'printed', { min: 80, max: 85 }));
      expect(normalizeScore('3 to 4 stars')).toStrictEqual(read('3 to 4 stars', 70, 'stars', 5, 'default', { min: 60, max: 80 }));
    });

    it('returns the ends in order when a range is printed high to low', () => {
      expect(rangeOf(normalizeScore('3.5-3/4'))).toStrictEqual({ min: 75, max: 88 });
    });

    it('returns out-of-range when either end is above the maximum', () => {
      expect(codeOf(normalizeScore('4-5/4'))).toBe('out-of-range');
    });
  });

  describe('no score', () => {
    it.each(['N/A', 'n/a', 'NA', 'NR', 'Not rated', 'unrated', 'No score', 'none', 'TBD', '-', '—', '–'])('returns no-score when the mark is %s', (mark) => {
      expect(normalizeScore(mark)).toStrictEqual({
        ok: false,
        mark,
        score: undefined,
        code: 'no-score',
        reason: `The mark ${JSON.stringify(mark)} says there is no score.`,
      });
    });

    it('returns empty when the mark is blank', () => {
      expect(normalizeScore('  ')).toStrictEqual({
        ok: false,
        mark: '  ',
        score: undefined,
        code: 'empty',
        reason: 'The mark is empty.',
      });
    });
  });

  describe('unknown marks', () => {
    it.each(['great', 'eight/ten', '8/', '/10', '8/10/10', '3 stars 4', 'B+ 8/10', '1e5/10', '8,5/10', '-3/10', 'five stars', '8 out of', 'A/B/C', '3 1/2'])(
      'returns no score, never a guess, when the mark is %j',
      (mark) => {
        const result = normalizeScore(mark);
        expect(result.ok).toBe(false);
        expect(result.score).toBeUndefined();
      },
    );

    it('returns unrecognised when the mark is longer than 64 characters', () => {
      expect(codeOf(normalizeScore(`${'1'.repeat(70)}/10`))).toBe('unrecognised');
    });
  });

  describe('caller mistakes', () => {
    it('throws a TypeError naming the argument when the mark is not a string', () => {
      expect(() => normalizeScore(8 as unknown as string)).toThrow(new TypeError('normalizeScore: mark must be a string; got 8.'));
    });

    it('throws a TypeError naming the option when an option is unknown', () => {
      expect(() => normalizeScore('8/10', { outOf: 10 } as never)).toThrow(
        new TypeError('normalizeScore: each option must be one of letterGrades, starsOutOf, numberOutOf; got "outOf".'),
      );
    });

    it('throws a RangeError naming starsOutOf when it is not a positive integer', () => {
      expect(() => normalizeScore('3 stars', { starsOutOf: 3.5 })).toThrow(
        new RangeError('normalizeScore: option starsOutOf must be a positive integer up to 1000 (the number of stars); got 3.5.'),
      );
      expect(() => normalizeScore('3 stars', { starsOutOf: 0 })).toThrow(RangeError);
      expect(() => normalizeScore('3 stars', { starsOutOf: '4' as unknown as number })).toThrow(TypeError);
    });

    it('throws a RangeError naming numberOutOf when it is not positive', () => {
      expect(() => normalizeScore('8', { numberOutOf: 0 })).toThrow(
        new RangeError('normalizeScore: option numberOutOf must be a positive number up to 1e9, such as 100 or 10; got 0.'),
      );
      expect(() => normalizeScore('8', { numberOutOf: Number.NaN })).toThrow(RangeError);
    });

    it('throws when letterGrades holds a score outside 0-100, a repeated grade or is not a table', () => {
      expect(() => normalizeScore('A', { letterGrades: { A: 120 } })).toThrow(
        new RangeError('normalizeScore: option letterGrades["A"] must be a finite score from 0 to 100; got 120.'),
      );
      expect(() => normalizeScore('A', { letterGrades: { a: 90, A: 100 } })).toThrow(RangeError);
      expect(() => normalizeScore('A', { letterGrades: [] as unknown as Map<string, number> })).toThrow(TypeError);
      expect(() => normalizeScore('A', { letterGrades: new Map([[1, 1]]) as unknown as Map<string, number> })).toThrow(TypeError);
    });
  });
});
