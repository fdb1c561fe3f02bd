/**
 * Fandango's Metascore block, at the end of the list: `<M> out of 100` /
 * `<Verdict>` / `Metascore® based on all critic reviews. ...`. What follows
 * it on an overview page are the users' reviews of Fandango's own users
 * (`By <user>` / text), which are no critic reviews.
 *
 * @module
 */
import { furnish, lineAt, report, spanOf, valueAt, type FandangoState } from '../state.js';

/** `86 out of 100`: the Metascore. */
export function readMetascore(state: FandangoState, at: number): number {
  const line = lineAt(state, at);
  const value = valueAt(state, at) as number;
  const span = spanOf(state, line);
  const { draft } = state;
  if (value > 100) report(state, 'score-out-of-range', `The Metascore ${value} is above 100; it is not read.`, span);
  else if (draft.facts.metascore === undefined) draft.setFact('metascore', value, line);
  else report(state, 'repeated-block', `A second Metascore (${value}) follows the first (${draft.facts.metascore.value}); the first is kept.`, span);
  return at + 1;
}

/** `Universal acclaim`: the verdict. */
export function readVerdict(state: FandangoState, at: number): number {
  const line = lineAt(state, at);
  const span = spanOf(state, line);
  if (!state.draft.has('verdict')) state.draft.setFact('verdict', line.text, line);
  else report(state, 'repeated-block', `A second verdict ("${line.text}") follows the first; the first is kept.`, span);
  return at + 1;
}

/** `Metascore® based on all critic reviews. ...` (the block's note): users' reviews follow. */
export function readMetascoreNote(state: FandangoState, at: number): number {
  furnish(state, lineAt(state, at));
  state.usersPart = true;
  return at + 1;
}
