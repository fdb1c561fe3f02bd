import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInMemory as run } from './support/command.js';

const sites = join(import.meta.dirname, 'sites', 'opencritic');
const eldenRing = readFileSync(join(sites, 'v01-oc-reviews-elden-ring-outlet-critic-pairs.txt'), 'utf8');
const gamePage = readFileSync(join(sites, 'v04-oc-game-main-with-figures.txt'), 'utf8');

describe('critic-consensus on OpenCritic pages', () => {
  it("prints the OpenCritic lines in the summary: the percentile, the counts, the listed reviews' Top Critic Average and share recommending as a sample", async () => {
    const { status, stdout } = await run(['elden-ring.txt'], { 'elden-ring.txt': eldenRing });
    expect(status).toBe(0);
    expect(stdout).toBe(
      [
        'elden-ring.txt',
        '  kind             title page, game, Elden Ring',
        '  source           OpenCritic',
        '  percentile       99th percentile of games scored on OpenCritic, as printed',
        '  reviews          6 listed, 3 top critics; 5 scored, 1 with a word mark, 0 unscored',
        '  top critic avg   98 from the listed (3 scored top-critic reviews)',
        '  all critics avg  94 (5 scored reviews)',
        '  recommended      6 of 6 judged (100%; Wilson interval, z = 1.96: 61%-100%)',
        "  sample           the 6 reviews listed on this page, a sample of the game's",
        '  discrepancies    none',
        '  diagnostics      1 (0 errors), below',
        'elden-ring.txt:32:1: info review-without-text The review has no quote.',
        '',
      ].join('\n'),
    );
  });

  it("prints a game page's figures beside what its listed reviews give", async () => {
    const { stdout } = await run(['game.txt'], { 'game.txt': gamePage });
    expect(stdout).toContain('\n  top critic avg   none from the listed (no scored top-critic review); 95 as printed\n');
    expect(stdout).toContain('\n  recommended      no listed review judged recommending or not; 97% as printed\n');
    expect(stdout).toContain('\n  reviews          2 listed, 0 top critics; 0 scored, 0 with a word mark, 2 unscored\n');
  });

  it("averages the page's top critics alone in the --profile line, and says which reviews it counted", async () => {
    const { stdout } = await run(['--profile', 'opencritic', 'elden-ring.txt'], { 'elden-ring.txt': eldenRing });
    expect(stdout).toContain(
      '\n  scoring          OpenCritic: Mighty. Top Critic Average 98 (the mean of 3 top-critic scores, 98.33; 2 other scored reviews, not by top critics, not averaged), 100% of 5 critics recommend: Mighty, from 84. 5 of 5 positive; Wilson interval (z = 1.96): 56.6%-100.0%.\n',
    );
    // The summary's own line, from the same marks, gives the same average.
    expect(stdout).toContain('\n  top critic avg   98 from the listed (3 scored top-critic reviews)\n');
  });

  it('counts the unscored reviews and prints the --profile line after the sample', async () => {
    const text =
      'Hades Reviews\n\nIGN\nTop Critic\n9 / 10\nSep 17, 2020\n\nSuperb.\n\nRead full review\n\nUnscored\nSep 18, 2020\n\nFine.\n\nRead full review\n';
    const { stdout } = await run(['--profile', 'opencritic', 'hades.txt'], { 'hades.txt': text });
    expect(stdout).toContain('\n  reviews          2 listed, 1 top critic; 1 scored, 0 with a word mark, 1 unscored\n');
    expect(stdout).toContain('\n  top critic avg   90 from the listed (1 scored top-critic review)\n');
    expect(stdout).toMatch(
      /\n {2}sample {11}the 2 reviews listed on this page, a sample of the game's\n {2}discrepancies {4}none\n {2}scoring {10}OpenCritic: /u,
    );
  });
});
