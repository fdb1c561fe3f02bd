import { describe, expect, it } from 'vitest';
import { profileStatisticsReader } from '../../../../src/parse/sites/metacritic/readers/profile-statistics.js';
import { profileBlockReader } from '../../../../src/parse/sites/metacritic/readers/profile-blocks.js';
import type { MetacriticState } from '../../../../src/parse/sites/metacritic/state.js';
import type { Review } from '../../../../src/types/page.js';
import { opensOn, readLine, stalledOnTheLoop } from '../reading.js';

describe('profileStatisticsReader', () => {
  it.each([
    ['For 1,095 reviews, this publication has graded:', { reviewsGraded: 1095, subject: 'publication' }],
    ['  • 75% higher than the average critic', { percentHigher: 75 }],
    ['  • 0% same as the average critic', { percentSame: 0 }],
    ['  • 25% lower than the average critic', { percentLower: 25 }],
    ['75% higher than the average critic', { percentHigher: 75 }],
    ['On average, this critic grades 12.7 points higher than other critics. (0-100 point scale)', { pointsVsAverage: 12.7, subject: 'critic' }],
    ['Average TV Show review score: 71', { averageScore: 71 }],
    ['Highest review score: 90 Nightingale:  Season 1', { highest: { score: 90, title: 'Nightingale: Season 1' } }],
    ['Lowest review score: 0 From Justin to Kelly', { lowest: { score: 0, title: 'From Justin to Kelly' } }],
    ["Sheri  Linden's Scores", { name: 'Sheri Linden' }],
    ['4 tv reviews', { listedCount: 4 }],
  ])('takes "%s" alone into the profile, opening it', (line, fields) => {
    const { next, state, diagnostics } = readLine(profileStatisticsReader, `${line}\nmore`);
    expect([next, state.phase, state.profile?.first, state.profile?.last, diagnostics]).toStrictEqual([1, 'profile', 0, 0, []]);
    expect(state.profile).toMatchObject(fields);
  });

  it('takes the media that an average or a listed count names', () => {
    expect(readLine(profileStatisticsReader, 'Average TV Show review score: 71').state.media).toBe('tv');
    expect(readLine(profileStatisticsReader, '279 game reviews').state.media).toBe('game');
  });

  it('reports each statistic the profile has already as repeated-block, and keeps the first', () => {
    const lines = [
      'For 3 reviews, this critic has graded:',
      '• 10% higher than the average critic',
      'On average, this critic grades 1 points lower than other critics.',
      'Average Movie review score: 60',
      'Highest review score: 90 A',
      "Jane Doe's Scores",
      '3 movie reviews',
    ];
    for (const line of lines) {
      const twice = `${line}\n${line.replace(/\d+/u, '4')}`;
      const first = readLine(profileStatisticsReader, twice).state;
      const { state, diagnostics } = readLine(profileStatisticsReader, twice, 1, (prepared) => {
        prepared.profile = structuredClone(first.profile);
      });
      expect([line, diagnostics]).toStrictEqual([line, ['repeated-block@2']]);
      expect(state.profile).toStrictEqual({ ...first.profile, last: 1 });
    }
  });

  it.each([
    ['Average review score: 180', 'averageScore'],
    ['Average Movie review score: 100.5', 'averageScore'],
    ['Highest review score: 190 Some Film', 'highest'],
    ['Highest review score: 1000 Some Film', 'highest'],
    ['Lowest review score: 101 Some Film', 'lowest'],
  ])('reads "%s", past the 0-100 scale, as the profile statistic it is, kept null with a score-out-of-range warning', (line, field) => {
    const { next, state, diagnostics } = readLine(profileStatisticsReader, `${line}\nmore`);
    expect([next, state.phase, diagnostics]).toStrictEqual([1, 'profile', ['score-out-of-range@1']]);
    expect(state.profile?.[field as 'averageScore' | 'highest' | 'lowest']).toBeNull();
  });

  it('keeps a count past 2^53 null, with a count-out-of-range warning', () => {
    const { state, diagnostics } = readLine(profileStatisticsReader, 'For 9007199254740993 reviews, this critic has graded:');
    expect([state.profile?.reviewsGraded, diagnostics]).toStrictEqual([null, ['count-out-of-range@1']]);
  });

  it('reads "4,210 reviews" (no media word) inside a profile with no list yet as its listed count, the media left unsaid', () => {
    const { next, state, diagnostics } = readLine(profileStatisticsReader, 'For 3 reviews, this critic has graded:\n4,210 reviews', 1, (prepared) => {
      prepared.phase = 'profile';
      prepared.profile = structuredClone(readLine(profileStatisticsReader, 'For 3 reviews, this critic has graded:').state.profile);
    });
    expect([next, state.profile?.listedCount, state.profile?.last, state.media, diagnostics]).toStrictEqual([2, 4210, 1, null, []]);
  });

  it('reads "Average review score:" with no number inside a profile with no list yet as no average', () => {
    const { next, state, diagnostics } = readLine(profileStatisticsReader, 'For 0 reviews, this critic has graded:\nAverage review score: ', 1, (prepared) => {
      prepared.phase = 'profile';
      prepared.profile = structuredClone(readLine(profileStatisticsReader, 'For 0 reviews, this critic has graded:').state.profile);
    });
    expect([next, state.profile?.averageScore, state.profile?.last, diagnostics]).toStrictEqual([2, null, 1, []]);
  });

  it.each([
    ['off a profile', () => undefined],
    [
      "under the profile's list, as a review's text",
      (state: MetacriticState) => {
        state.phase = 'profile';
        state.profile = structuredClone(readLine(profileStatisticsReader, 'For 3 reviews, this critic has graded:').state.profile);
        state.reviews.push(structuredClone(readLine(profileBlockReader, '• 80 Critic Score\nFine.').state.reviews[0] as Review));
      },
    ],
  ])('takes "12 reviews" and "Average review score:" for no statistic %s', (_where, prepare) => {
    for (const line of ['12 reviews', 'Average review score:']) expect(opensOn(profileStatisticsReader, line, 0, prepare)).toBe(false);
  });

  it('makes the loop throw a ReaderError naming it when it makes no progress', () => {
    expect(stalledOnTheLoop(profileStatisticsReader, '4 tv reviews')).toMatchObject({ reader: 'profile statistics', line: 0 });
  });
});
