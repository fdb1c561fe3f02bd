import { describe, expect, it } from 'vitest';
import {
  type Band,
  SENTIMENTS,
  SENTIMENT_BANDS,
  VERDICTS,
  VERDICT_BANDS,
  bandSetFor,
  classifyScore,
  parseVerdictLabel,
  sentimentBandsFor,
  validateBands,
  verdictBandsFor,
  verdictForScore,
} from '../src/classify/index.js';
import type { Sentiment, Verdict } from '../src/types/page.js';

/** Passes a value the types forbid, as a JavaScript caller could. */
function untyped(value: unknown): never {
  return value as never;
}

describe('SENTIMENT_BANDS', () => {
  it('returns the movie/TV/music bands when read as default', () => {
    expect(SENTIMENT_BANDS.default).toStrictEqual([
      { label: 'positive', min: 61, max: 100 },
      { label: 'mixed', min: 40, max: 60 },
      { label: 'negative', min: 0, max: 39 },
    ]);
  });

  it('returns the game bands when read as game', () => {
    expect(SENTIMENT_BANDS.game).toStrictEqual([
      { label: 'positive', min: 75, max: 100 },
      { label: 'mixed', min: 50, max: 74 },
      { label: 'negative', min: 0, max: 49 },
    ]);
  });

  it('returns frozen lists and bands when one tries to change them', () => {
    expect(Object.isFrozen(SENTIMENT_BANDS)).toBe(true);
    expect(Object.isFrozen(SENTIMENT_BANDS.default)).toBe(true);
    expect(SENTIMENT_BANDS.game.every((band) => Object.isFrozen(band))).toBe(true);
    expect(() => {
      (SENTIMENT_BANDS.default[0] as { min: number }).min = 50;
    }).toThrow(TypeError);
  });

  it('returns bands that pass validateBands when checked', () => {
    expect(() => {
      validateBands(SENTIMENT_BANDS.default, SENTIMENTS);
      validateBands(SENTIMENT_BANDS.game, SENTIMENTS);
    }).not.toThrow();
  });
});

describe('VERDICT_BANDS', () => {
  it('returns the movie/TV/music verdict bands when read as default', () => {
    expect(VERDICT_BANDS.default).toStrictEqual([
      { label: 'Universal acclaim', min: 81, max: 100 },
      { label: 'Generally favorable reviews', min: 61, max: 80 },
      { label: 'Mixed or average reviews', min: 40, max: 60 },
      { label: 'Generally unfavorable reviews', min: 20, max: 39 },
      { label: 'Overwhelming dislike', min: 0, max: 19 },
    ]);
  });

  it('returns the game verdict bands when read as game', () => {
    expect(VERDICT_BANDS.game).toStrictEqual([
      { label: 'Universal acclaim', min: 90, max: 100 },
      { label: 'Generally favorable reviews', min: 75, max: 89 },
      { label: 'Mixed or average reviews', min: 50, max: 74 },
      { label: 'Generally unfavorable reviews', min: 20, max: 49 },
      { label: 'Overwhelming dislike', min: 0, max: 19 },
    ]);
  });

  it('returns frozen lists and bands when one tries to change them', () => {
    expect(Object.isFrozen(VERDICT_BANDS)).toBe(true);
    expect(Object.isFrozen(VERDICT_BANDS.game)).toBe(true);
    expect(VERDICT_BANDS.default.every((band) => Object.isFrozen(band))).toBe(true);
  });

  it('returns bands that pass validateBands when checked', () => {
    expect(() => {
      validateBands(VERDICT_BANDS.default, VERDICTS);
      validateBands(VERDICT_BANDS.game, VERDICTS);
    }).not.toThrow();
  });
});

describe('VERDICTS', () => {
  it('returns the five verdicts from best to worst when read', () => {
    expect(VERDICTS).toStrictEqual([
      'Universal acclaim',
      'Generally favorable reviews',
      'Mixed or average reviews',
      'Generally unfavorable reviews',
      'Overwhelming dislike',
    ]);
    expect(Object.isFrozen(VERDICTS)).toBe(true);
  });

  it('returns the verdicts in the order of the verdict bands when compared', () => {
    expect(VERDICT_BANDS.default.map((band) => band.label)).toStrictEqual(VERDICTS);
    expect(VERDICT_BANDS.game.map((band) => band.label)).toStrictEqual(VERDICTS);
  });
});

