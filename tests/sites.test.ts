import { describe, expect, it } from 'vitest';
import * as sites from '../src/sites/index.js';
import { SITES } from '../src/parse/sites/index.js';

describe('critic-consensus/sites', () => {
  it('returns exactly its public runtime exports', () => {
    expect(Object.keys(sites).sort()).toStrictEqual([
      'ALL_SITES',
      'cinematerial',
      'fandango',
      'flixster',
      'imdb',
      'moviefone',
      'moviescom',
      'opencritic',
      'rottentomatoes',
      'rtQuotes',
      'tvcom',
    ]);
  });

  it('lists every site it exports in ALL_SITES, after the core sites', () => {
    const exported = Object.entries(sites)
      .filter(([name]) => name !== 'ALL_SITES')
      .map(([, site]) => site);
    expect(new Set(sites.ALL_SITES.slice(SITES.length))).toStrictEqual(new Set(exported));
  });

  it('lists every core site in ALL_SITES, first, each once', () => {
    expect(sites.ALL_SITES.slice(0, SITES.length)).toStrictEqual(SITES);
    expect(new Set(sites.ALL_SITES.map((site) => site.name)).size).toBe(sites.ALL_SITES.length);
  });
});
