#!/usr/bin/env node
// End-to-end test of the playground in a real headless Chromium (Debian's
// /usr/bin/chromium, driven by playwright-core): it pastes the seed page and
// checks the reviews table and the distribution chart, then saves a
// screenshot to test-results/playground.png. Run: npm run test:e2e
import assert from 'node:assert/strict';
import { COPY_VARIANTS } from '../../scripts/copy-variants.mjs';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../..', import.meta.url));
const seed = readFileSync(new URL('../../examples/pusher.txt', import.meta.url), 'utf8');

/** Starts the playground server on a free port; resolves with its address. */
function startServer() {
  const server = spawn(process.execPath, ['scripts/playground.mjs', '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let output = '';
    server.stdout.on('data', (chunk) => {
      output += String(chunk);
      const match = /playground: (http:\/\/127\.0\.0\.1:\d+\/)/u.exec(output);
      if (match) resolve({ server, url: match[1] });
    });
    server.on('exit', (code) => reject(new Error(`the playground server exited with ${code} before listening`)));
    setTimeout(() => reject(new Error('the playground server did not start within 60 s')), 60_000).unref();
  });
}

const { server, url } = await startServer();
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.fill('#page-text', seed);

  const rows = page.locator('#reviews tbody tr');
  await rows.nth(10).waitFor();
  assert.equal(await rows.count(), 11, 'the reviews table has one row per review');
  assert.equal(await rows.nth(1).locator('td').nth(3).textContent(), '80', 'review 2 shows its score');
  assert.equal(await rows.nth(2).locator('td').nth(1).textContent(), 'Staff (not credited)');

  const bars = await page.locator('#chart rect').evaluateAll((rects) => rects.map((rect) => `${rect.dataset.sentiment}=${rect.dataset.value}`));
  assert.deepEqual(bars, ['positive=9', 'mixed=2', 'negative=0'], 'the chart shows 9 / 2 / 0');
  assert.equal(await page.locator('#chart text.count[data-sentiment="mixed"]').textContent(), '2 (inferred)');
  assert.match(await page.locator('#aggregate').textContent(), /Metascore interval61 to 80/u);
  assert.equal(await page.locator('#diagnostics li').first().textContent(), 'None.');

  // A line the parser cannot place is marked at its line in the source view.
  await page.fill('#page-text', `${seed}Fan Theories Corner\n`);
  const marked = page.locator('#source li.warning');
  await marked.first().waitFor();
  assert.equal(await marked.count(), 1);
  assert.match(await marked.first().textContent(), /^Fan Theories Corner← unrecognised-line$/u);
  await page.fill('#page-text', seed);
  await rows.nth(10).waitFor();

  // The page as a browser copies it (no indentation, numbers or bullets), pasted: the same reviews.
  await page.fill('#page-text', '');
  await rows.first().waitFor({ state: 'detached' });
  await page.focus('#page-text');
  await page.keyboard.insertText(COPY_VARIANTS.browser(seed));
  await page.locator('#reviews tbody tr td', { hasText: 'Noel Murray' }).waitFor();
  assert.equal(await rows.count(), 11, 'the pasted copy has one row per review');
  assert.equal(await rows.nth(2).locator('td').nth(1).textContent(), 'Staff (not credited)', 'the pasted copy keeps review 3');
  assert.equal(await page.locator('#diagnostics li').first().textContent(), 'None.', 'the pasted copy reads with no diagnostic');

  assert.deepEqual(errors, [], 'the page threw no error');
  mkdirSync(`${root}/test-results`, { recursive: true });
  await page.screenshot({ path: `${root}/test-results/playground.png`, fullPage: true });
  console.log('playground e2e: 11 rows, distribution 9 / 2 / 0 (mixed inferred), screenshot test-results/playground.png');
  console.log('1 passed, 0 failed');
} finally {
  await browser.close();
  server.kill();
}
