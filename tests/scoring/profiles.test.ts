import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { ALL_SITES } from '../../src/sites/index.js';
import { METACRITIC, OPENCRITIC, SCORING_PROFILE_NAMES, ROTTEN_TOMATOES, STEAM, type ScoringProfile, scoreWith } from '../../src/scoring/index.js';
import { film, repeat, review, reviews } from './helpers.js';

describe('SCORING_PROFILE_NAMES', () => {
  it('returns the four profile names in order when read', () => {
    expect(SCORING_PROFILE_NAMES).toStrictEqual(['metacritic', 'rt', 'opencritic', 'steam']);
    expect(Object.isFrozen(SCORING_PROFILE_NAMES)).toBe(true);
  });
});

describe('profile data', () => {
  it('returns the published Rotten Tomatoes criteria when read', () => {
    expect(ROTTEN_TOMATOES).toStrictEqual({
      name: 'rt',
      title: 'Rotten Tomatoes',
      freshMinScore: 60,
      minReviews: 5,
      freshMinPercent: 60,
      certifiedMinPercent: 75,
      certifiedMinReviews: { wide: 80, limited: 40, tv: 20 },
      certifiedMinTopCritics: 5,
    });
  });

  it('returns OpenCritic’s tiers and recommendation threshold when read', () => {
    expect(OPENCRITIC).toStrictEqual({
      name: 'opencritic',
      title: 'OpenCritic',
      recommendedMinScore: 80,
      minReviews: 1,
      tiers: [
        { label: 'Mighty', minScore: 84, minPercentRecommended: 0 },
        { label: 'Strong', minScore: 75, minPercentRecommended: 0 },
        { label: 'Fair', minScore: 66, minPercentRecommended: 0 },
        { label: 'Weak', minScore: 0, minPercentRecommended: 0 },
      ],
    });
  });

  it('returns Steam’s ladder when read', () => {
    expect(STEAM.minReviews).toBe(10);
    expect(STEAM.ladder.map((rung) => [rung.label, rung.minPercent, rung.maxPercent, rung.minReviews, rung.maxReviews])).toStrictEqual([
      ['Overwhelmingly Positive', 95, 100, 500, null],
      ['Very Positive', 80, 100, 50, null],
      ['Positive', 80, 100, 10, 49],
      ['Mostly Positive', 70, 79, 10, null],
      ['Mixed', 40, 69, 10, null],
      ['Mostly Negative', 20, 39, 10, null],
      ['Overwhelmingly Negative', 0, 19, 500, null],
      ['Very Negative', 0, 19, 50, 499],
      ['Negative', 0, 19, 10, 49],
    ]);
  });

  it('returns deeply frozen profiles when someone tries to change them', () => {
    expect(Object.isFrozen(STEAM.ladder[0])).toBe(true);
    expect(Object.isFrozen(ROTTEN_TOMATOES.certifiedMinReviews)).toBe(true);
    expect(Object.isFrozen(OPENCRITIC.tiers)).toBe(true);
    expect(Object.isFrozen(METACRITIC)).toBe(true);
  });
});

