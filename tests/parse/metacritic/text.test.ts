import { describe, expect, it } from 'vitest';
import { readCritic } from '../../../src/parse/sites/metacritic/text.js';

describe('readCritic', () => {
  it.each([
    ['Noel Murray', { name: 'Noel Murray', credited: true, raw: 'Noel Murray' }],
    [' Gunnar  Rehlin ', { name: 'Gunnar Rehlin', credited: true, raw: 'Gunnar  Rehlin' }],
    ['Staff [Not Credited]', { name: 'Staff', credited: false, raw: 'Staff [Not Credited]' }],
    ['Staff (Not Credited)', { name: 'Staff', credited: false, raw: 'Staff (Not Credited)' }],
    ['Staff [Not Cre', { name: 'Staff', credited: false, raw: 'Staff [Not Cre' }],
    ['Ann [Lee] [Not', { name: 'Ann [Lee]', credited: false, raw: 'Ann [Lee] [Not' }],
    ['Ann (Lee) Smith', { name: 'Ann (Lee) Smith', credited: true, raw: 'Ann (Lee) Smith' }],
    ['[Not', { name: '[Not', credited: true, raw: '[Not' }],
  ])('reads "%s" as the critic %o', (printed, critic) => {
    expect(readCritic(printed)).toStrictEqual(critic);
  });
});
