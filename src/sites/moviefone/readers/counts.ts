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

/** `Metascore` with the Metascore under it (or over it) where printed; furniture otherwise. */
export function readMetascoreLabel(state: MoviefoneState, at: number): number {
  const line = lineAt(state, at);
  const next = nextNonBlank(state, at + 1);
  if (
    kindAt(state, next) === 'score-bullet' &&
    !lineAt(state, next).text.startsWith('•') &&
    (valueAt(state, next) as number) <= 100 &&
    !state.draft.has('metascore')
  ) {
    state.draft.setFact('metascore', valueAt(state, next) as number, line, lineAt(state, next));
    return next + 1;
  }
  furnish(state, line);
  return at + 1;
}
