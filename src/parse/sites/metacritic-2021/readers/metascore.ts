/**
 * The Metascore, number first: `100` / `METASCORE` (or `tbd` / `METASCORE`, no score yet), with
 * any furniture between them (`Watch Now`) passed over as furniture.
 *
 * @module
 */
import type { Reader } from '../../../engine/index.js';
import type { Values } from '../lines.js';
import type { State } from '../state.js';
import { furnishBetween, nextPastFurniture } from './furniture.js';

export const metascoreReader: Reader<Values, State> = {
  name: 'metascore',
  opens: ['number', 'tbd'],
  when: (_state, tokens, at) => tokens.is(nextPastFurniture(tokens, at), 'metascoreLabel'),
  read: (tokens, at, state) => {
    const label = nextPastFurniture(tokens, at);
    const value = tokens.value(at, 'number') ?? null;
    const span = tokens.lines.span(at, label);
    const { draft, report } = state;
    state.started = true;
    furnishBetween(tokens, state, at, label);
    if (value !== null && value > 100) report.report('score-out-of-range', `The Metascore ${value} is outside 0-100; it is not read.`, span);
    else if (draft.metascore !== undefined) report.report('repeated-block', 'A second Metascore appears; the first is kept.', span);
    else if (value === null) {
      report.furnish(at);
      report.furnish(label);
    } else draft.metascore = { value, span };
    return label + 1;
  },
};
