/**
 * formatPage on OpenCritic pages: every golden case of the OpenCritic site,
 * written back in one of its layouts (review list or game page), parses with
 * ALL_SITES to the same facts, and writing the re-read page gives the same
 * text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPage } from '../../src/formats/index.js';
import { parse } from '../../src/index.js';
import type { Page } from '../../src/index.js';
import { ALL_SITES } from '../../src/sites/index.js';

const folder = join(import.meta.dirname, '..', 'sites', 'opencritic');
const cases = readdirSync(folder)
  .filter((file) => file.endsWith('.txt'))
  .sort();

/** The facts of a page, without the spans (which differ between two texts of the same facts) and printed texts. */
function factsOf(page: Page): unknown {
  return JSON.parse(
    JSON.stringify(page, (key, value: unknown) => (key === 'span' || key === 'spans' || key === 'raw' || key === 'dateText' ? undefined : value)),
  ) as unknown;
}

const read = (text: string): Page => parse(text, { sites: ALL_SITES }).page;

describe('formatPage on OpenCritic pages', () => {
  it('finds the golden cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  for (const file of cases) {
    it(`writes ${file} back as text that parses to the same facts, details included`, () => {
      const page = read(readFileSync(join(folder, file), 'utf8'));
      expect(page.source).toBe('opencritic');
      const written = formatPage(page);
      const again = parse(written, { sites: ALL_SITES });
      expect(factsOf(again.page)).toStrictEqual(factsOf(page));
      expect(again.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info')).toStrictEqual([]);
      expect(formatPage(again.page)).toBe(written);
    });
  }

  it('writes a review list in its layout, with the percentile sentence and a video review', () => {
    const page = read(
      'Hades Reviews\n\nHades is ranked in the 98th percentile of games scored on OpenCritic.\nIGN\nJane Doe\nTop Critic\n9 / 10\nSep 17, 2020\n\nSuperb.\n\nRead full review\n\nUnscored\nSep 18, 2020\nundefined video thumbnail\n',
    );
    expect(formatPage(page)).toBe(
      'Hades Reviews\n\nHades is ranked in the 98th percentile of games scored on OpenCritic.\nIGN\nJane Doe\nTop Critic\n9 / 10\nSep 17, 2020\n\nSuperb.\n\nRead full review\n\nSep 18, 2020\nundefined video thumbnail\n',
    );
  });

  it('writes a game page with its figures where the page had them', () => {
    const page = read('Hades\n\nTop Critic Average\n93\nCritics Recommend\n98%\nCritic Reviews for Hades\nSuperb.\nA must.\n');
    expect(formatPage(page)).toBe('Hades\n\nTop Critic Average\n93\nCritics Recommend\n98%\nCritic Reviews for Hades\nSuperb.\nA must.\n');
  });

  it('writes a score with no printed mark as "<score> / 100", which reads back as that mark', () => {
    const page = read('Hades Reviews\n\nIGN\n9 / 10\nSep 17, 2020\n\nSuperb.\n\nRead full review\n');
    const review = page.reviews[0];
    if (review === undefined) throw new Error('the page has its review');
    const written = formatPage({ ...page, reviews: [{ ...review, mark: null, score: 85 }] });
    expect(written).toBe('Hades Reviews\n\nIGN\n85 / 100\nSep 17, 2020\n\nSuperb.\n\nRead full review\n');
    expect(read(written).reviews.map(({ mark, score }) => ({ mark, score }))).toStrictEqual([{ mark: '85 / 100', score: 85 }]);
  });

  it('throws a RangeError naming the field for a number the layout cannot print', () => {
    const page = read(
      'Hades Reviews\n\nHades is ranked in the 98th percentile of games scored on OpenCritic.\nIGN\n9 / 10\nSep 17, 2020\n\nSuperb.\n\nRead full review\n',
    );
    const review = page.reviews[0];
    if (review === undefined) throw new Error('the page has its review');
    expect(() => formatPage({ ...page, percentile: 101 })).toThrow(/^formatPage: percentile must be a whole number from 0 to 100; got 101\.$/u);
    expect(() => formatPage({ ...page, reviews: [{ ...review, mark: null, score: 85.5 }] })).toThrow(
      /^formatPage: reviews\[0\]\.score must be a whole number from 0 to 100; got 85\.5\.$/u,
    );
    expect(() => formatPage({ ...page, reviews: [{ ...review, date: '2020-13-01' }] })).toThrow(RangeError);
  });

  it('throws a TypeError for a value that is no page', () => {
    expect(() => formatPage({} as Page)).toThrow(TypeError);
  });
});
