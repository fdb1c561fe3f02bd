/**
 * A review's span covers the lines the review was read from, and no others:
 * on every golden case of the other sites, no review's span holds a line of
 * the page's title, of another header fact, of a detail or of the next
 * review (Fandango's first review once began at the bare title above it).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import type { Span } from '../../src/types/source.js';
import { ALL_SITES } from '../../src/sites/index.js';

const root = import.meta.dirname;

/** The golden cases of each site of `ALL_SITES` with a folder here, but metacritic.com's own. */
const cases = ALL_SITES.map((site) => site.name)
  .filter((name) => !name.startsWith('metacritic') && existsSync(join(root, name)))
  .flatMap((name) =>
    readdirSync(join(root, name))
      .filter((file) => file.endsWith('.txt'))
      .map((file) => join(name, file)),
  );

/** True when the two spans share a character. */
function overlaps(a: Span, b: Span): boolean {
  return a.start.offset < b.end.offset && b.start.offset < a.end.offset;
}

describe('parse with ALL_SITES', () => {
  it.each(cases)('returns review spans that hold no header fact, detail or other review on %s', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    const { url } = JSON.parse(readFileSync(join(root, file.replace(/\.txt$/u, '.json')), 'utf8')) as { readonly url?: string };
    const { page } = parse(text, url === undefined ? { sites: ALL_SITES } : { sites: ALL_SITES, url });
    const others: [string, Span][] = [
      ...Object.entries(page.spans).filter((entry): entry is [string, Span] => entry[1] !== null && entry[1] !== undefined),
      ...page.details.map((detail): [string, Span] => [`detail ${detail.label}`, detail.span]),
      ...page.reviews.map((review, i): [string, Span] => [`review ${i}`, review.span]),
    ];
    const shared = page.reviews.flatMap((review, i) =>
      others
        .filter(([name, span]) => name !== `review ${i}` && overlaps(review.span, span))
        .map(([name, span]) => [i, name, text.slice(span.start.offset, span.end.offset)]),
    );
    expect(shared).toStrictEqual([]);
  });
});
