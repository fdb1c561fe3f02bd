import { describe, expect, it } from 'vitest';
import { classifyText } from '../../../src/parse/engine/classify.js';
import { METACRITIC_KINDS } from '../../../src/parse/sites/metacritic/kinds.js';

describe('the Metacritic line table', () => {
  it.each(METACRITIC_KINDS.rows.flatMap((row) => row.examples.map((example) => [row.kind, example] as const)))(
    'classifies its %s example "%s" as its kind',
    (kind, example) => {
      expect(classifyText(METACRITIC_KINDS, example).kind).toBe(kind);
    },
  );

  it('gives every row an example', () => {
    expect(METACRITIC_KINDS.rows.filter((row) => row.examples.length === 0).map((row) => row.kind)).toStrictEqual([]);
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
