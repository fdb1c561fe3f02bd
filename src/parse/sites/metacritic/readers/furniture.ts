/**
 * Page furniture: widgets and headings that carry no data, each recorded as
 * furniture.
 * ```
 * Watch On          Critic Reviews          Expand          • 10   (the rating widget)
 * 1. Your Score     See all 20 Critic Reviews                 > Track name
 * ```
 * "See all 20 Critic Reviews" ends the critics' list.
 *
 * @module
 */
import type { MetacriticTokens } from '../kinds.js';
import { type MetacriticReader, type MetacriticState, startPage } from '../state.js';
import { isCriticReviewsHeading } from '../recognise.js';
import { opensCopiedCriticReview } from './copied-list.js';
import { isNamedAsFurniture } from './items.js';

/** True when furniture line `text` ends a list: "See all 20 Critic Reviews" ends the critics'. */
export function endsList(text: string): boolean {
  return /^see all /iu.test(text);
}

/**
 * True when `Critic Reviews` at `at`, before any part of a page, heads a list: a numbered item (no
 * widget's `2. Check Spelling`), or a copied review's score or byline (see opensCopiedCriticReview), comes right under it (a page whose verdict is printed below its list, or cut off above it). Its items
 * are critic reviews; elsewhere the heading is furniture only.
 */
function opensCriticList(state: MetacriticState, tokens: MetacriticTokens, at: number, text: string): boolean {
  const next = tokens.nextNonBlank(at + 1);
  return state.phase === 'start' && isCriticReviewsHeading(text) && (tokens.is(next, 'numbered') || opensCopiedCriticReview(tokens, next));
}

/** Reads a furniture line. */
export const furnitureReader: MetacriticReader = {
  name: 'furniture',
  opens: ['furniture', 'numberedFurniture', 'widgetBullet'],
  // A user's name that is a furniture word ("2. Metascore" over a date) is the user item's.
  when: (state, tokens, at) => !isNamedAsFurniture(state, tokens, at),
  read(tokens, at, state) {
    // Only a line of the furniture row can end a list: the others are not sliced.
    if (tokens.is(at, 'furniture')) {
      const text = tokens.text(at);
      if (endsList(text)) {
        if (state.phase === 'critic') state.phase = 'closed';
        if (/critic/iu.test(text)) state.criticListEnded = true;
      } else if (opensCriticList(state, tokens, at, text)) {
        startPage(state);
        state.phase = 'critic';
      }
    }
    state.report.furnish(at);
    return at + 1;
  },
};
