/**
 * The Metascore, number first: `100` / `METASCORE` (or `tbd` / `METASCORE`, no score yet), with
 * any furniture between them (`Watch Now`) passed over as furniture; on a user-reviews page the
 * 0-10 user score alike, `8.5` / `USER SCORE`.
 *
 * @module
 */
import type { Reader } from '../../../engine/index.js';
import type { Values } from '../lines.js';
import type { State } from '../state.js';
import { usersOf } from './block.js';
import { furnishBetween, nextPastFurniture } from './furniture.js';

export const metascoreReader: Reader<Values, State> = {
  name: 'metascore',
  opens: ['number', 'decimal', 'tbd'],
  when: (_state, tokens, at) => {
    const label = nextPastFurniture(tokens, at);
    return tokens.is(label, 'userScoreLabel') || (tokens.is(label, 'metascoreLabel') && !tokens.is(at, 'decimal'));
  },
  read: (tokens, at, state) => {
    const label = nextPastFurniture(tokens, at);
    const value = tokens.value(at, 'number') ?? tokens.value(at, 'decimal') ?? null;
    const span = tokens.lines.span(at, label);
    const { draft, report } = state;
    // The users' block is begun by a score it reads: `tbd` / `USER SCORE` alone gives it no span.
    const users = tokens.is(label, 'userScoreLabel');
    const [name, scale] = users ? ['user score', 10] : ['Metascore', 100];
    state.started = true;
    state.block = users ? 'user' : 'critic';
    furnishBetween(tokens, state, at, label);
    if (value !== null && value > scale) report.report('score-out-of-range', `The ${name} ${value} is outside 0-${scale}; it is not read.`, span);
    else if ((users ? (draft.users?.score ?? undefined) : draft.metascore) !== undefined)
      report.report('repeated-block', `A second ${name} appears; the first is kept.`, span);
    else if (value === null) {
      report.furnish(at);
      report.furnish(label);
    } else if (users) {
      const block = usersOf(draft);
      block.score = value;
      block.spans.push(span);
    } else draft.metascore = { value, span };
    return label + 1;
  },
};