describe('SENTIMENTS', () => {
  it('returns positive, mixed, negative when read', () => {
    expect(SENTIMENTS).toStrictEqual(['positive', 'mixed', 'negative']);
    expect(Object.isFrozen(SENTIMENTS)).toBe(true);
  });
});

describe('bandSetFor', () => {
  it('returns game when the media is game', () => {
    expect(bandSetFor('game')).toBe('game');
  });

  it('returns default when the media is movie, tv, music or unknown', () => {
    expect([bandSetFor('movie'), bandSetFor('tv'), bandSetFor('music'), bandSetFor(null), bandSetFor(undefined)]).toStrictEqual([
      'default',
      'default',
      'default',
      'default',
      'default',
    ]);
  });
});

describe('sentimentBandsFor', () => {
  it('returns the game bands when the media is game', () => {
    expect(sentimentBandsFor('game')).toBe(SENTIMENT_BANDS.game);
  });

  it('returns the default bands when the media is not game', () => {
    expect(sentimentBandsFor('tv')).toBe(SENTIMENT_BANDS.default);
    expect(sentimentBandsFor(null)).toBe(SENTIMENT_BANDS.default);
  });
});

describe('verdictBandsFor', () => {
  it('returns the game bands when the media is game', () => {
    expect(verdictBandsFor('game')).toBe(VERDICT_BANDS.game);
  });

  it('returns the default bands when the media is not game', () => {
    expect(verdictBandsFor('music')).toBe(VERDICT_BANDS.default);
    expect(verdictBandsFor(undefined)).toBe(VERDICT_BANDS.default);
  });
});

describe('classifyScore', () => {
  it('returns each sentiment at both sides of the movie boundaries 39/40 and 60/61', () => {
    expect([0, 39, 40, 60, 61, 100].map((score) => classifyScore(score))).toStrictEqual(['negative', 'negative', 'mixed', 'mixed', 'positive', 'positive']);
  });

  it('returns the same sentiments when the media is movie, tv or music', () => {
    for (const media of ['movie', 'tv', 'music'] as const) {
      expect([39, 40, 60, 61].map((score) => classifyScore(score, { media }))).toStrictEqual(['negative', 'mixed', 'mixed', 'positive']);
    }
  });

  it('returns each sentiment at both sides of the game boundaries 49/50 and 74/75', () => {
    expect([0, 49, 50, 74, 75, 100].map((score) => classifyScore(score, { media: 'game' }))).toStrictEqual([
      'negative',
      'negative',
      'mixed',
      'mixed',
      'positive',
      'positive',
    ]);
  });

  it('returns the band whose min the score reaches when the score is not an integer', () => {
    expect(classifyScore(60.5)).toBe('mixed');
    expect(classifyScore(60.999)).toBe('mixed');
    expect(classifyScore(39.5)).toBe('negative');
    expect(classifyScore(74.9, { media: 'game' })).toBe('mixed');
    expect(classifyScore(0.1)).toBe('negative');
  });

  it('returns the custom band when custom bands are given, winning over media', () => {
    const bands: readonly Band<Sentiment>[] = [
      { label: 'positive', min: 70, max: 100 },
      { label: 'mixed', min: 30, max: 69 },
      { label: 'negative', min: 0, max: 29 },
    ];
    expect([29, 30, 69, 70].map((score) => classifyScore(score, { bands, media: 'game' }))).toStrictEqual(['negative', 'mixed', 'mixed', 'positive']);
  });

  it('returns a RangeError naming the value when the score is outside 0-100 or not finite', () => {
    expect(() => classifyScore(-1)).toThrow(new RangeError('classifyScore: score must be a finite number from 0 to 100; got -1.'));
    expect(() => classifyScore(100.5)).toThrow(/got 100\.5\./);
    expect(() => classifyScore(Number.NaN)).toThrow(RangeError);
    expect(() => classifyScore(Number.NaN)).toThrow(/got NaN/);
    expect(() => classifyScore(Number.POSITIVE_INFINITY)).toThrow(/got Infinity/);
  });

  it('returns a TypeError when the score is not a number', () => {
    expect(() => classifyScore(untyped('80'))).toThrow(TypeError);
    expect(() => classifyScore(untyped('80'))).toThrow(/got "80"/);
  });

  it('returns a TypeError naming the option when an option is unknown or of the wrong type', () => {
    expect(() => classifyScore(50, untyped({ medium: 'game' }))).toThrow(
      new TypeError('classifyScore: each option must be one of media, bands; got "medium".'),
    );
    expect(() => classifyScore(50, untyped({ media: 'book' }))).toThrow(RangeError);
    expect(() => classifyScore(50, untyped({ media: 'book' }))).toThrow(/option media must be one of/);
    expect(() => classifyScore(50, untyped('game'))).toThrow(TypeError);
    expect(() => classifyScore(50, untyped({ bands: 'x' }))).toThrow(TypeError);
  });

  it('returns a RangeError when the custom bands are invalid', () => {
    expect(() => classifyScore(50, { bands: [{ label: 'positive', min: 0, max: 99 }] })).toThrow(RangeError);
    expect(() => classifyScore(50, { bands: [{ label: 'positive', min: 0, max: 99 }] })).toThrow(
      /^classifyScore: option bands\[0\]\.max must be 100 \(the highest band ends at 100\); got 99\.$/u,
    );
  });

  it('returns a RangeError when a custom band carries a label that is no sentiment', () => {
    const bands = untyped([
      { label: 'good', min: 50, max: 100 },
      { label: 'negative', min: 0, max: 49 },
    ]);
    expect(() => classifyScore(50, { bands })).toThrow(RangeError);
    expect(() => classifyScore(50, { bands })).toThrow(
      /^classifyScore: option bands\[0\]\.label must be one of "positive", "mixed", "negative"; got "good"\.$/u,
    );
  });
});

