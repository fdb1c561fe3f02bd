import { describe, expect, it } from 'vitest';
import { recogniseDate, recogniseDateAt } from '../../../src/parse/text/dates.js';

describe('recogniseDate', () => {
  it('reads a month-name date as its ISO day, and a day that does not exist as null', () => {
    expect(recogniseDate('Feb 8, 2009')).toStrictEqual({ iso: '2009-02-08' });
    expect(recogniseDate('September 30, 0123')).toStrictEqual({ iso: '0123-09-30' });
    expect(recogniseDate('Feb 29, 2100')).toStrictEqual({ iso: null });
    expect(recogniseDate('Feb 29, 2000')).toStrictEqual({ iso: '2000-02-29' });
    expect(recogniseDate('Feb 8 2009')).toBeUndefined();
  });

  it('gives the dates of one day one date line, however printed, so that a page of many reviews keeps each day once', () => {
    const page = 'Feb 8, 2009\nFebruary 8, 2009\nFeb 9, 2009\nfeb.  8,2009';
    const first = recogniseDateAt(page, 0, 11);
    expect(first).toStrictEqual({ iso: '2009-02-08' });
    expect(recogniseDateAt(page, 12, 28)).toBe(first);
    expect(recogniseDate('feb.  8,2009')).toBe(first);
    expect(recogniseDateAt(page, 29, 40)).toStrictEqual({ iso: '2009-02-09' });
    expect(recogniseDateAt(page, 29, 40)).not.toBe(first);
    expect(recogniseDate('Feb 8, 1949')).toStrictEqual({ iso: '1949-02-08' });
    expect(recogniseDate('Feb 8, 2049')).toBe(recogniseDate('Feb 8, 2049'));
    expect(recogniseDate('Feb 30, 2009')).toBe(recogniseDate('Jun 31, 1999'));
  });
});