describe('scoreWith', () => {
  describe('steam', () => {
    it.each([
      [500, 475, 'Overwhelmingly Positive'],
      [500, 473, 'Overwhelmingly Positive'], // 94.6% is displayed as 95%
      [500, 472, 'Very Positive'], // 94.4% is 94%
      [499, 499, 'Very Positive'],
      [50, 40, 'Very Positive'],
      [50, 39, 'Mostly Positive'],
      [49, 49, 'Positive'],
      [10, 8, 'Positive'],
      [10, 7, 'Mostly Positive'],
      [1000, 795, 'Very Positive'], // 79.5% is 80%
      [1000, 794, 'Mostly Positive'],
      [100, 70, 'Mostly Positive'],
      [100, 69, 'Mixed'],
      [10, 4, 'Mixed'],
      [10, 3, 'Mostly Negative'],
      [100, 20, 'Mostly Negative'],
      [100, 19, 'Very Negative'],
      [10, 1, 'Negative'],
      [49, 0, 'Negative'],
      [50, 0, 'Very Negative'],
      [499, 0, 'Very Negative'],
      [500, 95, 'Overwhelmingly Negative'],
      [500, 0, 'Overwhelmingly Negative'],
      [9, 9, '9 user reviews'],
      [1, 1, '1 user review'],
      [0, 0, 'No user reviews'],
    ])('returns the label for %i reviews of which %i positive as %s', (total, positive, label) => {
      expect(scoreWith('steam', { total, positive }).label).toBe(label);
    });

    it('returns the figures and the reason when the ladder names a summary', () => {
      expect(scoreWith('steam', { total: 600, positive: 580 })).toStrictEqual({
        profile: 'steam',
        title: 'Steam',
        label: 'Overwhelmingly Positive',
        reasons: ['97% of 600 reviews positive (580): Overwhelmingly Positive (95-100% with 500+ reviews).'],
        figures: { judged: 600, positive: 580, percentPositive: 96.66666666666667, displayedPercent: 97 },
      });
    });

    it('returns the count and why when there are fewer than 10 reviews', () => {
      expect(scoreWith('steam', reviews(90, 90, 30))).toStrictEqual({
        profile: 'steam',
        title: 'Steam',
        label: '3 user reviews',
        reasons: ['3 reviews counted: Steam names a summary from 10 and shows the count below that.'],
        figures: { judged: 3, positive: 2, percentPositive: 66.66666666666667, displayedPercent: 67 },
      });
    });

    it('returns positive for scores in the media’s positive sentiment band when the caller marks nothing', () => {
      const list = [...repeat(8, 74), ...repeat(2, 30)];
      expect(scoreWith('steam', list).label).toBe('Positive'); // 74 is positive for films
      expect(scoreWith('steam', list, { media: 'game' }).label).toBe('Negative'); // and mixed for games
      expect(scoreWith('steam', film(list, { media: 'game' })).label).toBe('Negative');
    });

    it('returns the caller’s marks when reviews are marked by position', () => {
      const list = repeat(10, null);
      expect(scoreWith('steam', list).label).toBe('No user reviews');
      expect(scoreWith('steam', list, { positive: () => true }).label).toBe('Positive');
      const marks = new Map(list.map((_, position) => [position, position < 5] as const));
      expect(scoreWith('steam', list, { positive: marks }).figures).toStrictEqual({
        judged: 10,
        positive: 5,
        percentPositive: 50,
        displayedPercent: 50,
      });
    });

    it('returns no label and says why when a custom ladder leaves a gap', () => {
      const profile: ScoringProfile = { ...STEAM, ladder: STEAM.ladder.slice(0, 2) };
      expect(scoreWith(profile, { total: 20, positive: 10 })).toStrictEqual({
        profile: 'steam',
        title: 'Steam',
        label: undefined,
        reasons: ['50% of 20 reviews positive (10): no rung of the ladder holds it.'],
        figures: { judged: 20, positive: 10, percentPositive: 50, displayedPercent: 50 },
      });
    });
  });

  describe('rt', () => {
    it.each([
      [5, 3, 'Fresh'],
      [5, 2, 'Rotten'],
      [100, 60, 'Fresh'],
      [100, 59, 'Rotten'],
      [200, 119, 'Fresh'], // 59.5% is displayed as 60%
      [200, 118, 'Rotten'],
    ])('returns the label for %i reviews of which %i fresh as %s', (total, positive, label) => {
      expect(scoreWith('rt', { total, positive }).label).toBe(label);
    });

    it('returns no Tomatometer when there are fewer than 5 reviews', () => {
      expect(scoreWith('rt', { total: 4, positive: 4 })).toStrictEqual({
        profile: 'rt',
        title: 'Rotten Tomatoes',
        label: undefined,
        reasons: ['4 reviews counted: Rotten Tomatoes shows a Tomatometer from 5.'],
        figures: {
          judged: 4,
          positive: 4,
          percentPositive: 100,
          displayedPercent: 100,
          topCritics: undefined,
          release: 'wide',
          certifiedMinReviews: 80,
        },
      });
    });

    it('returns Certified Fresh when 75% or more of 80 reviews are fresh, 5 by top critics, for a wide release', () => {
      expect(scoreWith('rt', { total: 80, positive: 60, topCritics: 5 })).toStrictEqual({
        profile: 'rt',
        title: 'Rotten Tomatoes',
        label: 'Certified Fresh',
        reasons: [
          'Tomatometer 75% (60 of 80 reviews fresh), at least 75%, with 80 reviews (at least 80 for a wide release) and 5 by top critics (at least 5).',
          'Rotten Tomatoes may still withhold the certification, and removes it below 70%: this reads the published criteria only.',
        ],
        figures: {
          judged: 80,
          positive: 60,
          percentPositive: 75,
          displayedPercent: 75,
          topCritics: 5,
          release: 'wide',
          certifiedMinReviews: 80,
        },
      });
    });

    it('returns Fresh and each missing criterion when Certified Fresh is not reached', () => {
      expect(scoreWith('rt', { total: 79, positive: 79, topCritics: 4 }).reasons).toStrictEqual([
        'Tomatometer 100% (79 of 79 reviews fresh), at least the 60% of Fresh.',
        'Not Certified Fresh: that needs 80 reviews for a wide release (there are 79), 5 reviews by top critics (there are 4).',
      ]);
      expect(scoreWith('rt', { total: 80, positive: 59, topCritics: 80 }).reasons[1]).toBe('Not Certified Fresh: that needs a Tomatometer of 75% or more.');
      expect(scoreWith('rt', { total: 100, positive: 100 }).reasons[1]).toBe(
        'Not Certified Fresh: that needs 5 reviews by top critics (top critics are not marked).',
      );
    });

    it('returns Certified Fresh from 40 reviews for a limited release and 20 for a TV season', () => {
      expect(scoreWith('rt', { total: 40, positive: 30, topCritics: 5 }).label).toBe('Fresh');
      expect(scoreWith('rt', { total: 40, positive: 30, topCritics: 5 }, { release: 'limited' }).label).toBe('Certified Fresh');
      expect(scoreWith('rt', { total: 39, positive: 30, topCritics: 5 }, { release: 'limited' }).label).toBe('Fresh');
      expect(scoreWith('rt', { total: 20, positive: 15, topCritics: 5 }, { release: 'tv' }).label).toBe('Certified Fresh');
      expect(scoreWith('rt', { total: 20, positive: 15, topCritics: 5 }, { media: 'tv' }).figures.release).toBe('tv');
    });

    it('returns fresh for reviews scored 60 or more when the caller marks nothing, and skips unscored ones', () => {
      const result = scoreWith('rt', reviews(60, 59, 100, 0, 75, null));
      expect(result.figures).toStrictEqual({
        judged: 5,
        positive: 3,
        percentPositive: 60,
        displayedPercent: 60,
        topCritics: undefined,
        release: 'wide',
        certifiedMinReviews: 80,
      });
      expect(result.label).toBe('Fresh');
    });

    it('returns the caller’s fresh marks and top critics when given as a predicate, a Map and a Set', () => {
      const list = [
        ...Array.from({ length: 36 }, (_, i) => review(null, { critic: `Critic ${i}` })),
        ...Array.from({ length: 4 }, (_, i) => review(20, { critic: `Top ${i}` })),
      ];
      const fresh = new Map(list.map((_, position) => [position, position < 30] as const));
      const top = new Set(['Critic 0', 'Critic 1', 'Top 0', 'Top 1', 'Top 2']);
      const result = scoreWith('rt', list, { positive: fresh, topCritics: top, release: 'limited' });
      expect([result.label, result.figures.positive, result.figures.judged, result.figures.topCritics]).toStrictEqual(['Certified Fresh', 30, 40, 5]);
      const byName = scoreWith('rt', list, {
        positive: (item) => (item.critic?.name.startsWith('Critic') === true ? true : undefined),
        topCritics: (item) => item.critic?.name.startsWith('Top') === true,
        release: 'limited',
      });
      expect([byName.label, byName.figures.positive, byName.figures.judged, byName.figures.topCritics]).toStrictEqual(['Fresh', 36, 40, 4]);
    });

    it("returns the page's own Fresh, Rotten and Top Critic marks where it prints them, before the score, and the caller's before those", () => {
      const { page } = parse(readFileSync(join(import.meta.dirname, '..', 'sites', 'flixster', '300-rt-flixster-the-critic.txt'), 'utf8'), {
        sites: ALL_SITES,
      });
      expect(page.reviews.map((item) => item.freshness)).toStrictEqual(['fresh', 'rotten', 'fresh', 'fresh', 'rotten', 'rotten', 'fresh']);
      const result = scoreWith('rt', page);
      expect([result.label, result.figures.positive, result.figures.judged]).toStrictEqual(['Rotten', 4, 7]);
      expect(result.reasons).toStrictEqual(['Tomatometer 57% (4 of 7 reviews fresh), below the 60% of Fresh.']);
      // A mark beats a score: a fresh review scored 20 is fresh, a rotten one scored 90 is not.
      const marked = [
        ...Array.from({ length: 16 }, () => ({ ...review(20), freshness: 'fresh' as const, topCritic: false })),
        ...Array.from({ length: 4 }, () => ({ ...review(90), freshness: 'rotten' as const, topCritic: false })),
        ...Array.from({ length: 5 }, () => ({ ...review(null), freshness: 'fresh' as const, topCritic: true })),
      ];
      const tv = scoreWith('rt', marked, { release: 'tv' });
      expect([tv.label, tv.figures.positive, tv.figures.judged, tv.figures.topCritics]).toStrictEqual(['Certified Fresh', 21, 25, 5]);
      const overruled = scoreWith('rt', marked, { release: 'tv', positive: () => false, topCritics: () => false });
      expect([overruled.label, overruled.figures.positive, overruled.figures.topCritics]).toStrictEqual(['Rotten', 0, 0]);
    });

    it('returns the caller’s criteria when a custom profile changes them', () => {
      const strict = { ...ROTTEN_TOMATOES, freshMinScore: 70, freshMinPercent: 70 };
      expect(scoreWith(strict, reviews(65, 70, 70, 70, 70)).label).toBe('Fresh'); // 80%
      expect(scoreWith(strict, reviews(65, 65, 70, 70, 70)).label).toBe('Rotten'); // 60%, Fresh by default
      expect(scoreWith('rt', reviews(65, 65, 70, 70, 70)).label).toBe('Fresh');
    });
  });

  describe('opencritic', () => {
    it.each([
      [84, 'Mighty'],
      [83.5, 'Mighty'], // displayed as 84
      [83.4, 'Strong'],
      [75, 'Strong'],
      [74.5, 'Strong'],
      [74.4, 'Fair'],
      [66, 'Fair'],
      [65.4, 'Weak'],
      [0, 'Weak'],
    ])('returns the tier of a mean of %d as %s', (mean, label) => {
      expect(scoreWith('opencritic', { total: 10, positive: 5, mean }).label).toBe(label);
    });

    it('returns the unweighted mean, the percentage recommending (80 or more) and the tier with its reason', () => {
      expect(scoreWith('opencritic', reviews(80, 79, 95, null))).toStrictEqual({
        profile: 'opencritic',
        title: 'OpenCritic',
        label: 'Mighty',
        reasons: ['Average 85 (the mean of 3 scores, 84.67), 67% of 3 critics recommend: Mighty, from 84.'],
        figures: {
          scored: 3,
          mean: 84.66666666666667,
          score: 85,
          averageOf: 'all-critics',
          judged: 3,
          recommended: 2,
          percentRecommended: 66.66666666666667,
          displayedPercentRecommended: 67,
        },
      });
    });

    it('returns the Top Critic Average when top critics are marked', () => {
      const list = [review(90, { critic: 'Top' }), review(60, { critic: 'Other' })];
      const result = scoreWith('opencritic', list, { topCritics: new Set(['Top']) });
      expect([result.label, result.figures.averageOf, result.figures.score, result.figures.judged]).toStrictEqual(['Mighty', 'top-critics', 90, 2]);
      expect(result.reasons[0]).toBe(
        'Top Critic Average 90 (the mean of 1 top-critic score, 90; 1 other scored review, not by top critics, not averaged), 50% of 2 critics recommend: Mighty, from 84.',
      );
    });

    it("returns the Top Critic Average of the page's own Top Critic marks where it prints them, and every critic's where it never does", () => {
      const marked = [
        { ...review(90), topCritic: true },
        { ...review(100), topCritic: true },
        { ...review(50), topCritic: false },
      ];
      const result = scoreWith('opencritic', film(marked));
      expect([result.label, result.figures.averageOf, result.figures.score, result.figures.scored, result.figures.judged]).toStrictEqual([
        'Mighty',
        'top-critics',
        95,
        2,
        3,
      ]);
      expect(result.reasons[0]).toBe(
        'Top Critic Average 95 (the mean of 2 top-critic scores, 95; 1 other scored review, not by top critics, not averaged), 67% of 3 critics recommend: Mighty, from 84.',
      );
      // A page that marks reviews but no top critic: no Top Critic Average, and the reason names the reviews left out.
      const none = scoreWith('opencritic', film(marked.map((item) => ({ ...item, topCritic: false }))));
      expect([none.label, none.reasons]).toStrictEqual([
        undefined,
        ['0 scored top-critic reviews; 3 other scored reviews, not by top critics, not averaged: OpenCritic names a tier from 1.'],
      ]);
      // The caller's marks win over the page's; a page that never shows the marks is averaged whole.
      expect(scoreWith('opencritic', film(marked), { topCritics: () => true }).figures.score).toBe(80);
      expect(scoreWith('opencritic', film(marked.map((item) => ({ ...item, topCritic: null })))).figures).toMatchObject({
        averageOf: 'all-critics',
        score: 80,
      });
    });

    it('returns a lower tier when a tier’s percentage recommending is not reached', () => {
      const picky = {
        ...OPENCRITIC,
        tiers: [{ label: 'Mighty', minScore: 84, minPercentRecommended: 80 }, ...OPENCRITIC.tiers.slice(1)],
      };
      expect(scoreWith(picky, { total: 10, positive: 7, mean: 90 }).label).toBe('Strong');
      expect(scoreWith(picky, { total: 10, positive: 8, mean: 90 }).reasons[0]).toBe(
        'Average 90 (the mean of 10 scores, 90), 80% of 10 critics recommend: Mighty, from 84 with 80% recommending.',
      );
    });

    it('returns no tier and says why when no review has a score', () => {
      expect(scoreWith('opencritic', reviews(null)).label).toBeUndefined();
      expect(scoreWith('opencritic', reviews(null)).reasons).toStrictEqual(['0 scored reviews: OpenCritic names a tier from 1.']);
      expect(scoreWith('opencritic', { total: 0, positive: 0 }).label).toBeUndefined();
    });
  });

  describe('metacritic', () => {
    it('returns the verdict of the mean rounded half up when there are at least 4 scored reviews', () => {
      expect(scoreWith('metacritic', reviews(80, 81, 81, 80))).toStrictEqual({
        profile: 'metacritic',
        title: 'Metacritic',
        label: 'Universal acclaim',
        reasons: ['The mean of 4 scores is 80.5, rounded half up to 81: "Universal acclaim" (81-100).'],
        figures: { scored: 4, mean: 80.5, weighted: false, printedMetascore: undefined, metascore: 81, bandSet: 'default' },
      });
    });

    it('returns the game bands when the media is a game', () => {
      const result = scoreWith('metacritic', film(reviews(85, 85, 85, 85), { media: 'game' }));
      expect([result.label, result.figures.bandSet, result.reasons[0]]).toStrictEqual([
        'Generally favorable reviews',
        'game',
        'The mean of 4 scores is 85, rounded half up to 85: "Generally favorable reviews" (75-89 for games).',
      ]);
    });

    it('returns tbd when fewer than 4 reviews have a score', () => {
      expect(scoreWith('metacritic', reviews(90, 90, 90, null))).toStrictEqual({
        profile: 'metacritic',
        title: 'Metacritic',
        label: 'tbd',
        reasons: ['3 scored reviews: Metacritic gives a Metascore from 4, so it shows "tbd".'],
        figures: { scored: 3, mean: 90, weighted: false, printedMetascore: undefined, metascore: undefined, bandSet: 'default' },
      });
      expect(scoreWith('metacritic', []).reasons).toStrictEqual(['No review has a score, so there is no Metascore yet ("tbd").']);
    });

    it('returns the printed Metascore’s verdict when the page prints one', () => {
      const result = scoreWith('metacritic', film(reviews(40), { metascore: 72 }));
      expect(result).toStrictEqual({
        profile: 'metacritic',
        title: 'Metacritic',
        label: 'Generally favorable reviews',
        reasons: [
          'The page prints the Metascore 72, which is "Generally favorable reviews" (61-80).',
          "The mean of the 1 listed score is 40; Metacritic's own figure covers all its reviews, with weights it does not publish.",
        ],
        figures: { scored: 1, mean: 40, weighted: false, printedMetascore: 72, metascore: 72, bandSet: 'default' },
      });
    });

    it('returns the weighted mean, through aggregate, when weights are given', () => {
      const list = [
        review(90, { publication: 'Variety' }),
        review(60, { publication: 'Empire' }),
        review(60, { publication: 'Empire' }),
        review(60, { publication: 'Empire' }),
      ];
      const weights = { by: 'publication', values: new Map([['Variety', 3]]) } as const;
      const result = scoreWith('metacritic', list, { weights });
      expect([result.label, result.figures.mean, result.figures.weighted, result.figures.metascore]).toStrictEqual([
        'Generally favorable reviews',
        75,
        true,
        75,
      ]);
      expect(scoreWith('metacritic', list, { weights: { ...weights, values: new Map(), defaultWeight: 0 } }).reasons).toStrictEqual([
        'Every weight is 0, so there is no weighted mean.',
      ]);
    });

    it('returns the tally’s mean when given a tally', () => {
      expect(scoreWith('metacritic', { total: 12, mean: 60.5 }).label).toBe('Generally favorable reviews');
      expect(scoreWith('metacritic', { total: 3, mean: 90 }).label).toBe('tbd');
      expect(scoreWith({ ...METACRITIC, minReviews: 3 }, { total: 3, mean: 90 }).label).toBe('Universal acclaim');
    });
  });

  describe('caller mistakes', () => {
    it('throws a TypeError naming the accepted names when the profile name is unknown', () => {
      expect(() => scoreWith('imdb' as never, [])).toThrow(
        new TypeError('scoreWith: profile must be one of "metacritic", "rt", "opencritic", "steam" or a profile object; got "imdb".'),
      );
      expect(() => scoreWith({ ...STEAM, name: 'x' } as never, [])).toThrow(TypeError);
    });

    it('throws naming the field when a custom profile is malformed', () => {
      expect(() => scoreWith({ ...ROTTEN_TOMATOES, freshMinPercent: 120 }, [])).toThrow(
        new RangeError('scoreWith: profile.freshMinPercent must be a percentage from 0 to 100; got 120.'),
      );
      expect(() => scoreWith({ ...ROTTEN_TOMATOES, certifiedMinReviews: { wide: 80, limited: 40 } } as never, [])).toThrow(
        new TypeError('scoreWith: profile.certifiedMinReviews.tv must be a non-negative integer; got undefined.'),
      );
      expect(() =>
        scoreWith(
          {
            ...OPENCRITIC,
            tiers: [
              { label: 'Weak', minScore: 0, minPercentRecommended: 0 },
              { label: 'Mighty', minScore: 84, minPercentRecommended: 0 },
            ],
          },
          [],
        ),
      ).toThrow(RangeError);
      expect(() => scoreWith({ ...OPENCRITIC, tiers: [{ label: 'Mighty', minScore: 84, minPercentRecommended: 0 }] }, [])).toThrow(
        new RangeError(
          'scoreWith: profile.tiers must end with a tier for every score (minScore 0 and minPercentRecommended 0); got minScore 84 and minPercentRecommended 0.',
        ),
      );
      expect(() => scoreWith({ ...STEAM, ladder: [{ label: 'X', minPercent: 50, maxPercent: 40, minReviews: 0, maxReviews: null }] }, [])).toThrow(
        new RangeError('scoreWith: profile.ladder[0].minPercent must be at most its maxPercent (40); got 50.'),
      );
      expect(() => scoreWith({ ...METACRITIC, verdictBands: { default: [], game: METACRITIC.verdictBands.game } }, [])).toThrow(RangeError);
      expect(() => scoreWith({ ...METACRITIC, title: 7 } as never, [])).toThrow(TypeError);
      expect(() => scoreWith({ ...OPENCRITIC, tiers: [] }, [])).toThrow(TypeError);
      expect(() => scoreWith({ ...OPENCRITIC, tiers: [{ label: 1, minScore: 0, minPercentRecommended: 0 }] } as never, [])).toThrow(
        new TypeError('scoreWith: profile.tiers[0].label must be a string; got 1.'),
      );
      expect(() => scoreWith({ ...STEAM, ladder: 'x' } as never, [])).toThrow(TypeError);
      expect(() => scoreWith({ ...STEAM, ladder: [null] } as never, [])).toThrow(TypeError);
      expect(() => scoreWith({ ...STEAM, ladder: [{ label: 'X', minPercent: 0, maxPercent: 100, minReviews: 50, maxReviews: 10 }] }, [])).toThrow(
        new RangeError('scoreWith: profile.ladder[0].minReviews must be at most its maxReviews (10); got 50.'),
      );
      expect(() => scoreWith({ ...METACRITIC, verdictBands: { default: METACRITIC.verdictBands.default } } as never, [])).toThrow(
        new TypeError('scoreWith: profile.verdictBands.game must be an array of { label, min, max } objects; got undefined.'),
      );
      expect(() => scoreWith({ ...ROTTEN_TOMATOES, minReviews: 2.5 }, [])).toThrow(RangeError);
      expect(() => scoreWith(42 as never, [])).toThrow(TypeError);
    });

    it('throws a TypeError when the input is no page, reviews or tally', () => {
      expect(() => scoreWith('rt', 'page' as never)).toThrow(
        new TypeError('scoreWith: input must be a parsed page, an array of reviews or a tally { total, positive?, mean?, topCritics? }; got "page".'),
      );
    });

    it('throws when a tally is inconsistent or lacks a figure the profile needs', () => {
      expect(() => scoreWith('rt', { total: 5, positive: 6 })).toThrow(new RangeError('scoreWith: tally.positive must be at most tally.total (5); got 6.'));
      expect(() => scoreWith('rt', { total: 5 })).toThrow(new TypeError('scoreWith: tally.positive must be a number for the rt profile; got undefined.'));
      expect(() => scoreWith('metacritic', { total: 5 })).toThrow(
        new TypeError('scoreWith: tally.mean must be a number for the metacritic profile; got undefined.'),
      );
      expect(() => scoreWith('rt', { total: 5, positive: 1, count: 3 } as never)).toThrow(TypeError);
      expect(() => scoreWith('rt', { total: 5, positive: 1 }, { positive: () => true })).toThrow(
        new TypeError('scoreWith: input must be a page or reviews with option positive, which marks reviews; got a tally.'),
      );
    });

    it('throws naming the option when an option is unknown or of the wrong type', () => {
      expect(() => scoreWith('rt', [], { fresh: () => true } as never)).toThrow(
        new TypeError('scoreWith: each option must be one of media, positive, topCritics, release, weights; got "fresh".'),
      );
      expect(() => scoreWith('rt', [], { release: 'streaming' as never })).toThrow(
        new TypeError('scoreWith: option release must be "wide", "limited" or "tv"; got "streaming".'),
      );
      expect(() => scoreWith('rt', [], { topCritics: ['A'] as never })).toThrow(TypeError);
      expect(() => scoreWith('rt', reviews(50), { positive: () => 'yes' as never })).toThrow(
        new TypeError('scoreWith: option positive must return true, false or undefined; got "yes" for the review at position 0.'),
      );
      expect(() => scoreWith('rt', [], { positive: new Map([[-1, true]]) })).toThrow(TypeError);
      expect(() => scoreWith('rt', [], { positive: new Map([[0, 'yes']]) as never })).toThrow(TypeError);
      expect(() => scoreWith('rt', [], { positive: [true] as never })).toThrow(TypeError);
      expect(() => scoreWith('rt', reviews(70), { topCritics: () => 1 as never })).toThrow(
        new TypeError('scoreWith: option topCritics must return true or false; got 1 for the review at position 0.'),
      );
      expect(() => scoreWith('rt', [], { topCritics: new Set([1]) as never })).toThrow(TypeError);
      expect(() => scoreWith('metacritic', [], { weights: 'heavy' as never })).toThrow(TypeError);
      expect(() => scoreWith('rt', [], new Map() as never)).toThrow(TypeError);
      expect(() => scoreWith('steam', [], { media: 'book' as never })).toThrow(RangeError);
    });

    it('throws a RangeError naming the review when a score is outside 0-100', () => {
      expect(() => scoreWith('steam', reviews(101))).toThrow(new RangeError('scoreWith: reviews[0].score must be from 0 to 100 or null; got 101.'));
    });
  });
});
