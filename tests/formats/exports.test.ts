/**
 * The public surface of src/formats: exactly these runtime exports.
 */
import { describe, expect, it } from 'vitest';
import * as formats from '../../src/formats/index.js';

describe('src/formats/index', () => {
  it('returns exactly the documented runtime exports', () => {
    expect(Object.keys(formats).sort()).toStrictEqual([
      'CSV_COLUMNS',
      'formatCsvHeader',
      'formatCsvRows',
      'formatPage',
      'iterateCsvRows',
      'jsonLdScript',
      'toCsv',
      'toJsonLd',
    ]);
  });

  it('returns a frozen column list', () => {
    expect(Object.isFrozen(formats.CSV_COLUMNS)).toBe(true);
  });
});
