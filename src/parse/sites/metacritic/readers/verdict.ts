/**
 * The verdict line, for the critics or the users:
 * ```
 * Generally favorable reviews - based on 11 Critics
 * Universal acclaim- based on 476 Ratings
 * ```
 * It opens the critics' list or the user block; a second one of either is
 * reported and not read.
 *
 * @module
 */
import { parseVerdictLabel } from '../../../../classify/index.js';
import { checkedCount } from '../counts.js';
import { clip } from '../../../text/strings.js';
import { isNotYetScored } from '../recognise.js';
import { ensureUsers, reportLine, reportRepeated, startPage, type MetacriticReader } from '../state.js';

/** Labels {@link parseVerdictLabel} read, as printed: a page's label is told once, then looked up (at most 64 kept). */
const KNOWN_LABELS = new Set<string>();

/** True when `label` is one of the known verdicts, in any of its printed spellings. */
function isKnownVerdict(label: string): boolean {
  if (KNOWN_LABELS.has(label)) return true;
  if (parseVerdictLabel(label) === undefined) return false;
  if (KNOWN_LABELS.size < 64) KNOWN_LABELS.add(label);
  return true;
}

/** Reads a verdict line. */
export const verdictReader: MetacriticReader = {
  name: 'verdict',
  opens: ['verdict'],
  read(tokens, at, state) {
    const { owner, label, count: printed } = tokens.valueOf(at, 'verdict');
    startPage(state);
    const count = checkedCount(state, at, printed, 'last');
    if (owner === 'user') {
      const users = ensureUsers(state, at);
      state.phase = 'user';
      if (users.verdict !== null || users.ratingCount !== null) {
        reportRepeated(state, 'user verdict line', tokens.lines.span(at));
        return at + 1;
      }
      users.verdict = label;
      users.ratingCount = count;
      users.last = at;
      return at + 1;
    }
    state.phase = 'critic';
    if (state.verdict) {
      reportRepeated(state, 'critic verdict line', tokens.lines.span(at));
      return at + 1;
    }
    if (!isKnownVerdict(label) && !isNotYetScored(label)) {
      reportLine(state, 'unknown-verdict', `The verdict "${clip(label)}" is not one of the known verdicts; it is kept as printed.`, at);
    }
    state.verdict = { label, count, line: at };
    return at + 1;
  },
};
