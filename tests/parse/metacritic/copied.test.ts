/**
 * Copied text (issue 15): every corpus page, copied as a browser copies it,
 * with only some of its markers dropped, or through other tools, gives its
 * case's facts, or a warning of its own code covers the place where they
 * differ; HTML is one error of its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDeepStrictEqual } from 'node:util';
import { type Page, parse } from '../../../src/index.js';
import { collapse } from '../../../src/parse/text/strings.js';
import { COPY_VARIANTS } from '../../../scripts/copy-variants.mjs';
import { reviewFacts, sameFact, unsaidDifferences } from '../../support/copied-facts.js';

const corpus = join(import.meta.dirname, '..', '..', 'fixtures', 'corpus');
const cases = readdirSync(corpus)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => ({
    file,
    text: readFileSync(join(corpus, file), 'utf8'),
    expected: JSON.parse(readFileSync(join(corpus, file.replace(/\.txt$/u, '.json')), 'utf8')) as Record<string, unknown>,
  }));

describe('parse on copied pages', () => {
  for (const [variant, copy] of Object.entries(COPY_VARIANTS)) {
    it(`gives every corpus case's facts, or says where they differ, when copied "${variant}"`, () => {
      const unsaid = cases.flatMap(({ file, text, expected }) => {
        const { page, diagnostics } = parse(copy(text));
        return unsaidDifferences(page, diagnostics, expected).map((place) => `${file}: ${place}`);
      });
      expect(unsaid).toStrictEqual([]);
    });
  }

  it.each(['browser', 'partly-indented'])(
    'reads the corpus copied "%s" to its facts but for the unnumbered reviews of 004, under a copied-index-open warning',
    (variant) => {
      const browser = COPY_VARIANTS[variant] as (text: string) => string;
      const exact = cases.filter(({ text, expected }) => {
        const { page } = parse(browser(text));
        const wanted = expected['reviews'] as Record<string, unknown>[];
        return (
          page.reviews.length === wanted.length &&
          wanted.every((want, i) => {
            const got = page.reviews[i];
            const { notes: _, excerpt: __, ...facts } = want;
            return got !== undefined && sameFact(facts, reviewFacts(got, 'metascore' in want));
          })
        );
      });
      expect(cases.filter((c) => !exact.includes(c)).map(({ file }) => file)).toStrictEqual(['004-movie-the-marc-pease-experience.txt']);
    },
  );
});

describe('parse on hand-made copied pages beyond the corpus', () => {
  // The copied7, copied9, copied10 and copiedmain golden cases: critic-review and main pages of every media and critic and publication profiles, their facts written by hand;
  // the copieduser3 and copieduser4 ones: user lists of every media (the rating widget, tails, helpful counts, Report links, spoiler
  // notes, users named like numbers, dates, headings and furniture words, pages cut inside a review).
  const golden = join(import.meta.dirname, '..', '..', 'sites', 'metacritic');
  const pages = readdirSync(golden)
    .filter((file) => /^copied(?:7|9|10|main|user[34])-/u.test(file) && file.endsWith('.txt'))
    .sort()
    .map((file) => ({
      file,
      text: readFileSync(join(golden, file), 'utf8'),
      expected: JSON.parse(readFileSync(join(golden, file.replace(/\.txt$/u, '.json')), 'utf8')) as Record<string, unknown>,
    }));
  /** The page's facts as a case lists them: its header's, each review's with its excerpt, and the profile's and user block's that the case names. */
  const factsOf = (page: Page, expected: Record<string, unknown>): Record<string, unknown> => {
    const named = (want: unknown, got: object | null): unknown =>
      want === null || got === null ? got : Object.fromEntries(Object.keys(want as object).map((key) => [key, (got as Record<string, unknown>)[key] ?? null]));
    const users = expected['users'] as { reviews: object[] } | null;
    return {
      kind: page.kind,
      metascore: page.metascore,
      verdict: page.verdict,
      criticCount: page.criticCount,
      distribution: page.distribution,
      reviews: page.reviews.map((review, i) => {
        const want = (expected['reviews'] as Record<string, unknown>[])[i] ?? {};
        return { ...reviewFacts(review, 'metascore' in want), excerpt: collapse(review.excerpt) };
      }),
      users: page.users && { ...(named(users, page.users) as object), reviews: page.users.reviews.map((review) => named(users?.reviews[0] ?? {}, review)) },
      profile: named(expected['profile'], page.profile),
      ...('media' in expected ? { media: page.media } : {}),
    };
  };

  it('finds the hand-made pages, 30 at the least', () => {
    expect(pages.length).toBeGreaterThanOrEqual(30);
  });

  // Every variant, with no exception: a page with no distribution whose numbers a copy dropped and its bullets kept (`• Network:
  // FX`, q03 and q18 copied "no-number" and "no-indent-number") reads its items numbered in turn, as its page prints them (they
  // read unnumbered before): an item's index is its number on the page, and a page numbers each critic review of its list, its
  // unnumbered ones being lines of text deeper than an item's number; so a critic review's byline or score that stands with no
  // number over its deeper body, or on a page with no line numbered or indented, is an item whose number the copy dropped (as a
  // user list's first line with no number is: tests/parse/golden/user-items/unnumbered-name-and-date.txt).
  for (const [variant, copy] of Object.entries({ saved: (text: string) => text, ...COPY_VARIANTS })) {
    it(`reads each to its facts when copied "${variant}"`, () => {
      const wrong = pages.filter(({ text, expected }) => {
        const { notes: _, ...facts } = expected;
        return !isDeepStrictEqual(factsOf(parse(copy(text)).page, facts), facts);
      });
      expect(wrong.map(({ file }) => file)).toStrictEqual([]);
    });
  }
});

describe('parse on HTML', () => {
  it.each([
    ['a saved page', '<!DOCTYPE html>\n<html><head><title>Pusher</title></head>\n<body>\n<ol>\n<li>Reviewed by: Noel Murray</li>\n</ol>\n</body></html>\n'],
    ['a fragment of list items', 'Generally favorable reviews - based on 11 Critics\n<li>Reviewed by: Noel Murray</li>\n'],
  ])('reports %s as one html-input error saying what to pass instead, not as not-a-review-page', (_, html) => {
    const { page, diagnostics } = parse(html);
    expect(diagnostics.map(({ code, severity }) => ({ code, severity }))).toStrictEqual([{ code: 'html-input', severity: 'error' }]);
    expect(diagnostics[0]?.message).toContain('as a browser copies it');
    expect(page.reviews).toStrictEqual([]);
  });

  it('reads text that only mentions a tag as text', () => {
    expect(parse('Generally favorable reviews - based on 1 Critics\n  1. 80\n    Better than <html> itself.\n').diagnostics).toStrictEqual([]);
  });
});

