import { describe, expect, it } from 'vitest';
import { copiedProfileBlockReader, copiedProfileItemsReader } from '../../../../src/parse/sites/metacritic/readers/copied-profile-items.js';
import { profileItemReader } from '../../../../src/parse/sites/metacritic/readers/profile-items.js';
import { ensureProfile, type MetacriticState } from '../../../../src/parse/sites/metacritic/state.js';
import { opensOn, readLine, stalledOnTheLoop } from '../reading.js';

const HEAD = '4 tv reviews\n';
/** After a profile's listed count (line 0). */
const inProfile = (state: MetacriticState): void => {
  state.phase = 'profile';
  ensureProfile(state, 0);
};

describe('copiedProfileBlockReader', () => {
  it('takes a block whose lines stand bare: its Metascore, its score line and its excerpt', () => {
    const { next, state, diagnostics } = readLine(
      copiedProfileBlockReader,
      `${HEAD}72 Metascore\n80 Critic Score\nA compact primer.\n67 Metascore\n`,
      1,
      inProfile,
    );
    expect([next, diagnostics, state.reviews.map(({ metascore, score, excerpt }) => [metascore, score, excerpt])]).toStrictEqual([
      4,
      [],
      [[72, 80, 'A compact primer.']],
    ]);
  });

  it('reports a Metascore or a score above 100', () => {
    expect(readLine(copiedProfileBlockReader, `${HEAD}999 Metascore\n999 Critic Score\nText.`, 1, inProfile).diagnostics).toStrictEqual([
      'score-out-of-range@2',
      'score-out-of-range@3',
    ]);
  });

  it('opens only on a profile', () => {
    expect(
      opensOn(copiedProfileBlockReader, `${HEAD}72 Metascore`, 1, (state) => {
        state.phase = 'critic';
      }),
    ).toBe(false);
  });

  it('makes the loop throw a ReaderError naming it when it makes no progress', () => {
    expect(stalledOnTheLoop(copiedProfileBlockReader, `${HEAD}72 Metascore\n80 Critic Score\nText.`, inProfile)).toMatchObject({
      reader: 'copied profile block',
      line: 1,
    });
  });
});

describe('copiedProfileItemsReader', () => {
  it("takes a line of text as an item whose number the copy dropped, numbered in turn where the page's bare lines say so", () => {
    // Numbers the page keeps below say that its unnumbered lines had none.
    const { next, state } = readLine(copiedProfileItemsReader, `${HEAD}A fine film.\nAnother.\n1. Kept.\n2. Kept.`, 1, inProfile);
    expect([next, state.reviews.map(({ index, excerpt }) => [index, excerpt])]).toStrictEqual([2, [[null, 'A fine film.']]]);
    // With no number and no indentation on the page, a line of text under the profile's count is its first item, its number dropped.
    const flat = readLine(copiedProfileItemsReader, `${HEAD}A fine film.\nAnother.`, 1, inProfile);
    expect(flat.state.reviews.map(({ index, excerpt }) => [index, excerpt])).toStrictEqual([[1, 'A fine film.']]);
    const bare = readLine(copiedProfileItemsReader, `${HEAD}A fine film.\n72 Metascore`, 1, inProfile);
    expect(bare.state.reviews.map(({ index, excerpt }) => [index, excerpt])).toStrictEqual([[1, 'A fine film.']]);
  });

  it('makes the loop throw a ReaderError naming it when it makes no progress', () => {
    expect(stalledOnTheLoop(copiedProfileItemsReader, `${HEAD}A fine film.`, inProfile)).toMatchObject({ reader: 'copied profile items', line: 1 });
  });
});

describe('droppedNumberRules', () => {
  const items = (reading: ReturnType<typeof readLine>) => reading.state.reviews.map(({ index, excerpt }) => [index, excerpt]);

  it("ends a numbered item at a line of text as deep as its number where the page's other items sit deeper (its number dropped)", () => {
    const text = `${HEAD}  1. A fine film.\n    • 72 Metascore\n  4. Forgotten at once.\n  This is his weakest role.\n  6. Aimed low.\n`;
    const reading = readLine(profileItemReader, text, 3, inProfile);
    expect([reading.next, items(reading), reading.diagnostics]).toStrictEqual([4, [[4, 'Forgotten at once.']], []]);
  });

  it('ends it there too where the numbers skip as many as the lines between them, every line as deep', () => {
    const text = `${HEAD}  4. Forgotten at once.\n  This is his weakest role.\n  6. Aimed low.\n`;
    const reading = readLine(profileItemReader, text, 1, inProfile);
    expect([reading.next, items(reading), reading.diagnostics]).toStrictEqual([2, [[4, 'Forgotten at once.']], []]);
  });

  it('ends it with a copied-boundary-open warning over both lines where the text does not say (no body deeper, no number skipped)', () => {
    const text = `${HEAD}  4. Forgotten at once.\n  This is his weakest role.\n  5. Aimed low.\n`;
    const reading = readLine(profileItemReader, text, 1, inProfile);
    expect([reading.next, items(reading), reading.state.report.diagnostics.map(({ code, span }) => [code, span.start.line, span.end.line])]).toStrictEqual([
      2,
      [[4, 'Forgotten at once.']],
      [['copied-boundary-open', 2, 3]],
    ]);
  });

  it('keeps a hard-wrapped line or a citation as deep as the number on the item', () => {
    const text = `${HEAD}  4. Forgotten almost\n  before it ends.\n  [Oct 2009, p.111]\n  5. Aimed low.\n`;
    const reading = readLine(profileItemReader, text, 1, inProfile);
    expect([reading.next, items(reading), reading.diagnostics]).toStrictEqual([4, [[4, 'Forgotten almost before it ends. [Oct 2009, p.111]']], []]);
  });
});
