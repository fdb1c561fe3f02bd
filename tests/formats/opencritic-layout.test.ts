import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import type { Page } from '../../src/index.js';
import { formatOpenCriticPage } from '../../src/formats/layouts/opencritic.js';
import { ALL_SITES } from '../../src/sites/index.js';

const folder = join(import.meta.dirname, '..', 'sites', 'opencritic');
const cases = readdirSync(folder).filter((file) => file.endsWith('.txt')).sort();

/** The facts of a page, without the spans (which differ between two texts of the same facts). */
function factsOf(page: Page): unknown {
  return JSON.parse(
    JSON.stringify(page, (key, value: unknown) => (key === 'span' || key === 'spans' || key === 'details' || key === 'raw' || key === 'dateText' ? undefined : value)),
  ) as unknown;
}

describe('formatOpenCriticPage', () => {
  for (const file of cases) {
    it(`writes ${file} back as text that parses to the same facts`, () => {
      const { page } = parse(readFileSync(join(folder, file), 'utf8'), { sites: ALL_SITES });
      const written = formatOpenCriticPage(page);
      const again = parse(written, { sites: ALL_SITES });
      expect(factsOf(again.page)).toStrictEqual(factsOf(page));
      expect(again.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info')).toStrictEqual([]);
      expect(formatOpenCriticPage(again.page)).toBe(written);
    });
  }

  it('writes a review list in its layout, with the percentile sentence and a video review', () => {
    const { page } = parse(
      'Hades Reviews\n\nHades is ranked in the 98th percentile of games scored on OpenCritic.\nIGN\nJane Doe\nTop Critic\n9 / 10\nSep 17, 2020\n\nSuperb.\n\nRead full review\n\nUnscored\nSep 18, 2020\nundefined video thumbnail\n',
      { sites: ALL_SITES },
    );
    expect(formatOpenCriticPage(page)).toBe(
      'Hades Reviews\n\nHades is ranked in the 98th percentile of games scored on OpenCritic.\nIGN\nJane Doe\nTop Critic\n9 / 10\nSep 17, 2020\n\nSuperb.\n\nRead full review\n\nSep 18, 2020\nundefined video thumbnail\n',
    );
  });

  it('writes a game page with its figures where the page had them', () => {
    const { page } = parse('Hades\n\nTop Critic Average\n93\nCritics Recommend\n98%\nCritic Reviews for Hades\nSuperb.\nA must.\n', { sites: ALL_SITES });
    expect(formatOpenCriticPage(page)).toBe('Hades\n\nTop Critic Average\n93\nCritics Recommend\n98%\nCritic Reviews for Hades\nSuperb.\nA must.\n');
  });

  it('throws a TypeError for a value that is no page', () => {
    expect(() => formatOpenCriticPage({} as Page)).toThrow(TypeError);
  });
});
