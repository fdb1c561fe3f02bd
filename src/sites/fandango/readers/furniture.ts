/**
 * Fandango's lines that carry no critic data: an overview's synopsis
 * (`<Title> Synopsis` / synopsis / `Read Full Synopsis`, the heading giving
 * the title), `Movie Reviews`, `Critic Ratings` (its count where printed),
 * and the users' reviews after the Metascore.
 *
 * @module
 */
import { furnish, report, reportUnplaced } from '../../shared/page.js';
import { lineAt, type FandangoState } from '../state.js';

/** `Slumdog Millionaire Synopsis`: the title; the synopsis follows. */
export function readSynopsisHeading(state: FandangoState, at: number): number {
  const line = lineAt(state, at);
  const span = state.input.lines.spanOf(line);
  if (state.draft.title === null) state.draft.title = { text: state.values[at] as string, span };
  else report(state.draft, 'repeated-block', `A second synopsis heading ("${line.text}") follows the first; the first is kept.`, span);
  state.phase = 'synopsis';
  return at + 1;
}

/** `Critic Ratings`, `Critic Ratings: 39`. */
export function readCriticRatings(state: FandangoState, at: number): number {
  const line = lineAt(state, at);
  const { count } = state.values[at] as { readonly count: number | null };
  if (count !== null && state.draft.criticCount === null) {
    state.draft.criticCount = count;
    state.draft.details.push({ label: 'Critic Ratings', value: String(count), span: state.input.lines.spanOf(line) });
  } else furnish(state.draft, state.input, line);
  state.phase = 'critics';
  return at + 1;
}

/** A line that carries no data (`Read Full Synopsis` ends the synopsis). */
export function readFurniture(state: FandangoState, at: number): number {
  if (state.kinds[at] === 'read-full-synopsis') state.phase = 'critics';
  furnish(state.draft, state.input, lineAt(state, at));
  return at + 1;
}

/** A line no reader takes at its place: reported. */
export function readUnplaced(state: FandangoState, at: number): number {
  reportUnplaced(state.draft, state.input, lineAt(state, at));
  return at + 1;
}
