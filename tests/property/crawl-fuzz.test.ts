/**
 * The crawl reader's fuzz target (./crawl-fuzz.ts). In `npm test`: a few
 * hundred cases, and every saved fixture again. With FUZZ_MINUTES (`npm run
 * fuzz -- --target crawl --minutes N`): cases until the time is up, each
 * failing one (shrunk) saved in tests/fixtures/crawl-fuzz.
 */
import { fc } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { checkCrawlCase, crawlCase, readCrawlFixtures, saveCrawlFixture } from './crawl-fuzz.js';

const minutes = Number(process.env['FUZZ_MINUTES'] ?? '0');
const target = process.env['FUZZ_TARGET'] ?? 'parse';

describe('readWarcRecords under random faults', () => {
  it('gives every record no fault touched once, in order, with its text', async () => {
    await fc.assert(
      fc.asyncProperty(crawlCase, (crawl) => checkCrawlCase(crawl)),
      { numRuns: 150 },
    );
  }, 120_000);

  it.each(readCrawlFixtures().map(({ file, fixture }) => [file, fixture] as const))('keeps the invariant on the saved case %s', async (_, fixture) => {
    await checkCrawlCase(fixture);
  });
});

it.runIf(minutes > 0 && target === 'crawl')(`keeps the crawl invariant for ${minutes} minute(s) of cases`, { timeout: (minutes + 2) * 60_000 }, async () => {
  const deadline = Date.now() + minutes * 60_000;
  let tried = 0;
  const saved: string[] = [];
  while (Date.now() < deadline && saved.length < 5) {
    const seed = (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
    const details = await fc.check(
      fc.asyncProperty(crawlCase, (crawl) => checkCrawlCase(crawl)),
      { seed, numRuns: Number.MAX_SAFE_INTEGER, interruptAfterTimeLimit: Math.max(1, deadline - Date.now()), markInterruptAsFailure: false },
    );
    tried += details.numRuns;
    if (details.failed && details.counterexample !== null) saved.push(saveCrawlFixture(details.counterexample[0], details.errorInstance, seed));
  }
  console.log(
    `fuzz (crawl): ${tried} segments tried; ${saved.length === 0 ? 'no invariant broken.' : `saved in tests/fixtures/crawl-fuzz: ${saved.join(', ')}`}`,
  );
  expect(saved).toStrictEqual([]);
});
