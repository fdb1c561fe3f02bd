/**
 * Caller mistakes: each throws at once, a TypeError or RangeError naming the
 * function, the option or field, and what is accepted.
 */
import { describe, expect, it } from 'vitest';
import type { Band } from '../../src/classify/index.js';
import { checkProfile, compareWithMetascore, summarizeCritics, summarizeProfile } from '../../src/stats/index.js';
import type { Page, ProfilePage, Sentiment } from '../../src/types/page.js';
import { corpusProfile, film, profilePage, review } from './helpers.js';

/** A title page holding one review with a field replaced. */
function pageWithReview(fields: Readonly<Record<string, unknown>>): Page {
  return film([{ ...review(), ...fields }]);
}

describe('summarizeCritics', () => {
  it('throws a TypeError when the options are not an object', () => {
    expect(() => summarizeCritics([], [] as never)).toThrow(
      new TypeError('summarizeCritics: options must be an object { media?, sentimentBands? }; got an array.'),
    );
  });

  it('throws a TypeError naming the option when sentimentBands is not an array or a band is malformed', () => {
    expect(() => summarizeCritics([], { sentimentBands: 'default' } as never)).toThrow(
      new TypeError('summarizeCritics: option sentimentBands must be an array of { label, min, max } objects; got "default".'),
    );
    expect(() => summarizeCritics([], { sentimentBands: [{ label: 'positive', min: '0', max: 100 }] } as never)).toThrow(
      /^summarizeCritics: option sentimentBands\[0\]\.min must be a number; got /u,
    );
  });

  it('throws naming the review field when a field has the wrong type or range', () => {
    expect(() => summarizeCritics([pageWithReview({ score: '80' })])).toThrow(
      new TypeError('summarizeCritics: pages[0].reviews[0].score must be a number from 0 to 100 or null; got "80".'),
    );
    expect(() => summarizeCritics([pageWithReview({ score: undefined })])).toThrow(
      new TypeError('summarizeCritics: pages[0].reviews[0].score must be a number from 0 to 100 or null; got undefined.'),
    );
    expect(() => summarizeCritics([pageWithReview({ metascore: 120 })])).toThrow(
      new RangeError('summarizeCritics: pages[0].reviews[0].metascore must be from 0 to 100, "tbd" or null; got 120.'),
    );
    expect(() => summarizeCritics([pageWithReview({ publication: 3 })])).toThrow(
      new TypeError('summarizeCritics: pages[0].reviews[0].publication must be a string or null; got 3.'),
    );
    expect(() => summarizeCritics([pageWithReview({ critic: 'Ty Burr' })])).toThrow(
      new TypeError('summarizeCritics: pages[0].reviews[0].critic must be an object { name, credited } or null; got "Ty Burr".'),
    );
  });

  it('throws naming the page field when a page is malformed', () => {
    expect(() => summarizeCritics([null as unknown as Page])).toThrow(new TypeError('summarizeCritics: pages[0] must be a parsed page object; got null.'));
    expect(() => summarizeCritics([{ ...film([]), media: 'book' } as unknown as Page])).toThrow(
      new TypeError('summarizeCritics: pages[0].media must be a media type or null; got "book".'),
    );
    expect(() => summarizeCritics([{ ...film([]), metascore: -1 }])).toThrow(
      new RangeError('summarizeCritics: pages[0].metascore must be from 0 to 100 or null; got -1.'),
    );
    expect(() => summarizeCritics([{ ...film([]), reviews: 'none' } as unknown as Page])).toThrow(
      new TypeError('summarizeCritics: pages[0].reviews must be an array of reviews; got "none".'),
    );
    expect(() => summarizeCritics([{ ...film([]), reviews: [7] } as unknown as Page])).toThrow(
      new TypeError('summarizeCritics: pages[0].reviews[0] must be a review object; got 7.'),
    );
    expect(() => summarizeCritics([{ ...film([]), kind: 'critic' } as unknown as Page])).toThrow(
      new TypeError('summarizeCritics: pages[0].profile must be an object on a critic page; got null.'),
    );
  });
});

describe('checkProfile', () => {
  it('throws naming the field when highest, lowest or the distribution is malformed', () => {
    const page = profilePage('critic', []);
    const withProfile = (fields: Readonly<Record<string, unknown>>): ProfilePage => ({ ...page, profile: { ...page.profile, ...fields } });
    expect(() => checkProfile(withProfile({ highest: 90 }))).toThrow(
      new TypeError('checkProfile: page.profile.highest must be an object { score, title } or null; got 90.'),
    );
    expect(() => checkProfile(withProfile({ lowest: { score: null, title: 'A' } }))).toThrow(
      new TypeError('checkProfile: page.profile.lowest.score must be a finite number; got null.'),
    );
    expect(() => checkProfile(withProfile({ distribution: [1, 2, 3] }))).toThrow(
      new TypeError('checkProfile: page.profile.distribution must be an object or null; got an array.'),
    );
    expect(() => checkProfile(withProfile({ distribution: { positive: Number.NaN } }))).toThrow(
      new TypeError('checkProfile: page.profile.distribution.positive must be a finite number or null; got NaN.'),
    );
  });

  it('classifies with custom sentimentBands when given', () => {
    // Sheri Linden's 80, 90, 70, 80 with positive from 75: 3 positive, 1 negative, against the printed 4/0/0.
    const bands: Band<Sentiment>[] = [
      { label: 'positive', min: 75, max: 100 },
      { label: 'negative', min: 0, max: 74 },
    ];
    const report = checkProfile(corpusProfile('031'), { sentimentBands: bands });
    expect(report.comparisons.filter((c) => ['positive', 'mixed', 'negative'].includes(c.statistic)).map((c) => c.recomputed)).toStrictEqual([3, 0, 1]);
  });
});

describe('summarizeProfile', () => {
  it('throws a TypeError naming the page when it is not a parsed page, even before knowing its kind', () => {
    expect(() => summarizeProfile(undefined as unknown as Page)).toThrow(new TypeError('summarizeProfile: page must be a parsed page object; got undefined.'));
  });
});

describe('compareWithMetascore', () => {
  it('throws a TypeError naming the review when a score is absent', () => {
    expect(() => compareWithMetascore([{ metascore: 50 } as never])).toThrow(
      new TypeError('compareWithMetascore: reviews[0].score must be a number from 0 to 100 or null; got undefined.'),
    );
  });
});
