/**
 * A critic under tv.com's `Metacritic Score`: `• <score>` /
 * `[<Publication>[ <Critic>]]` / `<quote cut near 170 characters>...`.
 *
 * @module
 */
import { isNamesAlone, looksLikeNames, splitSpacedNames } from '../../shared/names.js';
import { reviewOf } from '../../shared/page.js';
import { kindAt, lineAt, nextNonBlank, report, spanOf, valueAt, type TvComState } from '../state.js';
import { cutLoneLine, endsPageCut, type SiteLine } from '../../shared/state.js';

/** Reads the critic whose score bullet is on line `at`; returns the line after its quote. */
export function readCriticItem(state: TvComState, at: number): number {
  const bullet = lineAt(state, at);
  const score = valueAt(state, at) as number;
  // `• 6` as the page's last line, with no line break: a score cut short (`• 65`), no review.
  if (endsPageCut(state, at)) {
    state.draft.cutShort(bullet, "a review's score");
    return at + 1;
  }
  let line = nextNonBlank(state, at + 1);
  let names: SiteLine | undefined;
  let quote: SiteLine | undefined;
  if (kindAt(state, line) === 'text') {
    const first = lineAt(state, line);
    const below = nextNonBlank(state, line + 1);
    if (looksLikeNames(first.text) && kindAt(state, below) === 'text') {
      names = first;
      quote = lineAt(state, below);
      line = below + 1;
    } else if (isNamesAlone(first.text)) {
      // `Variety` alone: the names of a review whose quote the page did not print.
      names = first;
      line += 1;
    } else if (cutLoneLine(state, first)) {
      // The page's last line, cut with no line break: a names line or a quote, which the text does not settle.
      line += 1;
    } else {
      quote = first;
      line += 1;
    }
  }
  const split = names === undefined ? undefined : splitSpacedNames(names.text, 'publication-first');
  const span = spanOf(state, bullet, quote ?? names ?? bullet);
  const valid = score <= 100;
  if (!valid) report(state, 'score-out-of-range', `The score ${score} is above 100; it is not read.`, span);
  state.draft.reviews.push(
    reviewOf({
      score: valid ? score : null,
      publication: split?.publication ?? null,
      critic: split?.critic ?? null,
      excerpt: quote?.text.replace(/\s+/gu, ' ') ?? '',
      span,
    }),
  );
  if (quote === undefined) report(state, 'review-without-text', 'The review has no quote.', span);
  state.phase = 'after';
  return line;
}
