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
