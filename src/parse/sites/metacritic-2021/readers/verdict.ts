/**
 * The verdict line, with no dash: `Universal acclaim based on 32 Critic Reviews`, or `No score yet
 * based on 3 Critic Reviews` under a `tbd` Metascore; the users' `Universal acclaim based on 1,234
 * Ratings` on a user-reviews page.
 *
 * @module
 */
import { parseVerdictLabel } from '../../../../classify/index.js';
import type { Reader } from '../../../engine/index.js';
import { isNotYetScored } from '../../metacritic/recognise.js';
import type { Values } from '../lines.js';
import type { State } from '../state.js';
import { usersOf } from './block.js';

export const verdictReader: Reader<Values, State> = {
  name: 'verdict',
  opens: ['verdict'],
  read: (tokens, at, state) => {
    const { label, count, block } = tokens.valueOf(at, 'verdict');
    const { draft, report } = state;
    const span = tokens.lines.span(at);
    state.started = true;
    state.block = block;
    const users = block === 'user' ? usersOf(draft) : undefined;
    if ((users === undefined ? draft.verdict : users.verdict) !== undefined) {
      report.report('repeated-block', 'A second verdict line appears; the first is kept.', span);
      return at + 1;
    }
    if (parseVerdictLabel(label) === undefined && !isNotYetScored(label))
      report.report('unknown-verdict', `The verdict "${label}" is not one of the known verdicts; it is kept as printed.`, span);
    if (users === undefined) {
      draft.verdict = { value: label, span };
      draft.criticCount = { value: count, span };
    } else {
      users.verdict = label;
      users.ratingCount = count;
      users.spans.push(span);
    }
    return at + 1;
  },
};
