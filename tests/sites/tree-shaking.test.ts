/**
 * Each site of critic-consensus/sites is importable alone: a bundle of one
 * site, from the library built as dist/ is built (the sites module one file),
 * holds that site's code and what it shares, and no other site's. The least a
 * bundle can hold is what the same import from the sources holds, where a
 * bundler keeps only the modules the site imports; a statement at a module's
 * level with a side effect (a call not marked pure, a spread) would keep its
 * site's code in every bundle of the built module, and shows here as bytes
 * past that.
 */
import { describe, expect, it } from 'vitest';
import { measureSiteBundles, type SiteBundle } from '../../scripts/site-bundles.mjs';

/** Room for what minifying one file rather than many names differently: 1% and 64 bytes. */
const ROOM = (bytes: number): number => bytes * 1.01 + 64;

describe('critic-consensus/sites, bundled', () => {
  let measured: Awaited<ReturnType<typeof measureSiteBundles>> | undefined;
  const sites = async (): Promise<readonly SiteBundle[]> => (measured ??= await measureSiteBundles({ brotli: false })).sites;

  it('adds to a bundle of one site no more from the built module than from the sources', { timeout: 120_000 }, async () => {
    const past = (await sites())
      .filter(({ sources, built }) => built.minified > ROOM(sources.minified))
      .map(({ name, sources, built }) => `${name}: ${built.minified} bytes built, ${sources.minified} from the sources`);
    expect(past).toStrictEqual([]);
  });

  it('costs less for any one site than for ALL_SITES', { timeout: 120_000 }, async () => {
    const all = (await sites()).find(({ name }) => name === 'ALL_SITES');
    expect(all).toBeDefined();
    const alone = (await sites()).filter(({ name }) => name !== 'ALL_SITES');
    expect(alone.length).toBeGreaterThanOrEqual(10);
    // The largest site, Rotten Tomatoes', is under half of all of them.
    expect(alone.filter(({ built }) => built.minified >= (all?.built.minified ?? 0) / 2)).toStrictEqual([]);
  });
});
