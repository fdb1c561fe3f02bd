import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInMemory as run } from './support/command.js';

const sites = join(import.meta.dirname, 'sites');
const madMax = readFileSync(join(sites, 'rottentomatoes', '250-rt-main-mad-max-fury-road-2015.txt'), 'utf8');
const deadwood = readFileSync(join(sites, 'rottentomatoes', '279-rt-tv-season-deadwood-s01-2024.txt'), 'utf8');

describe('critic-consensus on Rotten Tomatoes pages', () => {
  it('prints the Tomatometer lines in the summary: from the counts, the consensus, the Fresh and Rotten counts, the audience', async () => {
    const { status, stdout } = await run(['mad-max.txt'], { 'mad-max.txt': madMax });
    expect(status).toBe(0);
    expect(stdout).toBe(
      [
        'mad-max.txt',
        '  kind             title page, movie, Mad Max: Fury Road',
        '  source           Rotten Tomatoes',
        '  tomatometer      none printed, based on 408 critics',
        '  from counts      96.6% (394 fresh of 408)',
        '  top critics      56',
        "  consensus        Thanks to thrilling action and unexpected storytelling weight, Mad Max: Fury Road sends George Miller's post-apocalyptic series thundering forcefully into new life.",
        '  distribution     fresh    █████████████████████████████· 394',
        '                   rotten   █····························· 14',
        '  reviews          3 listed of 408, 1 with a mark',
        '  discrepancies    fewer-reviews-than-declared: The page lists 3 reviews of the 408 its critic count declares.',
        '  audience         score not printed, 127386 ratings',
        '  diagnostics      none',
        '',
      ].join('\n'),
    );
  });

  it('prints the Fresh counts a printed Tomatometer allows', async () => {
    const { stdout } = await run(['deadwood.txt'], { 'deadwood.txt': deadwood });
    expect(stdout).toContain('\n  tomatometer      85% as printed, based on 40 critics\n  fresh allowed    34 to 34 fresh of 40 give 85%\n');
    expect(stdout).toContain('\n  audience         96%\n');
  });

  it('labels a page by --profile rt from its own Fresh and Rotten marks, as its freshness line counts them', async () => {
    const critic = readFileSync(join(sites, 'flixster', '300-rt-flixster-the-critic.txt'), 'utf8');
    const { stdout } = await run(['--profile', 'rt', 'critic.txt'], { 'critic.txt': critic });
    expect(stdout).toContain('\n  freshness        4 fresh, 3 rotten of the listed (57.1% fresh)\n');
    expect(stdout).toContain(
      '\n  scoring          Rotten Tomatoes: Rotten. Tomatometer 57% (4 of 7 reviews fresh), below the 60% of Fresh. 4 of 7 positive; Wilson interval (z = 1.96): 25.0%-84.2%.\n',
    );
  });

  it('writes the new columns with --csv and the page with its source with --json', async () => {
    const csv = await run(['--csv', 'deadwood.txt'], { 'deadwood.txt': deadwood });
    expect(csv.stdout.split('\r\n')[3]).toBe(
      'deadwood.txt,film,tv,Season 1 – Deadwood,,,Linda Stasi,true,New York Post,50,2020-02-19,,rottentomatoes,85,2/4,,,"Though the concept is terrific (you know we\'re primed for the grown-up western\'s comeback), the talk here plays like a cheap pitch to 18-to-34-year-old (dumb) men."',
    );
    const json = await run(['--json', 'deadwood.txt'], { 'deadwood.txt': deadwood });
    const line = JSON.parse(json.stdout.split('\n')[0] ?? '') as { page: { source: string; tomatometer: number } };
    expect([line.page.source, line.page.tomatometer]).toStrictEqual(['rottentomatoes', 85]);
  });
});
