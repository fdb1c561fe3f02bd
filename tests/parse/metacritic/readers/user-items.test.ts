import { describe, expect, it } from 'vitest';
import { parse } from '../../../../src/index.js';
import { looksLikeUserName, startsUserReview, userItemReader } from '../../../../src/parse/sites/metacritic/readers/user-items.js';
import type { MetacriticState } from '../../../../src/parse/sites/metacritic/state.js';
import { opensOn, readLine, stalledOnTheLoop, tokensOf } from '../reading.js';

const inUsers = (state: MetacriticState): void => {
  state.phase = 'user';
};
const reviewsOf = (state: MetacriticState): unknown[] =>
  (state.users?.reviews ?? []).map(({ index, user, date, score, excerpt, span }) => ({
    index,
    user,
    date,
    score,
    excerpt,
    lines: [span.start.line, span.end.line],
  }));

describe('userItemReader', () => {
  it("takes a numbered item: the user's name over a date, the 0-10 score, and the text", () => {
    const { next, state, diagnostics } = readLine(
      userItemReader,
      '  1. DavidS.\n    Jan 29, 2008\n    10\n    A timeless take.\n  2. Feb 2, 2009\n',
      0,
      inUsers,
    );
    expect([next, reviewsOf(state), state.users?.last, diagnostics]).toStrictEqual([
      4,
      [{ index: 1, user: 'DavidS.', date: '2008-01-29', score: 10, excerpt: 'A timeless take.', lines: [1, 4] }],
      3,
      [],
    ]);
  });

  it("ends an unnumbered item where the next one's date begins", () => {
    const { next, state } = readLine(userItemReader, '  Mar 3, 2020\n    9\n    Loved it.\n  Mar 4, 2020\n    2\n', 0, inUsers);
    expect([next, reviewsOf(state)]).toStrictEqual([3, [{ index: null, user: null, date: '2020-03-03', score: 9, excerpt: 'Loved it.', lines: [1, 3] }]]);
  });

  it('ends an item at its "Full Review »", and keeps the tail out of its text', () => {
    const { next, state } = readLine(userItemReader, '  1. Sep 26, 2009\n    Such a bore. Full Review »\n  2', 0, inUsers);
    expect([next, reviewsOf(state)]).toStrictEqual([2, [{ index: 1, user: null, date: '2009-09-26', score: null, excerpt: 'Such a bore.', lines: [1, 2] }]]);
  });

  it('reports a date that does not exist, a score outside 0-10, and an item with no text', () => {
    expect(readLine(userItemReader, '  1. Feb 30, 2013\n    12\n    Fine.', 0, inUsers).diagnostics).toStrictEqual(['invalid-date@1', 'score-out-of-range@2']);
    expect(readLine(userItemReader, '  1. Mar 3, 2020', 0, inUsers).diagnostics).toStrictEqual(['review-without-text@1']);
  });

  it('opens in the user block on a numbered or indented line', () => {
    expect(opensOn(userItemReader, '  Fine.', 0, inUsers)).toBe(true);
    expect(opensOn(userItemReader, 'Fine.', 0, inUsers)).toBe(false);
    expect(
      opensOn(userItemReader, '  1. Fine.', 0, (state) => {
        state.phase = 'critic';
      }),
    ).toBe(false);
  });

  it("reads a date right over the item's date as its user's name, not a review with no text", () => {
    const { next, state, diagnostics } = readLine(userItemReader, '  2. Jan 5, 2019\n    Mar 5, 2020\n    9\n    Loved it.\n  3. Mar 6, 2020\n', 0, inUsers);
    expect([next, reviewsOf(state), diagnostics]).toStrictEqual([
      4,
      [{ index: 2, user: 'Jan 5, 2019', date: '2020-03-05', score: 9, excerpt: 'Loved it.', lines: [1, 4] }],
      [],
    ]);
  });

  it('reads a list number alone under the date and score as the text, on a page with no indentation', () => {
    const { next, state, diagnostics } = readLine(userItemReader, '1. Mar 4, 2020\n0\n0.\n2. Mar 5, 2020\n7\nFine.\n', 0, inUsers);
    expect([next, reviewsOf(state), diagnostics]).toStrictEqual([
      3,
      [{ index: 1, user: null, date: '2020-03-04', score: 0, excerpt: '0.', lines: [1, 3] }],
      [],
    ]);
  });

  it("reports a list number alone that is the list's next one (copied-number-open), read as the text", () => {
    const { state, diagnostics } = readLine(userItemReader, '2. KateP.\nMar 4, 2020\n2\n3.\n\nMetascore\n', 0, inUsers);
    expect([reviewsOf(state), diagnostics]).toStrictEqual([
      [{ index: 2, user: 'KateP.', date: '2020-03-04', score: 2, excerpt: '3.', lines: [1, 4] }],
      ['copied-number-open@4'],
    ]);
  });

  it('reports a list number alone under the text, as deep as the item, as open (copied-number-open), read as the text', () => {
    const { state, diagnostics } = readLine(userItemReader, '1. JohnD.\nMar 3, 2020\n9\nLoved it.\n3.\n2. KateP.\n', 0, inUsers);
    expect([reviewsOf(state), diagnostics]).toStrictEqual([
      [{ index: 1, user: 'JohnD.', date: '2020-03-03', score: 9, excerpt: 'Loved it. 3.', lines: [1, 5] }],
      ['copied-number-open@5'],
    ]);
  });

  it("reads an item's first line over the page's end, cut inside the item's date, as its user's name", () => {
    const { page, diagnostics } = parse('User Score\n  1. JaneD.\n    May 1, 2017\n    Great.\n  2. BobK.\n    Mar 1');
    expect(page.users?.reviews.map(({ index, user, date, excerpt }) => [index, user, date, excerpt])).toStrictEqual([
      [1, 'JaneD.', '2017-05-01', 'Great.'],
      [2, 'BobK.', null, ''],
    ]);
    expect(diagnostics.map(({ code, span }) => `${code}@${span.start.line}`)).toStrictEqual(['review-without-text@5', 'truncated-line@6']);
  });

  it("takes an unnumbered item's paragraphs across blank lines where the copy dropped the indentation and kept the numbers", () => {
    const { state, diagnostics } = readLine(
      userItemReader,
      '1. JohnD.\nMar 3, 2020\n9\nLoved it.\n\nThe end most of all.\n2. KateP.\nMar 4, 2020\nFine.',
      0,
      inUsers,
    );
    expect([reviewsOf(state), diagnostics]).toStrictEqual([
      [{ index: 1, user: 'JohnD.', date: '2020-03-03', score: 9, excerpt: 'Loved it. The end most of all.', lines: [1, 6] }],
      [],
    ]);
  });

  it("keeps an item's sentence over the page's end, cut inside a date, as its text", () => {
    const { page } = parse('User Score\n  1. A clever, absorbing thriller, though the premiere runs a little hot.\n    Sep 2');
    expect(page.users?.reviews.map(({ user, excerpt }) => [user, excerpt])).toStrictEqual([
      [null, 'A clever, absorbing thriller, though the premiere runs a little hot.'],
    ]);
  });

  it('makes the loop throw a ReaderError naming it when it makes no progress', () => {
    expect(stalledOnTheLoop(userItemReader, '  1. Mar 3, 2020\n    Fine.', inUsers)).toMatchObject({ reader: 'user item', line: 0 });
  });
});

describe('looksLikeUserName and startsUserReview', () => {
  it("take a one-word name, not a number or a sentence, and a date or a name over a date as a review's start", () => {
    expect([looksLikeUserName('jdog123'), looksLikeUserName('8'), looksLikeUserName('Two words')]).toStrictEqual([true, false, false]);
    const tokens = tokensOf('JohnD.\nMar 3, 2020\nJohnD.\nText.');
    expect([0, 1, 2].map((line) => startsUserReview(tokens, line))).toStrictEqual([true, true, false]);
  });
});
