/**
 * What a site's readers share while reading one page: the input, the draft
 * of the page, and each line's kind by the site's line table, classified once.
 *
 * @module
 */
import type { Line } from '../../parse/lines.js';
import type { SiteInput } from '../../parse/site.js';
import type { DataSource } from '../../types/page.js';
import { draftOf, type PageDraft } from './page.js';
import { classify, type LineRow } from './rows.js';

/** A line's kind: a row's, `text` for any other line, `blank` for an empty one. */
export type KindOf<K extends string> = K | 'text' | 'blank';

/** The input, the page's draft, and every line's kind and value. */
export interface ReadingState<K extends string> {
  readonly input: SiteInput;
  readonly draft: PageDraft;
  readonly kinds: readonly KindOf<K>[];
  readonly values: readonly unknown[];
}

/** A fresh reading of `input` for a site whose figures are `source`'s, every line classified by `rows`. */
export function readingOf<K extends string>(input: SiteInput, rows: readonly LineRow<K>[], source: DataSource): ReadingState<K> {
  const kinds: KindOf<K>[] = [];
  const values: unknown[] = [];
  const { lines } = input.lines;
  for (let at = 0; at < lines.length; at++) {
    const text = lines.at(at)?.text ?? '';
    const found = text === '' ? undefined : classify(rows, text);
    kinds.push(text === '' ? 'blank' : (found?.kind ?? 'text'));
    values.push(found?.value);
  }
  return { input, draft: draftOf(source), kinds, values };
}

/** Line `at` (which exists). */
export function lineAt(state: ReadingState<string>, at: number): Line {
  return state.input.lines.lines.at(at) as Line;
}

/** The first non-blank line at or after `from`, or the number of lines. */
export function nextNonBlank(state: ReadingState<string>, from: number): number {
  let at = from;
  while (at < state.kinds.length && state.kinds[at] === 'blank') at++;
  return at;
}

/**
 * Reads every line of `state` with `readLine`, which reads the part that
 * opens at a non-blank line and returns the first line it did not take (a
 * reader that takes none is a bug, and throws).
 */
export function readAll<S extends ReadingState<string>>(state: S, readLine: (state: S, at: number) => number): void {
  let at = 0;
  while (at < state.kinds.length) {
    if (state.kinds[at] === 'blank') {
      at++;
      continue;
    }
    const next = readLine(state, at);
    if (!(next > at)) throw new Error(`A reader made no progress at line ${at + 1}.`);
    at = next;
  }
}
