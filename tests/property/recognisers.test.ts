/**
 * The recognisers, one per kind of line: each accepts the lines its comment
 * shows, turns away near misses, and for any string returns (never throws)
 * in time that does not depend on how the string is built.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import * as metacritic from '../../src/parse/sites/metacritic/recognise.js';
import * as dates from '../../src/parse/text/dates.js';
import * as numbers from '../../src/parse/text/numbers.js';

// The Metacritic site's recognisers and the dates and numbers every site reads alike.
const recognise = { ...metacritic, ...dates, ...numbers };

const {
  recogniseBareNumber,
  recogniseBullet,
  recogniseCutShort,
  recogniseDate,
  recogniseDetail,
  recogniseDistributionLabel,
  recogniseDistributionLine,
  recogniseFurniture,
  recogniseMediaFilter,
  recogniseNumbered,
  recogniseProfileLine,
  recogniseReviewedBy,
  recogniseScoreBullet,
  recogniseTitleMetascore,
  recogniseUserScore,
  recogniseVerdictLine,
  recogniseWidgetTail,
  stripWidgetTail,
  endsWithWidgetTail,
} = recognise;

describe('the recognisers, for any string', () => {
  // Every exported function of one argument: the text of a line, or what follows its bullet.
  const recognisers = Object.entries(recognise as Readonly<Record<string, unknown>>).filter(
    (entry): entry is [string, (text: string) => unknown] => typeof entry[1] === 'function' && entry[1].length === 1,
  );

  it('are all tried here', () => {
    expect(recognisers.map(([name]) => name)).toContain('recogniseVerdictLine');
    expect(recognisers.length).toBeGreaterThanOrEqual(18);
  });

  test.prop([fc.string({ unit: 'binary' })])('return for arbitrary text, never throwing', (text) => {
    for (const [, recogniser] of recognisers) recogniser(text);
  });
});

describe('recogniseVerdictLine', () => {
  it('reads critic and user verdict lines, with or without the space before the dash', () => {
    expect(recogniseVerdictLine('Generally favorable reviews - based on 11 Critics')).toStrictEqual({
      owner: 'critic',
      label: 'Generally favorable reviews',
      count: 11,
    });
    expect(recogniseVerdictLine('Universal acclaim- based on 476 Ratings')).toStrictEqual({ owner: 'user', label: 'Universal acclaim', count: 476 });
    expect(recogniseVerdictLine("Generally favorable reviews - based on 20 Critics What's this?")?.count).toBe(20);
    expect(recogniseVerdictLine('Mixed - based on 1,234 Critic Reviews')?.count).toBe(1234);
  });

  it('finds "based on" whatever comes before it, even a character that lower-cases to two', () => {
    expect(recogniseVerdictLine('İyi - based on 5 Critics')).toStrictEqual({ owner: 'critic', label: 'İyi', count: 5 });
    expect(recogniseVerdictLine('Based on fact - BASED ON 5 critics')?.label).toBe('Based on fact');
  });

  it.each([
    'based on 5 Critics',
    '- based on 5 Critics',
    ' - based on 5 Critics',
    'Good - based on five Critics',
    'Good, based on 5 Critics',
    'Good - based on 5 Critics.',
  ])('turns away %j', (text) => {
    expect(recogniseVerdictLine(text)).toBeUndefined();
  });
});

describe('recogniseDistributionLabel and recogniseDistributionLine', () => {
  it('read the labels and lines of a distribution', () => {
    expect(recogniseDistributionLabel('Critic score distribution:')).toStrictEqual({ owner: 'critic' });
    expect(recogniseDistributionLabel('USER SCORE DISTRIBUTION:')).toStrictEqual({ owner: 'user' });
    expect(recogniseDistributionLabel('Score distribution:')).toStrictEqual({ owner: null });
    expect(recogniseDistributionLabel('Score distribution')).toBeUndefined();
    expect(recogniseDistributionLine('1. Positive: 9 out of 11')).toStrictEqual({ sentiment: 'positive', count: 9, total: 11 });
    expect(recogniseDistributionLine('Neutral: 2 out of 7')).toStrictEqual({ sentiment: 'mixed', count: 2, total: 7 });
    expect(recogniseDistributionLine('3. negative 1,000 out of 1,200')).toStrictEqual({ sentiment: 'negative', count: 1000, total: 1200 });
    expect(recogniseDistributionLine('Positive: nine out of 11')).toBeUndefined();
  });

  it('returns the sentiment of a class written with "ſ" for "s", which the case-blind reading takes for an "s"', () => {
    // The class was the line's word lower-cased, "poſitive": no sentiment at all.
    expect(recogniseDistributionLine('1. Poſitive: 9 out of 11')).toStrictEqual({ sentiment: 'positive', count: 9, total: 11 });
  });
});

describe('recogniseDate', () => {
  it.each([
    ['Jul 15, 2013', '2013-07-15'],
    ['Sep 5, 2013', '2013-09-05'],
    ['Sept. 5, 2013', '2013-09-05'],
    ['September 5,2013', '2013-09-05'],
    ['feb 29, 2012', '2012-02-29'],
    ['Feb 29, 2013', null],
    ['Apr 0, 2013', null],
    ['Apr 31, 2013', null],
    ['Dec 31, 2013', '2013-12-31'],
    ['Feb 29, 2000', '2000-02-29'],
    ['Feb 29, 1900', null],
  ])('reads %j as %j', (text, iso) => {
    expect(recogniseDate(text)).toStrictEqual({ iso });
  });

  it.each(['Foo 5, 2013', 'Janu 5, 2013', 'Septem 5, 2013', 'Jul 15 2013', 'Jul 15, 13', '15 Jul, 2013'])('turns away %j', (text) => {
    expect(recogniseDate(text)).toBeUndefined();
  });
});

describe('the number recognisers', () => {
  it('read bare scores, user scores and item numbers', () => {
    expect(recogniseBareNumber('80')).toBe(80);
    expect(recogniseBareNumber('1000')).toBeUndefined();
    expect(recogniseUserScore('8.6')).toBe(8.6);
    expect(recogniseUserScore('10')).toBe(10);
    expect(recogniseUserScore('12')).toBeUndefined();
    expect(recogniseUserScore('8.65')).toBeUndefined();
    expect(recogniseNumbered('10. 90')).toStrictEqual({ number: 10, rest: '90' });
    expect(recogniseNumbered('3.')).toStrictEqual({ number: 3, rest: '' });
    expect(recogniseNumbered('3.5 stars')).toBeUndefined();
  });
});

describe('the critic recognisers', () => {
  it('read "Reviewed by" with the name on the line or the next', () => {
    expect(recogniseReviewedBy('Reviewed by: Noel Murray')).toStrictEqual({ name: 'Noel Murray' });
    expect(recogniseReviewedBy('Reviewed by')).toStrictEqual({ name: '' });
    expect(recogniseReviewedBy('Reviewed byline')).toBeUndefined();
  });

  it('read the bullets of a profile block', () => {
    expect(recogniseBullet('• Network: NBC')).toBe('Network: NBC');
    expect(recogniseBullet('· 80 A')).toBe('80 A');
    expect(recogniseBullet('Network: NBC')).toBeUndefined();
    expect(recogniseDetail('Series Premiere Date: Dec 17, 2012')).toStrictEqual({ label: 'Series Premiere Date', value: 'Dec 17, 2012' });
    expect(recogniseDetail(': NBC')).toBeUndefined();
    expect(recogniseDetail('12:30 show')).toBeUndefined();
    expect(recogniseTitleMetascore('72 Metascore')).toStrictEqual({ metascore: 72 });
    expect(recogniseTitleMetascore('TBD Metascore')).toStrictEqual({ metascore: 'tbd' });
    expect(recogniseScoreBullet('40 Critic Score')).toStrictEqual({ score: 40, by: { kind: 'critic-score' } });
    expect(recogniseScoreBullet('25 Reviewed by')).toStrictEqual({ score: 25, by: { kind: 'reviewed-by' } });
    expect(recogniseScoreBullet('25 Reviewed by: Ty Burr')).toStrictEqual({ score: 25, by: { kind: 'name', name: 'Ty Burr' } });
    expect(recogniseScoreBullet('80 Sheri Linden')).toStrictEqual({ score: 80, by: { kind: 'name', name: 'Sheri Linden' } });
    expect(recogniseScoreBullet('72 Title Metascore')).toBeUndefined();
    expect(recogniseScoreBullet('Sheri Linden')).toBeUndefined();
    expect(recogniseMediaFilter('TV Shows')).toBe('TV Shows');
    expect(recogniseMediaFilter('Books')).toBeUndefined();
  });
});

describe('recogniseProfileLine', () => {
  it.each([
    ['For 1,095 reviews, this publication has graded:', { kind: 'graded', count: 1095, subject: 'publication' }],
    ['For 4 reviews, this critic has graded', { kind: 'graded', count: 4, subject: 'critic' }],
    ['• 75% higher than the average critic', { kind: 'percent', relation: 'higher', value: 75 }],
    ['• 0% same as the average critic', { kind: 'percent', relation: 'same', value: 0 }],
    ['• 25% lower than average critic', { kind: 'percent', relation: 'lower', value: 25 }],
    ['On average, this critic grades 12.7 points higher than other critics. (0-100 point scale)', { kind: 'points', subject: 'critic', value: 12.7 }],
    ['On average, this publication grades 7.9 points lower than other critics.', { kind: 'points', subject: 'publication', value: -7.9 }],
    ['On average, this critic grades 0 points lower than other critics', { kind: 'points', subject: 'critic', value: 0 }],
    ['Average review score: 80', { kind: 'average', media: null, value: 80 }],
    ['Average TV Show review score: 71', { kind: 'average', media: 'TV Show', value: 71 }],
    ['Highest review score: 90 Nightingale: Season 1', { kind: 'extreme', which: 'highest', score: 90, title: 'Nightingale: Season 1' }],
    ['Lowest review score: 0 From Justin to Kelly', { kind: 'extreme', which: 'lowest', score: 0, title: 'From Justin to Kelly' }],
    ["Sheri Linden's Scores", { kind: 'heading', name: 'Sheri Linden' }],
    ['The Critics’ Scores', { kind: 'heading', name: 'The Critics' }],
    ['5,034 movie reviews', { kind: 'listed', count: 5034, media: 'movie' }],
  ])('reads %j', (text, expected) => {
    expect(recogniseProfileLine(text)).toStrictEqual(expected);
  });

  it.each(['• Network: NBC', 'Scores', 'For many reviews, this critic has graded:', 'Average review score: high'])('turns away %j', (text) => {
    expect(recogniseProfileLine(text)).toBeUndefined();
  });
});

describe('the furniture recognisers', () => {
  it('know furniture lines in any case, and no long line but a "> " track', () => {
    for (const text of [
      'Watch On',
      'BUY NOW',
      'There are no negative critic reviews yet.',
      'See all 1,234 Critic Reviews',
      '> Crazy Train',
      `> ${'x'.repeat(200)}`,
    ]) {
      expect(recogniseFurniture(text)).toBe(true);
    }
    for (const text of ['Watch Only', 'See all the reviews', `Watch On ${'x'.repeat(100)}`]) expect(recogniseFurniture(text)).toBe(false);
  });

  it('match "See all ..." as case-blindly at its first letter as after it (a long s is an s)', () => {
    expect(['\u017fee all 20 Critic Reviews', 'See all 20 critic review\u017f', 'THERE ARE NO USER REVIEWS YET'].map(recogniseFurniture)).toStrictEqual([
      true,
      true,
      true,
    ]);
  });

  it('strip widget tails, however many, and only whole words', () => {
    expect(recogniseWidgetTail('Full Review »')).toBe(true);
    expect(stripWidgetTail('What gives Full Review »')).toBe('What gives');
    expect(stripWidgetTail('Sincere. Expand Expand  Read More')).toBe('Sincere.');
    expect(stripWidgetTail('Expand')).toBe('');
    expect(stripWidgetTail('Unexpand')).toBe('Unexpand');
    expect(stripWidgetTail(`Text${' Expand'.repeat(10_000)}`)).toBe('Text');
  });

  it('take each widget tail as a whole line, and no line longer, shorter or of another length', () => {
    const tails = ['Full Review »', 'Full Review', 'Read More', 'Read More »', 'Expand'];
    expect(tails.map(recogniseWidgetTail)).toStrictEqual([true, true, true, true, true]);
    expect([...tails.map((tail) => `${tail}.`), ...tails.map((tail) => tail.slice(1)), 'Expanded text', 'A'.repeat(40)].some(recogniseWidgetTail)).toBe(false);
  });
});

describe('recogniseCutShort', () => {
  it('accepts a distribution line, a profile bullet or a widget line cut short past its number', () => {
    for (const text of ['1. Positive: 9 out of', '2. Neg', '• 49 Met', '• 40 Critic Sc', '• 25 Revie', '• tb', '0 out o', 'Rate t', '2. Che']) {
      expect(recogniseCutShort(text)).toBe(true);
    }
  });

  const lines = fc.oneof(
    fc
      .tuple(fc.integer({ min: 1, max: 3 }), fc.constantFrom('Positive', 'Mixed', 'Negative'), fc.nat(9999), fc.nat(9999))
      .map(([n, sentiment, count, total]) => `${n}. ${sentiment}: ${count} out of ${total}`),
    fc.tuple(fc.nat(100), fc.constantFrom('Metascore', 'Critic Score', 'Reviewed by')).map(([score, words]) => `• ${score} ${words}`),
  );
  // A cut inside the last number leaves a whole line (of another number), which is read as one.
  test.prop([lines, fc.nat()])('accepts every cut of such a line from its first letter to its last number, and never the whole line', (line, at) => {
    const from = line.search(/\p{L}/u) + 1;
    const to = /\d$/u.test(line) ? line.lastIndexOf(' ') + 1 : line.length - 1;
    const cut = line.slice(0, from + (at % (to - from + 1))).trimEnd();
    expect(recogniseCutShort(cut)).toBe(cut.length >= 4);
    expect(recogniseCutShort(line)).toBe(false);
  });

  it('rejects whole lines, bare numbers, short stubs and other text', () => {
    for (const text of [
      '1. Positive: 9 out of 11',
      '• 49 Metascore',
      '• 25 Reviewed by',
      '80',
      '1.',
      'Ra',
      '• T',
      '• 80 Sheri Linden',
      '3. Negligible at best.',
      '0 out of 10',
    ]) {
      expect(recogniseCutShort(text)).toBe(false);
    }
  });
});

describe('endsWithWidgetTail', () => {
  it('is true where stripWidgetTail would cut a tail, a word of its own', () => {
    for (const text of ['Such a bore. Full Review »', 'Expand', 'A fine film. Read More', 'To Expand', 'Unexpand', 'Full Review » and more', '']) {
      expect(endsWithWidgetTail(text)).toBe(stripWidgetTail(text) !== text);
    }
    expect(endsWithWidgetTail('Such a bore. Full Review »')).toBe(true);
    expect(endsWithWidgetTail('Unexpand')).toBe(false);
  });
});

describe('isWord', () => {
  it('returns true for the word in any case, as toLowerCase has it', () => {
    expect(['Metascore', 'METASCORE', 'metascore'].map((text) => recognise.isWord(text, 'metascore'))).toStrictEqual([true, true, true]);
    expect(recognise.isWord('\u212Aey', 'key')).toBe(true);
  });

  it('returns false for another word of the same length', () => {
    expect([recognise.isWord('Metascorf', 'metascore'), recognise.isWord('met@score', 'metascore'), recognise.isWord('ſcore', 'score')]).toStrictEqual([
      false,
      false,
      false,
    ]);
  });
});
