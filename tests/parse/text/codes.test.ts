import { describe, expect, it } from 'vitest';
import { codeTable, inCodeTable } from '../../../src/parse/text/codes.js';

describe('codeTable', () => {
  it('holds the codes of its characters, ASCII or not, and no other code', () => {
    const table = codeTable('.!?…’');
    const codes = [0x2e, 0x21, 0x3f, 0x2026, 0x2019];
    expect(codes.map((code) => inCodeTable(table, code))).toStrictEqual([true, true, true, true, true]);
    expect([0, 0x61, 0x2025, 0x2018, 0x201a, 0xffff].map((code) => inCodeTable(table, code))).toStrictEqual([false, false, false, false, false, false]);
  });

  it('answers false for the code past a string end, NaN, and for an empty set', () => {
    expect(inCodeTable(codeTable('.'), ''.charCodeAt(0))).toBe(false);
    expect(inCodeTable(codeTable(''), 0)).toBe(false);
  });
});
