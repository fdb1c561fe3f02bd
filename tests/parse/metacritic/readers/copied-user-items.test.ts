import { describe, expect, it } from 'vitest';
import { parse, type UserReview } from '../../../../src/index.js';
import { copiedUserItemsReader, copiedUserNamedAsHeadingReader } from '../../../../src/parse/sites/metacritic/readers/copied-user-items.js';
import { ensureUsers, type MetacriticState } from '../../../../src/parse/sites/metacritic/state.js';
import { opensOn, readLine, stalledOnTheLoop } from '../reading.js';

const HEAD = 'Universal acclaim- based on 7 Ratings\n';
/** After the user verdict line (line 0), in the user block. */
const afterVerdict = (state: MetacriticState): void => {
  state.phase = 'user';
  ensureUsers(state, 0);
};

/** A copied user list's reviews, each as `pick` gives it, and its diagnostics as `code@line: text`. */
function copiedUsersOf(lines: string, pick: (review: UserReview) => unknown[]): { readonly reviews: unknown[]; readonly diagnostics: string[] } {
  const text = `${HEAD}${lines}`;
  const { page, diagnostics } = parse(text);
  return {
    reviews: (page.users?.reviews ?? []).map(pick),
    diagnostics: diagnostics.map(({ code, span }) => `${code}@${span.start.line}: ${text.slice(span.start.offset, span.end.offset)}`),
  };
}

