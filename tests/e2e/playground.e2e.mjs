#!/usr/bin/env node
// End-to-end test of the playground in a real headless Chromium (Debian's
// /usr/bin/chromium, driven by playwright-core): the empty state and its
// example button, the seed page pasted (the reviews table, the distribution
// chart, the source view's marks, a browser's copy of it), the media choice,
// the JSON view and its copy button, a file opened and a file dropped (UTF-16
// with a byte-order mark, Windows-1252 with its warning), a binary file and
// one above the command's page cap dropped and refused, and page text that
// tries to inject HTML; then it saves a screenshot to
// test-results/playground.png. Run: npm run test:e2e
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
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const favicon = await page.request.get(new URL('favicon.svg', url).href);
  assert.equal(favicon.status(), 200, 'the favicon is served');
  await page.goto(url);
  const rows = page.locator('#reviews tbody tr');

  // The empty state says what to do, and reports no error for the empty box.
  assert.equal(await page.locator('#empty-state').isVisible(), true, 'an empty box shows the empty state');
  assert.match(await page.locator('#empty-state').textContent(), /Paste the text of a review page/u);
  assert.equal(await page.locator('#results').isVisible(), false, 'an empty box shows no results');
  assert.equal(await page.locator('#diagnostics li.error').count(), 0, 'an empty box is not an error');
  await page.click('#try-example');
  await rows.nth(10).waitFor();
  assert.equal(await page.inputValue('#page-text'), seed, 'the example button fills the box with the example page');
  assert.equal(await page.locator('#empty-state').isVisible(), false);
  await page.click('#clear');
  await page.locator('#empty-state').waitFor();

  await page.fill('#page-text', seed);
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

  // The media choice: from the page by default; a chosen media sets the bands (70 is mixed for a game, positive for a film).
  assert.equal(await page.inputValue('#media'), '', 'the media comes from the page by default');
  assert.equal(await page.locator('#media option:checked').textContent(), 'from the page');
  const seventy = 'Generally favorable reviews - based on 1 Critics\n  1. 70\n    Good fun.\n';
  await page.fill('#page-text', seventy);
  await rows.first().waitFor();
  const jsonOf = async () => JSON.parse(await page.locator('#json').textContent());
  assert.deepEqual((await jsonOf()).aggregate.distribution, { positive: 1, mixed: 0, negative: 0 });
  assert.equal((await jsonOf()).page.media, null, 'the page says no media');
  await page.selectOption('#media', 'game');
  await page.locator('#facts dd', { hasText: 'game' }).waitFor();
  assert.equal((await jsonOf()).page.media, 'game', "the media chosen is the page's");
  assert.deepEqual((await jsonOf()).aggregate.distribution, { positive: 0, mixed: 1, negative: 0 }, 'the game bands apply');
  await page.selectOption('#media', '');
  assert.equal((await jsonOf()).page.media, null, "back to the page's own");

  // A copied user list pasted (a game's user reviews as a browser copies them, two users named as the page's furniture):
  // the users' facts, and each boundary the copy leaves open as a warning at its line, in the list and in the source view.
  const userList = readFileSync(new URL('../sites/metacritic/copieduser4-p04-game-furniture-named-users-helpful.txt', import.meta.url), 'utf8');
  await page.fill('#page-text', COPY_VARIANTS.browser(userList));
  await page.locator('#facts dd', { hasText: 'Universal acclaim (210 ratings)' }).waitFor();
  assert.deepEqual(
    (await jsonOf()).page.users.reviews.map((review) => [review.user, review.date, review.score, review.excerpt]),
    [
      ['Trailers', '2005-03-01', 9, 'Still the best level design in the genre.'],
      ['Photos', '2005-03-02', 8, 'Great fun, dated graphics.'],
      ['ZedB.', '2005-03-03', 2, 'Crashes every hour.'],
    ],
    'the pasted user list reads to its reviews',
  );
  const open = await page.locator('#diagnostics li.warning').allTextContents();
  assert.deepEqual(
    open.map((text) => text.slice(0, text.indexOf(':', text.indexOf(' ')))),
    ['31:1 warning copied-boundary-open', '36:1 warning copied-boundary-open'],
    'the open boundaries are warnings at their lines',
  );
  assert.match(open[1], /"Photos" over a user review's date is read as its user's name/u);
  assert.deepEqual(
    await page.locator('#source li.warning').allTextContents(),
    ['Trailers← copied-boundary-open', 'Photos← copied-boundary-open'],
    'the source view marks both lines',
  );

  // The JSON view: the command's --json record of the page, and a button that copies it all.
  await page.fill('#page-text', seed);
  await rows.nth(10).waitFor();
  const shown = await jsonOf();
  assert.deepEqual(Object.keys(shown), ['page', 'aggregate', 'diagnostics']);
  assert.equal(shown.page.reviews.length, 11);
  assert.equal(shown.page.reviews[2].critic.raw, 'Staff [Not Credited]');
  await page.click('#copy-json');
  await page.locator('#copy-status', { hasText: 'Copied.' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.locator('#json').textContent(), 'the copy is the JSON shown');

  // A file opened: UTF-16 with a byte-order mark is read as the command reads it.
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed, 'utf16le')]);
  await page.setInputFiles('#open-file', { name: 'pusher-utf16.txt', mimeType: 'text/plain', buffer: utf16 });
  await page.locator('#file-status', { hasText: 'pusher-utf16.txt' }).waitFor();
  assert.match(await page.locator('#file-status').textContent(), /read as UTF-16LE/u);
  assert.equal(await page.inputValue('#page-text'), seed, 'the UTF-16 file reads as the seed page');
  assert.equal(await rows.count(), 11);
  assert.equal(await page.locator('#diagnostics li').first().textContent(), 'None.');

  // A file dropped: Windows-1252 ("clichés" as the byte E9), read with the not-utf-8 warning.
  const latin = Buffer.from('Generally favorable reviews - based on 1 Critics\n  1. 80\n    Refn avoids the clich\xe9s.\n', 'latin1');
  const transfer = await page.evaluateHandle(
    (bytes) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], 'latin-1.txt', { type: 'text/plain' }));
      return data;
    },
    [...latin],
  );
  await page.dispatchEvent('main', 'dragover', { dataTransfer: transfer });
  assert.equal(await page.evaluate(() => document.body.classList.contains('dropping')), true, 'a drag over the page marks it');
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  await page.locator('#file-status', { hasText: 'latin-1.txt' }).waitFor();
  assert.equal(await page.evaluate(() => document.body.classList.contains('dropping')), false);
  assert.match(await page.locator('#file-status').textContent(), /not UTF-8, read as Windows-1252/u);
  assert.match(await page.inputValue('#page-text'), /Refn avoids the clichés\./u, 'é is read as Windows-1252 reads it');
  assert.equal(await rows.locator('td', { hasText: 'clichés' }).count(), 1);
  const warnings = await page.locator('#diagnostics li.warning').allTextContents();
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /^3:26 warning not-utf-8: The text is not valid UTF-8 \(byte 0xe9 at offset 82\); it was read as Windows-1252\.$/u);
  assert.equal((await jsonOf()).diagnostics[0].code, 'not-utf-8', 'the JSON carries the warning');
  // Edited, the text is the user's own: the file's warning goes.
  await page.fill('#page-text', (await page.inputValue('#page-text')).replace('clichés', 'cliches'));
  await page.locator('#diagnostics li', { hasText: 'None.' }).waitFor();
  assert.equal(await page.locator('#file-status').textContent(), '');

  // A binary file dropped (a PNG's first bytes, under a name that tries to inject HTML) is refused as the command refuses
  // it, in words shown as text; the box and what is shown of it stay as they were.
  const before = { text: await page.inputValue('#page-text'), json: await page.locator('#json').textContent() };
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52];
  const binaryName = '<img src=x onerror="window.injected=5">.png';
  const binaryDrop = await page.evaluateHandle(
    ([bytes, name]) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], name, { type: 'image/png' }));
      return data;
    },
    [png, binaryName],
  );
  await page.dispatchEvent('main', 'drop', { dataTransfer: binaryDrop });
  await page.locator('#file-status', { hasText: 'binary' }).waitFor();
  assert.equal(
    await page.locator('#file-status').textContent(),
    `${binaryName}: a binary file, not the text of a review page; not opened, the text in the box is unchanged.`,
  );
  assert.equal(await page.locator('#file-status.error').count(), 1, 'the refusal is marked as an error');
  assert.equal(await page.locator('#file-status img').count(), 0, 'the file name is shown as text');
  assert.equal(await page.inputValue('#page-text'), before.text, 'the box keeps its text');
  assert.equal(await page.locator('#json').textContent(), before.json, 'the parse shown is the same');
  // A file above the command's default page cap (65 MiB of text, one MiB referenced 65 times) is refused unread.
  const bigDrop = await page.evaluateHandle(() => {
    const mib = new Blob([new Uint8Array(1 << 20).fill(0x61)]);
    const data = new DataTransfer();
    data.items.add(
      new File(
        Array.from({ length: 65 }, () => mib),
        'big.txt',
        { type: 'text/plain' },
      ),
    );
    return data;
  });
  await page.dispatchEvent('main', 'drop', { dataTransfer: bigDrop });
  await page.locator('#file-status', { hasText: 'big.txt' }).waitFor();
  assert.equal(
    await page.locator('#file-status').textContent(),
    'big.txt: 68,157,440 bytes, larger than 64 MiB, the most the command reads as one page; not opened, the text in the box is unchanged.',
  );
  assert.equal(await page.inputValue('#page-text'), before.text, 'the box keeps its text');

  // Page text and file names that try to inject HTML are shown as text.
  const hostile =
    '<img src=x onerror="window.injected=1">: Season 1\n\nGenerally favorable reviews - based on 1 Critics\n' +
    '  1. Reviewed by: <b id="bold">Ann</b>\n    </script><script>window.injected=2</script>\n    80\n    <svg onload="window.injected=3"></svg>\n';
  await page.fill('#page-text', hostile);
  await rows.first().waitFor();
  await page.setInputFiles('#open-file', { name: '<img src=x onerror="window.injected=4">.txt', mimeType: 'text/plain', buffer: Buffer.from(hostile) });
  await page.locator('#file-status', { hasText: '<img src=x' }).waitFor();
  assert.equal(await page.evaluate(() => window.injected), undefined, 'no script of the page text ran');
  assert.equal(await page.locator('main img, main b#bold, main script, #reviews svg, #json *, #source svg').count(), 0, 'no element came from page text');
  assert.match(await page.locator('#reviews').textContent(), /<b id="bold">Ann<\/b>/u, 'the critic is shown as the text it is');
  assert.match(await page.locator('#source').textContent(), /<\/script><script>window\.injected=2<\/script>/u);
  await page.fill('#page-text', seed);
  await rows.nth(10).waitFor();

  assert.deepEqual(errors, [], 'the page threw no error');
  mkdirSync(`${root}/test-results`, { recursive: true });
  await page.screenshot({ path: `${root}/test-results/playground.png`, fullPage: true });
  console.log(
    'playground e2e: empty state, 11 rows, distribution 9 / 2 / 0 (mixed inferred), media choice, a copied user list and its open-boundary warnings, JSON and its copy, UTF-16 file opened, Windows-1252 file dropped, binary and oversize files refused, no HTML from page text; screenshot test-results/playground.png',
  );
  console.log('1 passed, 0 failed');
} finally {
  await browser.close();
  server.kill();
}
