/**
 * Names are data: critics, publications and users called `__proto__`,
 * `constructor`, `toString` or `hasOwnProperty` come out of a page as plain
 * strings, and weigh what a weight map says of them, never what an object's
 * prototype holds.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { aggregate, parse } from '../../src/index.js';
import type { AggregateWeightsOption } from '../../src/index.js';

const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__', 'isPrototypeOf'] as const;

/** A critic-reviews page whose reviews each name a critic, a publication and a score; and a user review by the first name. */
function pageOf(names: readonly string[], scores: readonly number[]): string {
  const items = names.map((name, i) => `  ${i + 1}. Reviewed by: ${name}\n    ${scores[i] ?? 50}\n    Review number ${i + 1}.\n`);
  const user = `User Score\n8.6\nUniversal acclaim- based on 7 Ratings\n  1. ${names[0] ?? 'nobody'}\n    Jan 29, 2008\n    10\n    Loved it.\n`;
  return `Universal acclaim - based on ${names.length} Critics\n${items.join('')}${user}`;
}

/** A weight map with exactly these own keys, `__proto__` included, built without an object literal's `__proto__` setter. */
function recordOf(entries: readonly (readonly [string, number])[]): Record<string, number> {
  const record: Record<string, number> = {};
  for (const [name, weight] of entries) Object.defineProperty(record, name, { value: weight, enumerable: true, writable: true, configurable: true });
  return record;
}

/** The weighted mean by hand, looking each name up in a Map. */
function expectedMean(names: readonly string[], scores: readonly number[], weights: ReadonlyMap<string, number>, defaultWeight: number): number | undefined {
  let total = 0;
  let sum = 0;
  names.forEach((name, i) => {
    const weight = weights.get(name) ?? defaultWeight;
    total += weight;
    sum += weight * (scores[i] ?? 0);
  });
  return total === 0 ? undefined : sum / total;
}

describe('parse, with names that are also Object.prototype members', () => {
  it('reads critics, publications, users and a profile called __proto__, constructor, toString or hasOwnProperty as plain strings', () => {
    const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
    const { page, diagnostics } = parse(pageOf(names, [90, 80, 70, 60]));
    expect(page.reviews.map((review) => review.critic?.name)).toStrictEqual(names);
    expect(page.reviews.map((review) => typeof review.critic?.name)).toStrictEqual(['string', 'string', 'string', 'string']);
    expect(page.users?.reviews[0]?.user).toBe('__proto__');
    expect(diagnostics).toStrictEqual([]);
    for (const review of page.reviews) expect(Object.getPrototypeOf(review)).toBe(Object.prototype);

    const profile = parse(
      "__proto__'s Scores\nFor 2 reviews, this critic has graded:\n2 movie reviews\n    • 72 Metascore\n    • 80 toString\n    An excerpt.\n    • constructor\n    • 60 hasOwnProperty\n    Another.\n    • __proto__\n",
    ).page;
    expect(profile.profile?.name).toBe('__proto__');
    expect(profile.reviews.map((review) => [review.critic?.name, review.publication])).toStrictEqual([
      ['toString', 'constructor'],
      ['hasOwnProperty', '__proto__'],
    ]);
  });

  it('reads a detail labelled constructor as a plain label', () => {
    const { page } = parse('  • constructor: NBC\n  • hasOwnProperty: __proto__\nUniversal acclaim - based on 1 Critics\n');
    expect(page.details.map(({ label, value }) => [label, value])).toStrictEqual([
      ['constructor', 'NBC'],
      ['hasOwnProperty', '__proto__'],
    ]);
    expect(page.media).toBeNull();
  });
});