describe('copiedUserItemsReader', () => {
  it("takes a user's name over a date, the score and the text, up to the next review's date", () => {
    const { next, state, diagnostics } = readLine(
      copiedUserItemsReader,
      `${HEAD}JohnD.\nMar 3, 2020\n9\nLoved it.\nMar 4, 2020\n2\nHated it.`,
      1,
      afterVerdict,
    );
    expect([next, diagnostics]).toStrictEqual([5, []]);
    expect(state.users?.reviews.map(({ index, user, date, score, excerpt }) => [index, user, date, score, excerpt])).toStrictEqual([
      // A flat list of user reviews with no number: the copy dropped them (a page numbers every user review), so they are numbered in turn.
      [1, 'JohnD.', '2020-03-03', 9, 'Loved it.'],
    ]);
  });

  it('reports a date that does not exist and a score outside 0-10', () => {
    expect(readLine(copiedUserItemsReader, `${HEAD}Feb 30, 2013\n12\nFine.`, 1, afterVerdict).diagnostics).toStrictEqual([
      'invalid-date@2',
      'score-out-of-range@3',
    ]);
  });

  it('opens only where a user review starts: a date, or a name over a date', () => {
    expect(opensOn(copiedUserItemsReader, `${HEAD}Loved it.`, 1, afterVerdict)).toBe(false);
    expect(opensOn(copiedUserItemsReader, `${HEAD}Mar 3, 2020`, 1, afterVerdict)).toBe(true);
  });

  describe('on a line of text over the next date', () => {
    const usersOf = (lines: string): ReturnType<typeof copiedUsersOf> => copiedUsersOf(lines, ({ user, date, excerpt }) => [user, date, excerpt]);

    it("reads a name of words whose last is an initial as the next review's user, under a review with text", () => {
      expect(usersOf('May 25, 2010\nIt was always about the characters.\nDr. Marvin C.\nMay 26, 2010\nHalf great.\n')).toStrictEqual({
        reviews: [
          [null, '2010-05-25', 'It was always about the characters.'],
          ['Dr. Marvin C.', '2010-05-26', 'Half great.'],
        ],
        diagnostics: [],
      });
    });

    it("reads a one-word sentence under a review's date as its text, not the next review's user, when the review has no text", () => {
      expect(usersOf('Oct 10, 2014\nElectric.\nOct 11, 2014\nWow!\nOct 12, 2014\nFine.\n')).toStrictEqual({
        reviews: [
          [null, '2014-10-10', 'Electric.'],
          [null, '2014-10-11', 'Wow!'],
          [null, '2014-10-12', 'Fine.'],
        ],
        diagnostics: [],
      });
    });

    it("reads a one-word sentence as the review's last paragraph under its text, and a one-word name as the next user", () => {
      expect(usersOf('Oct 10, 2014\nLoved it.\nElectric.\nOct 11, 2014\nFine.\nJohnD.\nOct 12, 2014\nDull.\n').reviews).toStrictEqual([
        [null, '2014-10-10', 'Loved it. Electric.'],
        [null, '2014-10-11', 'Fine.'],
        ['JohnD.', '2014-10-12', 'Dull.'],
      ]);
    });

    it('reads a one-word name under a review with no text as the next user, and reports the boundary open', () => {
      expect(usersOf('Oct 10, 2014\nMasterpiece\nOct 11, 2014\nFine.\n')).toStrictEqual({
        reviews: [
          [null, '2014-10-10', ''],
          ['Masterpiece', '2014-10-11', 'Fine.'],
        ],
        diagnostics: ['review-without-text@2: Oct 10, 2014', 'copied-boundary-open@3: Masterpiece'],
      });
    });

    it("reads initials with inner stops ('J.R. T.') as a name of words", () => {
      expect(usersOf('Oct 10, 2014\nLoved it.\nJ.R. T.\nOct 11, 2014\nFine.\n').reviews).toStrictEqual([
        [null, '2014-10-10', 'Loved it.'],
        ['J.R. T.', '2014-10-11', 'Fine.'],
      ]);
    });

    it('reads a few capitalised words with no initial as the next user, and reports the boundary open', () => {
      expect(usersOf('Oct 10, 2014\nLoved it.\nMarvin Cole\nOct 11, 2014\nFine.\n')).toStrictEqual({
        reviews: [
          [null, '2014-10-10', 'Loved it.'],
          ['Marvin Cole', '2014-10-11', 'Fine.'],
        ],
        diagnostics: ['copied-boundary-open@4: Marvin Cole'],
      });
    });

    it("reads a sentence over the next date as the review's text", () => {
      expect(usersOf('Oct 10, 2014\nLoved it.\nSo did my kids.\nOct 11, 2014\nFine.\n').reviews).toStrictEqual([
        [null, '2014-10-10', 'Loved it. So did my kids.'],
        [null, '2014-10-11', 'Fine.'],
      ]);
    });
  });

  describe('on a line that reads as a number', () => {
    const usersOf = (lines: string): ReturnType<typeof copiedUsersOf> => copiedUsersOf(lines, ({ user, score, excerpt }) => [user, score, excerpt]);

    it("reads a list number alone ('0.', '3.') under a review's date and score as its whole text, over the next review and over a section", () => {
      expect(usersOf('JohnD.\nMar 3, 2020\n9\n0.\nKateP.\nMar 4, 2020\n0\n3.\n\nGenerally favorable reviews - based on 3 Critics\n80\nGood.\n')).toStrictEqual({
        reviews: [
          ['JohnD.', 9, '0.'],
          ['KateP.', 0, '3.'],
        ],
        diagnostics: [],
      });
      expect(usersOf('Mar 3, 2020\n9\n0.\nMar 4, 2020\n2\nFine.\n').reviews).toStrictEqual([
        [null, 9, '0.'],
        [null, 2, 'Fine.'],
      ]);
    });

    it("reads a name of words with a number ('12 Ratings', 'Dec 2019') over a date as the next review's user, with copied-boundary-open", () => {
      expect(usersOf('Jul 1, 2021\n7\nFine.\n12 Ratings\nJul 2, 2021\n6\nOkay.\nDec 2019\nJul 3, 2021\n5\nMeh.\n')).toStrictEqual({
        reviews: [
          [null, 7, 'Fine.'],
          ['12 Ratings', 6, 'Okay.'],
          ['Dec 2019', 5, 'Meh.'],
        ],
        diagnostics: ['copied-boundary-open@5: 12 Ratings', 'copied-boundary-open@9: Dec 2019'],
      });
    });

    it("reads a list number alone ('3.') under a review's text as its paragraph, and over a date as the next user, with copied-boundary-open", () => {
      expect(usersOf('JohnD.\nMar 3, 2020\n9\nLoved it.\n3.\nKateP.\nMar 4, 2020\n2\nHated it.\n0.\nMar 5, 2020\n5\nFine.\n')).toStrictEqual({
        reviews: [
          ['JohnD.', 9, 'Loved it. 3.'],
          ['KateP.', 2, 'Hated it.'],
          ['0.', 5, 'Fine.'],
        ],
        diagnostics: ['copied-boundary-open@11: 0.'],
      });
    });

    it("reads a number of the 0-10 scale over a date as the first review's user, and under a review's text as the next one's, with copied-boundary-open", () => {
      expect(usersOf('10\nMar 3, 2020\n9\nLoved it.\n5\nMar 4, 2020\n2\nHated it.\n')).toStrictEqual({
        reviews: [
          ['10', 9, 'Loved it.'],
          ['5', 2, 'Hated it.'],
        ],
        diagnostics: ['copied-boundary-open@6: 5'],
      });
    });

    it("reads a month and year opening the list over a date as the first review's user", () => {
      expect(usersOf('Dec 2019\nJan 3, 2020\n9\nHeld up.\n')).toStrictEqual({ reviews: [['Dec 2019', 9, 'Held up.']], diagnostics: [] });
    });

    it("reads a date right over the review's date as its user's name", () => {
      expect(usersOf('KateP.\nMar 4, 2020\n2\nHated it.\nJan 5, 2019\nMar 5, 2020\n9\nLoved it.\n')).toStrictEqual({
        reviews: [
          ['KateP.', 2, 'Hated it.'],
          ['Jan 5, 2019', 9, 'Loved it.'],
        ],
        diagnostics: [],
      });
    });
  });

  it('makes the loop throw a ReaderError naming it when it makes no progress', () => {
    expect(stalledOnTheLoop(copiedUserItemsReader, `${HEAD}Mar 3, 2020\nLoved it.`, afterVerdict)).toMatchObject({ reader: 'copied user items', line: 1 });
  });
});

