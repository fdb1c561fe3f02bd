/**
 * Negative cases, as chrono keeps them: lines that look like a part of a
 * review but must stay a review's text. Each is put in a critic item above
 * more text; none may become a publication, a critic or a score.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/index.js';

const HEAD = 'Universal acclaim - based on 9 Critics\n';

/** Lines that must not be read as a publication's name above a review's text. */
const NOT_PUBLICATIONS = [
  'Strictly for the converted',
  'Bottom line: skip it',
  'In Short: A Triumph',
  'What a ride it is!',
  'Bold film. Go see it',
  'Superb throughout. [p.111]',
  'A long and winding film that never finds its way home.',
  'Its force is impossible to deny, and then some',
  'Great, but long',
  'Fine; see it',
];

/** Lines that must not be read as a critic. */
const NOT_CRITICS = ['Reviewed by a lesser director, this would have been a mess.', 'Reviewed by many, loved by few'];

/** Lines that must not be read as a score. */
const NOT_SCORES = ['1000', '80 minutes of joy', '8.5', '-5', '80%'];

describe('negative cases: text that must stay text', () => {
  it.each(NOT_PUBLICATIONS)('does not read "%s" above more text as a publication', (line) => {
    const { page } = parse(`${HEAD}  1. ${line}\n    Another review.\n`);
    expect(page.reviews.map(({ publication }) => publication)).toStrictEqual(page.reviews.map(() => null));
    expect(page.reviews[0]?.excerpt).toBe(line);
  });

  it.each(NOT_CRITICS)('does not read "%s" as a critic', (line) => {
    const { page } = parse(`${HEAD}  1. 80\n    ${line}\n`);
    expect(page.reviews).toHaveLength(1);
    expect(page.reviews[0]).toMatchObject({ critic: null, score: 80, excerpt: line });
  });

  it.each(NOT_SCORES)('does not read "%s" as a score', (line) => {
    const { page } = parse(`${HEAD}  1. ${line}\n    A review.\n`);
    expect(page.reviews.map(({ score }) => score)).toStrictEqual(page.reviews.map(() => null));
    // A one-word line above text reads as a publication ("indieWIRE"); either way its number is no score.
    expect([page.reviews[0]?.publication, page.reviews[0]?.excerpt]).toContain(line);
  });
});