describe('parse on copies through other tools', () => {
  it("reads the issue's smallest case: a copy with no markers keeps its first critic", () => {
    const { page, diagnostics } = parse(
      'Generally favorable reviews - based on 2 Critics\n\nReviewed by: A B\nJul 15, 2013\nText one.\nReviewed by: C D\nJul 15, 2013\nText two.\n',
    );
    expect(page.reviews.map(({ critic, excerpt }) => ({ critic: critic?.name, excerpt }))).toStrictEqual([
      { critic: 'A B', excerpt: 'Text one.' },
      { critic: 'C D', excerpt: 'Text two.' },
    ]);
    expect(diagnostics).toStrictEqual([]);
  });

  it('reads "* ", "- ", "◦ " bullets and "1) " numbers as the page\'s own, keeping columns in the original text', () => {
    const text =
      'For 4 reviews, this critic has graded:\n  * 75% higher than the average critic\n  - 0% same as the average critic\n  ◦ 25% lower than the average critic\n4 tv reviews\n  1) Beautifully made.\n';
    const { page, diagnostics } = parse(text);
    expect([page.profile?.percentHigher, page.profile?.percentSame, page.profile?.percentLower]).toStrictEqual([75, 0, 25]);
    expect(page.reviews.map(({ index, excerpt }) => ({ index, excerpt }))).toStrictEqual([{ index: 1, excerpt: 'Beautifully made.' }]);
    expect(page.reviews[0]?.span.start).toStrictEqual({ line: 6, column: 3, offset: text.indexOf('1) Beautifully') });
    expect(diagnostics).toStrictEqual([]);
  });

  it('passes over furniture between a publication line and the text under it, reading the same review as without it', () => {
    const read = (text: string) => parse(text).page.reviews.map(({ publication, excerpt }) => ({ publication, excerpt }));
    const { furniture } = parse('Positive: 5 out of 6\nGazette\n\nWatch On\nA fine film.\n');
    expect(read('Positive: 5 out of 6\nGazette\n\nWatch On\nA fine film.\n')).toStrictEqual([{ publication: 'Gazette', excerpt: 'A fine film.' }]);
    expect(read('Positive: 5 out of 6\nGazette\n\nA fine film.\n')).toStrictEqual([{ publication: 'Gazette', excerpt: 'A fine film.' }]);
    expect(furniture.map(({ start }) => start.line)).toStrictEqual([4]);
  });

  it("numbers a profile's items between its scored blocks in turn when a copy dropped their numbers, with or without the indentation", () => {
    const indented =
      '5,034 movie reviews\n  Even stupidity stops being fun here.\n    • 32 Metascore\n    • 25 Critic Score\n    On film it plays like a Dylan song.\n  Forgotten almost before it ends.\n';
    const flat = indented.replace(/^ +/gmu, '');
    const read = (text: string) => parse(text).page.reviews.map(({ index, score, metascore, excerpt }) => ({ index, score, metascore, excerpt }));
    const expected = [
      { index: 1, score: null, metascore: null, excerpt: 'Even stupidity stops being fun here.' },
      { index: null, score: 25, metascore: 32, excerpt: 'On film it plays like a Dylan song.' },
      { index: 2, score: null, metascore: null, excerpt: 'Forgotten almost before it ends.' },
    ];
    expect(read(indented)).toStrictEqual(expected);
    expect(parse(indented).diagnostics).toStrictEqual([]);
    expect(read(flat)).toStrictEqual(expected);
    // Unindented, the block's text and the next item's are two lines of text in a row: said.
    expect(parse(flat).diagnostics.map(({ code, span }) => `${code}@${span.start.line}-${span.end.line}`)).toStrictEqual(['copied-boundary-open@5-6']);
  });

  it("reads the rating widget's bare digits as furniture, and says when one under it has text under it", () => {
    const widget = ['10', '9', '8', '7', '6', '5', '4', '3', '2', '1', '0'].join('\n');
    const { page, diagnostics, furniture } = parse(`User Score\nUniversal acclaim- based on 9 Ratings\nRate this:\n${widget}\n0\nA timeless take.\n`);
    expect(page.users?.reviews).toStrictEqual([]);
    expect(furniture.length).toBeGreaterThanOrEqual(12);
    expect(diagnostics.map(({ code, span }) => `${code}@${span.start.line}`)).toContain('copied-number-open@15');
  });
});

