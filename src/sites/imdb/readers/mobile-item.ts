/**
 * An item of IMDb's mobile list: `[<Critic>][ <Publication>]` (one space
 * between; either, or the whole line, missing) / `<quote>`; no scores.
 *
 * @module
 */
import { looksLikeNames, splitSpacedNames } from '../../shared/names.js';
import { reviewOf } from '../../shared/page.js';
import { kindAt, lineAt, nextNonBlank, spanOf, type ImdbState } from '../state.js';
import { cutLoneLine } from '../../shared/state.js';

/** Reads the item that opens at line `at`: a names line over its quote, or a quote alone. */
export function readMobileItem(state: ImdbState, at: number): number {
  const first = lineAt(state, at);
  const next = nextNonBlank(state, at + 1);
  const hasQuoteBelow = kindAt(state, next) === 'text';
  if (hasQuoteBelow && looksLikeNames(first.text)) {
    const quote = lineAt(state, next);
    const names = splitSpacedNames(first.text, 'critic-first');
    state.draft.reviews.push(
      reviewOf({ critic: names.critic, publication: names.publication, excerpt: quote.text.replace(/\s+/gu, ' '), span: spanOf(state, first, quote) }),
    );
    return next + 1;
  }
  // The page's last line, cut with no line break (`Dave Ke`): a names line or a quote, which the text does not settle; not read.
  if (!cutLoneLine(state, first)) state.draft.reviews.push(reviewOf({ excerpt: first.text.replace(/\s+/gu, ' '), span: spanOf(state, first) }));
  return at + 1;
}
