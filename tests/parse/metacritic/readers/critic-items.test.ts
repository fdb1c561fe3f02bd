import { describe, expect, it } from 'vitest';
import { continuesExcerpt, criticItemsReader, isPublicationLine } from '../../../../src/parse/sites/metacritic/readers/critic-items.js';
import { newReview } from '../../../../src/parse/sites/metacritic/state.js';
import type { MetacriticState } from '../../../../src/parse/sites/metacritic/state.js';
import { opensOn, readLine, stalledOnTheLoop } from '../reading.js';

const inCritics = (state: MetacriticState): void => {
  state.phase = 'critic';
};
const reviewsOf = (state: MetacriticState): unknown[] =>
  state.reviews.map(({ index, critic, publication, score, date, excerpt, span }) => ({
    index,
    critic: critic?.name ?? null,
    publication,
    score,
    date,
    excerpt,
    lines: [span.start.line, span.end.line],
  }));

describe('criticItemsReader', () => {
  it('takes a numbered item and the lines indented under it: critic, date and excerpt', () => {
    const { next, state, diagnostics } = readLine(criticItemsReader, '  1. Reviewed by: Noel Murray\n    Jul 15, 2013\n    Taut.\n  2. 80\n', 0, inCritics);
    expect([next, reviewsOf(state), diagnostics]).toStrictEqual([
      3,
      [{ index: 1, critic: 'Noel Murray', publication: null, score: null, date: '2013-07-15', excerpt: 'Taut.', lines: [1, 3] }],
      [],
    ]);
  });

  it('takes a score, a publication above text, and a critic whose name is on the next line', () => {
    const { state } = readLine(criticItemsReader, '  2. 80\n    Variety\n    Reviewed by\n    Ann Lee\n    Bold.', 0, inCritics);
    expect(reviewsOf(state)).toStrictEqual([{ index: 2, critic: 'Ann Lee', publication: 'Variety', score: 80, date: null, excerpt: 'Bold.', lines: [1, 5] }]);
  });

  it("takes a date, score or byline whose indentation a copy dropped where the line under it is indented as the item's body", () => {
    const { next, state, diagnostics } = readLine(criticItemsReader, '  4. Reviewed by: Dennis Lim\nJul 15, 2013\n    Digs deep.\n  5. 80\n', 0, inCritics);
    expect([next, reviewsOf(state), diagnostics]).toStrictEqual([
      3,
      [{ index: 4, critic: 'Dennis Lim', publication: null, score: null, date: '2013-07-15', excerpt: 'Digs deep.', lines: [1, 3] }],
      [],
    ]);
    expect(reviewsOf(readLine(criticItemsReader, '  4. Reviewed by: Dennis Lim\n80\n    Digs deep.\n', 0, inCritics).state)).toMatchObject([
      { score: 80, lines: [1, 3] },
    ]);
    // Over a line as shallow, or a numbered line, it settles nothing: the item's lines end above it, and the review
    // goes on in the lines a copy left unindented under it, the boundary said open (copied-critic-items.ts).
    const overShallow = readLine(criticItemsReader, '  4. Reviewed by: Dennis Lim\nJul 15, 2013\nDigs deep.\n  5. 80\n    Fun.\n', 0, inCritics);
    expect([overShallow.next, reviewsOf(overShallow.state), overShallow.diagnostics]).toStrictEqual([
      3,
      [{ index: 4, critic: 'Dennis Lim', publication: null, score: null, date: '2013-07-15', excerpt: 'Digs deep.', lines: [1, 3] }],
      ['copied-boundary-open@1'],
    ]);
    expect(readLine(criticItemsReader, '  4. Reviewed by: Dennis Lim\nJul 15, 2013\n  5. 80\n', 0, inCritics).next).toBe(2);
  });

  it('opens an unnumbered review under the item where a field comes again or text is followed by a field', () => {
    const { state } = readLine(criticItemsReader, '  1. 80\n    First.\n    90\n    Second.', 0, inCritics);
    expect(reviewsOf(state).map((review) => (review as { index: unknown; score: unknown }).score)).toStrictEqual([80, 90]);
    expect(state.reviews.map(({ index }) => index)).toStrictEqual([1, null]);
  });

  it('reports a date that does not exist, a score above 100, and an item with no text', () => {
    const { state, diagnostics } = readLine(criticItemsReader, '  1. Feb 30, 2013\n    150\n    Good.\n  2.', 0, inCritics);
    expect([state.reviews[0]?.date, state.reviews[0]?.dateText, state.reviews[0]?.score, diagnostics]).toStrictEqual([
      null,
      'Feb 30, 2013',
      null,
      ['invalid-date@1', 'score-out-of-range@2'],
    ]);
    expect(readLine(criticItemsReader, '  1. 90', 0, inCritics).diagnostics).toStrictEqual(['review-without-text@1']);
  });

  it("keeps a widget tail in the item's lines, out of its text", () => {
    const { next, state } = readLine(criticItemsReader, '  1. Bold and sure.\n    Expand\nWatch On', 0, inCritics);
    expect([next, reviewsOf(state)]).toStrictEqual([
      2,
      [{ index: 1, critic: null, publication: null, score: null, date: null, excerpt: 'Bold and sure.', lines: [1, 2] }],
    ]);
  });

  it("opens in the critics' list on a numbered, indented or date line; not elsewhere", () => {
    expect(opensOn(criticItemsReader, '  Fine.', 0, inCritics)).toBe(true);
    expect(opensOn(criticItemsReader, 'Sep 5, 2013', 0, inCritics)).toBe(true);
    expect(opensOn(criticItemsReader, 'Fine.', 0, inCritics)).toBe(false);
    expect(
      opensOn(criticItemsReader, '  1. Fine.', 0, (state) => {
        state.phase = 'user';
      }),
    ).toBe(false);
  });

  it('makes the loop throw a ReaderError naming it when it makes no progress', () => {
    expect(stalledOnTheLoop(criticItemsReader, '  1. 80\n    Bold.', inCritics)).toMatchObject({ reader: 'critic items', line: 0 });
  });
});

