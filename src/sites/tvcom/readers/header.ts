/**
 * The header of a tv.com movie page: `<Title>`, `[<Studio> ]Released <Year>`,
 * tv.com's own user rating (not Metacritic's, so no user block), `Movie
 * Summary` (the media) and the synopsis, then `Metacritic Score` (with no
 * number).
 *
 * @module
 */
import type { MediaType } from '../../../types/page.js';
import type { Released } from '../lines.js';
import { furnish, lineAt, spanOf, valueAt, type TvComState } from '../state.js';

/** The first line: the title. */
export function readTitle(state: TvComState, at: number): number {
  state.draft.setFact('title', lineAt(state, at).text, lineAt(state, at));
  return at + 1;
}

/** `MGM Released 1968`: a detail. */
export function readReleased(state: TvComState, at: number): number {
  const line = lineAt(state, at);
  const { studio, year } = valueAt(state, at) as Released;
  state.draft.details.push({ label: 'Released', value: studio === null ? year : `${year} (${studio})`, span: spanOf(state, line) });
  return at + 1;
}

/** `Movie Summary`: the media; the synopsis follows. */
export function readSummaryHeading(state: TvComState, at: number): number {
  const media = valueAt(state, at) as string;
  const byHeading: Readonly<Record<string, MediaType>> = { movie: 'movie', show: 'tv', episode: 'tv' };
  state.draft.media ??= byHeading[media] ?? null;
  furnish(state, lineAt(state, at));
  state.phase = 'summary';
  return at + 1;
}

/** `Metacritic Score` (no number: the Metascore is an image); the critics follow, or none (the page is a review page either way). */
export function readMetacriticHeading(state: TvComState, at: number): number {
  furnish(state, lineAt(state, at));
  state.draft.openPart();
  state.phase = 'critics';
  return at + 1;
}

/** tv.com's user rating, the synopsis, and what follows the critics: no Metacritic data. */
export function readFurniture(state: TvComState, at: number): number {
  furnish(state, lineAt(state, at));
  return at + 1;
}

/** The heading of the page's next section (`Trivia, Notes, Quotes and Allusions`): the critics, if any, end above it. */
export function readNextSection(state: TvComState, at: number): number {
  state.phase = 'after';
  return readFurniture(state, at);
}
