import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInMemory as run } from './support/command.js';

const seed = readFileSync(join(import.meta.dirname, '..', 'examples', 'pusher.txt'), 'utf8');

describe('critic-consensus', () => {
  it('prints a readable summary of the seed page', async () => {
    const { status, stdout, stderr } = await run(['pusher.txt'], { 'pusher.txt': seed });
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toBe(
      [
        'pusher.txt',
        '  kind             title page',
        '  verdict          Generally favorable reviews, based on 11 critics',
        '  distribution     positive █████████████████████████····· 9',
        '                   mixed    █████························· 2 (inferred)',
        '                   negative ······························ 0',
        '  reviews          11 listed of 11, 1 scored',
        '  scores           mean 80, median 80, min 80, max 80, sd 0',
        '  positive         100% of scored reviews',
        '  listed verdict   tbd (1 scored, too few for a verdict)',
        '  metascore range  61 to 80 (verdict 61-80, distribution 59-91)',
        '  discrepancies    none',
        '  diagnostics      none',
        '',
      ].join('\n'),
    );
  });

  it('prints one JSON object per page and line with the page, its aggregate and diagnostics', async () => {
    const { status, stdout } = await run(['--json', 'a.txt', 'b.txt'], { 'a.txt': seed, 'b.txt': 'Hello\n' });
    expect(status).toBe(7);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const first = JSON.parse(lines[0] ?? '') as { page: { reviews: unknown[] }; aggregate: Record<string, unknown>; diagnostics: unknown[] };
    expect(first.page.reviews).toHaveLength(11);
    expect(first.aggregate).toMatchObject({
      count: 11,
      scoredCount: 1,
      mean: 80,
      consistency: {
        inferredDistribution: { positive: 9, mixed: 2, negative: 0, inferred: ['mixed'] },
        metascoreInterval: { min: 61, max: 80 },
      },
    });
    expect(first.diagnostics).toStrictEqual([]);
    const second = JSON.parse(lines[1] ?? '') as { diagnostics: { code: string }[] };
    expect(second.diagnostics.map((diagnostic) => diagnostic.code)).toStrictEqual(['not-a-review-page']);
  });

  it('prints diagnostics as file:line:column: severity code message', async () => {
    const text = 'Mixed or average reviews - based on 4 Critics\n  1. 50\n    Fine.\nFan Theories Corner\n';
    const { stdout } = await run(['page.txt'], { 'page.txt': text });
    expect(stdout).toContain('\npage.txt:4:1: warning unrecognised-line The line "Fan Theories Corner" fits no part of a review page at this place.\n');
  });

  it('reads standard input when given no file or "-"', async () => {
    expect((await run([], { '-': seed })).stdout).toMatch(/^<stdin>\n/u);
    expect((await run(['--json', '-'], { '-': seed })).stdout).toMatch(/^\{"file":"<stdin>"/u);
  });

  it('exits 1 with --strict when a diagnostic is a warning or an error, and 0 with none or only info', async () => {
    const clean = 'Universal acclaim - based on 4 Critics\n  1. 90\n    A marvel.\n';
    const warned = 'Mixed or average reviews - based on 4 Critics\n  1. 50\n    Fine.\nFan Theories Corner\n';
    expect((await run(['--strict', 'x.txt'], { 'x.txt': seed })).status).toBe(0);
    expect((await run(['--strict', 'x.txt'], { 'x.txt': clean })).status).toBe(0);
    expect((await run(['x.txt'], { 'x.txt': warned })).status).toBe(0);
    expect((await run(['--strict', 'x.txt'], { 'x.txt': warned })).status).toBe(1);
    expect((await run(['--strict', '--json', 'x.txt', 'y.txt'], { 'x.txt': warned, 'y.txt': seed })).status).toBe(1);
  });

  it('gives each kind of bad input its own status and one line, and still reads the other files', async () => {
    const cases: [Record<string, string | Uint8Array>, number, string][] = [
      [{}, 3, 'critic-consensus: x.txt: no such file\n'],
      [{ 'x.txt': new Uint8Array([0x50, 0, 0x4b]) }, 5, 'critic-consensus: x.txt: is a binary file, not the text of a review page\n'],
      [{ 'x.txt': '  \n' }, 6, 'critic-consensus: x.txt: is empty\n'],
      [{ 'x.txt': 'Hello\n' }, 7, 'critic-consensus: x.txt: is not a review page (no verdict, distribution, review or profile)\n'],
      [
        { 'x.txt': '<!DOCTYPE html>\n<html><body><li>90</li></body></html>\n' },
        7,
        "critic-consensus: x.txt: is HTML, not a page's text (pass the text a browser copies from the page, or a crawl's WET file)\n",
      ],
    ];
    for (const [files, status, stderr] of cases) {
      const result = await run(['--json', 'x.txt', 'seed.txt'], { ...files, 'seed.txt': seed });
      expect(result.status).toBe(status);
      expect(result.stderr).toBe(stderr);
      expect(result.stdout).toContain('"file":"seed.txt"');
    }
    expect((await run(['--strict', 'x.txt'], { 'x.txt': 'Hello\n' })).status).toBe(7);
    expect((await run([], { '-': '' })).stderr).toBe('critic-consensus: <stdin>: is empty\n');
  });

  it('writes the reviews as CSV with one header, one row per review', async () => {
    const { status, stdout } = await run(['--csv', 'a.txt', 'b.txt'], { 'a.txt': seed, 'b.txt': seed });
    expect(status).toBe(0);
    const rows = stdout.split('\r\n');
    expect(rows[0]).toBe(
      'file,kind,media,title,profile,index,critic,credited,publication,score,date,metascore,source,tomatometer,mark,freshness,topCritic,excerpt',
    );
    expect(rows).toHaveLength(1 + 22 + 1);
    expect(rows[2]).toMatch(/^a\.txt,film,,,,2,,,,80,,,/u);
    expect(await run(['--csv', '--json', 'a.txt'], { 'a.txt': seed })).toStrictEqual({
      status: 2,
      stdout: '',
      stderr: 'critic-consensus: --json and --csv cannot be combined: choose one.\n',
    });
  });

  it("prints a scoring profile's label and reasons with --profile, in the summary and in JSON", async () => {
    const summary = await run(['--profile', 'opencritic', 'a.txt'], { 'a.txt': seed });
    expect(summary.stdout).toContain('\n  scoring          OpenCritic: Strong. ');
    const json = JSON.parse((await run(['--json', '--profile=rt', 'a.txt'], { 'a.txt': seed })).stdout) as {
      scoring: { profile: string; label: string | null; wilson: unknown };
    };
    expect(json.scoring.profile).toBe('rt');
    expect(json.scoring.wilson).toMatchObject({ positive: 1, total: 1 });
    expect((await run(['--profile', 'imdb', 'a.txt'], { 'a.txt': seed })).stderr).toBe(
      'critic-consensus: --profile must be metacritic, rt, opencritic or steam; got "imdb".\n',
    );
  });

  it("says on a profile page that --profile's label is what its listed reviews would give one title, not a verdict on the critic or publication", async () => {
    const corpus = join(import.meta.dirname, 'fixtures', 'corpus');
    const critic = readFileSync(join(corpus, '031-critic-sheri-linden-tv.txt'), 'utf8');
    const publication = readFileSync(join(corpus, '033-publication-actiontrip-games.txt'), 'utf8');
    const lines = async (profile: string): Promise<string[]> => {
      const { stdout } = await run(['--profile', profile, 'c.txt', 'p.txt'], { 'c.txt': critic, 'p.txt': publication });
      return stdout.split('\n').filter((line) => line.startsWith('  scoring '));
    };
    expect(await lines('metacritic')).toStrictEqual([
      `  scoring          Metacritic, the critic's 4 listed reviews taken as one title's: "Generally favorable reviews" (a title's label, not a grade of the critic). The mean of 4 scores is 80, rounded half up to 80: "Generally favorable reviews" (61-80). 4 of 4 positive; Wilson interval (z = 1.96): 51.0%-100.0%.`,
      `  scoring          Metacritic, the publication's 6 listed reviews taken as one title's: "Generally unfavorable reviews" (a title's label, not a grade of the publication). The mean of 6 scores is 39.17, rounded half up to 39: "Generally unfavorable reviews" (20-49 for games). 0 of 6 positive; Wilson interval (z = 1.96): 0.0%-39.0%.`,
    ]);
    expect(await lines('rt')).toStrictEqual([
      "  scoring          Rotten Tomatoes, the critic's 4 listed reviews taken as one title's: no label. 4 reviews counted: Rotten Tomatoes gives a title a Tomatometer from 5. 4 of 4 positive; Wilson interval (z = 1.96): 51.0%-100.0%.",
      `  scoring          Rotten Tomatoes, the publication's 6 listed reviews taken as one title's: "Rotten" (a title's label, not a grade of the publication). As one title's Tomatometer, 0% (0 of 6 reviews fresh), below the 60% of Fresh. 0 of 6 positive; Wilson interval (z = 1.96): 0.0%-39.0%.`,
    ]);
    // A title page keeps the profile's own line.
    expect((await run(['--profile', 'steam', 'a.txt'], { 'a.txt': seed })).stdout).toContain('\n  scoring          Steam: 1 user review. ');
  });

  it("carries a profile page's recomputed statistics in JSON and prints them in the summary", async () => {
    const text = readFileSync(join(import.meta.dirname, 'fixtures', 'corpus', '031-critic-sheri-linden-tv.txt'), 'utf8');
    const json = JSON.parse((await run(['--json', 'p.txt'], { 'p.txt': text })).stdout) as {
      profileStats: { vsMetascore: { percentHigher: number; pointsVsAverage: number } };
    };
    expect(json.profileStats.vsMetascore).toMatchObject({ percentHigher: 67, pointsVsAverage: 9.7 });
    expect((await run(['p.txt'], { 'p.txt': text })).stdout).toContain(
      '\n  listed vs meta   67% higher, 0% same, 33% lower, +9.7 points (3 of 4 listed reviews compared)\n',
    );
    expect((await run(['--json', 'a.txt'], { 'a.txt': seed })).stdout).not.toContain('profileStats');
  });

  it('passes --media to pages that do not say theirs', async () => {
    const { stdout } = await run(['--json', '--media', 'game', 'x.txt'], { 'x.txt': seed });
    expect((JSON.parse(stdout) as { page: { media: string } }).page.media).toBe('game');
    expect((await run(['--json', '--media=tv', 'x.txt'], { 'x.txt': seed })).stdout).toContain('"media":"tv"');
  });

  it('reports a missing file in one line, exits 3 and still reads the other files', async () => {
    const { status, stdout, stderr } = await run(['missing.txt', 'x.txt'], { 'x.txt': seed });
    expect(status).toBe(3);
    expect(stderr).toBe('critic-consensus: missing.txt: no such file\n');
    expect(stdout).toMatch(/^x\.txt\n/u);
  });

  it('says one critic and one rating in the singular', async () => {
    const page = 'Universal acclaim - based on 1 Critics\n  1. 90\n    A marvel.\n\nUser Score\n8.0\nGenerally favorable reviews- based on 1 Ratings\n';
    const { stdout } = await run(['p.txt'], { 'p.txt': page });
    expect(stdout).toContain('  verdict          Universal acclaim, based on 1 critic\n');
    expect(stdout).toContain('  user verdict     Generally favorable reviews, based on 1 rating\n');
  });

  it('prints no page facts for an empty file, HTML or a text that is not a review page, only its diagnostics', async () => {
    const files = { 'e.txt': ' \n', 'h.txt': '<!DOCTYPE html><html><body><p>Universal acclaim</p></body></html>\n', 'n.txt': 'Just some notes.\n' };
    const { stdout, status } = await run(['e.txt', 'h.txt', 'n.txt'], files);
    expect(status).toBe(7);
    expect(stdout.split('\n').map((line) => line.replace(/ error (\S+) .*$/u, ' error $1'))).toStrictEqual([
      'e.txt',
      '  diagnostics      1 (1 error), below',
      'e.txt:1:1: error empty-input',
      '',
      'h.txt',
      '  diagnostics      1 (1 error), below',
      'h.txt:1:1: error html-input',
      '',
      'n.txt',
      '  diagnostics      1 (1 error), below',
      'n.txt:1:1: error not-a-review-page',
      '',
    ]);
  });

  it('says a verdict printed without its count has none, rather than "based on ? critics"', async () => {
    const text = readFileSync(join(import.meta.dirname, 'sites', 'moviescom', '226-mc-moviescom-blade-runner.txt'), 'utf8');
    const { stdout } = await run(['p.txt'], { 'p.txt': text });
    expect(stdout).toContain('\n  verdict          Universal acclaim, no critic count printed\n');
  });

  it('prints its usage and version', async () => {
    expect((await run(['--help'], {})).stdout).toMatch(/^Usage: critic-consensus \[options\] \[FILE\.\.\.\]/u);
    expect((await run(['-v'], {})).stdout).toBe('9.9.9\n');
  });

  it('summarises profile pages with their printed statistics', async () => {
    const text = readFileSync(join(import.meta.dirname, 'fixtures', 'corpus', '031-critic-sheri-linden-tv.txt'), 'utf8');
    const { stdout } = await run(['p.txt'], { 'p.txt': text });
    expect(stdout).toContain('  kind             critic profile, tv\n');
    expect(stdout).toContain('  profile          Sheri Linden: 4 reviews graded\n');
    expect(stdout).toContain('  points           +12.7 points against other critics\n');
  });
});
