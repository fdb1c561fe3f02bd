/**
 * The distribution, label and number on separate lines: `Positive:` / `31`, `Mixed:` / `1`,
 * `Negative:` / `0` (or on one line, `Positive: 31`). A label whose number is missing (a page cut
 * after it) leaves its count null. It is the users' under a line that says the page is theirs
 * (`USER SCORE DISTRIBUTION`, `USER SCORE`, a verdict `based on N Ratings`), the critics' otherwise.
 *
 * @module
 */
import type { Reader } from '../../../engine/index.js';
import type { Values } from '../lines.js';
import type { State } from '../state.js';
import { reportUnsettled, usersOf } from './block.js';

export const distributionReader: Reader<Values, State> = {
  name: 'distribution',
  opens: ['distribution'],
  read: (tokens, at, state) => {
    const label = tokens.valueOf(at, 'distribution');
    let last = at;
    let count = label.count;
    const next = tokens.nextNonBlank(at + 1);
    const below = count === null ? (tokens.value(next, 'number') ?? tokens.value(next, 'count')) : undefined;
    if (below !== undefined) {
      count = below;
      last = next;
    }
    const span = tokens.lines.span(at, last);
    const { draft, report } = state;
    state.started = true;
    reportUnsettled(state, 'this distribution', span);
    const users = state.block === 'user' ? usersOf(draft) : undefined;
    const distribution = users
      ? (users.distribution ??= { positive: null, mixed: null, negative: null })
      : (draft.distribution ??= { positive: null, mixed: null, negative: null, spans: [] });
    if (distribution[label.sentiment] !== null) report.report('repeated-block', `A second ${label.sentiment} count appears; the first is kept.`, span);
    else {
      distribution[label.sentiment] = count;
      (users?.spans ?? draft.distribution?.spans)?.push(span);
    }
    return last + 1;
  },
};
