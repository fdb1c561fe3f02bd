/**
 * The state OpenCritic's readers share while reading one page.
 *
 * @module
 */
import type { Line } from '../../parse/lines.js';
import type { SiteInput } from '../../parse/site.js';
import { draftOf, type PageDraft } from '../shared/page.js';
import { classify } from '../shared/rows.js';
import { OPENCRITIC_LINES, type OpenCriticLineKind } from './lines.js';

/** A line's kind: a row's, `text` for any other line, `blank` for an empty one. */
export type LineKind = OpenCriticLineKind | 'text' | 'blank';

/** What the readers of one page share. */
export interface OpenCriticState {
  readonly input: SiteInput;
  readonly draft: PageDraft;
  /** Each line's kind and value, classified once. */
  readonly kinds: readonly LineKind[];
  readonly values: readonly unknown[];
  /** `list` on a review list (blocks of outlet, critic, mark and date), `quotes` after a game page's heading (one quote a line). */
  phase: 'header' | 'list' | 'quotes';
  /** Whether the layout marks top critics (a review list does; a game page's quotes do not). */
  marksTopCritics: boolean;
}

/** A fresh state for `input`, every line classified. */
export function stateOf(input: SiteInput): OpenCriticState {
  const kinds: LineKind[] = [];
  const values: unknown[] = [];
  const { lines } = input.lines;
  for (let at = 0; at < lines.length; at++) {
    const text = lines.at(at)?.text ?? '';
    const found = text === '' ? undefined : classify(OPENCRITIC_LINES, text);
    kinds.push(text === '' ? 'blank' : (found?.kind ?? 'text'));
    values.push(found?.value);
  }
  const draft = draftOf('opencritic');
  return { input, draft, kinds, values, phase: 'header', marksTopCritics: false };
}

/** Line `at` (which exists). */
export function lineAt(state: OpenCriticState, at: number): Line {
  return state.input.lines.lines.at(at) as Line;
}

/** The first non-blank line at or after `from`, or the number of lines. */
export function nextNonBlank(state: OpenCriticState, from: number): number {
  let at = from;
  while (at < state.kinds.length && state.kinds[at] === 'blank') at++;
  return at;
}
