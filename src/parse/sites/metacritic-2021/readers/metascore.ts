/**
 * The Metascore, number first: `100` / `METASCORE` (or `tbd` / `METASCORE`, no score yet).
 *
 * @module
 */
import type { Reader } from '../../../engine/index.js';
import type { Values } from '../lines.js';
import type { State, Tokens } from '../state.js';

/** True when the line after `at` (blank lines aside) is the `METASCORE` label. */
function labelFollows(tokens: Tokens, at: number): boolean {
  return tokens.is(tokens.nextNonBlank(at + 1), 'metascoreLabel');
}

export const metascoreReader: Reader<Values, State> = {
  name: 'metascore',
  opens: ['number', 'tbd'],
  when: (_state, tokens, at) => labelFollows(tokens, at),
  read: (tokens, at, state) => {
    const label = tokens.nextNonBlank(at + 1);
    const value = tokens.value(at, 'number') ?? null;
    const span = tokens.lines.span(at, label);
    const { draft, report } = state;
    state.started = true;
    if (value !== null && value > 100) report.report('score-out-of-range', `The Metascore ${value} is outside 0-100; it is not read.`, span);
    else if (draft.metascore !== undefined) report.report('repeated-block', 'A second Metascore appears; the first is kept.', span);
    else if (value === null) {
      report.furnish(at);
      report.furnish(label);
    } else draft.metascore = { value, span };
    return label + 1;
  },
};
