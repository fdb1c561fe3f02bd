/**
 * Misuse gets a clear error at once: a `TypeError` for a value of the wrong
 * kind (a non-string text, an unknown option), a `RangeError` for a value out
 * of its range (a negative weight, bands out of order), each naming the
 * argument or option and what it accepts. Bad page text never throws.
 */
import { describe, expect, it } from 'vitest';
import {
  PageParseError,
  SENTIMENT_BANDS,
  aggregate,
  checkConsistency,
  classifyScore,
  parse,
  parseStrict,
  validateBands,
  verdictForScore,
} from '../src/index.js';
import type { Band } from '../src/index.js';

/** Calls `call` and checks that it throws an instance of `kind` whose message matches every pattern. */
function expectError(call: () => unknown, kind: typeof TypeError | typeof RangeError, ...patterns: RegExp[]): void {
  let caught: unknown;
  try {
    call();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(kind);
  const message = (caught as Error).message;
  for (const pattern of patterns) expect(message).toMatch(pattern);
}

const text = 'Universal acclaim - based on 2 Critics\n  1. Reviewed by: A\n    90\n    Bold.\n  2. Reviewed by: B\n    70\n    Fine.\n';
const { page } = parse(text);
const MEDIA_LIST = /movie, tv, music, game|"movie", "tv", "music", "game"/u;

/** Untyped arguments, as JavaScript callers and bad casts pass them. */
const anyParse = parse as (text: unknown, options?: unknown) => unknown;
const anyParseStrict = parseStrict as (text: unknown, options?: unknown) => unknown;
const anyAggregate = aggregate as (input: unknown, options?: unknown) => unknown;
const anyCheckConsistency = checkConsistency as (page: unknown, options?: unknown) => unknown;
const anyClassifyScore = classifyScore as (score: unknown, options?: unknown) => unknown;
const anyVerdictForScore = verdictForScore as (score: unknown, options?: unknown) => unknown;
const anyValidateBands = validateBands as (bands: unknown, labels?: unknown) => unknown;

describe.each([
  ['parse', anyParse],
  ['parseStrict', anyParseStrict],
] as const)('%s, misused', (name, call) => {
  it.each([
    ['a number', 42, /got 42\./u],
    ['undefined', undefined, /undefined/u],
    ['null', null, /null/u],
    ['a Uint8Array', new Uint8Array([104, 105]), /Uint8Array \(decode it to a string first\)/u],
    ['a String object', new String('page'), /an object/u],
    ['an array of lines', ['Universal acclaim - based on 1 Critics'], /an array/u],
    ['a function', () => 'page', /a function/u],
    ['a symbol', Symbol('page'), /a symbol/u],
    ['a boolean', true, /got true\./u],
  ])('throws a TypeError naming what it got when the text is %s', (_what, value, got) => {
    expectError(() => call(value), TypeError, new RegExp(`^${name} expects the page's text as a string`, 'u'), got);
  });

  it('throws a TypeError naming the option and the accepted ones for an unknown option', () => {
    expectError(() => call(text, { medium: 'tv' }), TypeError, new RegExp(`^${name}: each option must be one of media, url, sites; got "medium"\\.$`, 'u'));
  });

  it('throws a TypeError when the options are not an object', () => {
    expectError(() => call(text, 'tv'), TypeError, new RegExp(`^${name}: options must be an object`, 'u'));
    expectError(() => call(text, null), TypeError, /got null/u);
    expectError(() => call(text, ['media']), TypeError, /got an array/u);
  });

  it('throws a RangeError naming the accepted media for an unknown media', () => {
    expectError(() => call(text, { media: 'book' }), RangeError, /option media must be one of/u, MEDIA_LIST, /got "book"/u);
  });

  it('throws a TypeError naming the option for a media that is not a string', () => {
    expectError(() => call(text, { media: 3 }), TypeError, /option media must be one of/u, MEDIA_LIST, /got 3\./u);
  });

  it('throws a TypeError naming the option for a url that is not a string', () => {
    expectError(() => call(text, { url: new URL('https://www.metacritic.com/movie/pusher') }), TypeError, /option url must be a string; got an object\./u);
  });

  it('reads options from the object itself, never from its prototype', () => {
    const inherited = Object.create({ media: 'book' }) as object;
    expect(() => call(text, inherited)).not.toThrow();
  });

  it('never throws a TypeError or RangeError for text, however odd', () => {
    for (const odd of ['', '\u0000', '\ud800', '\ufeff\r\n\r', 'x'.repeat(10_000)]) {
      try {
        call(odd);
      } catch (error) {
        // Only parseStrict throws, and only its own error, for a page with an error diagnostic.
        expect(name).toBe('parseStrict');
        expect(error).toBeInstanceOf(PageParseError);
      }
    }
  });
});

describe('aggregate, misused', () => {
  it('throws a TypeError naming the unknown option and the accepted ones', () => {
    expectError(
      () => anyAggregate(page, { weight: {} }),
      TypeError,
      /^aggregate: each option must be one of media, sentimentBands, verdictBands, minReviewsForVerdict, weights; got "weight"\.$/u,
      /media, sentimentBands, verdictBands, minReviewsForVerdict, weights/u,
    );
  });

  it('throws a TypeError when the options are not an object', () => {
    expectError(() => anyAggregate(page, 4), TypeError, /aggregate: options must be an object/u);
  });

  it('throws a RangeError naming the accepted media for an unknown media', () => {
    expectError(() => anyAggregate(page, { media: 'book' }), RangeError, /option media/u, MEDIA_LIST, /"book"/u);
  });

  it('throws a RangeError naming the option when bands are out of order', () => {
    const reversed = [...SENTIMENT_BANDS.default].reverse();
    expectError(
      () => aggregate(page, { sentimentBands: reversed }),
      RangeError,
      /option sentimentBands/u,
      /must be in descending order of min \(highest first\); got band 0/u,
      /descending order of min/u,
    );
  });

  it('throws a RangeError naming the option when verdict bands leave a gap', () => {
    const bands = [
      { label: 'Universal acclaim', min: 81, max: 100 },
      { label: 'Overwhelming dislike', min: 0, max: 19 },
    ] as const;
    expectError(
      () => aggregate(page, { verdictBands: bands }),
      RangeError,
      /option verdictBands/u,
      /^aggregate: option verdictBands must leave no score out; got 20-80 in no band/u,
    );
  });

  it.each([
    [-1, RangeError, /non-negative integer; got -1/u],
    [1.5, RangeError, /non-negative integer; got 1.5/u],
    [Number.NaN, RangeError, /got NaN/u],
    ['4', TypeError, /must be a number; got "4"/u],
  ] as const)('throws for minReviewsForVerdict %s, naming the option', (value, kind, pattern) => {
    expectError(() => anyAggregate(page, { minReviewsForVerdict: value }), kind, /option minReviewsForVerdict/u, pattern);
  });

  it.each([
    ['negative', -1],
    ['NaN', Number.NaN],
    ['infinite', Number.POSITIVE_INFINITY],
    ['negative infinite', Number.NEGATIVE_INFINITY],
  ])('throws a RangeError naming the key for a %s weight, in a record or a Map', (_what, weight) => {
    expectError(() => aggregate(page, { weights: { by: 'critic', values: { A: weight } } }), RangeError, /weights\.values\["A"\]/u, /finite, non-negative/u);
    expectError(
      () => aggregate(page, { weights: { by: 'critic', values: new Map([['B', weight]]) } }),
      RangeError,
      /weights\.values\["B"\]/u,
      /finite, non-negative/u,
    );
  });

  it('throws a RangeError naming defaultWeight when it is negative or not finite', () => {
    expectError(
      () => aggregate(page, { weights: { by: 'critic', values: {}, defaultWeight: -2 } }),
      RangeError,
      /weights\.defaultWeight/u,
      /finite, non-negative/u,
    );
    expectError(() => aggregate(page, { weights: { by: 'critic', values: {}, defaultWeight: Number.NaN } }), RangeError, /weights\.defaultWeight/u);
  });

  it('throws a TypeError naming the part of weights that is wrong', () => {
    expectError(() => anyAggregate(page, { weights: { by: 'user', values: {} } }), TypeError, /weights\.by/u, /"publication" or "critic"/u);
    expectError(
      () => anyAggregate(page, { weights: { by: 'critic', values: {}, scale: 2 } }),
      TypeError,
      /^aggregate: each key of option weights must be one of by, values, defaultWeight; got "scale"\.$/u,
      /by, values, defaultWeight/u,
    );
    expectError(() => anyAggregate(page, { weights: { by: 'critic', values: [1, 2] } }), TypeError, /weights\.values must be a Map or a plain object/u);
    expectError(() => anyAggregate(page, { weights: { by: 'critic', values: { A: '2' } } }), TypeError, /weights\.values\["A"\] must be a number/u);
    expectError(() => anyAggregate(page, { weights: 'critic' }), TypeError, /option weights must be an object/u);
  });

  it('throws a TypeError when the input is neither a page nor a list of reviews', () => {
    expectError(() => anyAggregate('page'), TypeError, /a parsed page or an array of reviews/u);
    expectError(() => anyAggregate(null), TypeError, /got null/u);
  });

  it('throws a RangeError naming the review for a score outside 0-100', () => {
    const review = page.reviews[0];
    expect(review).toBeDefined();
    expectError(() => aggregate([{ ...(review as NonNullable<typeof review>), score: 101 }]), RangeError, /reviews\[0\]\.score/u, /0 to 100/u);
  });
});

describe('checkConsistency, misused', () => {
  it('throws a TypeError naming the unknown option and the accepted ones', () => {
    expectError(
      () => anyCheckConsistency(page, { weights: 1 }),
      TypeError,
      /^checkConsistency: each option must be one of media, sentimentBands, verdictBands; got "weights"\.$/u,
      /media, sentimentBands, verdictBands/u,
    );
  });

  it('throws a RangeError naming the accepted media for an unknown media', () => {
    expectError(() => anyCheckConsistency(page, { media: 'film' }), RangeError, /option media/u, MEDIA_LIST);
  });

  it('throws a RangeError naming the option for empty or out-of-order bands', () => {
    expectError(() => checkConsistency(page, { verdictBands: [] }), RangeError, /option verdictBands/u, /empty/u);
    expectError(
      () => checkConsistency(page, { sentimentBands: [...SENTIMENT_BANDS.default].reverse() }),
      RangeError,
      /option sentimentBands/u,
      /must be in descending order of min \(highest first\); got band 0/u,
    );
  });

  it('throws a TypeError when the page is not a page', () => {
    expectError(() => anyCheckConsistency('page'), TypeError, /must be a parsed page object/u);
  });

  it('throws naming the field of a hand-made page that holds the wrong kind of value', () => {
    expectError(() => anyCheckConsistency({ ...page, criticCount: '5' }), TypeError, /page\.criticCount must be a number or null; got "5"/u);
    expectError(() => anyCheckConsistency({ ...page, criticCount: -5 }), RangeError, /page\.criticCount must be a non-negative integer/u);
  });

  it('throws a TypeError naming the option for bands of the wrong shape', () => {
    expectError(
      () => anyCheckConsistency(page, { sentimentBands: [null] }),
      TypeError,
      /^checkConsistency: option sentimentBands\[0\] must be an object \{ label, min, max \}; got null\.$/u,
    );
    expectError(() => anyCheckConsistency(page, { verdictBands: 'default' }), TypeError, /option verdictBands must be an array/u);
  });
});

describe.each([
  ['classifyScore', anyClassifyScore],
  ['verdictForScore', anyVerdictForScore],
] as const)('%s, misused', (name, call) => {
  it.each([Number.NaN, Number.POSITIVE_INFINITY, -1, 100.5])('throws a RangeError naming the value for the score %s', (score) => {
    expectError(() => call(score), RangeError, /score must be a finite number from 0 to 100/u, new RegExp(`got ${String(score).replace('.', '\\.')}`, 'u'));
  });

  it.each([
    ['a string', '80', /got "80"/u],
    ['undefined', undefined, /got undefined/u],
    ['null', null, /got null/u],
    ['an array', [80], /got an array/u],
    ['a boolean', true, /got true/u],
  ])('throws a TypeError naming what it got for a score that is %s', (_what, score, got) => {
    expectError(() => call(score), TypeError, /score must be a number/u, got);
  });

  it('throws a TypeError naming the unknown option and the accepted ones', () => {
    expectError(() => call(50, { medium: 'game' }), TypeError, new RegExp(`^${name}: each option must be one of media, bands; got "medium"\\.$`, 'u'));
  });

  it('throws a RangeError naming the accepted media for an unknown media', () => {
    expectError(
      () => call(50, { media: 'book' }),
      RangeError,
      new RegExp(`^${name}: option media must be one of "movie", "tv", "music", "game"; got "book"\.$`, 'u'),
      MEDIA_LIST,
    );
  });

  it('throws a RangeError naming the problem for bands out of order', () => {
    const bands: Band<string>[] = [
      { label: name === 'classifyScore' ? 'negative' : 'Overwhelming dislike', min: 0, max: 49 },
      { label: name === 'classifyScore' ? 'positive' : 'Universal acclaim', min: 50, max: 100 },
    ];
    expectError(() => call(50, { bands }), RangeError, /must be in descending order of min \(highest first\); got band 0/u, /descending order of min/u);
  });
});

describe('validateBands, misused', () => {
  const high = { label: 'high', min: 50, max: 100 };
  const low = { label: 'low', min: 0, max: 49 };

  it.each([
    [
      'out of order',
      [low, high],
      /^validateBands: bands must be in descending order of min \(highest first\); got band 0 \("low", 0-49\) and band 1 \("high", 50-100\)\.$/u,
    ],
    ['overlapping', [high, { ...low, max: 60 }], /^validateBands: bands must not overlap; got .*, which share 50-60\.$/u],
    ['leaving a gap', [high, { ...low, max: 40 }], /^validateBands: bands must leave no score out; got 41-49 in no band, between /u],
    ['not reaching 100', [{ ...high, max: 99 }, low], /^validateBands: bands\[0\]\.max must be 100 \(the highest band ends at 100\); got 99\.$/u],
    ['not reaching 0', [high, { ...low, min: 1 }], /^validateBands: bands\[1\]\.min must be 0 \(the lowest band starts at 0\); got 1\.$/u],
    ['empty', [], /empty/u],
    ['with min above max', [{ ...high, min: 60, max: 50 }], /^validateBands: bands\[0\]\.min must be at most its max \(50\); got 60\.$/u],
    ['with a non-integer bound', [{ ...high, min: 0.5 }], /^validateBands: bands\[0\]\.min must be a whole number from 0 to 100; got 0\.5\.$/u],
    [
      'with an infinite bound',
      [{ ...high, max: Number.POSITIVE_INFINITY }],
      /^validateBands: bands\[0\]\.max must be a whole number from 0 to 100; got Infinity\.$/u,
    ],
    ['with a bound outside 0-100', [{ ...high, max: 101 }], /^validateBands: bands\[0\]\.max must be a whole number from 0 to 100; got 101\.$/u],
    ['repeating a label', [high, { ...low, label: 'high' }], /^validateBands: bands\[1\]\.label must be a label no earlier band has; got "high"\.$/u],
  ])('throws a RangeError naming the problem for bands %s', (_what, bands, pattern) => {
    expectError(
      () => {
        validateBands(bands);
      },
      RangeError,
      pattern,
    );
  });

  it('throws a RangeError naming the accepted labels for an unknown label', () => {
    expectError(
      () => {
        validateBands([{ label: 'high', min: 0, max: 100 }], ['low']);
      },
      RangeError,
      /^validateBands: bands\[0\]\.label must be one of "low"; got "high"\.$/u,
    );
  });

  it.each([
    ['not an array', 'bands', /must be an array of \{ label, min, max \}/u],
    ['holding null', [null], /^validateBands: bands\[0\] must be an object \{ label, min, max \}; got null\.$/u],
    ['with a label that is not a string', [{ label: 1, min: 0, max: 100 }], /^validateBands: bands\[0\]\.label must be a string; got 1\.$/u],
    ['with a bound that is not a number', [{ label: 'a', min: '0', max: 100 }], /^validateBands: bands\[0\]\.min must be a number; got "0"\.$/u],
  ])('throws a TypeError for bands %s', (_what, bands, pattern) => {
    expectError(() => anyValidateBands(bands), TypeError, pattern);
  });

  it.each([
    ['undefined', undefined, /got undefined/u],
    ['an object', { label: 'high', min: 0, max: 100 }, /must be an array/u],
  ])('throws a TypeError naming what it got when the bands are %s', (_what, bands, got) => {
    expectError(() => anyValidateBands(bands), TypeError, got);
  });

  it('throws a TypeError naming the band that is an array', () => {
    expectError(() => anyValidateBands([[0, 100]]), TypeError, /^validateBands: bands\[0\] must be an object \{ label, min, max \}; got an array\.$/u);
  });

  it('throws a TypeError when the labels are not an array', () => {
    expectError(() => anyValidateBands([{ label: 'high', min: 0, max: 100 }], 'high'), TypeError, /labels must be an array/u);
  });
});

describe('classifyScore and verdictForScore, given bad custom bands', () => {
  const gap: readonly Band<'positive' | 'mixed' | 'negative'>[] = [
    { label: 'positive', min: 70, max: 100 },
    { label: 'mixed', min: 40, max: 60 },
    { label: 'negative', min: 0, max: 39 },
  ];

  it('throws a RangeError that names the function and the option', () => {
    expect(() => classifyScore(50, { bands: gap })).toThrow(
      new RangeError(
        'classifyScore: option bands must leave no score out; got 61-69 in no band, between band 0 ("positive", 70-100) and band 1 ("mixed", 40-60).',
      ),
    );
    expect(() => verdictForScore(50, { bands: [] })).toThrow(
      /^verdictForScore: option bands must be one band or more, covering 0 to 100 together; got an empty array\.$/u,
    );
  });
});