describe('verdictForScore', () => {
  it('returns each verdict at both sides of the movie boundaries 19/20, 39/40, 60/61 and 80/81', () => {
    expect([0, 19, 20, 39, 40, 60, 61, 80, 81, 100].map((score) => verdictForScore(score))).toStrictEqual([
      'Overwhelming dislike',
      'Overwhelming dislike',
      'Generally unfavorable reviews',
      'Generally unfavorable reviews',
      'Mixed or average reviews',
      'Mixed or average reviews',
      'Generally favorable reviews',
      'Generally favorable reviews',
      'Universal acclaim',
      'Universal acclaim',
    ]);
  });

  it('returns each verdict at both sides of the game boundaries 19/20, 49/50, 74/75 and 89/90', () => {
    const verdicts = [0, 19, 20, 49, 50, 74, 75, 89, 90, 100].map((score) => verdictForScore(score, { media: 'game' }));
    expect(verdicts).toStrictEqual([
      'Overwhelming dislike',
      'Overwhelming dislike',
      'Generally unfavorable reviews',
      'Generally unfavorable reviews',
      'Mixed or average reviews',
      'Mixed or average reviews',
      'Generally favorable reviews',
      'Generally favorable reviews',
      'Universal acclaim',
      'Universal acclaim',
    ]);
  });

  it('returns the lower band when the score is not an integer and below the next min', () => {
    expect(verdictForScore(80.5)).toBe('Generally favorable reviews');
    expect(verdictForScore(89.99, { media: 'game' })).toBe('Generally favorable reviews');
  });

  it('returns the custom band when custom verdict bands are given', () => {
    const bands: readonly Band<Verdict>[] = [
      { label: 'Universal acclaim', min: 50, max: 100 },
      { label: 'Overwhelming dislike', min: 0, max: 49 },
    ];
    expect([verdictForScore(49, { bands }), verdictForScore(50, { bands })]).toStrictEqual(['Overwhelming dislike', 'Universal acclaim']);
  });

  it('returns a RangeError naming the value when the score is outside 0-100', () => {
    expect(() => verdictForScore(101)).toThrow(new RangeError('verdictForScore: score must be a finite number from 0 to 100; got 101.'));
    expect(() => verdictForScore(Number.NEGATIVE_INFINITY)).toThrow(RangeError);
  });

  it('returns a TypeError when an option is unknown', () => {
    expect(() => verdictForScore(50, untyped({ band: [] }))).toThrow(new TypeError('verdictForScore: each option must be one of media, bands; got "band".'));
  });

  it('returns a RangeError when a custom band is labelled with a sentiment instead of a verdict', () => {
    const bands = untyped([{ label: 'positive', min: 0, max: 100 }]);
    expect(() => verdictForScore(50, { bands })).toThrow(/^verdictForScore: option bands\[0\]\.label must be one of "Universal acclaim", /u);
  });
});

