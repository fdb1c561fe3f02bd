import { describe, expect, it } from 'vitest';
import { classifyText } from '../../../src/parse/engine/classify.js';
import { METACRITIC_EXAMPLES, METACRITIC_KINDS } from '../../../src/parse/sites/metacritic/kinds.js';
import { FURNITURE } from '../../../src/parse/sites/metacritic/recognise.js';

describe('the Metacritic line table', () => {
  // The furniture row's looks name the words' first and last characters, but for the words that
  // end with a dot, which its look of "There are no ... yet." lines takes.
  it.each([...FURNITURE])('classifies the furniture word "%s", in any case, as furniture or as a row before it (a heading)', (word) => {
    for (const line of [word, word.toUpperCase(), `${word.charAt(0).toUpperCase()}${word.slice(1)}`]) {
      expect(METACRITIC_KINDS.rowOf(classifyText(METACRITIC_KINDS, line).kind)).toBeLessThanOrEqual(METACRITIC_KINDS.rowOf('furniture'));
    }
  });

  it.each(
    METACRITIC_KINDS.rows.flatMap((row) => METACRITIC_EXAMPLES[row.kind as keyof typeof METACRITIC_EXAMPLES].map((example) => [row.kind, example] as const)),
  )('classifies its %s example "%s" as its kind', (kind, example) => {
    expect(classifyText(METACRITIC_KINDS, example).kind).toBe(kind);
  });

  it('gives every row an example, and none to a kind the table has no row of', () => {
    expect(Object.keys(METACRITIC_EXAMPLES).sort()).toStrictEqual(METACRITIC_KINDS.rows.map((row) => row.kind).sort());
  });

  it('puts the section rows first, as isSectionLine counts them', () => {
    expect(METACRITIC_KINDS.rows.slice(0, 7).map((row) => row.kind)).toStrictEqual([
      'verdict',
      'distributionLabel',
      'distributionLine',
      'metascoreHeading',
      'userScoreHeading',
      'profileStatistic',
      'profileHeading',
    ]);
  });

  it.each([
    ['1. Trust the aggregate - based on 5 Critics', 'numbered'],
    ["2. Like most of Hans Zimmer's Scores", 'numbered'],
    ['Reviewed by a lesser director, the film drags.', 'text'],
    ['Metascore 81', 'text'],
    ['Positive: nine out of 11', 'text'],
    ['Sep 31', 'text'],
    ["• Sheri Linden's Scores", 'bullet'],
  ])('classifies "%s" as %s, not as the part it looks like', (text, kind) => {
    expect(classifyText(METACRITIC_KINDS, text).kind).toBe(kind);
  });
});
