/**
 * movies.com's lines that carry no data, and its title heading (`Blade
 * Runner Review`): the page's links above the list,
 * `Critics scores range from 0 to 100 ...`, the list's heading and last
 * bullet (`• See all <Title> reviews at Metacritic.com`), and everything
 * after the list (Common Sense Media's block for families, which is no
 * critic review).
 *
 * @module
 */
import { furnish, kindAt, lineAt, reportUnplaced, valueAt, type MoviesComState } from '../state.js';

/** Reads line `at` as furniture; past the list, every line is. */
export function readFurniture(state: MoviesComState, at: number): number {
  const kind = kindAt(state, at);
  if (kind === 'see-all' || kind === 'families') state.phase = 'after';
  if (kind === 'provided-by') state.phase = 'list';
  furnish(state, lineAt(state, at));
  return at + 1;
}

/** `Blade Runner Review` above the list: the page's title (a second such heading is furniture). */
export function readTitle(state: MoviesComState, at: number): number {
  const line = lineAt(state, at);
  if (state.draft.has('title')) furnish(state, line);
  else state.draft.setFact('title', valueAt(state, at) as string, line);
  return at + 1;
}

/** A line no reader takes at its place: reported, or, past the list, furniture. */
export function readOther(state: MoviesComState, at: number): number {
  if (state.phase === 'after') return readFurniture(state, at);
  reportUnplaced(state, lineAt(state, at));
  return at + 1;
}