describe("parse on a copied user list cut inside its last review's date", () => {
  const usersOf = (lines: string): ReturnType<typeof copiedUsersOf> => copiedUsersOf(lines, ({ index, user, date, excerpt }) => [index, user, date, excerpt]);

  it("reads the name over the cut date as the cut review's user, the review above keeping its text", () => {
    expect(usersOf('JaneD.\nMay 1, 2017\n9\nGreat.\nBobK.\nMar 1')).toStrictEqual({
      reviews: [
        [1, 'JaneD.', '2017-05-01', 'Great.'],
        [2, 'BobK.', null, ''],
      ],
      diagnostics: ['review-without-text@6: BobK.', 'truncated-line@7: Mar 1'],
    });
  });

  it('reports a name of words over the cut date as open (copied-boundary-open), read as the name', () => {
    expect(usersOf('JaneD.\nMay 1, 2017\nGreat.\nMarvin Cole\n\nJun 3,')).toStrictEqual({
      reviews: [
        [1, 'JaneD.', '2017-05-01', 'Great.'],
        [2, 'Marvin Cole', null, ''],
      ],
      diagnostics: ['copied-boundary-open@5: Marvin Cole', 'review-without-text@5: Marvin Cole', 'truncated-line@7: Jun 3,'],
    });
  });

  it('keeps a sentence over the cut date as the text of the review above', () => {
    expect(usersOf('JaneD.\nMay 1, 2017\nGreat.\nI loved it.\nMar 1').reviews).toStrictEqual([[1, 'JaneD.', '2017-05-01', 'Great. I loved it.']]);
  });
});

describe('parse on a copied user list with furniture under its reviews', () => {
  it("reads a furniture word over a date, under the helpful count of the review above, as the next review's user, reported open", () => {
    expect(
      copiedUsersOf(
        'JaneD.\nMar 1, 2005\n9\nStill great.\n12 of 14 users found this helpful\nPhotos\nMar 2, 2005\n8\nGreat fun.\n',
        ({ user, date, excerpt }) => [user, date, excerpt],
      ),
    ).toStrictEqual({
      reviews: [
        ['JaneD.', '2005-03-01', 'Still great.'],
        ['Photos', '2005-03-02', 'Great fun.'],
      ],
      diagnostics: ['copied-boundary-open@7: Photos'],
    });
  });

  it('reads the same in the copied tail of a page partly indented', () => {
    const { page, diagnostics } = parse(
      `${HEAD}  1. JaneD.\n    Mar 1, 2005\n9\nStill great.\n3 of 4 users found this helpful\nPhotos\nMar 2, 2005\nGreat fun.\n`,
    );
    expect(page.users?.reviews.map(({ user, excerpt }) => [user, excerpt])).toStrictEqual([
      ['JaneD.', 'Still great.'],
      ['Photos', 'Great fun.'],
    ]);
    expect(diagnostics.map(({ code, span }) => `${code}@${span.start.line}`)).toStrictEqual(['copied-boundary-open@7']);
  });

  it("reads a Report link under a review's text as furniture, not its text", () => {
    expect(
      copiedUsersOf('JaneD.\nMar 1, 2005\nStill great.\nReport\nBobK.\nMar 2, 2005\nFine.\nReport\n', ({ user, excerpt }) => [user, excerpt]).reviews,
    ).toStrictEqual([
      ['JaneD.', 'Still great.'],
      ['BobK.', 'Fine.'],
    ]);
  });
});

