/**
 * The long fuzz run: `npm run fuzz -- --minutes N` (scripts/fuzz.mjs sets
 * FUZZ_MINUTES and runs this file alone). It draws cases until the time is up,
 * checks every invariant of ./invariants.ts on each, saves each failing case
 * (shrunk) as a fixture in tests/fixtures/fuzz, which ./fuzz-fixtures.test.ts
 * then re-checks in every `npm test`, and reports how many inputs it tried.
 * In `npm test`, with no FUZZ_MINUTES, it is skipped.
 */
import { fc } from '@fast-check/vitest';
import { expect, it } from 'vitest';
import { type FuzzCase, checkCase, fuzzCase, saveFixture } from './fuzz.js';
import { InvariantError } from './invariants.js';

const minutes = Number(process.env['FUZZ_MINUTES'] ?? '0');
/** How many failing cases of one invariant a run saves; it counts the others. */
const SAVED_PER_INVARIANT = 3;

it.runIf(minutes > 0)(`keeps every invariant for ${minutes} minute(s) of fuzz cases`, { timeout: (minutes + 2) * 60_000 }, () => {
  const started = Date.now();
  const deadline = started + minutes * 60_000;
  let tried = 0;
  let checks = 0;
  const saved: string[] = [];
  const failures = new Map<string, number>();
  while (Date.now() < deadline) {
    const seed = (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
    const details = fc.check(
      fc.property(fuzzCase, (fuzz: FuzzCase) => {
        checks++;
        checkCase(fuzz);
      }),
      { seed, numRuns: Number.MAX_SAFE_INTEGER, interruptAfterTimeLimit: Math.max(1, deadline - Date.now()), markInterruptAsFailure: false },
    );
    tried += details.numRuns;
    if (details.failed && details.counterexample !== null) {
      const [fuzz] = details.counterexample;
      const invariant = details.errorInstance instanceof InvariantError ? details.errorInstance.invariant : 'returns';
      failures.set(invariant, (failures.get(invariant) ?? 0) + 1);
      // A few shrunk cases per broken invariant say enough; the rest only count.
      if ((failures.get(invariant) ?? 0) <= SAVED_PER_INVARIANT) saved.push(saveFixture(fuzz, details.errorInstance, seed));
    }
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(
    `fuzz: ${tried} inputs tried (${checks} checked, shrinking included) in ${seconds} s; ` +
      (failures.size === 0
        ? 'no invariant broken.'
        : `invariants broken: ${[...failures].map(([name, count]) => `${name} ${count}x`).join(', ')}; saved in tests/fixtures/fuzz: ${saved.join(', ')}`),
  );
  expect(saved).toStrictEqual([]);
});
