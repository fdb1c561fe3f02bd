import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import * as scoring from '../../src/scoring/index.js';
import { SCORING_PROFILE_NAMES, ROTTEN_TOMATOES, describeScoring, scoreWith, wilsonInterval } from '../../src/scoring/index.js';
import { film, repeat, reviews } from './helpers.js';

const corpus = join(import.meta.dirname, '..', 'fixtures', 'corpus');
const seed = parse(readFileSync(join(corpus, '000-movie-pusher-seed.txt'), 'utf8')).page;
const toyStory = parse(readFileSync(join(corpus, '008-movie-toy-story.txt'), 'utf8')).page;

describe('describeScoring', () => {
  it('scores a page by the game bands when only those fit its printed Metascore and verdict, as aggregate does', () => {
    const page = { ...film(reviews(70, 72, 65, 80), { metascore: 72 }), verdict: 'Mixed or average reviews' };
    const described = describeScoring(page, 'metacritic');
    expect(described.label).toBe('Mixed or average reviews');
    expect(described.reasons[0]).toBe('The page prints the Metascore 72, which is "Mixed or average reviews" (50-74 for games).');
    expect(described.text.endsWith('1 of 4 positive; Wilson interval (z = 1.96): 4.6%-69.9%.')).toBe(true);
    expect(scoreWith('metacritic', page, { media: 'movie' }).label).toBe('Generally favorable reviews');
  });

  it('throws naming describeScoring or scoreWith, not aggregate, for malformed weights', () => {
    const page = film(reviews(80, 70));
    const weights = { by: 'outlet', values: {} } as never;
    expect(() => describeScoring(page, 'metacritic', { weights })).toThrow(
      new TypeError('describeScoring: option weights.by must be "publication" or "critic"; got "outlet".'),
    );
    expect(() => scoreWith('metacritic', page, { weights: { by: 'critic', values: { A: Number.NaN } } })).toThrow(
      new RangeError('scoreWith: option weights.values["A"] must be a finite, non-negative number; got NaN.'),
    );
  });

  it('returns one line and the structured result when a parsed page is described under each profile', () => {
    expect(SCORING_PROFILE_NAMES.map((name) => describeScoring(seed, name).label)).toStrictEqual(['tbd', undefined, 'Strong', '1 user review']);
    const described = describeScoring(seed, 'metacritic');
    expect(described).toStrictEqual({
      profile: 'metacritic',
      label: 'tbd',
      reasons: ['1 scored review: Metacritic gives a Metascore from 4, so it shows "tbd".'],
      wilson: wilsonInterval(1, 1),
      text: 'Metacritic: tbd. 1 scored review: Metacritic gives a Metascore from 4, so it shows "tbd". 1 of 1 positive; Wilson interval (z = 1.96): 20.7%-100.0%.',
      scoring: scoreWith('metacritic', seed),
    });
  });

  it('returns the line of a page with enough scores when its verdict is named', () => {
    expect(describeScoring(toyStory, 'metacritic').text).toBe(
      'Metacritic: Universal acclaim. The mean of 4 scores is 94.5, rounded half up to 95: "Universal acclaim" (81-100). 4 of 4 positive; Wilson interval (z = 1.96): 51.0%-100.0%.',
    );
    expect(describeScoring(toyStory, 'opencritic').text).toBe(
      'OpenCritic: Mighty. Average 95 (the mean of 4 scores, 94.5), 100% of 4 critics recommend: Mighty, from 84. 4 of 4 positive; Wilson interval (z = 1.96): 51.0%-100.0%.',
    );
  });

  it('returns the profile’s own positive share in the interval when the profiles count differently', () => {
    const page = film(reviews(60, 70, 80, 90, 50));
    expect(describeScoring(page, 'rt').wilson?.positive).toBe(4); // fresh from 60
    expect(describeScoring(page, 'opencritic').wilson?.positive).toBe(2); // recommended from 80
    expect(describeScoring(page, 'steam').wilson?.positive).toBe(3); // positive band from 61
    expect(describeScoring(page, 'metacritic').wilson?.positive).toBe(3);
    expect(describeScoring(page, 'steam', { media: 'game' }).wilson?.positive).toBe(2); // positive band from 75
  });

  it('returns the interval at the caller’s z and the caller’s marks when options are given', () => {
    const page = film([...repeat(9, 90), ...repeat(1, 20)]);
    const described = describeScoring(page, ROTTEN_TOMATOES, { z: 2.576, positive: new Map([[9, true]]) });
    expect(described.wilson).toStrictEqual(wilsonInterval(10, 10, { z: 2.576 }));
    expect(described.text).toBe(
      'Rotten Tomatoes: Fresh. Tomatometer 100% (10 of 10 reviews fresh), at least the 60% of Fresh. 10 of 10 positive; Wilson interval (z = 2.576): 60.1%-100.0%.',
    );
  });

  it('returns no label and no interval when the page has no judged review', () => {
    const described = describeScoring(film(reviews(null, null)), 'rt');
    expect([described.label, described.wilson, described.text]).toStrictEqual([
      undefined,
      undefined,
      'Rotten Tomatoes: no label. 0 reviews counted: Rotten Tomatoes shows a Tomatometer from 5. No review judged positive or not.',
    ]);
  });

  it("says on a profile page that the label is what its listed reviews would give one title, and speaks of them, not of a title's critics or Tomatometer", () => {
    const critic = parse(readFileSync(join(corpus, '031-critic-sheri-linden-tv.txt'), 'utf8')).page;
    const publication = parse(readFileSync(join(corpus, '033-publication-actiontrip-games.txt'), 'utf8')).page;
    expect(SCORING_PROFILE_NAMES.map((name) => describeScoring(critic, name).text)).toStrictEqual([
      'Metacritic, the critic\'s 4 listed reviews taken as one title\'s: "Generally favorable reviews" (a title\'s label, not a grade of the critic). The mean of 4 scores is 80, rounded half up to 80: "Generally favorable reviews" (61-80). 4 of 4 positive; Wilson interval (z = 1.96): 51.0%-100.0%.',
      "Rotten Tomatoes, the critic's 4 listed reviews taken as one title's: no label. 4 reviews counted: Rotten Tomatoes gives a title a Tomatometer from 5. 4 of 4 positive; Wilson interval (z = 1.96): 51.0%-100.0%.",
      "OpenCritic, the critic's 4 listed reviews taken as one title's: \"Strong\" (a title's label, not a grade of the critic). Average 80 (the mean of 4 scores, 80), 75% of 4 listed reviews recommend: Strong, from 75. 3 of 4 positive; Wilson interval (z = 1.96): 30.1%-95.4%.",
      "Steam, the critic's 4 listed reviews taken as one title's: \"4 user reviews\" (a title's label, not a grade of the critic). 4 reviews counted: Steam names a summary from 10 and shows the count below that. 4 of 4 positive; Wilson interval (z = 1.96): 51.0%-100.0%.",
    ]);
    expect(describeScoring(publication, 'rt').text).toBe(
      "Rotten Tomatoes, the publication's 6 listed reviews taken as one title's: \"Rotten\" (a title's label, not a grade of the publication). As one title's Tomatometer, 0% (0 of 6 reviews fresh), below the 60% of Fresh. 0 of 6 positive; Wilson interval (z = 1.96): 0.0%-39.0%.",
    );
    const tooFew = { ...critic, reviews: critic.reviews.slice(0, 3) };
    expect(describeScoring(tooFew, 'metacritic').reasons).toStrictEqual([
      '3 scored reviews: Metacritic gives a title a Metascore from 4, so as one title\'s they would show "tbd".',
    ]);
    expect(describeScoring({ ...critic, reviews: [] }, 'metacritic').text).toBe(
      'Metacritic, the critic\'s 0 listed reviews taken as one title\'s: "tbd" (a title\'s label, not a grade of the critic). No listed review has a score, so as one title\'s they would have no Metascore ("tbd"). No review judged positive or not.',
    );
    // scoreWith gives the same reasons.
    expect(scoreWith('rt', publication).reasons).toStrictEqual(describeScoring(publication, 'rt').reasons);
  });

  it('throws naming the option or the profile when they are wrong', () => {
    expect(() => describeScoring(seed, 'imdb' as never)).toThrow(TypeError);
    expect(() => describeScoring(seed, 'rt', { z: -1 })).toThrow(RangeError);
    expect(() => describeScoring(seed, 'rt', { confidence: 1 } as never)).toThrow(
      new TypeError('describeScoring: each option must be one of media, positive, topCritics, release, weights, z; got "confidence".'),
    );
    expect(() => describeScoring([] as never, 'rt')).toThrow(TypeError);
  });
});

describe('scoring exports', () => {
  it('returns exactly the public names when the module is imported', () => {
    expect(Object.keys(scoring).sort()).toStrictEqual([
      'LETTER_GRADE_SCORES',
      'METACRITIC',
      'OPENCRITIC',
      'OPENCRITIC_WORD_MARKS',
      'ROTTEN_TOMATOES',
      'SCORING_PROFILE_NAMES',
      'STEAM',
      'bayesianAverage',
      'describeScoring',
      'fitWeights',
      'normalizeScore',
      'projectOntoSimplex',
      'rankPages',
      'scoreWith',
      'summarizeOpenCritic',
      'weightedScore',
      'wilsonInterval',
    ]);
  });
});
