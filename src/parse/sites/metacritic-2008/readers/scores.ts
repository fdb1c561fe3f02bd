/**
 * The score table, flattened across its two columns: `Metascore: 100 Metascore out of 100`,
 * `based on 14 reviews` (the critics' count, wherever it falls), `User Score` / `8.1 out of 10` /
 * `based on 251 votes` (the users'), and `Rate this movie`, which says the media.
 *
 * @module
 */
import type { Reader } from '../../../engine/index.js';
import type { PageDraft, Placed } from '../../page-draft.js';
import type { Values } from '../lines.js';
import type { State } from '../state.js';
import { TEXT_KINDS } from './critics.js';

/** The users' block, begun where it is not yet. */
export function usersOf(draft: PageDraft): NonNullable<PageDraft['users']> {
  draft.users ??= { score: null, ratingCount: null, reviews: [], spans: [] };
  return draft.users;
}

/** Sets a fact the page has once; a second is reported, and the first kept. */
function once<T>(state: State, current: Placed<T> | undefined, what: string, next: Placed<T>): Placed<T> | undefined {
  if (current === undefined) return next;
  state.report.report('repeated-block', `A second ${what} appears; the first is kept.`, next.span);
  return current;
}

/** `value` when it is on its scale (0 to `max`); one past it is reported and kept as none. */
export function onScale(state: State, value: number | null | undefined, max: number, what: string, at: number): number | null {
  if (value === undefined || value === null || value <= max) return value ?? null;
  state.report.reportLine('score-out-of-range', `The ${what} ${value} is outside the 0-${max} scale; it is kept as none.`, at);
  return null;
}

export const scoreTableReader: Reader<Values, State> = {
  name: 'score table',
  opens: ['metascore', 'userScoreLabel', 'userScore', 'criticCount', 'voteCount', 'rateThis'],
  // Under the critics' heading, `9 out of 10` is a review's text (critics.ts).
  when: (state, tokens, at) => state.phase !== 'critics' || !TEXT_KINDS.includes(tokens.kind(at) as keyof Values),
  read: (tokens, at, state) => {
    const { draft } = state;
    const span = tokens.lines.span(at);
    if (state.phase === 'menu') state.phase = 'title';
    switch (tokens.kind(at)) {
      case 'metascore':
        draft.metascore = once(state, draft.metascore, 'Metascore', { value: onScale(state, tokens.value(at, 'metascore'), 100, 'Metascore', at), span });
        break;
      case 'criticCount':
        draft.criticCount = once(state, draft.criticCount, 'critics count', { value: tokens.valueOf(at, 'criticCount'), span });
        break;
      case 'rateThis':
        draft.media ??= tokens.value(at, 'rateThis') ?? null;
        state.report.furnish(at);
        break;
      default: {
        const users = usersOf(draft);
        users.spans.push(span);
        users.score ??= onScale(state, tokens.value(at, 'userScore'), 10, 'User Score', at);
        users.ratingCount ??= tokens.value(at, 'voteCount') ?? null;
      }
    }
    return at + 1;
  },
};