describe('parse on a page partly indented (its markers dropped from the middle on)', () => {
  const HEAD = 'Generally favorable reviews - based on 4 Critics\nCritic score distribution:\n  1. Positive: 4 out of 4\n  2. Negative: 0 out of 4\n';
  const critics = (text: string): unknown[] =>
    parse(text).page.reviews.map(({ index, critic, score, date, excerpt }) => [index, critic?.name ?? null, score, date, excerpt]);

  it('reads the rest of an item whose indentation stops inside it, and the reviews under it numbered on', () => {
    const text = `${HEAD}  1. Reviewed by: Ann Lee\n    Jul 15, 2013\nBold and sure.\nReviewed by: Bo Day\nFine work.\n80\nA marvel.\n`;
    expect(critics(text)).toStrictEqual([
      [1, 'Ann Lee', null, '2013-07-15', 'Bold and sure.'],
      [2, 'Bo Day', null, null, 'Fine work.'],
      [3, null, 80, null, 'A marvel.'],
    ]);
    expect(parse(text).diagnostics).toStrictEqual([]);
  });

  it('reads a hard-wrapped line under an item as its excerpt, and an item with its score alone takes the line under it', () => {
    expect(critics(`${HEAD}  1. 90\n    A taut thriller that\nnever lets go.\nReviewed by: Bo Day\nFine work.\n`)).toStrictEqual([
      [1, null, 90, null, 'A taut thriller that never lets go.'],
      [2, 'Bo Day', null, null, 'Fine work.'],
    ]);
    expect(critics(`${HEAD}  1. Bold.\n  2. 90\nA marvel.\nFine work.\n`)).toStrictEqual([
      [1, null, null, null, 'Bold.'],
      [2, null, 90, null, 'A marvel.'],
      [3, null, null, null, 'Fine work.'],
    ]);
  });

  it('reports the boundary between the last indented text and a line of text under it as open, as between two such lines, and the numbers under it', () => {
    const text = `${HEAD}  1. Bold and sure.\nFine work.\nA marvel.\n`;
    expect(critics(text).map((review) => (review as unknown[])[0])).toStrictEqual([1, 2, 3]);
    expect(parse(text).diagnostics.map(({ code, span }) => [code, span.start.line, span.end.line])).toStrictEqual([
      ['copied-boundary-open', 5, 6],
      ['copied-boundary-open', 6, 7],
      ['copied-index-open', 6, 7],
    ]);
  });

  it('reads the rest of a scored block whose indentation stops inside it', () => {
    const text = '4 tv reviews\n    • 63 Metascore\n40 Critic Score\nSet aside the controls.\n40 Metascore\n39 Critic Score\nEvil Dead fans will be tempted.\n';
    const { page, diagnostics } = parse(text);
    expect(page.reviews.map(({ metascore, score, excerpt }) => [metascore, score, excerpt])).toStrictEqual([
      [63, 40, 'Set aside the controls.'],
      [40, 39, 'Evil Dead fans will be tempted.'],
    ]);
    expect(diagnostics).toStrictEqual([]);
  });

  it("reads the rating widget's digits going on bare under its bullets as furniture, and the user reviews under it numbered", () => {
    const text = `User Score\n7.8\nGenerally favorable reviews- based on 55 Ratings\nUser score distribution:\n  1. Positive: 43 out of 55\n  2. Negative: 5 out of 55\nRate this:\n  • 10\n  • 9\n${[8, 7, 6, 5, 4, 3, 2, 1, 0].join('\n')}\nMar 29, 2020\n6\nAn album I never thought I'd see.\nJul 22, 2020\n6\nMost of these songs are forgettable.\n`;
    const { page, diagnostics } = parse(text);
    expect(page.users?.reviews.map(({ index, date, score }) => [index, date, score])).toStrictEqual([
      [1, '2020-03-29', 6],
      [2, '2020-07-22', 6],
    ]);
    expect(diagnostics).toStrictEqual([]);
  });

  it("reads a user review's one-word text and a list number alone ('0.') in the tail as its text, and numbers the reviews on", () => {
    const text = `User Score\n7.8\nGenerally favorable reviews- based on 55 Ratings\nUser score distribution:\n  1. Positive: 43 out of 55\n  2. Negative: 5 out of 55\n  1. Mar 1, 2021\n8\nNice.\nMar 2, 2021\n0\n0.\nKateP.\nMar 3, 2021\n7\nFine.\n`;
    const { page, diagnostics } = parse(text);
    expect(page.users?.reviews.map(({ index, user, score, excerpt }) => [index, user, score, excerpt])).toStrictEqual([
      [1, null, 8, 'Nice.'],
      [2, null, 0, '0.'],
      [3, 'KateP.', 7, 'Fine.'],
    ]);
    expect(diagnostics).toStrictEqual([]);
  });

  it('leaves one unindented line under an indented list as the page’s, reported where no part takes it', () => {
    const { page, diagnostics } = parse(`${HEAD}  1. 50\n    Fine.\nFan Theories Corner\n`);
    expect([page.reviews.length, diagnostics.map(({ code }) => code)]).toStrictEqual([1, ['unrecognised-line']]);
  });

  it('leaves lines under an indented list with no part of a review (no score, date, byline or sentence) as the page’s, each reported', () => {
    const { page, diagnostics } = parse(`${HEAD}  1. 50
    Fine.
Related Movies
Limitless
The Drop
`);
    expect(page.reviews.map(({ index, excerpt }) => [index, excerpt])).toStrictEqual([[1, 'Fine.']]);
    expect(diagnostics.map(({ code, span }) => [code, span.start.line])).toStrictEqual([
      ['unrecognised-line', 7],
      ['unrecognised-line', 8],
      ['unrecognised-line', 9],
    ]);
  });
});