describe('validateBands', () => {
  const valid: readonly Band<string>[] = [
    { label: 'high', min: 61, max: 100 },
    { label: 'middle', min: 40, max: 60 },
    { label: 'low', min: 0, max: 39 },
  ];

  it('returns normally when the bands cover 0-100 once, highest first', () => {
    expect(() => {
      validateBands(valid);
      validateBands([{ label: 'all', min: 0, max: 100 }]);
    }).not.toThrow();
  });

  it('returns normally when every label is among the given labels', () => {
    expect(() => {
      validateBands(valid, ['high', 'middle', 'low', 'other']);
    }).not.toThrow();
  });

  it('returns a RangeError naming emptiness when the list is empty', () => {
    expect(() => {
      validateBands([]);
    }).toThrow(new RangeError('validateBands: bands must be one band or more, covering 0 to 100 together; got an empty array.'));
  });

  it('returns a TypeError when the bands are not an array of band objects', () => {
    expect(() => {
      validateBands(untyped(undefined));
    }).toThrow(TypeError);
    expect(() => {
      validateBands(untyped([null]));
    }).toThrow(new TypeError('validateBands: bands[0] must be an object { label, min, max }; got null.'));
    expect(() => {
      validateBands(untyped([{ label: 1, min: 0, max: 100 }]));
    }).toThrow(new TypeError('validateBands: bands[0].label must be a string; got 1.'));
    expect(() => {
      validateBands(untyped([{ label: 'a', min: '0', max: 100 }]));
    }).toThrow(new TypeError('validateBands: bands[0].min must be a number; got "0".'));
    expect(() => {
      validateBands(valid, untyped('high'));
    }).toThrow(TypeError);
  });

  it('returns a RangeError naming a non-finite bound when a bound is NaN or infinite', () => {
    expect(() => {
      validateBands([{ label: 'a', min: Number.NaN, max: 100 }]);
    }).toThrow(new RangeError('validateBands: bands[0].min must be a whole number from 0 to 100; got NaN.'));
    expect(() => {
      validateBands([{ label: 'a', min: 0, max: Number.POSITIVE_INFINITY }]);
    }).toThrow(new RangeError('validateBands: bands[0].max must be a whole number from 0 to 100; got Infinity.'));
  });

  it('returns a RangeError naming a non-integer bound when a bound has a fraction', () => {
    expect(() => {
      validateBands([
        { label: 'a', min: 60.5, max: 100 },
        { label: 'b', min: 0, max: 60 },
      ]);
    }).toThrow(new RangeError('validateBands: bands[0].min must be a whole number from 0 to 100; got 60.5.'));
  });

  it('returns a RangeError naming a bound outside 0-100 when a bound is out of the scale', () => {
    expect(() => {
      validateBands([{ label: 'a', min: 0, max: 101 }]);
    }).toThrow(new RangeError('validateBands: bands[0].max must be a whole number from 0 to 100; got 101.'));
    expect(() => {
      validateBands([{ label: 'a', min: -1, max: 100 }]);
    }).toThrow(new RangeError('validateBands: bands[0].min must be a whole number from 0 to 100; got -1.'));
  });

  it('returns a RangeError naming min above max when a band is reversed', () => {
    expect(() => {
      validateBands([
        { label: 'a', min: 61, max: 100 },
        { label: 'b', min: 60, max: 40 },
      ]);
    }).toThrow(new RangeError('validateBands: bands[1].min must be at most its max (40); got 60.'));
  });

  it('returns a RangeError naming the repeated label when two bands share a label', () => {
    expect(() => {
      validateBands([
        { label: 'a', min: 50, max: 100 },
        { label: 'a', min: 0, max: 49 },
      ]);
    }).toThrow(new RangeError('validateBands: bands[1].label must be a label no earlier band has; got "a".'));
  });

  it('returns a RangeError naming the unknown label when labels are given', () => {
    expect(() => {
      validateBands(valid, ['high', 'low']);
    }).toThrow(new RangeError('validateBands: bands[1].label must be one of "high", "low"; got "middle".'));
  });

  it('returns a RangeError saying out of order when bands are given lowest first', () => {
    expect(() => {
      validateBands([...valid].reverse());
    }).toThrow(
      new RangeError('validateBands: bands must be in descending order of min (highest first); got band 0 ("low", 0-39) and band 1 ("middle", 40-60).'),
    );
  });

  it('returns a RangeError saying out of order when two bands start at the same min', () => {
    expect(() => {
      validateBands([
        { label: 'a', min: 40, max: 100 },
        { label: 'b', min: 40, max: 50 },
      ]);
    }).toThrow(/^validateBands: bands must be in descending order of min \(highest first\); got /u);
  });

  it('returns a RangeError naming the overlap when two bands share scores', () => {
    expect(() => {
      validateBands([
        { label: 'high', min: 61, max: 100 },
        { label: 'middle', min: 40, max: 65 },
        { label: 'low', min: 0, max: 39 },
      ]);
    }).toThrow(new RangeError('validateBands: bands must not overlap; got band 0 ("high", 61-100) and band 1 ("middle", 40-65), which share 61-65.'));
  });

  it('returns a RangeError naming the gap when scores fall between two bands', () => {
    expect(() => {
      validateBands([
        { label: 'high', min: 50, max: 100 },
        { label: 'low', min: 0, max: 40 },
      ]);
    }).toThrow(new RangeError('validateBands: bands must leave no score out; got 41-49 in no band, between band 0 ("high", 50-100) and band 1 ("low", 0-40).'));
    expect(() => {
      validateBands([
        { label: 'high', min: 61, max: 100 },
        { label: 'low', min: 0, max: 59 },
      ]);
    }).toThrow(/^validateBands: bands must leave no score out; got 60 in no band, between band 0 \("high", 61-100\) and band 1 \("low", 0-59\)\.$/u);
  });

  it('returns a RangeError naming 100 when the highest band stops short', () => {
    expect(() => {
      validateBands([
        { label: 'high', min: 61, max: 99 },
        { label: 'low', min: 0, max: 60 },
      ]);
    }).toThrow(new RangeError('validateBands: bands[0].max must be 100 (the highest band ends at 100); got 99.'));
  });

  it('returns a RangeError naming 0 when the lowest band starts above 0', () => {
    expect(() => {
      validateBands([
        { label: 'high', min: 61, max: 100 },
        { label: 'low', min: 1, max: 60 },
      ]);
    }).toThrow(new RangeError('validateBands: bands[1].min must be 0 (the lowest band starts at 0); got 1.'));
  });
});

