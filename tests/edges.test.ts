/**
 * The library's edges: parse's result passed where a page is expected, the
 * one form of every message for a caller's mistake, weights that overflow,
 * and -0.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCsvRows, formatPage, iterateCsvRows, jsonLdScript, toCsv, toJsonLd } from '../src/formats/index.js';
import { aggregate, checkConsistency, classifyScore, parse, type Page } from '../src/index.js';
import { describeScoring, rankPages, scoreWith, weightedScore } from '../src/scoring/index.js';
import { checkProfile, compareWithMetascore, summarizeCritics, summarizeProfile } from '../src/stats/index.js';

const root = join(import.meta.dirname, '..');
const seed = readFileSync(join(root, 'examples', 'pusher.txt'), 'utf8');
const profileText = readFileSync(join(root, 'tests', 'fixtures', 'corpus', '031-critic-sheri-linden-tv.txt'), 'utf8');

describe("parse's result where a page is expected", () => {
  const result = parse(seed) as unknown as Page;
  const profileResult = parse(profileText) as unknown as never;
  const calls: [string, () => unknown][] = [
    ['aggregate', () => aggregate(result)],
    ['checkConsistency', () => checkConsistency(result)],
    ['toJsonLd', () => toJsonLd(result)],
    ['jsonLdScript', () => jsonLdScript(result)],
    ['toCsv', () => toCsv(result)],
    ['toCsv', () => toCsv([result])],
    ['formatCsvRows', () => formatCsvRows(result)],
    ['formatCsvRows', () => formatCsvRows({ file: 'a.txt', page: result })],
    ['iterateCsvRows', () => iterateCsvRows(result)],
    ['formatPage', () => formatPage(result)],
    ['summarizeCritics', () => summarizeCritics([result])],
    ['compareWithMetascore', () => compareWithMetascore(profileResult)],
    ['checkProfile', () => checkProfile(profileResult)],
    ['summarizeProfile', () => summarizeProfile(profileResult)],
    ['scoreWith', () => scoreWith('metacritic', result)],
    ['describeScoring', () => describeScoring(result, 'rt')],
    ['rankPages', () => rankPages([result], { by: 'bayesian', priorMean: 70, priorWeight: 5 })],
  ];
  for (const [fn, call] of calls) {
    it(`is a TypeError from ${fn} that names it and says to pass .page`, () => {
      expect(call).toThrow(TypeError);
      expect(call).toThrow(new RegExp(`^${fn}: .* must be .*; got parse's result \\{ page, diagnostics, \\.\\.\\. \\}: pass its \\.page\\.$`, 'u'));
    });
  }

  it('still takes the page itself', () => {
    expect(aggregate(parse(seed).page).count).toBe(11);
  });
});

describe("messages for a caller's mistake", () => {
  const style = /^[a-zA-Z]+: .+ must .+; got .+\.$/su;

  it('all take the form "<function>: <what> must be <accepted>; got <value>."', () => {
    const page = parse(seed).page;
    const mistakes: (() => unknown)[] = [
      () => classifyScore(101),
      () => classifyScore(50, { medium: 'tv' } as never),
      () => aggregate(page, { weights: { by: 'x' } } as never),
      () => aggregate(page, { minReviewsForVerdict: -1 }),
      () => toCsv(page, { newline: 'cr' } as never),
      () => toJsonLd(page, { name: '' }),
      () => formatPage({ ...page, metascore: 101 }),
      () => scoreWith('rt', { total: 2, positive: 3 }),
      () => weightedScore(page, undefined as never),
    ];
    for (const mistake of mistakes) {
      let message = '';
      try {
        mistake();
      } catch (error) {
        message = error instanceof Error ? error.message : String(error);
      }
      expect(message).toMatch(style);
    }
  });

  /** Every `throw new TypeError|RangeError(...)` of the sources, with the text that opens its message. */
  function thrownMessages(): { where: string; opening: string }[] {
    const found: { where: string; opening: string }[] = [];
    const walk = (directory: string): void => {
      for (const entry of readdirSync(directory, { withFileTypes: true })) {
        const path = join(directory, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.ts')) {
          const text = readFileSync(path, 'utf8');
          for (const match of text.matchAll(/throw new (?:Type|Range)Error\(\s*([`'"][^\n]{0,60})/gu)) {
            found.push({ where: `${relative(root, path)}:${text.slice(0, match.index).split('\n').length}`, opening: match[1] ?? '' });
          }
        }
      }
    };
    // The parser (src/parse) and the crawl reader (src/crawl) keep their own messages for now; the command's are not the library's.
    for (const folder of ['aggregate', 'classify', 'formats', 'scoring', 'shared', 'stats', 'types']) walk(join(root, 'src', folder));
    return found;
  }

  it('are written, in the sources, with the function first and a colon', () => {
    const messages = thrownMessages();
    expect(messages.length).toBeGreaterThan(50);
    const outOfStyle = messages.filter(({ opening }) => !/^[`'"](?:\$\{(?:fn|FN)\}|[a-zA-Z]+): /u.test(opening));
    expect(outOfStyle).toStrictEqual([]);
  });
});

describe('aggregate, at the edges of the numbers', () => {
  const reviews = [
    { score: 80, publication: 'A' },
    { score: 40, publication: 'B' },
  ] as unknown as Page['reviews'];

  it('returns a finite weighted mean for weights whose sum overflows', () => {
    const huge = aggregate(reviews, { weights: { by: 'publication', values: { A: 1e308, B: 1e308 } } }).weightedMean;
    expect(huge?.value).toBe(60);
    const lopsided = aggregate(reviews, { weights: { by: 'publication', values: { A: Number.MAX_VALUE, B: Number.MAX_VALUE / 3 } } }).weightedMean;
    expect(lopsided?.value).toBeCloseTo(70, 10);
    expect(aggregate(reviews, { weights: { by: 'publication', values: { A: 1e308 }, defaultWeight: 1 } }).weightedMean?.value).toBeCloseTo(80, 10);
  });

  it('never returns -0', () => {
    const zero = [{ score: -0, publication: 'A' }] as unknown as Page['reviews'];
    const result = aggregate(zero, { weights: { by: 'publication', values: { A: -0 }, defaultWeight: -0 } });
    for (const value of [
      result.mean,
      result.median,
      result.min,
      result.max,
      result.standardDeviation,
      result.weightedMean?.weights[0]?.weight,
      result.weightedMean?.defaultWeight,
    ]) {
      expect(Object.is(value, -0), String(value)).toBe(false);
    }
    const weighted = aggregate(zero, { weights: { by: 'publication', values: { A: 2 } } }).weightedMean?.value;
    expect(Object.is(weighted, 0)).toBe(true);
  });
});