describe('parse on a page whose markers a copy dropped from a line on, some kept', () => {
  const USERS = 'Generally favorable reviews- based on 55 Ratings\nUser score distribution:\n  1. Positive: 43 out of 55\n  2. Negative: 5 out of 55\n';
  const users = (text: string): unknown[] =>
    parse(text).page.users?.reviews.map(({ index, user, date, score, excerpt }) => [index, user, date, score, excerpt]) ?? [];
  const blocks = (text: string): unknown[] =>
    parse(text).page.reviews.map(({ index, critic, metascore, score, excerpt }) => [index, critic?.name ?? null, metascore, score, excerpt]);
  const CRITIC = "For 4 reviews, this critic has graded:\nSheri Linden's Scores\n4 tv reviews\n";

  it('reads the rest of a user review whose indentation stops inside it, up to the next numbered review', () => {
    expect(
      users(`${USERS}  1. Mar 29, 2020\n6\nAn album I never thought I'd see.\n\nWorse is the production.\nExpand\n2. Jul 22, 2020\n5\nForgettable.\n`),
    ).toStrictEqual([
      [1, null, '2020-03-29', 6, "An album I never thought I'd see. Worse is the production."],
      [2, null, '2020-07-22', 5, 'Forgettable.'],
    ]);
    expect(users(`${USERS}  1. DavidS.\nJan 29, 2008\nA timeless take on a timeless story.\n`)).toStrictEqual([
      [1, 'DavidS.', '2008-01-29', null, 'A timeless take on a timeless story.'],
    ]);
  });

  it('goes on from a user review under a blank line where the lines under it hold a review’s field, not where they hold only sentences', () => {
    expect(
      users(`${USERS}  1. Mar 29, 2020\n    6\n    Loved it.\n\nWorse is the production, all told.\nExpand\nJul 22, 2020\n5\nForgettable.\n`),
    ).toStrictEqual([
      [1, null, '2020-03-29', 6, 'Loved it. Worse is the production, all told.'],
      [2, null, '2020-07-22', 5, 'Forgettable.'],
    ]);
    const { page, diagnostics } = parse(
      `${USERS}  1. Mar 29, 2020\n    6\n    Loved it.\n\nAll rights reserved, as they say.\nTerms of use apply to this page.\n`,
    );
    expect([page.users?.reviews[0]?.excerpt, diagnostics.map(({ code }) => code)]).toStrictEqual(['Loved it.', ['unrecognised-line', 'unrecognised-line']]);
  });

  it('does not go on from a user review that its widget tail closed', () => {
    expect(users(`${USERS}  1. Mar 29, 2020\n    6\n    Loved it.\n    Expand\nJul 22, 2020\n5\nForgettable.\n`)).toStrictEqual([
      [1, null, '2020-03-29', 6, 'Loved it.'],
      [2, null, '2020-07-22', 5, 'Forgettable.'],
    ]);
  });

  it("reads the rating widget's second 0 with its bullet dropped as the widget's", () => {
    const { page, diagnostics } = parse(`${USERS}Rate this:\n  • 1\n  • 0\n  0\n  1. Mar 29, 2020\n    6\n    Loved it.\n`);
    expect([page.users?.reviews.map(({ index, date }) => [index, date]), diagnostics]).toStrictEqual([[[1, '2020-03-29']], []]);
  });

  it("ends a scored block's bulleted lines at its bare score line and the next block's bare Metascore", () => {
    expect(
      blocks(`${CRITIC}    • 72 Metascore\n    80 Sheri Linden\n    What gives it spark.\n    67 Metascore\n    90 Sheri Linden\n    Beyond the lead turn.\n`),
    ).toStrictEqual([
      [null, 'Sheri Linden', 72, 80, 'What gives it spark.'],
      [null, 'Sheri Linden', 67, 90, 'Beyond the lead turn.'],
    ]);
    // A number and other words under a block with no score line may be its excerpt.
    expect(blocks(`${CRITIC}    • 72 Metascore\n    93 minutes of dread.\n`)).toStrictEqual([[null, null, 72, null, '93 minutes of dread.']]);
  });

  it('reads the rest of a scored block whose indentation stops under its Metascore, its bullets kept', () => {
    expect(
      blocks(`${CRITIC}    • 72 Metascore\n• 80 Sheri Linden\nWhat gives it spark.\n• 67 Metascore\n• 90 Sheri Linden\nBeyond the lead turn.\n`),
    ).toStrictEqual([
      [null, 'Sheri Linden', 72, 80, 'What gives it spark.'],
      [null, 'Sheri Linden', 67, 90, 'Beyond the lead turn.'],
    ]);
  });

  it('reads each line of text under a block in a tail that keeps its bullets as an item, the boundary open, unnumbered', () => {
    const text = `For 4 reviews, this publication has graded:\n  • 55% higher than the average critic\n• 2% same as the average critic\n4 movie reviews\n• 32 Metascore\n• 25 Critic Score\nOn film it plays like a song.\nHawn spends so much of it shouting.\n`;
    expect(blocks(text)).toStrictEqual([
      [null, null, 32, 25, 'On film it plays like a song.'],
      [null, null, null, null, 'Hawn spends so much of it shouting.'],
    ]);
    expect(parse(text).diagnostics.map(({ code, span }) => [code, span.start.line])).toStrictEqual([['copied-boundary-open', 7]]);
  });

  it('reads a line of text as deep as a numbered profile item as the next item where the page shows its numbers dropped, but for a wrapped line', () => {
    const page =
      '4 movie reviews\n  2. Hawn spends so much of it\n  shouting commands.\n  Cheeky one moment.\n    • 36 Metascore\n    • 25 Critic Score\n    Near the finish.\n';
    expect(blocks(page)).toStrictEqual([
      [2, null, null, null, 'Hawn spends so much of it shouting commands.'],
      [3, null, null, null, 'Cheeky one moment.'],
      [null, null, 36, 25, 'Near the finish.'],
    ]);
    // Where the page keeps its numbers and nothing settles it (no body deeper than its number, no number skipped), the
    // line is read as the next item too, and the boundary is said to be open.
    const open = '4 movie reviews\n  2. Hawn spends so much of it.\n  Cheeky one moment.\n';
    expect(blocks(open).map((review) => (review as unknown[])[4])).toStrictEqual(['Hawn spends so much of it.', 'Cheeky one moment.']);
    expect(parse(open).diagnostics.map(({ code, span }) => [code, span.start.line, span.end.line])).toStrictEqual([['copied-boundary-open', 2, 3]]);
  });

  it('reads a line of text as deep as the profile items as the next item where the list’s first numbers are dropped and a numbered item stands under them', () => {
    // 035 with the `N. ` of its first three items removed: `Cheeky one moment ...` was joined silently to the item above.
    const page =
      '5,034 movie reviews\n  Even stupidity stops being fun here.\n    • 32 Metascore\n    • 25 Critic Score\n    On film it plays like a Dylan song.\n  Hawn spends so much of it shouting commands.\n  Cheeky one moment, clumsy the next.\n    • 36 Metascore\n    • 25 Critic Score\n    Near the finish.\n  4. Forgotten almost before it ends.\n  5. His weakest role.\n  6. No mob comedy has aimed this low.\n    • 37 Metascore\n    • 25 Critic Score\n    A limp follow-up.\n';
    expect(blocks(page).map((review) => (review as unknown[])[4])).toStrictEqual([
      'Even stupidity stops being fun here.',
      'On film it plays like a Dylan song.',
      'Hawn spends so much of it shouting commands.',
      'Cheeky one moment, clumsy the next.',
      'Near the finish.',
      'Forgotten almost before it ends.',
      'His weakest role.',
      'No mob comedy has aimed this low.',
      'A limp follow-up.',
    ]);
  });

  it('numbers a copied list on from a numbered item another reader read between its items, the boundary under it open', () => {
    const text = '4 movie reviews\n72 Metascore\n80 Critic Score\nText one.\n3. Numbered item.\nUnnumbered item.\n';
    expect(blocks(text).map((review) => (review as unknown[])[0])).toStrictEqual([null, 3, 4]);
    expect(parse(text).diagnostics.map(({ code, span }) => [code, span.start.line])).toStrictEqual([['copied-boundary-open', 5]]);
  });
});

