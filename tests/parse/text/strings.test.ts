import { describe, expect, it } from 'vitest';
import { endsSentenceWord } from '../../../src/parse/text/strings.js';

describe('endsSentenceWord', () => {
  it('returns true for a word that ends a sentence: a lower-case letter and a full stop, or !, ? or …', () => {
    expect(['Electric.', 'A marvel.', 'Wow!', 'Really?', 'And then…'].map((text) => endsSentenceWord(text))).toStrictEqual([true, true, true, true, true]);
  });

  it("returns false for a name's initial, a capital before the stop, a word with no mark, and empty text", () => {
    expect(['DavidS.', 'Dr. Marvin C.', 'Masterpiece', ''].map((text) => endsSentenceWord(text))).toStrictEqual([false, false, false, false]);
  });

  it('takes one closing quote or bracket after the mark only when asked', () => {
    expect([endsSentenceWord('Simply "hammy."', true), endsSentenceWord('Simply "hammy."'), endsSentenceWord('(Taut.)', true)]).toStrictEqual([
      true,
      false,
      true,
    ]);
    expect(endsSentenceWord('Simply "hammy"', true)).toBe(false);
  });
});
