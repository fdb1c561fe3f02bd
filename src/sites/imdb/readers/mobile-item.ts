/**
 * An item of IMDb's mobile list: `[<Critic>][ <Publication>]` (one space
 * between; either, or the whole line, missing) / `<quote>`; no scores.
 *
 * @module
 */
import { splitSpacedNames } from '../../shared/names.js';
import { reviewOf } from '../../shared/page.js';
import { lineAt, nextNonBlank, type ImdbState } from '../state.js';

/** Longer than any line of names. */
const MAX_NAMES = 80;

/**
 * True when `text` reads as a line of names rather than a quote: short, and
 * with no sentence's end or inner punctuation of prose.
 */
export function looksLikeNames(text: string): boolean {
  return text.length <= MAX_NAMES && !/[.!?…"“”;:]$/u.test(text) && !/[,;:!?"“”]/u.test(text) && text.split(' ').length <= 8;
}

/** Reads the item that opens at line `at`: a names line over its quote, or a quote alone. */
export function readMobileItem(state: ImdbState, at: number): number {
  const first = lineAt(state, at);
  const next = nextNonBlank(state, at + 1);
  const hasQuoteBelow = state.kinds[next] === 'text';
  if (hasQuoteBelow && looksLikeNames(first.text)) {
    const quote = lineAt(state, next);
    const names = splitSpacedNames(first.text, 'critic-first');
    state.draft.reviews.push(
      reviewOf({ critic: names.critic, publication: names.publication, excerpt: quote.text.replace(/\s+/gu, ' '), span: state.input.lines.spanOf(first, quote) }),
    );
    return next + 1;
  }
  state.draft.reviews.push(reviewOf({ excerpt: first.text.replace(/\s+/gu, ' '), span: state.input.lines.spanOf(first) }));
  return at + 1;
}