describe('parse on a copied page with a line dropped, doubled or moved', () => {
  const HEAD = 'Mixed or average reviews - based on 8 Critics\nCritic score distribution:\n  Positive: 1 out of 8\n  Negative: 3 out of 8\n';
  const critics = (text: string): unknown[] => parse(text).page.reviews.map(({ critic, date, excerpt }) => [critic?.name ?? null, date, excerpt]);

  it('opens the next review at a byline shallower than the review above, where the copy kept the indentation', () => {
    expect(
      critics(
        `${HEAD}  Reviewed by: Nick Schager\n    One more sign of a formula.\n    Aug 19, 2012\n  Reviewed by: Scott Tobias\n    Aug 22, 2012\n    His worries are fair.\n`,
      ),
    ).toStrictEqual([
      ['Nick Schager', null, 'One more sign of a formula.'],
      [null, '2012-08-19', ''],
      ['Scott Tobias', '2012-08-22', 'His worries are fair.'],
    ]);
  });

  it('says where a review with no text stands over a field it has already, with no indentation to settle whose its lines are', () => {
    const text = `${HEAD}Reviewed by: Nick Schager\nOne more sign of a formula.\nAug 19, 2012\nReviewed by: Scott Tobias\nAug 22, 2012\nHis worries are fair.\n`;
    expect(parse(text).diagnostics.map(({ code, span }) => [code, span.start.line, span.end.line])).toStrictEqual([
      ['review-without-text', 7, 8],
      ['copied-boundary-open', 7, 9],
    ]);
  });

  it('ends a user review with no date at a line as deep as it, where the copy dropped the numbers', () => {
    const text =
      'Universal acclaim- based on 64 Ratings\nUser score distribution:\n  Positive: 51 out of 64\n  Negative: 6 out of 64\n  ChristianP.\n    Wildly overrated.\n  Feb 25, 2018\n    Seriously overrated.\n';
    expect(parse(text).page.users?.reviews.map(({ user, date, excerpt }) => [user, date, excerpt])).toStrictEqual([
      [null, null, 'ChristianP. Wildly overrated.'],
      [null, '2018-02-25', 'Seriously overrated.'],
    ]);
  });

  it("reads the rating widget's run over digits bare and bulleted alike", () => {
    const widget = ['10', '• 9', '8', '• 7', '• 6', '5', '• 4', '• 3', '• 2', '• 1', '• 0'].join('\n');
    const { page, diagnostics } = parse(`Universal acclaim- based on 7 Ratings\nRate this:\n${widget}\nMar 3, 2020\nLoved it.\n`);
    expect([page.users?.reviews.map(({ date, excerpt }) => [date, excerpt]), diagnostics]).toStrictEqual([[['2020-03-03', 'Loved it.']], []]);
  });
});

