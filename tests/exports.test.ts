import { describe, expect, it } from 'vitest';
import * as core from '../src/index.js';

describe('critic-consensus (the core entry)', () => {
  it('returns exactly the public runtime exports: parse, classification, aggregation and their catalogues', () => {
    expect(Object.keys(core).sort()).toStrictEqual([
      'DIAGNOSTIC_CODES',
      'DISCREPANCY_CODES',
      'PageParseError',
      'SENTIMENTS',
      'SENTIMENT_BANDS',
      'VERDICTS',
      'VERDICT_BANDS',
      'aggregate',
      'bandSetFor',
      'checkConsistency',
      'classifyScore',
      'parse',
      'parseStrict',
      'parseVerdictLabel',
      'sentimentBandsFor',
      'validateBands',
      'verdictBandsFor',
      'verdictForScore',
    ]);
  });

  it('gives every diagnostic code in the catalogue a severity and a description', () => {
    for (const [code, info] of Object.entries(core.DIAGNOSTIC_CODES)) {
      expect(code).toMatch(/^[a-z]+(?:-[a-z0-9]+)*$/u);
      expect(['error', 'warning', 'info']).toContain(info.severity);
      expect(info.description.length).toBeGreaterThan(10);
    }
  });
});
