/**
 * The distribution, label and number on separate lines: `Positive:` / `31`, `Mixed:` / `1`,
 * `Negative:` / `0` (or on one line, `Positive: 31`). A label whose number is missing (a page cut
 * after it) leaves its count null.
 *
 * @module
 */
import type { Reader } from '../../../engine/index.js';
import type { Values } from '../lines.js';
import type { State } from '../state.js';

export const distributionReader: Reader<Values, State> = {
  name: 'distribution',
  opens: ['distribution'],
  read: (tokens, at, state) => {
    const label = tokens.valueOf(at, 'distribution');
    let last = at;
    let count = label.count;
    const next = tokens.nextNonBlank(at + 1);
    const below = count === null ? tokens.value(next, 'number') : undefined;
    if (below !== undefined) {
      count = below;
      last = next;
    }
    const span = tokens.lines.span(at, last);
    const { draft, report } = state;
    state.started = true;
    draft.distribution ??= { positive: null, mixed: null, negative: null, spans: [] };
    const { distribution } = draft;
    if (distribution[label.sentiment] !== null) report.report('repeated-block', `A second ${label.sentiment} count appears; the first is kept.`, span);
    else {
      distribution[label.sentiment] = count;
      distribution.spans.push(span);
    }
    return last + 1;
  },
};
