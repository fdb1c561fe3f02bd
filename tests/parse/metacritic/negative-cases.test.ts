/**
 * Negative cases, as chrono keeps them: the lines of
 * tests/parse/negative-cases.txt, which look like a part of a review but
 * must stay a review's text. Each is put in a critic item; none may become a
 * publication, a critic or a score.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/index.js';

/** The cases of the file, by the heading they stand under. */
function readCases(text: string): Map<string, string[]> {
  const cases = new Map<string, string[]>();
  let heading: string | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    if (/^\[.+\]$/u.test(line)) {
      heading = line.slice(1, -1);
      cases.set(heading, []);
    } else if (heading === undefined) {
      throw new Error(`negative-cases.txt: the line ${JSON.stringify(line)} stands under no heading.`);
    } else {
      cases.get(heading)?.push(line);
    }
  }
  return cases;
}

const CASES = readCases(readFileSync(join(import.meta.dirname, '..', 'negative-cases.txt'), 'utf8'));
const casesOf = (heading: string): string[] => CASES.get(heading) ?? [];

const HEAD = 'Universal acclaim - based on 9 Critics\n';

describe('the negative cases file', () => {
  it('has its three lists, each with cases and none twice', () => {
    expect([...CASES.keys()]).toStrictEqual(['not a publication', 'not a critic', 'not a score']);
    const all = [...CASES.values()].flat();
    expect(CASES.get('not a critic')?.length).toBeGreaterThan(0);
    expect(new Set(all).size).toBe(all.length);
  });

  it('refuses a case under no heading', () => {
    expect(() => readCases('Fine\n[not a score]\n80%\n')).toThrow('the line "Fine" stands under no heading');
  });
});

describe('negative cases: text that must stay text', () => {
  it.each(casesOf('not a publication'))('does not read "%s" above more text as a publication', (line) => {
    const { page } = parse(`${HEAD}  1. ${line}\n    Another review.\n`);
    expect(page.reviews.map(({ publication }) => publication)).toStrictEqual(page.reviews.map(() => null));
    expect(page.reviews[0]?.excerpt).toBe(line);
  });

  it.each(casesOf('not a critic'))('does not read "%s" as a critic', (line) => {
    const { page } = parse(`${HEAD}  1. 80\n    ${line}\n`);
    expect(page.reviews).toHaveLength(1);
    expect(page.reviews[0]).toMatchObject({ critic: null, score: 80, excerpt: line });
  });

  it.each(casesOf('not a score'))('does not read "%s" as a score', (line) => {
    const { page } = parse(`${HEAD}  1. ${line}\n    A review.\n`);
    expect(page.reviews.map(({ score }) => score)).toStrictEqual(page.reviews.map(() => null));
    // A one-word line above text reads as a publication ("indieWIRE"); either way its number is no score.
    expect([page.reviews[0]?.publication, page.reviews[0]?.excerpt]).toContain(line);
  });
});
