/**
 * Moviefone's counts: `Based on <N> Critics` (the critic count) and `Based
 * on <K> Users` (the user block's rating count; no user score is printed),
 * and a `Metascore` label with its number where printed.
 *
 * @module
 */
import { furnish, kindAt, lineAt, nextNonBlank, report, spanOf, valueAt, type MoviefoneState } from '../state.js';

/** `Based on 20 Critics` */
export function readCriticCount(state: MoviefoneState, at: number): number {
  const line = lineAt(state, at);
  const count = valueAt(state, at) as number;
  const span = spanOf(state, line);
  if (!state.draft.has('criticCount')) {
    state.draft.setFact('criticCount', count, line);
    state.draft.details.push({ label: 'Critics', value: String(count), span });
  } else report(state, 'repeated-block', `A second critic count (${count}) follows the first; the first is kept.`, span);
  state.phase = 'reviews';
  return at + 1;
}

/** `Based on 303 Users`, `Based on 12.4K Users` */
export function readUserCount(state: MoviefoneState, at: number): number {
  const line = lineAt(state, at);
  const count = valueAt(state, at) as number;
  const span = spanOf(state, line);
  if (!state.draft.hasUsers()) state.draft.setUsers({ ratingCount: count }, line);
  else report(state, 'repeated-block', `A second user count (${count}) follows the first; the first is kept.`, span);
  return at + 1;
}

/**
 * `Metascore` with the Metascore under it (or over it) where printed; furniture otherwise. On a main page (its
 * reviews scored, under `Ratings & Reviews`) a number with a names line under it is the first review's score, its
 * bullet lost in a copy (`Metascore` / `90` / `David FearRolling Stone`): a Metascore has a review's score under it.
 */
export function readMetascoreLabel(state: MoviefoneState, at: number): number {
  const line = lineAt(state, at);
  const next = nextNonBlank(state, at + 1);
  const scoredList = state.phase === 'reviews' && !state.draft.has('criticCount');
  if (
    kindAt(state, next) === 'score-bullet' &&
    !lineAt(state, next).text.startsWith('•') &&
    (valueAt(state, next) as number) <= 100 &&
    !state.draft.has('metascore') &&
    !(scoredList && kindAt(state, nextNonBlank(state, next + 1)) === 'text')
  ) {
    state.draft.setFact('metascore', valueAt(state, next) as number, line, lineAt(state, next));
    return next + 1;
  }
  furnish(state, line);
  return at + 1;
}
