/**
 * Every input the fuzz run (`npm run fuzz`) found breaking an invariant, saved
 * in tests/fixtures/fuzz: each must keep every invariant now.
 */
import { describe, expect, it } from 'vitest';
import { checkCase, readFixtures } from './fuzz.js';

const fixtures = readFixtures();

describe('parse, on the inputs the fuzz run saved', () => {
  it('reads every saved fixture as a case with a text', () => {
    for (const { fixture } of fixtures) expect(typeof fixture.text).toBe('string');
  });

  for (const { file, fixture } of fixtures) {
    it(`keeps every invariant for ${file} (once broke ${fixture.invariant})`, () => {
      checkCase(fixture);
    });
  }
});
