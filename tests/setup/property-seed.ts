/**
 * The seed of every property test's draws in `npm test`, so that a run is
 * reproducible: the same pages are drawn on every machine and every run, and a
 * green suite stays green until the code changes. Drawing new pages is the fuzz's
 * job (`npm run fuzz -- --minutes N`, with a fresh seed each run, saving what it
 * finds in tests/fixtures/fuzz/), or set `FC_SEED` to draw others:
 * `FC_SEED=123 npx vitest run tests/property`, or `FC_SEED=random` for a new
 * seed each run (fast-check prints the seed of a failure, to replay it with
 * `FC_SEED=<seed>`). A property that gives its own `seed` keeps it.
 */
import fc from 'fast-check';

/** The seed `npm test` draws with when `FC_SEED` is unset. */
const DEFAULT_SEED = 20_261_202;

const requested = process.env.FC_SEED;
if (requested !== 'random') {
  const seed = requested === undefined || requested === '' ? DEFAULT_SEED : Number(requested);
  if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer or "random"; got ${JSON.stringify(requested)}`);
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
}
