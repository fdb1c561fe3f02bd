import { describe, expect, it } from 'vitest';
import { verdictReader } from '../../../../src/parse/sites/metacritic/readers/verdict.js';
import { readLine, stalledOnTheLoop } from '../reading.js';

describe('verdictReader', () => {
  it("takes the critics' verdict line alone, keeps its label and count, and opens the critics' list", () => {
    const { next, state, diagnostics } = readLine(verdictReader, 'Generally favorable reviews - based on 11 Critics\n  1. 80\n');
    expect([next, state.verdict, state.phase, diagnostics]).toStrictEqual([1, { label: 'Generally favorable reviews', count: 11, line: 0 }, 'critic', []]);
  });

  it("takes a users' verdict line into the user block, and opens it", () => {
    const { next, state } = readLine(verdictReader, 'Universal acclaim- based on 476 Ratings\n');
    expect([next, state.verdict, state.phase, state.users?.verdict, state.users?.ratingCount]).toStrictEqual([1, undefined, 'user', 'Universal acclaim', 476]);
  });

  it('reports a label it does not know as unknown-verdict, and keeps it; "No score yet" is known', () => {
    expect(readLine(verdictReader, 'Pretty good - based on 4 Critics').diagnostics).toStrictEqual(['unknown-verdict@1']);
    expect(readLine(verdictReader, 'No score yet - based on 3 Critics').diagnostics).toStrictEqual([]);
  });

  it('tells a label the same way each time it is read, on page after page, past the labels it keeps', () => {
    // 70 spellings of a known label (its letters' case, one bit of i each), more than it keeps, and 70 unknown labels.
    const casing = (text: string, bits: number): string => Array.from(text, (char, at) => ((bits >> at) & 1 ? char.toUpperCase() : char)).join('');
    const labels = Array.from({ length: 140 }, (_, i) => (i % 2 === 0 ? casing('universal acclaim', i) : `Pretty good ${i}`));
    for (let round = 0; round < 2; round++) {
      for (const label of labels) {
        expect(readLine(verdictReader, `${label} - based on 4 Critics`).diagnostics).toStrictEqual(label.startsWith('Pretty') ? ['unknown-verdict@1'] : []);
      }
    }
  });

  it('reports a second verdict of either owner as repeated-block, and keeps the first', () => {
    const critics = readLine(verdictReader, 'x\nMixed or average reviews - based on 9 Critics', 1, (state) => {
      state.verdict = { label: 'Universal acclaim', count: 5, line: 0 };
    });
    expect([critics.next, critics.state.verdict?.count, critics.diagnostics]).toStrictEqual([2, 5, ['repeated-block@2']]);
    const users = readLine(verdictReader, 'x\nMixed or average reviews- based on 9 Ratings', 1, (state) => {
      state.users = { verdict: 'Universal acclaim', ratingCount: 5, score: null, distribution: undefined, reviews: [], first: 0, last: 0 };
    });
    expect([users.state.users?.ratingCount, users.diagnostics]).toStrictEqual([5, ['repeated-block@2']]);
  });

  it('keeps a count past 2^53 null, with a count-out-of-range warning', () => {
    const { state, diagnostics } = readLine(verdictReader, 'Universal acclaim - based on 9007199254740993 Critics');
    expect([state.verdict?.count, diagnostics]).toStrictEqual([null, ['count-out-of-range@1']]);
  });

  it('makes the loop throw a ReaderError naming it when it makes no progress', () => {
    expect(stalledOnTheLoop(verdictReader, 'Pusher\nUniversal acclaim - based on 5 Critics')).toStrictEqual({
      reader: 'verdict',
      line: 1,
      message: 'Reader "verdict" made no progress at line 2: returned line 2.',
    });
  });
});
