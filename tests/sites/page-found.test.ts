/**
 * Every site finishes its page alike: a text of nothing but whitespace is one
 * `empty-input` error, and a text with no part of a review page (no figure,
 * no review) is one `not-a-review-page` error over it all, with no title,
 * whichever site of critic-consensus/sites read it (as when the caller's URL
 * names the site).
 */
import { describe, expect, it } from 'vitest';
import { cutLines } from '../../src/parse/engine/index.js';
import type { Site } from '../../src/parse/site.js';
import { SITES } from '../../src/parse/sites/index.js';
import { ALL_SITES, fandango } from '../../src/sites/index.js';

/** The sites of critic-consensus/sites (the core's own, metacritic.com's eras, are tested with the core). */
const OTHER_SITES = ALL_SITES.filter((site) => !SITES.includes(site));

/** `site`'s reading of `text`, as `parse` gives it the text it chose the site for. */
function readWith(site: Site, text: string) {
  return site.read({ text, lines: cutLines(text), url: undefined, media: undefined });
}

/** The diagnostics as each one's code and the text it spans. */
function reported(text: string, diagnostics: readonly { code: string; span: { start: { offset: number }; end: { offset: number } } }[]) {
  return diagnostics.map((diagnostic) => [diagnostic.code, text.slice(diagnostic.span.start.offset, diagnostic.span.end.offset)]);
}

describe.each(OTHER_SITES.map((site) => [site.name, site] as const))('the %s site', (_name, site) => {
  it('returns one empty-input error for a text of whitespace', () => {
    const { page, diagnostics } = readWith(site, '  \n\n');
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toStrictEqual(['empty-input']);
    expect([page.title, page.reviews]).toStrictEqual([null, []]);
  });
});

// Fandango's items may print nothing but the quote, so that any line of text is a review there (below).
describe.each(OTHER_SITES.filter((site) => site !== fandango).map((site) => [site.name, site] as const))('the %s site', (_name, site) => {
  it('returns one not-a-review-page error, and no title, for a line of text that is no part of a review page', () => {
    const text = 'Hello there\n';
    const { page, diagnostics } = readWith(site, text);
    expect(reported(text, diagnostics)).toStrictEqual([['not-a-review-page', 'Hello there']]);
    expect([page.title, page.reviews]).toStrictEqual([null, []]);
  });
});

describe('the fandango site', () => {
  it('returns a line of text alone as a review with nothing but its quote', () => {
    const { page, diagnostics } = readWith(fandango, 'Hello there\n');
    expect(page.reviews.map((review) => [review.publication, review.critic, review.excerpt])).toStrictEqual([[null, null, 'Hello there']]);
    expect(diagnostics).toStrictEqual([]);
  });
});
