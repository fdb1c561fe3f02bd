import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { cutLines } from '../../src/parse/engine/lines.js';
import { chooseSite, hasOpeningLine, lineGate, type Site, type SiteInput } from '../../src/parse/site.js';
import { FALLBACK_SITE, metacritic, SITES } from '../../src/parse/sites/index.js';

const input = (text: string, url?: string): SiteInput => ({ text, lines: cutLines(text), url, media: undefined });

/** A site that claims what `claim` says and reads nothing. */
function stub(name: string, claim: number): Site {
  return { name, claim: () => claim, read: () => metacritic.read(input('')) };
}

describe('chooseSite', () => {
  it('returns the site with the highest claim', () => {
    const low = stub('low', 1);
    const high = stub('high', 3);
    expect(chooseSite([low, high], FALLBACK_SITE, input('x')).name).toBe('high');
  });

  it('returns the first listed site on a tie', () => {
    expect(chooseSite([stub('a', 2), stub('b', 2)], FALLBACK_SITE, input('x')).name).toBe('a');
  });

  it('returns the fallback when no site claims the text', () => {
    expect(chooseSite([stub('none', 0)], FALLBACK_SITE, input('x'))).toBe(FALLBACK_SITE);
  });
});

describe('hasOpeningLine', () => {
  const gate = lineGate([
    { first: 'Aa', last: '!' },
    { first: '', last: '?' },
  ]);
  /** The texts and kinds `own` is asked of, on the first `count` lines of `text`. */
  const asked = (text: string, count = 10): [string, number][] => {
    const seen: [string, number][] = [];
    hasOpeningLine(cutLines(text), count, gate, (line, kinds) => (seen.push([line, kinds]), false));
    return seen;
  };

  it('asks only of the lines whose first and last characters share a kind, with the kinds they share', () => {
    expect(asked('Ah!\nOh!\n\n  a\u00a0b?\t\nbah?\n\u4e00 why?\n')).toStrictEqual([
      ['Ah!', 1],
      ['a b?', 2],
      ['bah?', 2],
      ['\u4e00 why?', 2],
    ]);
  });

  it('returns true at the first line that is own, and looks no further than count lines', () => {
    const text = 'x\nAha!\nA!\n';
    expect(hasOpeningLine(cutLines(text), 10, gate, (line) => line === 'A!')).toBe(true);
    expect(hasOpeningLine(cutLines(text), 2, gate, (line) => line === 'A!')).toBe(false);
  });
});

describe('the metacritic site', () => {
  it.each([
    'https://www.metacritic.com/movie/pusher/critic-reviews',
    'http://metacritic.com/game/oni',
    'metacritic.com/tv/the-sopranos',
    'https://WWW.METACRITIC.COM:443/music/x',
    'https://metacritic.mirror.example.org/movie/pusher/critic-reviews',
  ])('claims a page whose url is on metacritic.com or a mirror named after it: %s', (url) => {
    expect(metacritic.claim(input('', url))).toBeGreaterThan(0);
  });

  it.each([
    'https://www.imdb.com/title/tt0033467/criticreviews',
    'https://notmetacritic.com/movie/x',
    'https://example.com/?u=metacritic.com',
    'https://metacritic/x',
    'https://mirror.example.org/metacritic.com/x',
    undefined,
  ])('does not claim a page whose url is %s', (url) => {
    expect(metacritic.claim(input('', url))).toBe(0);
  });

  it('is one of the sites parse chooses from, and the fallback', () => {
    expect(SITES).toContain(metacritic);
    expect(FALLBACK_SITE).toBe(metacritic);
  });
});

describe('parse with a url', () => {
  it('returns the same page with or without a metacritic.com url', () => {
    const text = 'Universal acclaim - based on 1 Critics\n  1. 90\n    Bold.\n';
    expect(parse(text, { url: 'https://www.metacritic.com/movie/x/critic-reviews' })).toStrictEqual(parse(text));
  });

  it("returns every page with source 'metacritic' and the other sources' fields null", () => {
    const { page } = parse('Universal acclaim - based on 1 Critics\n  1. 90\n    Bold.\n');
    expect(page).toMatchObject({ source: 'metacritic', tomatometer: null, topCriticCount: null, consensus: null, percentile: null });
    expect(page.reviews[0]).toMatchObject({ score: 90, mark: null, freshness: null, topCritic: null });
  });
});

describe('parse with sites', () => {
  const text = 'Universal acclaim - based on 1 Critics\n  1. 90\n    Bold.\n';

  it('reads with a site the caller passes when it claims the text', () => {
    const reads: string[] = [];
    const claiming: Site = { name: 'claiming', claim: () => 5, read: (given) => (reads.push(given.text), metacritic.read(given)) };
    parse(text, { sites: [claiming] });
    expect(reads).toStrictEqual([text]);
  });

  it('reads a text no passed site claims as a metacritic.com page', () => {
    expect(parse(text, { sites: [stub('none', 0)] })).toStrictEqual(parse(text));
  });

  it('throws a TypeError naming the option when sites is not an array of sites', () => {
    expect(() => parse(text, { sites: [{ name: 'x' }] as unknown as Site[] })).toThrow(/^parse option sites must be an array of sites .*; got an array\.$/u);
    expect(() => parse(text, { sites: 'all' as unknown as Site[] })).toThrow(TypeError);
  });
});
