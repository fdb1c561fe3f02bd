// The built CJS entry, required as a CommonJS project would require it.
const assert = require('node:assert/strict');
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { aggregate, parse } = require('critic-consensus');

const text = readFileSync(join(__dirname, '..', '..', 'examples', 'pusher.txt'), 'utf8');
const { page } = parse(text);
assert.equal(page.reviews.length, 11);
assert.equal(aggregate(page).consistency.metascoreInterval.min, 61);
console.log('cjs require: ok');

// The subpath modules, each requirable on its own.
assert.equal(require('critic-consensus/scoring').normalizeScore('B+').score, 83);
assert.equal(typeof require('critic-consensus/stats').summarizePublications, 'function');
assert.equal(typeof require('critic-consensus/formats').toJsonLd, 'function');
assert.equal(typeof require('critic-consensus/crawl').readWarcRecords, 'function');
assert.equal(parse(text, { sites: require('critic-consensus/sites').ALL_SITES }).page.reviews.length, 11);
console.log('cjs subpaths: ok');
