import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { Band } from '../../src/classify/index.js';
import { type NameSummary, summarizeCritics, summarizePublications } from '../../src/stats/index.js';
import type { Page, Sentiment } from '../../src/types/page.js';
import { corpusPage, film, profilePage, review } from './helpers.js';

const NO_SCORES = { positive: 0, mixed: 0, negative: 0 };

describe('summarizeCritics', () => {
  it('returns one critic with 2 reviews when V.A. Musetto appears on two title pages (000 and 006)', () => {
    // 000 lists 11 reviews: 10 named critics (Staff among them) and one with no critic; 006 lists 3 named.
    // Critics: 10 + Nick Schager + Scott Tobias (V.A. Musetto is in both) = 12; reviews 11 + 3 = 14; unattributed 1.
    const { critics, reviewCount, unattributed } = summarizeCritics([corpusPage('000'), corpusPage('006')]);
    expect([critics.length, reviewCount, unattributed]).toStrictEqual([12, 14, 1]);
    expect(critics[0]).toStrictEqual({
      name: 'V.A. Musetto',
      key: 'v.a. musetto',
      spellings: ['V.A. Musetto'],
      count: 2,
      scoredCount: 0,
      mean: undefined,
      median: undefined,
      distribution: NO_SCORES,
      vsMetascore: undefined,
    });
    // Every other critic has one review: sorted by key in code-unit order.
    expect(critics.slice(1).map((critic) => critic.key)).toStrictEqual([
      "andrew o'hehir",
      'anita gates',
      'dennis lim',
      'ethan gilsdorf',
      'gunnar rehlin',
      'nick schager',
      'noel murray',
      'robert abele',
      'scott tobias',
      'staff',
      'wendy richmond',
    ]);
  });

  it('returns one critic across a title page and a publication profile when Ty Burr appears on both (017 and 035)', () => {
    // 017: Ty Burr, no score, no Metascore. 035 (Boston Globe, movies): Ty Burr 25 vs 32, 25 vs 36, 25 vs 37.
    // Count 4, scored 3, mean (25 + 25 + 25) ÷ 3 = 25, median 25; 25 is negative (movie bands: 0-39).
    // Differences −7, −11, −12 → −30 ÷ 3 = −10; lower 3 of 3 = 100%.
    const { critics } = summarizeCritics([corpusPage('017'), corpusPage('035')]);
    const burr = critics.find((critic) => critic.key === 'ty burr');
    expect(burr).toStrictEqual({
      name: 'Ty Burr',
      key: 'ty burr',
      spellings: ['Ty Burr'],
      count: 4,
      scoredCount: 3,
      mean: 25,
      median: 25,
      distribution: { positive: 0, mixed: 0, negative: 3 },
      vsMetascore: {
        reviewCount: 4,
        comparedCount: 3,
        skipped: { noScore: 1, tbd: 0, noMetascore: 0 },
        higher: 0,
        same: 0,
        lower: 3,
        fractionHigher: 0,
        fractionSame: 0,
        fractionLower: 1,
        percentHigher: 0,
        percentSame: 0,
        percentLower: 100,
        meanDifference: -10,
        pointsVsAverage: -10,
      },
    });
  });

  it("returns the critic's statistics when the page is a critic profile (031)", () => {
    // Sheri Linden: 80, 90, 70, 80 → mean 320 ÷ 4 = 80, median (80 + 80) ÷ 2 = 80; all positive (TV bands).
    const [linden] = summarizeCritics([corpusPage('031')]).critics;
    expect(linden?.name).toBe('Sheri Linden');
    expect([linden?.count, linden?.mean, linden?.median]).toStrictEqual([4, 80, 80]);
    expect(linden?.distribution).toStrictEqual({ positive: 4, mixed: 0, negative: 0 });
    expect([linden?.vsMetascore?.comparedCount, linden?.vsMetascore?.pointsVsAverage]).toStrictEqual([3, 9.7]);
  });

  it('returns one critic with every spelling when names differ in case, spacing and apostrophes', () => {
    const pages = [
      film([review({ critic: "Andrew O'Hehir", score: 80 })]),
      film([review({ critic: 'Andrew O\u2019Hehir', score: 60 })]),
      film([review({ critic: 'ANDREW  O\u2019HEHIR', score: 70 })]),
    ];
    const { critics } = summarizeCritics(pages);
    expect(critics.map((critic) => [critic.name, critic.key, critic.spellings, critic.count, critic.mean])).toStrictEqual([
      ["Andrew O'Hehir", "andrew o'hehir", ["Andrew O'Hehir", 'Andrew O\u2019Hehir', 'ANDREW O\u2019HEHIR'], 3, 70],
    ]);
  });

  it('returns one Staff critic per publication when Staff write for different publications', () => {
    const pages = [
      film([review({ critic: 'Staff', credited: false, publication: 'Variety', score: 80 })]),
      film([
        review({ critic: 'Staff', publication: 'variety', score: 60 }),
        review({ critic: 'Staff', credited: false, publication: 'Boston Globe', score: 40 }),
        review({ critic: 'Staff', credited: false, score: 20 }),
      ]),
    ];
    const { critics } = summarizeCritics(pages);
    expect(critics.map((critic) => [critic.key, critic.name, critic.count, critic.mean])).toStrictEqual([
      ['staff (variety)', 'Staff (Variety)', 2, 70],
      ['staff', 'Staff', 1, 20],
      ['staff (boston globe)', 'Staff (Boston Globe)', 1, 40],
    ]);
  });

  it('returns critics named like prototype properties as ordinary critics', () => {
    const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '__proto__'];
    const { critics, unattributed } = summarizeCritics([
      film(names.map((critic, index) => review({ critic, publication: names[4 - index] ?? null, score: 50 + index } as never))),
    ]);
    expect(critics.map((critic) => [critic.key, critic.count])).toStrictEqual([
      ['__proto__', 2],
      ['constructor', 1],
      ['hasownproperty', 1],
      ['tostring', 1],
    ]);
    expect(unattributed).toBe(0);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(Object.hasOwn(Object.prototype, 'count')).toBe(false);
  });

  it("uses the title page's Metascore for its reviews when the page prints one", () => {
    // Metascore 70: 80 is +10 (higher), 60 is −10 (lower), the unscored review is skipped. Mean 0 ÷ 2 = 0.
    const page = film([review({ critic: 'A', score: 80 }), review({ critic: 'A', score: 60 }), review({ critic: 'A', score: null })], { metascore: 70 });
    const [a] = summarizeCritics([page]).critics;
    expect(a?.vsMetascore).toStrictEqual({
      reviewCount: 3,
      comparedCount: 2,
      skipped: { noScore: 1, tbd: 0, noMetascore: 0 },
      higher: 1,
      same: 0,
      lower: 1,
      fractionHigher: 0.5,
      fractionSame: 0,
      fractionLower: 0.5,
      percentHigher: 50,
      percentSame: 0,
      percentLower: 50,
      meanDifference: 0,
      pointsVsAverage: 0,
    });
  });

  it("returns vsMetascore undefined when the title page prints no Metascore (the seed's reviews)", () => {
    const critics = summarizeCritics([corpusPage('000')]).critics;
    expect(critics.every((critic) => critic.vsMetascore === undefined)).toBe(true);
  });

  it("keeps a profile review's own tbd Metascore rather than any page Metascore", () => {
    const page = profilePage('critic', [review({ critic: 'B', score: 80, metascore: 'tbd' })], { name: 'B' });
    const [b] = summarizeCritics([page]).critics;
    expect(b?.vsMetascore).toBeUndefined();
    expect(b?.count).toBe(1);
  });

  it("attributes a critic profile's unnamed reviews to the profile's critic", () => {
    const page = profilePage('critic', [review({ score: 70, metascore: 60 }), review({ critic: 'Jane Roe', score: 50 })], {
      name: 'Jane  Roe',
    });
    const { critics, unattributed } = summarizeCritics([page]);
    expect(critics.map((critic) => [critic.name, critic.spellings, critic.count])).toStrictEqual([['Jane Roe', ['Jane Roe'], 2]]);
    expect(unattributed).toBe(0);
  });

  it("classifies each review with its own page's bands when pages have different media", () => {
    // 70 is mixed in the game bands (50-74) and positive in the movie bands (61-100).
    const pages = [film([review({ critic: 'C', score: 70 })], { media: 'game' }), film([review({ critic: 'C', score: 70 })], { media: 'movie' })];
    expect(summarizeCritics(pages).critics[0]?.distribution).toStrictEqual({ positive: 1, mixed: 1, negative: 0 });
    expect(summarizeCritics(pages, { media: 'game' }).critics[0]?.distribution).toStrictEqual({ positive: 0, mixed: 2, negative: 0 });
    const twoBands: Band<Sentiment>[] = [
      { label: 'positive', min: 70, max: 100 },
      { label: 'negative', min: 0, max: 69 },
    ];
    expect(summarizeCritics(pages, { sentimentBands: twoBands }).critics[0]?.distribution).toStrictEqual({
      positive: 2,
      mixed: 0,
      negative: 0,
    });
  });

  it('returns critics sorted by count descending, then by key', () => {
    const page = film([review({ critic: 'Zed' }), review({ critic: 'bob' }), review({ critic: 'Bob' }), review({ critic: 'Amy' })]);
    expect(summarizeCritics([page]).critics.map((critic) => [critic.key, critic.count])).toStrictEqual([
      ['bob', 2],
      ['amy', 1],
      ['zed', 1],
    ]);
  });

  it('returns unattributed reviews when no critic is printed or the name is blank', () => {
    const page = film([review({ score: 80 }), review({ critic: ' \u00a0 ', score: 70 }), review({ critic: 'D', score: 60 })]);
    const result = summarizeCritics([page]);
    expect([result.reviewCount, result.unattributed, result.critics.length]).toStrictEqual([3, 2, 1]);
  });

  it('returns the median of the two middle scores when the count is even', () => {
    // 40, 60, 70, 90 → (60 + 70) ÷ 2 = 65; mean 260 ÷ 4 = 65.
    const page = film([40, 90, 60, 70].map((score) => review({ critic: 'E', score })));
    const [e] = summarizeCritics([page]).critics;
    expect([e?.median, e?.mean, e?.scoredCount]).toStrictEqual([65, 65, 4]);
  });

  it('returns nothing when there are no pages', () => {
    expect(summarizeCritics([])).toStrictEqual({ critics: [], reviewCount: 0, unattributed: 0 });
  });

  it('throws a TypeError when pages is not an array', () => {
    expect(() => summarizeCritics(corpusPage('000') as unknown as Page[])).toThrow(
      new TypeError('summarizeCritics: pages must be an array of parsed pages; got an object.'),
    );
  });

  it('throws a TypeError naming the option when an option is unknown or of the wrong type', () => {
    expect(() => summarizeCritics([], { bands: [] } as never)).toThrow(
      new TypeError('summarizeCritics: each option must be one of media, sentimentBands; got "bands".'),
    );
    expect(() => summarizeCritics([], { media: 'book' } as never)).toThrow(
      new RangeError('summarizeCritics: option media must be one of "movie", "tv", "music", "game"; got "book".'),
    );
  });

  it('throws a RangeError naming the option when custom bands leave a gap', () => {
    const gap: Band<Sentiment>[] = [
      { label: 'positive', min: 50, max: 100 },
      { label: 'negative', min: 0, max: 40 },
    ];
    expect(() => summarizeCritics([], { sentimentBands: gap })).toThrow(
      /^summarizeCritics: option sentimentBands must leave no score out; got 41-49 in no band/u,
    );
  });

  it('throws a RangeError naming the page and review when a score is outside 0-100', () => {
    expect(() => summarizeCritics([film([]), film([review({ score: 150 })])])).toThrow(
      new RangeError('summarizeCritics: pages[1].reviews[0].score must be from 0 to 100 or null; got 150.'),
    );
  });

  it('throws a TypeError naming the page when it is not a parsed page', () => {
    expect(() => summarizeCritics([{ kind: 'book', reviews: [] } as unknown as Page])).toThrow(
      new TypeError('summarizeCritics: pages[0].kind must be "film", "critic" or "publication"; got "book".'),
    );
    expect(() => summarizeCritics([{ ...film([]), reviews: [{ ...review(), critic: { name: 7 } }] } as unknown as Page])).toThrow(
      new TypeError('summarizeCritics: pages[0].reviews[0].critic.name must be a string; got 7.'),
    );
  });

  const arbitraryName = fc.oneof(
    fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'Staff', 'Staff [Not Credited]', ' ', 'A. B.', 'a b'),
    fc.string({ maxLength: 6 }),
  );
  const arbitraryPage: fc.Arbitrary<Page> = fc
    .array(
      fc.record({
        critic: fc.option(arbitraryName, { nil: undefined }),
        publication: fc.option(arbitraryName, { nil: undefined }),
        score: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
      }),
      { maxLength: 8 },
    )
    .map((facts) => film(facts.map((fact) => review(fact as never))));

  test.prop([fc.array(arbitraryPage, { maxLength: 4 })])(
    'returns entries whose counts and the unattributed add up to every review, with unique keys in order',
    (pages) => {
      for (const result of [summarizeCritics(pages), summarizePublications(pages)]) {
        const entries: readonly NameSummary[] = 'critics' in result ? result.critics : result.publications;
        const total = entries.reduce((sum, entry) => sum + entry.count, 0);
        expect(total + result.unattributed).toBe(result.reviewCount);
        expect(new Set(entries.map((entry) => entry.key)).size).toBe(entries.length);
        for (let i = 1; i < entries.length; i++) {
          const [before, after] = [entries[i - 1], entries[i]] as [NameSummary, NameSummary];
          expect(before.count > after.count || (before.count === after.count && before.key < after.key)).toBe(true);
        }
      }
    },
  );
});

