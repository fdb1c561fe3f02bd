/**
 * The differential test (opt-in: `npm run oracle -- --pages N`, which builds
 * the oracle and sets ORACLE_PAGES): the one-pass parser against the parser it
 * replaced, on every corpus case with each re-indentation, every fuzz
 * fixture, and N generated and mutated pages from the fuzz's generators.
 */
import { fc } from '@fast-check/vitest';
import { expect, it } from 'vitest';
import type { MediaType } from '../../src/types/page.js';
import { anyInput, furnitureInsertions, mutatedPage, pageLike } from './arbitraries.js';
import { readFixtures } from './fuzz.js';
import { withFurniture } from './invariants.js';
import { corpusTexts, factChangingFix, firstDifference, knownFixes, loadOracle, readNew, REINDENTATIONS } from './oracle.js';

const pages = Number(process.env['ORACLE_PAGES'] ?? '0');

const generated: fc.Arbitrary<{ readonly text: string; readonly media: MediaType | undefined }> = fc.record({
  text: fc.oneof(anyInput, pageLike, mutatedPage(6), fc.tuple(mutatedPage(6), furnitureInsertions).map(([text, furniture]) => withFurniture(text, furniture))),
  media: fc.constantFrom<MediaType | undefined>(undefined, undefined, undefined, 'tv', 'game'),
});

it.runIf(pages > 0)(`gives the old parser's results on the corpus, the fuzz fixtures and ${pages} generated pages`, { timeout: 3_600_000 }, async () => {
  const oracle = await loadOracle();
  const counts = new Map<string, number>();
  const failures: string[] = [];
  const compare = (group: string, text: string, media?: MediaType): void => {
    const fix = factChangingFix(text);
    if (fix !== undefined) {
      counts.set(`${group}, not compared (changed on purpose: ${fix})`, (counts.get(`${group}, not compared (changed on purpose: ${fix})`) ?? 0) + 1);
      return;
    }
    counts.set(group, (counts.get(group) ?? 0) + 1);
    const old = JSON.stringify(knownFixes(oracle(text, media === undefined ? undefined : { media })));
    const now = JSON.stringify(readNew(text, media));
    if (old !== now && failures.length < 10) {
      const difference = firstDifference(JSON.parse(old), JSON.parse(now));
      failures.push(`${group}: ${JSON.stringify(text.slice(0, 400))} (media ${String(media)}): at ${difference?.path}: old ${JSON.stringify(difference?.old)}, now ${JSON.stringify(difference?.now)}`);
    }
  };
  for (const { text } of corpusTexts()) {
    for (const [how, reindent] of REINDENTATIONS) compare(`corpus ${how}`, reindent(text));
  }
  for (const { fixture } of readFixtures()) {
    compare('fuzz fixtures', fixture.text);
    if (fixture.furniture) compare('fuzz fixtures, furniture put in', withFurniture(fixture.text, fixture.furniture));
  }
  const started = Date.now();
  const batch = 10_000;
  for (let done = 0; done < pages; done += batch) {
    for (const { text, media } of fc.sample(generated, { numRuns: Math.min(batch, pages - done), seed: done + 1 })) compare('generated', text, media);
  }
  console.log(
    `oracle: ${[...counts].map(([group, count]) => `${group} ${count}`).join(', ')}; generated in ${Math.round((Date.now() - started) / 1000)} s; ${failures.length === 0 ? 'no difference' : `${failures.length}+ differences`}`,
  );
  expect(failures).toStrictEqual([]);
});