describe('aggregate, with weight maps keyed by such names', () => {
  const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
  const { page } = parse(pageOf(names, [90, 80, 70, 60]));

  it('weighs a critic called __proto__ by its own key in a map built with JSON.parse', () => {
    const values = JSON.parse('{"__proto__": 2, "constructor": 0}') as Record<string, number>;
    expect(Object.keys(values)).toStrictEqual(['__proto__', 'constructor']);
    const result = aggregate(page, { weights: { by: 'critic', values } });
    // (2 × 90 + 0 × 80 + 1 × 70 + 1 × 60) ÷ 4
    expect(result.weightedMean?.value).toBe(77.5);
    expect(result.weightedMean?.weights).toStrictEqual([
      { name: '__proto__', weight: 2, count: 1 },
      { name: 'constructor', weight: 0, count: 1 },
      { name: 'toString', weight: 1, count: 1 },
      { name: 'hasOwnProperty', weight: 1, count: 1 },
    ]);
  });

  it('weighs such names by keys made with Object.defineProperty, in a null-prototype object and in a Map', () => {
    const entries = [
      ['__proto__', 3],
      ['toString', 0.5],
    ] as const;
    const record = recordOf(entries);
    const bare = Object.assign(Object.create(null) as Record<string, number>, record);
    const expected = (3 * 90 + 1 * 80 + 0.5 * 70 + 1 * 60) / 5.5;
    for (const values of [record, bare, new Map<string, number>(entries)]) {
      expect(aggregate(page, { weights: { by: 'critic', values } }).weightedMean?.value).toBeCloseTo(expected, 12);
    }
  });

  it('gives a name missing from the map the default weight, never a member of Object.prototype', () => {
    const result = aggregate(page, { weights: { by: 'critic', values: {}, defaultWeight: 2 } });
    expect(result.weightedMean?.value).toBe(75);
    expect(result.weightedMean?.weights.map((used) => used.weight)).toStrictEqual([2, 2, 2, 2]);
  });

  it('looks publications up the same way', () => {
    const { page: publications } = parse(
      '4 movie reviews\n    • 90 A\n    Bold.\n    • constructor\n    • 70 B\n    Sure.\n    • Variety\n    • 50 C\n    Hm.\n    • __proto__\n',
    );
    expect(publications.reviews.map((review) => review.publication)).toStrictEqual(['constructor', 'Variety', '__proto__']);
    const values = recordOf([
      ['constructor', 3],
      ['__proto__', 0],
    ]);
    const result = aggregate(publications, { weights: { by: 'publication', values } });
    expect(result.weightedMean?.value).toBe((3 * 90 + 70 + 0 * 50) / 4);
  });

  const name = fc.oneof(fc.constantFrom(...PROTOTYPE_NAMES), fc.stringMatching(/^[A-Za-z_][\w.'-]{0,12}$/u));

  test.prop([
    fc.uniqueArray(name, { minLength: 1, maxLength: 6 }),
    fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 6, maxLength: 6 }),
    fc.array(fc.tuple(name, fc.integer({ min: 0, max: 5 })), { maxLength: 6 }),
    fc.constantFrom('record', 'null-prototype', 'map', 'json'),
  ])('weighs every critic by its own entry in the map, whatever its name and however the map is built', (names, scores, weightEntries, build) => {
    const { page: built } = parse(pageOf(names, scores));
    expect(built.reviews.map((review) => review.critic?.name)).toStrictEqual(names);
    const map = new Map(weightEntries);
    const record = recordOf([...map]);
    const values: AggregateWeightsOption['values'] =
      build === 'map'
        ? map
        : build === 'json'
          ? (JSON.parse(JSON.stringify(record)) as Record<string, number>)
          : build === 'null-prototype'
            ? Object.assign(Object.create(null) as Record<string, number>, record)
            : record;
    const result = aggregate(built, { weights: { by: 'critic', values } });
    const expected = expectedMean(names, scores, map, 1);
    if (expected === undefined) expect(result.weightedMean?.value).toBeUndefined();
    else expect(result.weightedMean?.value).toBeCloseTo(expected, 9);
  });
});