describe('parse on a page partly indented from under a user named like a date', () => {
  it("reads the date under the item's date, in the copied tail, as the review's: the first is its user's name", () => {
    const { page, diagnostics } = parse(`${HEAD}  1. Jan 5, 2019\nJan 14, 2019\n7\nMoody and slow.\nTomW.\nJan 15, 2019\nToo slow.\n`);
    expect(page.users?.reviews.map(({ index, user, date, score, excerpt }) => [index, user, date, score, excerpt])).toStrictEqual([
      [1, 'Jan 5, 2019', '2019-01-14', 7, 'Moody and slow.'],
      [2, 'TomW.', '2019-01-15', null, 'Too slow.'],
    ]);
    expect(diagnostics).toStrictEqual([]);
  });
});

describe('copiedUserNamedAsHeadingReader', () => {
  const LIST = `${HEAD}Jun 1, 2010\n8\nA good summer movie.\n`;
  /** After the first review of the copied list (lines 1-3) is read. */
  const afterReview = (state: MetacriticState): void => {
    afterVerdict(state);
    copiedUserItemsReader.read(state.tokens, 1, state);
  };

  it.each(['Metascore', 'User Score'])("takes the heading %s over a date, right under a review, as the next review's user", (name) => {
    const { next, state, diagnostics } = readLine(copiedUserNamedAsHeadingReader, `${LIST}${name}\nJun 2, 2010\n4\nThe critics were right.`, 4, afterReview);
    expect([next, diagnostics]).toStrictEqual([8, []]);
    expect(state.users?.reviews.map(({ index, user, date, score, excerpt }) => [index, user, date, score, excerpt])).toStrictEqual([
      [1, null, '2010-06-01', 8, 'A good summer movie.'],
      [2, name, '2010-06-02', 4, 'The critics were right.'],
    ]);
  });

  it("takes a furniture word over a date, right under a review, as the next review's user, and reports the boundary open", () => {
    const { next, state, diagnostics } = readLine(copiedUserNamedAsHeadingReader, `${LIST}Trailers\nJun 2, 2010\n4\nToo long.`, 4, afterReview);
    expect([next, diagnostics]).toStrictEqual([8, ['copied-boundary-open@5']]);
    expect(state.users?.reviews.map(({ user, excerpt }) => [user, excerpt])).toStrictEqual([
      [null, 'A good summer movie.'],
      ['Trailers', 'Too long.'],
    ]);
  });

  it('leaves the furniture word to it when the review above reads its text (it stops there)', () => {
    const { next, state } = readLine(copiedUserItemsReader, `${HEAD}Jun 1, 2010\n8\nA good summer movie.\nCritic Reviews\nJun 2, 2010\nFine.`, 1, afterVerdict);
    expect([next, state.users?.reviews.map(({ excerpt }) => excerpt)]).toStrictEqual([4, ['A good summer movie.']]);
  });

  it("takes a heading or furniture word over the date that opens the list as the first review's user, reported as open", () => {
    for (const [name, diagnostics] of [
      ['Metascore', ['copied-boundary-open@2']],
      ['Critic Reviews', ['copied-boundary-open@2']],
    ] as const) {
      const { next, state, diagnostics: reported } = readLine(copiedUserNamedAsHeadingReader, `${HEAD}${name}\nJun 2, 2010\n4\nFine.`, 1, afterVerdict);
      expect([next, reported, state.users?.reviews.map(({ index, user, score, excerpt }) => [index, user, score, excerpt])]).toStrictEqual([
        5,
        diagnostics,
        [[1, name, 4, 'Fine.']],
      ]);
    }
  });

  it("opens on no heading with its number under it, no widget tail or count, and none of the page's words over its list", () => {
    expect(opensOn(copiedUserNamedAsHeadingReader, `${LIST}Metascore\n81`, 4, afterReview)).toBe(false);
    expect(opensOn(copiedUserNamedAsHeadingReader, `${LIST}Expand\nJun 2, 2010\nFine.`, 4, afterReview)).toBe(false);
    expect(opensOn(copiedUserNamedAsHeadingReader, `${LIST}3 of 4 users found this helpful\nJun 2, 2010\nFine.`, 4, afterReview)).toBe(false);
    expect(opensOn(copiedUserNamedAsHeadingReader, `${HEAD}Check Spelling\nJun 2, 2010\nFine.`, 1, afterVerdict)).toBe(false);
    expect(opensOn(copiedUserNamedAsHeadingReader, `${HEAD}User Reviews\nJun 2, 2010\nFine.`, 1, afterVerdict)).toBe(false);
  });

  it('makes the loop throw a ReaderError naming it when it makes no progress', () => {
    expect(stalledOnTheLoop(copiedUserNamedAsHeadingReader, `${LIST}Metascore\nJun 2, 2010\nFine.`, afterReview)).toMatchObject({
      reader: 'copied user named as heading',
      line: 4,
    });
  });
});