describe('parse on a crawled page with a line or two stripped of its markers', () => {
  const reviews = (text: string): unknown[] => parse(text).page.reviews.map(({ index, critic, excerpt }) => [index, critic?.name ?? null, excerpt]);
  const open = (text: string): [string, number, number][] => parse(text).diagnostics.map(({ code, span }) => [code, span.start.line, span.end.line]);

  it('reads the page as crawled, not copied, when one distribution line lost its number among numbered lines', () => {
    const text =
      'Generally favorable reviews - based on 3 Critics\nCritic score distribution:\nPositive: 3 out of 3\n  2. Negative: 0 out of 3\n  1. Reviewed by: Ann Lee\n    Taut.\n  2. Reviewed by: Bo Chen\nGripping.\n  3. Reviewed by: Cy Day\n    Alive.\n';
    // Read as copied, the unindented `Gripping.` was a review of its own numbered 3, as Cy Day's is.
    expect(reviews(text)).toStrictEqual([
      [1, 'Ann Lee', 'Taut.'],
      [2, 'Bo Chen', 'Gripping.'],
      [3, 'Cy Day', 'Alive.'],
    ]);
    expect(open(text)).toStrictEqual([['copied-boundary-open', 7, 8]]);
  });

  it('reads it as copied when most of its distribution lines lost their numbers', () => {
    const text =
      'Generally favorable reviews - based on 2 Critics\nCritic score distribution:\nPositive: 2 out of 2\nNegative: 0 out of 2\nReviewed by: Ann Lee\nTaut.\nReviewed by: Bo Chen\nGripping.\n';
    expect(reviews(text)).toStrictEqual([
      [1, 'Ann Lee', 'Taut.'],
      [2, 'Bo Chen', 'Gripping.'],
    ]);
  });

  it('reads a profile as crawled when one percentage lost its bullet among bulleted lines', () => {
    const text =
      'For 3 reviews, this publication has graded:\n  • 37% higher than the average critic\n  • 4% same as the average critic\n59% lower than the average critic\nScore distribution:\n3 music reviews\n    • 57 Metascore\n    • 60 Critic Score\n    Too baggy by half.\n    • 72 Metascore\n    • 60 Critic Score\nStill sounds pecul\n';
    // Read as copied, the unindented last line was a numbered item of its own.
    expect(parse(text).page.reviews.map(({ index, score, excerpt }) => [index, score, excerpt])).toStrictEqual([
      [null, 60, 'Too baggy by half.'],
      [null, 60, 'Still sounds pecul'],
    ]);
    expect(open(text)).toStrictEqual([['copied-boundary-open', 10, 12]]);
  });

  it('reads a line of text left unindented under an indented review with no text as its excerpt, the boundary open', () => {
    const critic = 'Critic score distribution:\n  1. Positive: 2 out of 2\n  1. Reviewed by: Ann Lee\n    Jul 15, 2013\nTaut.\n  2. 80\n    Alive.\n';
    expect(reviews(critic)).toStrictEqual([
      [1, 'Ann Lee', 'Taut.'],
      [2, null, 'Alive.'],
    ]);
    expect(open(critic)).toStrictEqual([['copied-boundary-open', 3, 5]]);
    // Under a review that has its text, or over a blank line, the line is no stray of it: it is reported.
    const under = 'Critic score distribution:\n  1. Positive: 2 out of 2\n  1. Reviewed by: Ann Lee\n    Taut.\nAlive.\n';
    expect(open(under).map(([code]) => code)).toStrictEqual(['unrecognised-line']);
    const blank = 'Critic score distribution:\n  1. Positive: 2 out of 2\n  1. Reviewed by: Ann Lee\n\nTaut.\n';
    expect(open(blank).map(([code]) => code)).toStrictEqual(['review-without-text', 'unrecognised-line']);
  });

  it('reads a line left unindented under an indented review with no text as its excerpt past furniture between them, as without it', () => {
    // With `Watch On` between, the review was left with no text and `A fine film.` reported as a line that fits nowhere.
    const critic = (between: string): string => `Generally favorable reviews - based on 3 Critics\n  1. Reviewed by: Ann Lee\n${between}A fine film.\n`;
    expect(reviews(critic('Watch On\n'))).toStrictEqual([[1, 'Ann Lee', 'A fine film.']]);
    expect(open(critic('Watch On\n'))).toStrictEqual([['copied-boundary-open', 2, 4]]);
    expect(reviews(critic('Watch On\nTrailers\n'))).toStrictEqual([[1, 'Ann Lee', 'A fine film.']]);
    expect(open(critic('Watch On\nTrailers\n'))).toStrictEqual([['copied-boundary-open', 2, 5]]);
    expect(open(critic(''))).toStrictEqual([['copied-boundary-open', 2, 3]]);
  });

  it('ends a user review at the widget tail of its first line, which the copied tail under it does not go on', () => {
    const text =
      'Mixed or average reviews- based on 2 Ratings\nUser score distribution:\n  1. Positive: 1 out of 2\n  2. Negative: 1 out of 2\n    The premiere left me cold. Full Review »\nSep 23, 2013\nWhatever promise fades. Full Review »\n';
    // The review took the tail's date as its own, and its text as its user's name.
    expect(parse(text).page.users?.reviews.map(({ index, user, date, excerpt }) => [index, user, date, excerpt])).toStrictEqual([
      [null, null, null, 'The premiere left me cold.'],
      [1, null, '2013-09-23', 'Whatever promise fades.'],
    ]);
  });

  it('opens a user review at a date left unindented under an indented review that has its date', () => {
    const text =
      'Mixed or average reviews- based on 3 Ratings\nUser score distribution:\n  1. Positive: 1 out of 3\n  2. Negative: 2 out of 3\n  1. Oct 4, 2013\n    It reminds me of Homeland.\nSep 24, 2013\n    The premiere left me cold.\n  3. Sep 23, 2013\n    Whatever promise fades.\n';
    // The date was reported as a line no part takes, and the text under it read as a review with no date.
    expect(parse(text).page.users?.reviews.map(({ index, date, excerpt }) => [index, date, excerpt])).toStrictEqual([
      [1, '2013-10-04', 'It reminds me of Homeland.'],
      [null, '2013-09-24', 'The premiere left me cold.'],
      [3, '2013-09-23', 'Whatever promise fades.'],
    ]);
    expect(open(text)).toStrictEqual([['copied-boundary-open', 5, 8]]);
  });

  it('reads the fields and text left unindented under an indented review with no text as its own, the boundary open', () => {
    // The date under the byline opened a review of its own, numbered 2 where the copy dropped the numbers, unsaid.
    const copied = 'Critic score distribution:\nPositive: 2 out of 2\nNegative: 0 out of 2\n  1. Reviewed by: Ann Lee\nJul 15, 2013\nTaut.\n80\n    Alive.\n';
    expect(parse(copied).page.reviews.map(({ index, critic, date, score, excerpt }) => [index, critic?.name ?? null, date, score, excerpt])).toStrictEqual([
      [1, 'Ann Lee', '2013-07-15', null, 'Taut.'],
      [2, null, null, 80, 'Alive.'],
    ]);
    expect(open(copied)).toStrictEqual([['copied-boundary-open', 4, 6]]);
    // On a crawled page too: the date and text were a review of their own.
    const crawled = 'Critic score distribution:\n  1. Positive: 2 out of 2\n  1. Reviewed by: Ann Lee\nJul 15, 2013\nTaut.\n  2. 80\n    Alive.\n';
    expect(reviews(crawled)).toStrictEqual([
      [1, 'Ann Lee', 'Taut.'],
      [2, null, 'Alive.'],
    ]);
    expect(open(crawled)).toStrictEqual([['copied-boundary-open', 3, 5]]);
    // A score with no text under it is said open as a widget's digit too; it was read as the review's text.
    const scored = 'Critic score distribution:\n  1. Positive: 2 out of 2\n  1. Reviewed by: Ann Lee\n80\n  2. 70\n    Alive.\n';
    expect(parse(scored).page.reviews.map(({ score, excerpt }) => [score, excerpt])).toStrictEqual([
      [80, ''],
      [70, 'Alive.'],
    ]);
    expect(open(scored)).toStrictEqual([
      ['copied-boundary-open', 3, 4],
      ['copied-number-open', 3, 4],
      ['review-without-text', 3, 4],
    ]);
  });

  it('opens a review at a byline left unindented under an indented review, not at a line of the page', () => {
    // `Reviewed by: Bo Chan` fits no part at this place: it was reported, and its date and text read as a review with no critic.
    const text =
      'Critic score distribution:\n  1. Positive: 3 out of 3\n  1. Reviewed by: Ann Lee\n    Jul 15, 2013\nTaut.\nReviewed by: Bo Chan\n    Jul 16, 2013\n    Alive.\n  3. 80\n    Gripping.\n';
    expect(reviews(text)).toStrictEqual([
      [1, 'Ann Lee', 'Taut.'],
      [null, 'Bo Chan', 'Alive.'],
      [3, null, 'Gripping.'],
    ]);
    expect(open(text)).toStrictEqual([
      ['copied-boundary-open', 3, 5],
      ['copied-boundary-open', 3, 8],
    ]);
  });

  it('reads the date and text left unindented under an indented user review with none as its own', () => {
    const users = (text: string): unknown[] => parse(text).page.users?.reviews.map(({ index, user, date, excerpt }) => [index, user, date, excerpt]) ?? [];
    // The date opened a review of its own, numbered 2 where the copy dropped the numbers.
    const named =
      'Universal acclaim- based on 26 Ratings\nUser score distribution:\nPositive: 25 out of 26\nNegative: 0 out of 26\n  1. DavidS.\nJan 29, 2008\nA timeless take.\n';
    expect(users(named)).toStrictEqual([[1, 'DavidS.', '2008-01-29', 'A timeless take.']]);
    // Under its date, its text up to its widget tail; the next date is the next review. The text was reported, and so was the date under it.
    const dated =
      'Mixed or average reviews- based on 3 Ratings\nUser score distribution:\n  1. Positive: 1 out of 3\n  2. Negative: 2 out of 3\n  1. Oct 4, 2013\nIt reminds me of Homeland. Full Review »\nSep 24, 2013\n    The premiere left me cold.\n';
    expect(users(dated)).toStrictEqual([
      [1, null, '2013-10-04', 'It reminds me of Homeland.'],
      [null, null, '2013-09-24', 'The premiere left me cold.'],
    ]);
    // A user's name over a date, under a review its widget tail closed, opens the next review: both were reported.
    const closed =
      'Mixed or average reviews- based on 3 Ratings\nUser score distribution:\n  1. Positive: 1 out of 3\n  2. Negative: 2 out of 3\n  1. May 13, 2011\n    Ahead of its time. Full Review »\nGuangmianK.\nNov 20, 2006\n    10\n    A great game.\n';
    expect(users(closed)).toStrictEqual([
      [1, null, '2011-05-13', 'Ahead of its time.'],
      [null, 'GuangmianK.', '2006-11-20', 'A great game.'],
    ]);
  });

  it("reads a scored block's critic left unindented under its `Reviewed by`, and a line of text under a block left unindented among indented lines as the next item", () => {
    const profile = (body: string): string =>
      `Boston Globe's Scores\nFor 5,034 reviews, this publication has graded:\n  • 55% higher than the average critic\n  • 2% same as the average critic\n  • 43% lower than the average critic\n5,034 movie reviews\n${body}`;
    const blocks = (text: string): unknown[] =>
      parse(text).page.reviews.map(({ index, critic, metascore, score, excerpt }) => [index, critic?.name ?? null, metascore, score, excerpt]);
    // `Ty Burr` fit no part, and the block's excerpt read as a review of its own.
    const named = profile(
      '  1. Even stupidity stops being fun here.\n• 37 Metascore\n    • 25 Reviewed by\nTy Burr\n    A limp follow-up.\n  2. Game-to-screen noise.\n',
    );
    expect(blocks(named)).toStrictEqual([
      [1, null, null, null, 'Even stupidity stops being fun here.'],
      [null, 'Ty Burr', 37, 25, 'A limp follow-up.'],
      [2, null, null, null, 'Game-to-screen noise.'],
    ]);
    // `Forgotten ...` (item 4, its number and indentation dropped) went on the block's excerpt, unsaid.
    const item = profile(
      '  3. Game-to-screen noise.\n    • 32 Metascore\n    • 25 Critic Score\n    Plays like a Dylan song.\n• 20 Metascore\n• 25 Critic Score\n93 minutes of punishment.\nForgotten almost before it ends.\n  5. Gooding’s weakest role.\n',
    );
    expect(blocks(item).slice(2)).toStrictEqual([
      [null, null, 20, 25, '93 minutes of punishment.'],
      [null, null, null, null, 'Forgotten almost before it ends.'],
      [5, null, null, null, 'Gooding’s weakest role.'],
    ]);
    expect(open(item).filter(([, start]) => start >= 13)).toStrictEqual([['copied-boundary-open', 13, 14]]);
  });

  it('gives no number to a copied tail past a review whose number and indentation a copy dropped, whose lines may hold two items', () => {
    const text = 'Critic score distribution:\n  1. Positive: 3 out of 3\n  1. Reviewed by: Ann Lee\n    Taut.\n90\n    Alive.\n88\nGripping to the end.\n';
    // The tail's review was numbered 2, on from item 1 alone.
    expect(reviews(text)).toStrictEqual([
      [1, 'Ann Lee', 'Taut.'],
      [null, null, 'Alive.'],
      [null, null, 'Gripping to the end.'],
    ]);
  });

  it('reads a short line between a review’s score and the next `Reviewed by:` as text, the boundary open, not as the next review’s publication', () => {
    const text = (critics: number): string =>
      `Generally favorable reviews - based on ${critics} Critics\nReviewed by: Ann Lee\nJul 15, 2013\nTaut and alive.\n80\nGreat fun\nReviewed by: Bo Chan\nJul 16, 2013\nA marvel from start to end.\n`;
    const read = (critics: number): unknown => {
      const { page, diagnostics } = parse(text(critics));
      return [
        page.reviews.map((review) => [review.critic?.name ?? null, review.publication, review.score, review.excerpt]),
        diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.span.start.line, diagnostic.span.end.line]),
      ];
    };
    // It was Bo Chan's review with "Great fun" as its publication and the score 80, with no warning.
    expect(read(3)).toStrictEqual([
      [
        ['Ann Lee', null, null, 'Taut and alive.'],
        [null, null, 80, 'Great fun'],
        ['Bo Chan', null, null, 'A marvel from start to end.'],
      ],
      [['copied-boundary-open', 6, 7]],
    ]);
    // Two reviews declared: the line's review is joined to the next, the boundary still said.
    expect(read(2)).toStrictEqual([
      [
        ['Ann Lee', null, null, 'Taut and alive.'],
        ['Bo Chan', null, 80, 'Great fun A marvel from start to end.'],
      ],
      [['copied-boundary-open', 6, 7]],
    ]);
  });
});

