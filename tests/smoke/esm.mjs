// The built ESM entry, imported as a user's project would import it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { aggregate, parse, PageParseError } from 'critic-consensus';

const text = readFileSync(new URL('../../examples/pusher.txt', import.meta.url), 'utf8');
const { page, diagnostics } = parse(text);
assert.equal(page.reviews.length, 11);
assert.deepEqual(page.distribution, { positive: 9, mixed: null, negative: 0 });
assert.equal(diagnostics.length, 0);
assert.equal(aggregate(page).scoredCount, 1);
assert.equal(typeof PageParseError, 'function');
console.log('esm import: ok');

// The subpath modules, each importable on its own.
const stats = await import('critic-consensus/stats');
assert.equal(stats.summarizeCritics([page]).critics.length, 10);
const scoring = await import('critic-consensus/scoring');
assert.equal(scoring.normalizeScore('3.5/4').score, 88);
const formats = await import('critic-consensus/formats');
assert.match(formats.formatPage(page), /^Generally favorable reviews - based on 11 Critics/u);
const crawl = await import('critic-consensus/crawl');
assert.equal(typeof crawl.parseWarc, 'function');
const sites = await import('critic-consensus/sites');
assert.equal(parse(text, { sites: sites.ALL_SITES }).page.reviews.length, 11);
console.log('esm subpaths: ok');