describe('parse on a user list whose copy dropped the numbers, on a page with no distribution', () => {
  /** Every review's index and name (critic reviews as their index alone), and the diagnostics' codes. */
  const indicesOf = (text: string): unknown => {
    const { page, diagnostics } = parse(text);
    return {
      users: page.users?.reviews.map(({ index, user }) => [index, user]),
      critics: page.reviews.map(({ index }) => index),
      codes: diagnostics.map(({ code }) => code),
    };
  };
  const USERS = 'User Score\n6.6\n\nMixed or average reviews- based on 12 Ratings\n';
  const CRITICS = '\nMixed or average reviews - based on 7 Critics\n';

  it('numbers the user and critic reviews in turn when no line is indented or numbered, the bullets kept or not (a page numbers every user review)', () => {
    for (const details of ['', '• Network: NBC\n• Season #: 1\n', 'Network: NBC\n']) {
      expect(indicesOf(`${details}${USERS}JaneD.\nJul 1, 2021\n7\nFine.\nBobK.\nJul 2, 2021\n6\nOkay.\n${CRITICS}60\nSo-so.\n`)).toStrictEqual({
        users: [
          [1, 'JaneD.'],
          [2, 'BobK.'],
        ],
        critics: [1],
        codes: [],
      });
    }
  });

  it("numbers them in turn, the first user's name a furniture word, when the copy kept the indentation (a name over its deeper date is an item's first line)", () => {
    expect(
      indicesOf(`${USERS}  Critic Reviews\n    Jul 1, 2021\n    7\n    Fine.\n  BobK.\n    Jul 2, 2021\n    6\n    Okay.\n${CRITICS}  60\n    So-so.\n`),
    ).toStrictEqual({
      users: [
        [1, 'Critic Reviews'],
        [2, 'BobK.'],
      ],
      critics: [1],
      codes: ['copied-boundary-open'],
    });
  });

  it('keeps an unnumbered user review unnumbered where the items above keep their numbers', () => {
    expect(indicesOf(`${USERS}  1. JaneD.\n    Jul 1, 2021\n    7\n    Fine.\n  BobK.\n  Jul 2, 2021\n  6\n  Okay.\n`)).toMatchObject({
      users: [
        [1, 'JaneD.'],
        [null, 'BobK.'],
      ],
    });
  });
});

describe('parse on a copied user list under the rating widget', () => {
  const HEAD_WIDGET = 'Universal acclaim- based on 7 Ratings\nYour Score\n0 out of 10\nRate this:\n';
  const REVIEWS = 'Jul 1, 2021\n7\nFine.\nBobK.\nJul 2, 2021\n6\nOkay.\n';

  it.each([
    ['cut to its 10 and 0, over the first date', '10\n0\n', [null, 'BobK.'], []],
    ['cut to its 10 and 0, over a first user named 10', '10\n0\n10\n', ['10', 'BobK.'], ['copied-number-open@7: 10']],
    ['counted down from 10 to 0, over a first user named 10', '10\n9\n8\n7\n6\n5\n4\n3\n2\n1\n0\n10\n', ['10', 'BobK.'], ['copied-number-open@16: 10']],
    ['cut to a lone 10 over the first date', '10\n', ['10', 'BobK.'], ['copied-number-open@5: 10']],
  ])("reads the widget %s, a number that may be the widget's reported open", (_, widget, users, diagnostics) => {
    const text = `${HEAD_WIDGET}${widget}${REVIEWS}`;
    const { page, diagnostics: reported } = parse(text);
    expect({
      users: page.users?.reviews.map(({ user }) => user),
      diagnostics: reported.map(({ code, span }) => `${code}@${span.start.line}: ${text.slice(span.start.offset, span.end.offset)}`),
    }).toStrictEqual({ users, diagnostics });
  });
});