describe('parse on a copied profile', () => {
  it('reads a bare number and words under a block’s Metascore as its excerpt, not its score and critic, unless the words are the profile’s critic', () => {
    const text =
      "For 4 reviews, this critic has graded:\n75% higher than the average critic\n0% same as the average critic\n25% lower than the average critic\n\nSheri Linden's Scores\n\n4 tv reviews\n72 Metascore\n93 minutes of dread.\n67 Metascore\n80 Sheri Linden\nBeyond the lead turn.\n";
    // `93 minutes of dread.` was read as the score 93 by the critic "minutes of dread.", the block left with no text.
    expect(parse(text).page.reviews.map(({ score, critic, metascore, excerpt }) => [score, critic?.name ?? null, metascore, excerpt])).toStrictEqual([
      [null, null, 72, '93 minutes of dread.'],
      [80, 'Sheri Linden', 67, 'Beyond the lead turn.'],
    ]);
  });
});

describe('parse on copied critic lists whose numbers a copy dropped', () => {
  const read = (text: string): unknown[] => parse(text).page.reviews.map(({ index, critic, score, excerpt }) => [index, critic?.name ?? null, score, excerpt]);

  it('numbers the items of a list with no distribution in turn where its bylines and scores stand with no number over their deeper bodies', () => {
    const page = (marker: (n: number) => string): string =>
      `  • Network: HBO\n\nUniversal acclaim - based on 2 Critics\n  ${marker(1)}Reviewed by: Alan Sepinwall\n    Jan 10, 2014\n    A haunted crime story.\n  ${marker(2)}90\n    Never better.\n`;
    // With the numbers dropped and the bullet kept, the items read unnumbered: the page prints a number on each critic review.
    expect(read(page(() => ''))).toStrictEqual(read(page((n) => `${n}. `)));
    expect(read(page(() => ''))).toStrictEqual([
      [1, 'Alan Sepinwall', null, 'A haunted crime story.'],
      [2, null, 90, 'Never better.'],
    ]);
    // So with no indentation either.
    expect(read(page(() => '').replace(/^ +/gmu, ''))).toStrictEqual(read(page(() => '')));
  });

  it('numbers in turn the excerpts alone of a list with no distribution whose numbers the copy dropped, right under the verdict', () => {
    const text =
      '  • Network: Showtime\n\nMixed or average reviews - based on 2 Critics\n  A slow, sad and gorgeous season.\n  It finally earns its reputation.\n';
    // They read unnumbered: an item that stands right under the verdict is its list's first, numbered on a page.
    expect(read(text)).toStrictEqual([
      [1, null, null, 'A slow, sad and gorgeous season.'],
      [2, null, null, 'It finally earns its reputation.'],
    ]);
  });

  it('keeps the numbers a page prints where one byline among its numbered items lost its number', () => {
    const text =
      'Universal acclaim - based on 3 Critics\n  1. Reviewed by: Ann Lee\n    Taut.\n  Reviewed by: Bo Chan\n    Alive.\n  3. 70\n    Fine.\n  4. 60\n    Fair.\n';
    expect(read(text).map((review) => (review as unknown[])[0])).toStrictEqual([1, null, 3, 4]);
  });

  it('reads bare scores under a `Critic Reviews` heading, before any verdict, as the critics’ list', () => {
    const text = 'Critic Reviews\n90\nLean and mean.\n70\nFun enough.\n\nGenerally favorable reviews - based on 2 Critics\n';
    // The list was not read: three `unrecognised-line` warnings.
    expect([read(text), parse(text).diagnostics]).toStrictEqual([
      [
        [1, null, 90, 'Lean and mean.'],
        [2, null, 70, 'Fun enough.'],
      ],
      [],
    ]);
  });
});