describe('parseVerdictLabel', () => {
  it('returns the canonical verdict when the label is printed canonically', () => {
    expect(VERDICTS.map((verdict) => parseVerdictLabel(verdict))).toStrictEqual(VERDICTS);
  });

  it('returns the verdict when the label has any case, surrounding or inner whitespace', () => {
    expect(parseVerdictLabel('universal acclaim')).toBe('Universal acclaim');
    expect(parseVerdictLabel('Generally Favorable')).toBe('Generally favorable reviews');
    expect(parseVerdictLabel('GENERALLY FAVORABLE REVIEWS')).toBe('Generally favorable reviews');
    expect(parseVerdictLabel('Mixed or average')).toBe('Mixed or average reviews');
    expect(parseVerdictLabel('generally unfavorable reviews')).toBe('Generally unfavorable reviews');
    expect(parseVerdictLabel('  Mixed \t or\u00a0 average\n reviews  ')).toBe('Mixed or average reviews');
  });

  it('returns the verdict when any label carries a trailing reviews or review', () => {
    expect(parseVerdictLabel('Universal acclaim reviews')).toBe('Universal acclaim');
    expect(parseVerdictLabel('overwhelming dislike reviews')).toBe('Overwhelming dislike');
    expect(parseVerdictLabel('Overwhelming Dislike')).toBe('Overwhelming dislike');
    expect(parseVerdictLabel('Generally favorable review')).toBe('Generally favorable reviews');
    expect(parseVerdictLabel('mixed or average   REVIEWS')).toBe('Mixed or average reviews');
  });

  it('returns undefined when the text is no verdict label', () => {
    for (const text of [
      '',
      '   ',
      'tbd',
      'reviews',
      'Generally',
      'Generally favourable reviews',
      'Generally favorable reviews reviews',
      'Generally favorable reviews - based on 11 Critics',
      'Mixed',
      'Universal-acclaim',
      'acclaim',
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
    ]) {
      expect(parseVerdictLabel(text), text).toBeUndefined();
    }
  });

  it('returns a TypeError when the text is not a string', () => {
    expect(() => parseVerdictLabel(untyped(null))).toThrow(new TypeError('parseVerdictLabel: text must be a string; got null.'));
  });
});
