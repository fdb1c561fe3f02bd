/**
 * A critic under tv.com's `Metacritic Score`: `• <score>` /
 * `[<Publication>[ <Critic>]]` / `<quote cut near 170 characters>...`.
 *
 * @module
 */
import type { Line } from '../../../parse/lines.js';
import { looksLikeNames, splitSpacedNames } from '../../shared/names.js';
import { report, reviewOf } from '../../shared/page.js';
import { lineAt, nextNonBlank, type TvComState } from '../state.js';

/** Reads the critic whose score bullet is on line `at`; returns the line after its quote. */
export function readCriticItem(state: TvComState, at: number): number {
  const bullet = lineAt(state, at);
  const score = state.values[at] as number;
  let line = nextNonBlank(state, at + 1);
  let names: Line | undefined;
  let quote: Line | undefined;
  if (state.kinds[line] === 'text') {
    const first = lineAt(state, line);
    const below = nextNonBlank(state, line + 1);
    if (looksLikeNames(first.text) && state.kinds[below] === 'text') {
      names = first;
      quote = lineAt(state, below);
      line = below + 1;
    } else {
      quote = first;
      line += 1;
    }
  }
  const split = names === undefined ? undefined : splitSpacedNames(names.text, 'publication-first');
  const span = state.input.lines.spanOf(bullet, quote ?? bullet);
  const valid = score <= 100;
  if (!valid) report(state.draft, 'score-out-of-range', `The score ${score} is above 100; it is not read.`, span);
  state.draft.reviews.push(
    reviewOf({ score: valid ? score : null, publication: split?.publication ?? null, critic: split?.critic ?? null, excerpt: quote?.text.replace(/\s+/gu, ' ') ?? '', span }),
  );
  if (quote === undefined) report(state.draft, 'review-without-text', 'The review has no quote.', span);
  state.phase = 'after';
  return line;
}
