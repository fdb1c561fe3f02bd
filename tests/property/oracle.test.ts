/**
 * The differential test (opt-in: `npm run oracle -- [--ref REF] --pages N`,
 * which builds the oracle and sets ORACLE_MODULE and ORACLE_PAGES): today's
 * parser against the parser at another commit, on every corpus case with each
 * re-indentation and each way people copy a page, every fuzz fixture, and N
 * generated and mutated pages from the fuzz's generators.
 */
import { fc } from '@fast-check/vitest';
import { expect, it } from 'vitest';
import { COPY_VARIANTS } from '../../scripts/copy-variants.mjs';
import { parse } from '../../src/index.js';
import { ALL_SITES } from '../../src/sites/index.js';
import type { MediaType } from '../../src/types/page.js';
import { anyInput, furnitureInsertions, mutatedPage, pageLike } from './arbitraries.js';
import { readFixtures } from './fuzz.js';
import { withFurniture } from './invariants.js';
import { corpusTexts, factChangingFix, firstDifference, knownFixes, loadOracle, readNew, REINDENTATIONS } from './oracle.js';

const pages = Number(process.env['ORACLE_PAGES'] ?? '0');
/**
 * `k/n` (ORACLE_SHARD, default `0/1`): this run is shard k of n, which `npm run oracle -- --jobs n`
 * runs side by side: shard 0 takes the corpus and the fixtures, and each shard every n-th batch of
 * the generated pages, so that the n shards together compare what one run would.
 */
const [shard = 0, shards = 1] = (process.env['ORACLE_SHARD'] ?? '0/1').split('/').map(Number);
const module = process.env['ORACLE_MODULE'] ?? '';
/** Against the parser before the one-pass rewrite: its Metacritic reading, with the known fixes. */
const legacy = process.env['ORACLE_LEGACY'] === '1';

const generated: fc.Arbitrary<{ readonly text: string; readonly media: MediaType | undefined }> = fc.record({
  text: fc.oneof(
    anyInput,
    pageLike,
    mutatedPage(6),
    fc.tuple(mutatedPage(6), furnitureInsertions).map(([text, furniture]) => withFurniture(text, furniture)),
  ),
  media: fc.constantFrom<MediaType | undefined>(undefined, undefined, undefined, 'tv', 'game'),
});

it.runIf(pages > 0 && module !== '')(
  `gives the oracle's results (${process.env['ORACLE_REF'] ?? ''}) on the corpus, its copies, the fuzz fixtures and ${pages} generated pages${shards > 1 ? ` (shard ${shard} of ${shards})` : ''}`,
  { timeout: 3_600_000 },
  async () => {
    const oracle = await loadOracle(module);
    const counts = new Map<string, number>();
    const failures: string[] = [];
    const count = (group: string): void => {
      counts.set(group, (counts.get(group) ?? 0) + 1);
    };
    const differ = (group: string, text: string, media: MediaType | undefined, old: string, now: string): void => {
      if (old === now || failures.length >= 10) return;
      const difference = firstDifference(JSON.parse(old), JSON.parse(now));
      failures.push(
        `${group}: ${JSON.stringify(text.slice(0, 400))} (media ${String(media)}): at ${difference?.path}: old ${JSON.stringify(difference?.old)}, now ${JSON.stringify(difference?.now)}`,
      );
    };
    const compare = (group: string, text: string, media?: MediaType): void => {
      const options = media === undefined ? undefined : { media };
      if (legacy) {
        const fix = factChangingFix(text);
        if (fix !== undefined) {
          count(`${group}, not compared (changed on purpose: ${fix})`);
          return;
        }
        count(group);
        differ(group, text, media, JSON.stringify(knownFixes(oracle.parse(text, options))), JSON.stringify(readNew(text, media)));
        return;
      }
      count(group);
      differ(group, text, media, JSON.stringify(oracle.parse(text, options)), JSON.stringify(parse(text, options)));
      if (oracle.ALL_SITES !== undefined) {
        differ(
          `${group}, ALL_SITES`,
          text,
          media,
          JSON.stringify(oracle.parse(text, { ...options, sites: oracle.ALL_SITES })),
          JSON.stringify(parse(text, { ...options, sites: ALL_SITES })),
        );
      }
    };
    for (const { text } of shard === 0 ? corpusTexts() : []) {
      for (const [how, reindent] of REINDENTATIONS) compare(`corpus ${how}`, reindent(text));
      if (!legacy) for (const [how, copy] of Object.entries(COPY_VARIANTS)) compare(`corpus copied (${how})`, copy(text));
    }
    for (const { fixture } of shard === 0 ? readFixtures() : []) {
      compare('fuzz fixtures', fixture.text);
      if (fixture.furniture) compare('fuzz fixtures, furniture put in', withFurniture(fixture.text, fixture.furniture));
    }
    const started = Date.now();
    const batch = 10_000;
    for (let done = shard * batch; done < pages; done += shards * batch) {
      for (const { text, media } of fc.sample(generated, { numRuns: Math.min(batch, pages - done), seed: done + 1 })) compare('generated', text, media);
    }
    console.log(
      `oracle: ${[...counts].map(([group, n]) => `${group} ${n}`).join(', ')}; generated in ${Math.round((Date.now() - started) / 1000)} s; ${failures.length === 0 ? 'no difference' : `${failures.length}+ differences`}`,
    );
    expect(failures).toStrictEqual([]);
  },
);
