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
