import { describe, expect, it } from 'vitest';
import { isPartBullet, isPublicationBullet, isTextLineAt, profileBlockReader } from '../../../../src/parse/sites/metacritic/readers/profile-blocks.js';
import { ensureProfile, type MetacriticState } from '../../../../src/parse/sites/metacritic/state.js';
import { readLine, stalledOnTheLoop, stateOf, tokensOf } from '../reading.js';

const blocksOf = (state: MetacriticState): unknown[] =>
  state.reviews.map(({ critic, publication, score, metascore, excerpt, span }) => ({
    critic: critic?.name ?? null,
    publication,
    score,
    metascore,
    excerpt,
    lines: [span.start.line, span.end.line],
  }));

describe('profileBlockReader', () => {
  it('takes a block: its Metascore, its score line with the critic, its text and its closing publication', () => {
    const { next, state, diagnostics } = readLine(
      profileBlockReader,
      '    • 72 Metascore\n    • 80 Sheri Linden\n    A compact primer.\n    • Variety\n    • 67 Metascore\n',
    );
    expect([next, blocksOf(state), diagnostics]).toStrictEqual([
      4,
      [{ critic: 'Sheri Linden', publication: 'Variety', score: 80, metascore: 72, excerpt: 'A compact primer.', lines: [1, 4] }],
      [],
    ]);
  });

  it('takes a block opened by its score line, "Reviewed by" with the name on the next line', () => {
    const { next, state } = readLine(profileBlockReader, '    • 25 Reviewed by\n      Ty Burr\n    Miserable.\nWatch On');
    expect([next, blocksOf(state)]).toStrictEqual([
      3,
      [{ critic: 'Ty Burr', publication: null, score: 25, metascore: null, excerpt: 'Miserable.', lines: [1, 3] }],
    ]);
  });

  it("ends a block at the next block's score line, and reports a score or Metascore above 100", () => {
    const { next, state, diagnostics } = readLine(
      profileBlockReader,
      '    • 999 Metascore\n    • 999 Critic Score\n    Text.\n    • 40 Critic Score\n    More.',
    );
    expect([next, blocksOf(state), diagnostics]).toStrictEqual([
      3,
      [{ critic: null, publication: null, score: null, metascore: null, excerpt: 'Text.', lines: [1, 3] }],
      ['score-out-of-range@1', 'score-out-of-range@2'],
    ]);
  });

  it('reports a block with no text as review-without-text', () => {
    expect(readLine(profileBlockReader, '    • 72 Metascore\n    • 80 Jane Doe\n').diagnostics).toStrictEqual(['review-without-text@1']);
  });

  it('makes the loop throw a ReaderError naming it when it makes no progress', () => {
    expect(stalledOnTheLoop(profileBlockReader, '    • 72 Metascore\n    • 80 Sheri Linden\n    Text.')).toMatchObject({ reader: 'profile block', line: 0 });
  });
});

describe('isPublicationBullet', () => {
  const none = { profile: undefined, followedByText: false };
  it.each([
    ['Q Magazine', true],
    ['PlayStation: The Official Magazine', true],
    ['8', false],
    ['Movies', false],
    ['72 Metascore', false],
    ['75% higher than the average critic', false],
    ['0.5% same as the average critic', false],
  ])('says whether "%s" after a block\'s text is its publication: %s', (bullet, expected) => {
    expect(isPublicationBullet(bullet, none)).toBe(expected);
  });

  it('reads "• NN Name" as a publication only where it cannot be the next score line', () => {
    const critic = (name: string): MetacriticState['profile'] => ({ ...ensureProfile(stateOf(''), 0), subject: 'critic', name });
    expect(isPublicationBullet('411 Mania', none)).toBe(true);
    expect(isPublicationBullet('20 Minutos', { ...none, scoreLineNames: 'Sheri Linden' })).toBe(true);
    expect(isPublicationBullet('80 Sheri Linden', { ...none, scoreLineNames: 'Sheri Linden' })).toBe(false);
    expect(isPublicationBullet('20 Minutos', { ...none, scoreLineNames: null })).toBe(true);
    expect(isPublicationBullet('20 Minutos', { profile: critic('Sheri Linden'), followedByText: true })).toBe(false);
    expect(isPublicationBullet('80 Kenneth O’Brien', { profile: critic("Kenneth O'Brien"), followedByText: false })).toBe(false);
  });
});

describe('isTextLineAt and isPartBullet', () => {
  it("tell an indented text line from a bullet or an item, and a part's bullet from text", () => {
    const tokens = tokensOf('    Text.\n    • Variety\n  1. Item\nUnindented');
    expect([0, 1, 2, 3, 4].map((line) => isTextLineAt(tokens, line))).toStrictEqual([true, false, false, false, false]);
    expect(['72 Metascore', '80 Jane Doe', '8', 'TV Shows', 'Network: NBC', 'Great music'].map(isPartBullet)).toStrictEqual([
      true,
      true,
      true,
      true,
      true,
      false,
    ]);
  });
});
