/**
 * A score distribution: its label, when it has one, and its lines.
 * ```
 * Critic score distribution:        (or "User score distribution:", or "Score distribution:")
 *   1. Positive: 9 out of 11
 *   2. Mixed: 2 out of 11
 *   3. Negative: 0 out of 11
 * ```
 * A list goes to the owner its label names; an unlabelled one to the section
 * it is in (see {@link unlabelledOwner}). A list a page already has is one
 * `repeated-block` warning over its label and lines, which are not read.
 *
 * @module
 */
import type { Diagnostic } from '../../../../types/diagnostic.js';
import { checkedCount } from '../counts.js';
import type { DistributionLine } from '../recognise.js';
import {
  type DistributionDraft,
  type DistributionOwnerOf,
  ensureProfile,
  ensureUsers,
  type MetacriticReader,
  type MetacriticState,
  reportLine,
  reportRepeated,
  startPage,
} from '../state.js';

/** Where a list's lines go: an owner's distribution, or the diagnostic (at its index) of a list the page already has. */
type Target = { readonly kind: 'owner'; readonly owner: DistributionOwnerOf } | { readonly kind: 'repeat'; readonly diagnostic: number };

/** Reads a distribution's label or first line, and the distribution lines right under it. */
export const distributionReader: MetacriticReader = {
  name: 'distribution',
  opens: ['distributionLabel', 'distributionLine'],
  read(tokens, at, state) {
    startPage(state);
    const label = tokens.value(at, 'distributionLabel');
    let target: Target | undefined = label === undefined ? undefined : openList(state, label.owner ?? unlabelledOwner(state), at);
    let line = at;
    if (label === undefined) target = addLine(state, target, tokens.valueOf(at, 'distributionLine'), at);
    for (let next = tokens.nextNonBlank(line + 1); tokens.is(next, 'distributionLine'); next = tokens.nextNonBlank(line + 1)) {
      line = next;
      target = addLine(state, target, tokens.valueOf(line, 'distributionLine'), line);
    }
    return line + 1;
  },
};

function newDistribution(): DistributionDraft {
  return { positive: null, mixed: null, negative: null, first: undefined, last: undefined, totals: new Set() };
}

/** A labelled list opens at `line`: its owner's distribution, or a repeat when the owner has one. */
function openList(state: MetacriticState, owner: DistributionOwnerOf, line: number): Target {
  const draft = distributionOf(state, owner, line);
  if (owner !== 'profile') state.phase = owner;
  if (draft.first !== undefined) return repeatList(state, owner, line);
  draft.first = line;
  draft.last = line;
  return { kind: 'owner', owner };
}

/** A second distribution of `owner` opens at `line`: reported once, its lines set aside with it. */
function repeatList(state: MetacriticState, owner: DistributionOwnerOf, line: number): Target {
  return { kind: 'repeat', diagnostic: reportRepeated(state, `${owner} score distribution`, state.tokens.lines.span(line)) };
}

/**
 * An unlabelled "Score distribution:" belongs to the profile on a profile page;
 * on a title page to the critics until they have one (the main page prints the
 * critics' list first, after the user block's widgets) or their list has ended
 * ("See all 20 Critic Reviews"), then to the users.
 */
function unlabelledOwner(state: MetacriticState): DistributionOwnerOf {
  if (state.phase === 'profile') return 'profile';
  if (state.critics?.first === undefined && !state.criticListEnded && (state.verdict !== undefined || state.users === undefined)) return 'critic';
  return 'user';
}

/**
 * A list with no label belongs to the section it is in; but in the user block
 * a list counted "out of" the critics' verdict count (and not the users'),
 * while the critics have no list yet and theirs has not ended, is the
 * critics': an older main page prints it after the user block's widgets.
 * ```
 * Generally favorable reviews - based on 20 Critics
 * User Score
 * Mixed or average reviews- based on 8 Ratings
 *   1. Positive: 18 out of 20       the critics' (20), not the users' (8)
 * ```
 */
function unlabelledListOwner(state: MetacriticState, found: DistributionLine): DistributionOwnerOf {
  if (state.phase === 'profile') return 'profile';
  if (state.phase !== 'user') return 'critic';
  const critics = state.verdict?.count;
  const namesCritics = found.total !== null && critics !== undefined && critics !== null && found.total === critics && found.total !== state.users?.ratingCount;
  return namesCritics && state.critics?.first === undefined && !state.criticListEnded ? 'critic' : 'user';
}

function distributionOf(state: MetacriticState, owner: DistributionOwnerOf, line: number): DistributionDraft {
  if (owner === 'critic') return (state.critics ??= newDistribution());
  if (owner === 'user') {
    const users = ensureUsers(state, line);
    return (users.distribution ??= newDistribution());
  }
  const profile = ensureProfile(state, line);
  return (profile.distribution ??= newDistribution());
}

/** Adds the distribution line at `line` to `target` (undefined for a list's first line with no label); returns the list's target. */
function addLine(state: MetacriticState, target: Target | undefined, found: DistributionLine, line: number): Target {
  const { report, tokens } = state;
  if (target?.kind === 'repeat') {
    const repeated = report.diagnostics[target.diagnostic] as Diagnostic;
    report.diagnostics[target.diagnostic] = { ...repeated, span: { start: repeated.span.start, end: tokens.lines.span(line).end } };
    return target;
  }
  // A list with no label belongs to the section it is in (or to the critics, whose count it names).
  const owner = target?.owner ?? unlabelledListOwner(state, found);
  const draft = distributionOf(state, owner, line);
  if (target === undefined) {
    if (draft.first !== undefined && draft.last !== undefined && draft.last !== line - 1) return repeatList(state, owner, line);
    draft.first ??= line;
    if (owner !== 'profile') state.phase = owner;
  }
  const listTarget: Target = target ?? { kind: 'owner', owner };
  // The same word as a literal: the line's own is cut from the page, a key V8 must look up in its
  // table of names each time it indexes the draft by it.
  const sentiment = found.sentiment === 'positive' ? 'positive' : found.sentiment === 'mixed' ? 'mixed' : 'negative';
  if (draft[sentiment] !== null) {
    reportRepeated(state, `${found.sentiment} line`, tokens.lines.span(line), ` in the ${owner} distribution`);
    return listTarget;
  }
  const count = checkedCount(state, line, found.count, 'first');
  const total = found.total === null ? null : checkedCount(state, line, found.total, 'last');
  if (count !== null) draft[sentiment] = count;
  if (total !== null) draft.totals.add(total);
  draft.last = line;
  if (owner === 'critic' && total !== null && draft.totals.size > 1) {
    reportLine(state, 'distribution-total-mismatch', `This line counts out of ${total}, unlike the distribution's other lines.`, line);
  }
  if (owner === 'user' && state.users) state.users.last = line;
  if (owner === 'profile' && state.profile) state.profile.last = line;
  return listTarget;
}
