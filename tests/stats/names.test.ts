import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { normalizeCriticName, normalizeName } from '../../src/stats/index.js';

describe('normalizeName', () => {
  it('returns the lower-case name when the name is printed in any case', () => {
    expect(['Sheri Linden', 'SHERI LINDEN', 'sheri linden'].map(normalizeName)).toStrictEqual(['sheri linden', 'sheri linden', 'sheri linden']);
  });

  it('returns one key when a letter is precomposed or decomposed (NFC)', () => {
    // "é" as U+00E9, and as "e" + U+0301 COMBINING ACUTE ACCENT.
    expect(normalizeName('C\u00e9line Sciamma')).toBe('c\u00e9line sciamma');
    expect(normalizeName('Ce\u0301line Sciamma')).toBe('c\u00e9line sciamma');
  });

  it('returns single-spaced, trimmed keys when whitespace runs and no-break spaces vary', () => {
    expect(
      [
        'V.A. Musetto',
        '  V.A.  Musetto\t',
        'V.A.\u00a0Musetto', // NO-BREAK SPACE
        'V.A.\u202fMusetto', // NARROW NO-BREAK SPACE
        'V.A.\u3000Musetto', // IDEOGRAPHIC SPACE
        'V.A.\n Musetto',
      ].map(normalizeName),
    ).toStrictEqual(Array<string>(6).fill('v.a. musetto'));
  });

  it('returns the key without invisible characters when a name holds them', () => {
    // ZERO WIDTH SPACE, SOFT HYPHEN, WORD JOINER, BYTE ORDER MARK.
    expect(normalizeName('\ufeffTy\u200b B\u00adu\u2060rr')).toBe('ty burr');
  });

  it('returns one key when apostrophes are curly or straight', () => {
    const spellings = ["Andrew O'Hehir", 'Andrew O\u2019Hehir', 'Andrew O\u2018Hehir', 'Andrew O\u02bcHehir', 'Andrew O`Hehir'];
    expect(new Set(spellings.map(normalizeName))).toStrictEqual(new Set(["andrew o'hehir"]));
  });

  it('returns one key when a user name has a trailing period or not', () => {
    expect(normalizeName('DavidS.')).toBe('davids');
    expect(normalizeName('DavidS')).toBe('davids');
    expect(normalizeName('DavidS. ')).toBe('davids');
  });

  it('returns the inner full stops when a name has initials', () => {
    expect(normalizeName('V.A. Musetto')).toBe('v.a. musetto');
  });

  it('returns the name itself when it is nothing but full stops', () => {
    expect(normalizeName('...')).toBe('...');
  });

  it('returns "staff" when the byline is Staff, credited or not', () => {
    expect(['Staff', 'Staff [Not Credited]', 'STAFF [not credited]', 'Staff  [Not Credited] ', 'Staff.'].map(normalizeName)).toStrictEqual(
      Array<string>(5).fill('staff'),
    );
  });

  it('returns one key when case folding joins ß and SS', () => {
    expect(normalizeName('Stra\u00dfe')).toBe(normalizeName('STRASSE'));
  });

  it('returns prototype property names as plain keys', () => {
    expect(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'].map(normalizeName)).toStrictEqual([
      '__proto__',
      'constructor',
      'tostring',
      'hasownproperty',
      'valueof',
    ]);
  });

  it('returns "" when the name is empty or only whitespace', () => {
    expect(normalizeName('')).toBe('');
    expect(normalizeName(' \u00a0\t')).toBe('');
    expect(normalizeName('[Not Credited]')).toBe('');
  });

  it('throws a TypeError naming the argument when the name is not a string', () => {
    expect(() => normalizeName(null as unknown as string)).toThrow(new TypeError('normalizeName: name must be a string; got null.'));
    expect(() => normalizeName(42 as unknown as string)).toThrow(TypeError);
  });

  test.prop([fc.string({ unit: 'grapheme' })])('returns its own key when given a key (idempotent)', (name) => {
    const key = normalizeName(name);
    expect(normalizeName(key)).toBe(key);
  });

  test.prop([fc.string({ unit: 'binary' })])('returns its own key when given a key of any code points', (name) => {
    // Found by this test: "ŉ" folds to "ʼn" (an apostrophe appears) and "ẞ" to "ß" (folds again to "ss").
    const key = normalizeName(name);
    expect(normalizeName(key)).toBe(key);
  });

  it('returns its own key when given the key of a character that folding changes twice', () => {
    expect(['ŉ', 'ẞ', 'STRAẞE'].map(normalizeName)).toStrictEqual(["'n", 'ss', 'strasse']);
  });

  test.prop([fc.string({ unit: 'binary' })])('returns a trimmed, single-spaced key for any string', (name) => {
    const key = normalizeName(name);
    expect(key).toBe(key.trim());
    expect(key).not.toMatch(/\s\s/u);
    expect(key).toBe(key.normalize('NFC'));
  });

  test.prop([fc.string({ unit: 'grapheme-ascii' })])('returns the same key whatever the case of an ASCII name', (name) => {
    expect(normalizeName(name.toUpperCase())).toBe(normalizeName(name.toLowerCase()));
  });
});

describe('normalizeCriticName', () => {
  it('returns the name key when the critic is credited', () => {
    expect(normalizeCriticName('Ty  Burr', 'Boston Globe')).toBe('ty burr');
    expect(normalizeCriticName('Ty Burr')).toBe('ty burr');
  });

  it('returns "staff" qualified by the publication when the byline is Staff of a known publication', () => {
    expect(normalizeCriticName('Staff', 'Boston Globe')).toBe('staff (boston globe)');
    expect(normalizeCriticName('Staff [Not Credited]', 'BOSTON  GLOBE')).toBe('staff (boston globe)');
    expect(normalizeCriticName('Staff', 'Variety')).not.toBe(normalizeCriticName('Staff', 'Boston Globe'));
  });

  it('returns "staff" when the publication is unknown or has an empty key', () => {
    expect(normalizeCriticName('Staff')).toBe('staff');
    expect(normalizeCriticName('Staff', null)).toBe('staff');
    expect(normalizeCriticName('Staff', '  ')).toBe('staff');
  });

  it('returns the same key for "Staff (Boston Globe)" as for Staff of the Boston Globe', () => {
    expect(normalizeCriticName('Staff (Boston Globe)')).toBe(normalizeCriticName('Staff', 'Boston Globe'));
  });

  it('returns prototype property names as plain keys when they are critic or publication names', () => {
    expect(normalizeCriticName('__proto__', 'constructor')).toBe('__proto__');
    expect(normalizeCriticName('Staff', '__proto__')).toBe('staff (__proto__)');
    expect(normalizeCriticName('toString', 'toString')).toBe('tostring');
  });

  it('throws a TypeError naming the argument when the publication is not a string or null', () => {
    expect(() => normalizeCriticName('Staff', 1 as unknown as string)).toThrow(
      new TypeError('normalizeCriticName: publication must be a string, null or undefined; got 1.'),
    );
  });
});
