import { describe, expect, it } from 'vitest';
import { detailReader, mediaFilterReader, unplacedBulletReader } from '../../../../src/parse/sites/metacritic/readers/details.js';
import { ensureProfile } from '../../../../src/parse/sites/metacritic/state.js';
import { opensOn, readLine, stalledOnTheLoop } from '../reading.js';

describe('detailReader', () => {
  it('takes a "• Label: value" bullet as a detail, and the media its label says', () => {
    const { next, state } = readLine(detailReader, '  • Network: NBC\n  • Starring: Tom Hanks');
    expect([next, state.details.map(({ label, value }) => [label, value]), state.media]).toStrictEqual([1, [['Network', 'NBC']], 'tv']);
  });

  it('takes the lines indented deeper than its bullet as its value, up to its "Expand"', () => {
    const { next, state } = readLine(detailReader, '  • Summary: A show\n\n    about a town. Expand\n    After.\nUniversal acclaim - based on 5 Critics');
    expect([next, state.details.map(({ value, span }) => [value, span.start.line, span.end.line])]).toStrictEqual([3, [['A show about a town.', 1, 3]]]);
  });

  it('takes a detail with its bullet dropped, as a copy has it', () => {
    expect(readLine(detailReader, 'Record Label: Epic').state.details.map(({ label, value }) => [label, value])).toStrictEqual([['Record Label', 'Epic']]);
  });

  it('makes the loop throw a ReaderError naming it when it makes no progress', () => {
    expect(stalledOnTheLoop(detailReader, '  • Network: NBC')).toMatchObject({ reader: 'detail', line: 0 });
  });
});

describe('mediaFilterReader', () => {
  it('takes "• TV Shows" as the profile\'s media filter, opening the profile', () => {
    const { next, state } = readLine(mediaFilterReader, '  • TV Shows\n');
    expect([next, state.phase, state.profile?.mediaFilter, state.profile?.first]).toStrictEqual([1, 'profile', 'tv', 0]);
  });

  it('keeps the first filter of a profile', () => {
    const { state } = readLine(mediaFilterReader, 'x\n  • Movies', 1, (prepared) => {
      ensureProfile(prepared, 0).mediaFilter = 'game';
    });
    expect([state.profile?.mediaFilter, state.profile?.last]).toStrictEqual(['game', 1]);
  });

  it('takes a row of several media as the media the profile has, which says no media of the page', () => {
    const { next, state } = readLine(mediaFilterReader, '  • Movies\n  • TV\n\n  • Games\n  • Music\nFor 6 reviews, this critic has graded:');
    expect([next, state.profile?.mediaFilter, state.profile?.last]).toStrictEqual([5, null, 4]);
  });

  it('takes a row that names one medium twice, as a copy leaves it ("TV" and "TV Shows"), as that medium', () => {
    const { next, state } = readLine(mediaFilterReader, 'TV\nTV Shows\nAverage review score: 70');
    expect([next, state.profile?.mediaFilter]).toStrictEqual([2, 'tv']);
  });

  it("opens on a profile or at the start of a page, not in a title's lists", () => {
    expect(
      opensOn(mediaFilterReader, '  • Movies', 0, (state) => {
        state.phase = 'critic';
      }),
    ).toBe(false);
    expect(
      opensOn(mediaFilterReader, '  • Movies', 0, (state) => {
        state.phase = 'profile';
      }),
    ).toBe(true);
  });

  it('makes the loop throw a ReaderError naming it when it makes no progress', () => {
    expect(stalledOnTheLoop(mediaFilterReader, '  • Movies')).toMatchObject({ reader: 'media filter', line: 0 });
  });
});

describe('unplacedBulletReader', () => {
  it('takes a bullet that opens no part here alone, and reports it as unrecognised-line', () => {
    const { next, state } = readLine(unplacedBulletReader, '  • Q Magazine\n    Text.');
    expect([next, state.report.diagnostics.map(({ code, message }) => [code, message])]).toStrictEqual([
      1,
      [['unrecognised-line', 'The bullet "Q Magazine" fits no part of a review page at this place.']],
    ]);
  });

  it('makes the loop throw a ReaderError naming it when it makes no progress', () => {
    expect(stalledOnTheLoop(unplacedBulletReader, '  • Q Magazine')).toMatchObject({ reader: 'unplaced bullet', line: 0 });
  });
});