describe('parse on a copied profile list', () => {
  it('numbers in turn the items under a profile’s count where the copy dropped their numbers and kept their indentation', () => {
    const text =
      "Pitchfork's Scores\n  • Music\nFor 8,800 reviews, this publication has graded:\n  • 40% higher than the average critic\n  • 10% same as the average critic\n  • 50% lower than the average critic\n8,800 music reviews\n  A bleak, beautiful farewell.\n  Katy Perry in search of a point.\n";
    // They were read as one review, its excerpt the two lines, with no warning.
    expect(parse(text).page.reviews.map(({ index, excerpt }) => [index, excerpt])).toStrictEqual([
      [1, 'A bleak, beautiful farewell.'],
      [2, 'Katy Perry in search of a point.'],
    ]);
  });
});

describe('parse on a copied profile block', () => {
  const profile = (blocks: string): string =>
    `For 3 reviews, this critic has graded:\n66% higher than the average critic\n0% same as the average critic\n34% lower than the average critic\n\nSheri Linden's Scores\n\n3 tv reviews\n${blocks}`;
  const read = (text: string): unknown[] => {
    const { page, diagnostics } = parse(text);
    return [
      page.reviews.map(({ index, critic, publication, score, metascore, excerpt }) => [index, critic?.name ?? null, publication, score, metascore, excerpt]),
      diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.span.start.line, diagnostic.span.end.line]),
    ];
  };

  it('reads a bare score line naming another critic under a critic’s block as the next block', () => {
    // `90 Jane Doe` was read as a review's excerpt ("90 Jane Doe"), and its excerpt as another review, warned.
    expect(read(profile('80 Sheri Linden\nA primer with a pulse.\n90 Jane Doe\nGripping.\n67 Metascore\n90 Jane Doe\nSturdy.\n'))).toStrictEqual([
      [
        [null, 'Sheri Linden', null, 80, null, 'A primer with a pulse.'],
        [null, 'Jane Doe', null, 90, null, 'Gripping.'],
        [null, 'Jane Doe', null, 90, 67, 'Sturdy.'],
      ],
      [],
    ]);
  });

  it('reads one word under a block’s text, over the next block, as its publication, the boundary open, unless a review above names it', () => {
    // `Gripping` was read as the block's publication with no warning; it may be an item of one word.
    expect(read(profile('72 Metascore\n80 Sheri Linden\nA primer with a pulse.\nGripping\n67 Metascore\n70 Sheri Linden\nSturdy.\n'))).toStrictEqual([
      [
        [null, 'Sheri Linden', 'Gripping', 80, 72, 'A primer with a pulse.'],
        [null, 'Sheri Linden', null, 70, 67, 'Sturdy.'],
      ],
      [['copied-boundary-open', 11, 12]],
    ]);
    const named = read(profile('80 Sheri Linden\nA primer.\nVariety\n70 Sheri Linden\nSturdy.\nVariety\n'));
    expect(named).toStrictEqual([
      [
        [null, 'Sheri Linden', 'Variety', 80, null, 'A primer.'],
        [null, 'Sheri Linden', 'Variety', 70, null, 'Sturdy.'],
      ],
      [['copied-boundary-open', 10, 11]],
    ]);
    // A name that is no ordinary word settles it: `IGN`, `RogerEbert.com`, `Entertainment Weekly`.
    expect(read(profile('80 Sheri Linden\nA primer.\nRogerEbert.com\n70 Sheri Linden\nSturdy.\nIGN\n'))[1]).toStrictEqual([]);
  });

  it('reads a date line under a block’s critic as the review’s date, as the saved page does', () => {
    const text =
      "Slant Magazine's Scores\n\nFor 1,800 reviews, this publication has graded:\n30% higher than the average critic\n12% same as the average critic\n58% lower than the average critic\n1,800 music reviews\n86 Metascore\n100 Reviewed by\nSal Cinquemani\nAug 20, 2016\nA triumph.\n45 Metascore\n10 Critic Score\nLulu is what happens when nobody says no.\n";
    // The date was read as the block's excerpt.
    expect(parse(text).page.reviews.map(({ critic, score, date, excerpt }) => [critic?.name ?? null, score, date, excerpt])).toStrictEqual([
      ['Sal Cinquemani', 100, '2016-08-20', 'A triumph.'],
      [null, 10, null, 'Lulu is what happens when nobody says no.'],
    ]);
  });
});
