/**
 * Fandango's lines that carry no critic data: an overview's synopsis
 * (`<Title> Synopsis` / synopsis / `Read Full Synopsis`, the heading giving
 * the title), the list's heading (`Heat Reviews`, the title too), `Movie Reviews`, `Critic Ratings` (its count where printed),
 * and the users' reviews after the Metascore.
 *
 * @module
 */
import { furnish, kindAt, lineAt, report, reportUnplaced, spanOf, valueAt, type FandangoState } from '../state.js';

/** `Slumdog Millionaire Synopsis`: the title; the synopsis follows. */
export function readSynopsisHeading(state: FandangoState, at: number): number {
  const line = lineAt(state, at);
  const span = spanOf(state, line);
  if (!state.draft.has('title')) state.draft.setFact('title', valueAt(state, at) as string, line);
  else report(state, 'repeated-block', `A second synopsis heading ("${line.text}") follows the first; the first is kept.`, span);
  state.phase = 'synopsis';
  return at + 1;
}

/**
 * `Heat Reviews` before the first review: the list's heading, never a
 * publication; the title where no synopsis heading gave it, else furniture
 * (the same title) or reported (another).
 */
export function readReviewsHeading(state: FandangoState, at: number): number {
  const line = lineAt(state, at);
  const span = spanOf(state, line);
  const title = valueAt(state, at) as string;
  const held = state.draft.facts.title;
  if (held === undefined) state.draft.setFact('title', title, line);
  else if (held.value.toLowerCase() === title.toLowerCase()) furnish(state, line);
  else report(state, 'repeated-block', `A list heading of another title ("${line.text}") follows the title "${held.value}"; the first is kept.`, span);
  state.phase = 'critics';
  return at + 1;
}

/** `Critic Ratings`, `Critic Ratings: 39`. */
export function readCriticRatings(state: FandangoState, at: number): number {
  const line = lineAt(state, at);
  const { count } = valueAt(state, at) as { readonly count: number | null };
  if (count !== null && !state.draft.has('criticCount')) {
    state.draft.setFact('criticCount', count, line);
    state.draft.details.push({ label: 'Critic Ratings', value: String(count), span: spanOf(state, line) });
  } else furnish(state, line);
  state.phase = 'critics';
  return at + 1;
}

/** A line that carries no data (`Read Full Synopsis`, `See Full Cast + Crew` and `Movie Reviews` end the synopsis or the cast). */
export function readFurniture(state: FandangoState, at: number): number {
  const kind = kindAt(state, at);
  if (kind === 'read-full-synopsis' || kind === 'furniture') state.phase = 'critics';
  furnish(state, lineAt(state, at));
  return at + 1;
}

/** A line no reader takes at its place: reported. */
export function readUnplaced(state: FandangoState, at: number): number {
  reportUnplaced(state, lineAt(state, at));
  return at + 1;
}
