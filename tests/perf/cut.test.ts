/**
 * Cutting lines costs about as much on a page of characters past Latin-1 (a
 * page in Japanese, quotes and dashes on every line) as on a page of ASCII
 * lines of the same shape: the search for the Unicode spaces past Latin-1
 * does not stop at each other character past it. Times are CPU time, medians
 * of interleaved runs, so the machine's speed and load cancel out.
 */
import { describe, expect, it } from 'vitest';
import { cutLines } from '../../src/parse/engine/lines.js';
import { cpuTime, median, reportFigures } from '../support/timing.js';

/** About 1 MiB of lines made of `line`, one review's excerpt each, indented as a list's. */
function page(line: string): string {
  return `    ${line}\n`.repeat(Math.ceil((1 << 20) / (line.length + 5)));
}

/**
 * How much slower the page past Latin-1 may be cut than the ASCII one: 3.8-4.2 when written, at
 * load 10; 25-40 when the search for the wide spaces stopped at each character past Latin-1.
 */
const BUDGET = 8;
const RUNS = 7;

describe('cutLines, on pages past Latin-1', () => {
  it(`cuts a page in Japanese at most ${BUDGET} times as slowly as an ASCII page of the same shape`, { timeout: 60_000, retry: 2 }, () => {
    const japanese = page(
      '\u300c\u3053\u306e\u6620\u753b\u306f\u7d20\u6674\u3089\u3057\u3044\u300d\u2014\u4e00\u5ea6\u898b\u308b\u3079\u304d\u4f5c\u54c1\u3060\u3002'.repeat(3),
    );
    const ascii = page('"This film is wonderful" - one to see once.'.slice(0, 23).repeat(3));
    expect(japanese.length).toBe(ascii.length);
    const cut = (text: string) => () => void cutLines(text);
    cpuTime(cut(japanese));
    cpuTime(cut(ascii));
    const times = { japanese: [] as number[], ascii: [] as number[] };
    for (let run = 0; run < RUNS; run++) {
      times.japanese.push(cpuTime(cut(japanese)));
      times.ascii.push(cpuTime(cut(ascii)));
    }
    const ratio = median(times.japanese) / median(times.ascii);
    const figures = `cut: Japanese ${median(times.japanese).toFixed(2)} ms, ASCII ${median(times.ascii).toFixed(2)} ms a MiB (x${ratio.toFixed(2)})`;
    reportFigures(figures);
    expect(ratio, figures).toBeLessThanOrEqual(BUDGET);
  });
});
