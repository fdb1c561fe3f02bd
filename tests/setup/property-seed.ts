/**
 * The seed of every property test's draws in `npm test`, so that a run is
 * reproducible: the same pages are drawn on every machine and every run, and a
 * green suite stays green until the code changes. Drawing new pages is the fuzz's
 * job (`npm run fuzz -- --minutes N`, with a fresh seed each run, saving what it
 * finds in tests/fixtures/fuzz/), or set `FC_SEED` to draw others:
 * `FC_SEED=123 npx vitest run tests/property`, or `FC_SEED=random` for a new
 * seed each run (fast-check prints the seed of a failure, to replay it with
 * `FC_SEED=<seed>`). A property that draws with a seed of its own in `npm test`
 * takes it through {@link seedOption}, so that `FC_SEED` moves it too.
 */
import fc from 'fast-check';

/** The seed `npm test` draws with when `FC_SEED` is unset. */
const DEFAULT_SEED = 20_261_202;

/** What `FC_SEED` asks for: a seed, a new seed each run (`'random'`), or nothing (`undefined`: the defaults). */
function requestedSeed(requested: string | undefined): number | 'random' | undefined {
  if (requested === undefined || requested === '') return undefined;
  if (requested === 'random') return 'random';
  const seed = Number(requested);
  if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer or "random"; got ${JSON.stringify(requested)}`);
  return seed;
}

/**
 * The `seed` option of a property that draws with a seed of its own in `npm test`
 * (`fc.assert(property, { numRuns, ...seedOption(15) })`): `own` when `FC_SEED`
 * is unset, `FC_SEED`'s seed when it names one (the seed a failure printed
 * replays it), none when it is `random` (fast-check then draws a new seed).
 */
export function seedOption(own: number, requested: string | undefined = process.env.FC_SEED): { readonly seed?: number } {
  const seed = requestedSeed(requested);
  if (seed === 'random') return {};
  return { seed: seed ?? own };
}

const requested = requestedSeed(process.env.FC_SEED);
if (requested !== 'random') fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: requested ?? DEFAULT_SEED });