describe('isPublicationLine', () => {
  const draft = newReview(0, 1);
  it.each([
    ['Q Magazine', 'Some text.', true],
    ['indieWIRE', 'Some text.', true],
    ['The A.V. Club', 'Some text.', true],
    ['PlayStation: The Official Magazine', 'Worth it.', true],
    ['Kerrang!', 'Loud.', true],
    ['Yahoo! Music', '80', true],
    ['Strictly for the converted', 'More.', false],
    ['In Short: A Triumph', 'More.', false],
    ['Superb throughout. [p.111]', 'More.', false],
    ['Bold film. Go see it', 'More.', false],
    ['Gamers with Jobs', 'More.', true],
    ['The Village Voice Online Edition Of Record', 'More.', true],
    ['The Village Voice Online Edition Of Record Now', 'More.', false],
    ['Die Süddeutsche éclaire', 'More.', false],
    ['Die Süddeutsche Éclaire', 'More.', true],
    ['Q Magazine;', 'More.', false],
    ['A perfect ending. 🎉', "Reviewed by: Daniel D'Addario", false],
    ['So good! 👍🏽', 'More.', false],
    ['Loved it. ❤️', 'More.', false],
  ])('says whether "%s" above "%s" is a publication: %s', (text, next, expected) => {
    expect(isPublicationLine(text, next, draft)).toBe(expected);
  });

  it("takes the next line's date from the caller when it knows it from the line's token", () => {
    expect(isPublicationLine('Strictly for the converted', 'Not a date here', draft, true)).toBe(true);
    expect(isPublicationLine('Strictly for the converted', 'Jul 15, 2013', draft, false)).toBe(false);
  });

  it('reads a line above a field the review has already as its text', () => {
    expect(isPublicationLine('A huge amount of fun', '88', { ...newReview(0, 1), score: 89 })).toBe(false);
  });
});

describe('continuesExcerpt', () => {
  it('goes on with a hard-wrapped lower-case line or a citation on its own line, not after a sentence or with no excerpt', () => {
    expect(continuesExcerpt(['Pusher shifts'], 'from a sketch.')).toBe(true);
    expect(continuesExcerpt(['Costello looms.'], '[Oct 2009, p.111]')).toBe(true);
    expect(continuesExcerpt(['It ends.'], 'then more.')).toBe(false);
    expect(continuesExcerpt([], 'from a sketch.')).toBe(false);
  });
});