describe('summarizePublications', () => {
  it('returns one entry per publication profile when given the corpus profile pages', () => {
    // 035 Boston Globe lists 11, 037 The Observer (UK) 10, 039 Empire 8; 033 ActionTrip prints no name (6 unattributed);
    // 031 is a critic profile with no publication printed (4 unattributed).
    const pages = ['031', '033', '035', '037', '039'].map(corpusPage);
    const { publications, reviewCount, unattributed } = summarizePublications(pages);
    expect(publications.map((entry) => [entry.name, entry.key, entry.count, entry.scoredCount])).toStrictEqual([
      ['Boston Globe', 'boston globe', 11, 4],
      ['The Observer (UK)', 'the observer (uk)', 10, 10],
      ['Empire', 'empire', 8, 5],
    ]);
    expect([reviewCount, unattributed]).toStrictEqual([4 + 6 + 11 + 10 + 8, 4 + 6]);
  });

  it("returns Empire's statistics computed by hand (039)", () => {
    // Scores 80, 80, 100, 60, 100 against 71, 83, 95, 49, 63.
    // Mean 420 ÷ 5 = 84; sorted 60, 80, 80, 100, 100 → median 80. Movie bands: 60 mixed, the rest positive.
    // Differences +9, −3, +5, +11, +37 = 59 → 59 ÷ 5 = 11.8. Higher 4 (80%), lower 1 (20%).
    const [empire] = summarizePublications([corpusPage('039')]).publications;
    expect(empire).toStrictEqual({
      name: 'Empire',
      key: 'empire',
      spellings: ['Empire'],
      count: 8,
      scoredCount: 5,
      mean: 84,
      median: 80,
      distribution: { positive: 4, mixed: 1, negative: 0 },
      vsMetascore: {
        reviewCount: 8,
        comparedCount: 5,
        skipped: { noScore: 3, tbd: 0, noMetascore: 0 },
        higher: 4,
        same: 0,
        lower: 1,
        fractionHigher: 0.8,
        fractionSame: 0,
        fractionLower: 0.2,
        percentHigher: 80,
        percentSame: 0,
        percentLower: 20,
        meanDifference: 11.8,
        pointsVsAverage: 11.8,
      },
    });
  });

  it('returns one publication when its name is spelled differently on title and profile pages', () => {
    const pages = [
      film([review({ publication: 'The Observer  (UK)', score: 80 })], { metascore: 70 }),
      profilePage('publication', [review({ score: 40, metascore: 50 })], { name: 'The Observer (UK)' }),
    ];
    const [observer] = summarizePublications(pages).publications;
    expect([observer?.name, observer?.spellings, observer?.count, observer?.vsMetascore?.meanDifference]).toStrictEqual([
      'The Observer (UK)',
      ['The Observer (UK)'],
      2,
      0, // (+10 − 10) ÷ 2
    ]);
  });

  it('returns publications named like prototype properties as ordinary publications', () => {
    const page = film(['__proto__', 'constructor', 'toString', 'constructor'].map((publication) => review({ publication })));
    expect(summarizePublications([page]).publications.map((entry) => [entry.key, entry.count])).toStrictEqual([
      ['constructor', 2],
      ['__proto__', 1],
      ['tostring', 1],
    ]);
  });

  it('throws a TypeError naming the option when an option is unknown', () => {
    expect(() => summarizePublications([], { sort: 'name' } as never)).toThrow(
      new TypeError('summarizePublications: each option must be one of media, sentimentBands; got "sort".'),
    );
  });
});
