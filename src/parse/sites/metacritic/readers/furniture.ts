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
import type { MetacriticReader } from '../state.js';

/** Reads a furniture line. */
export const furnitureReader: MetacriticReader = {
  name: 'furniture',
  opens: ['furniture', 'numberedFurniture', 'widgetBullet'],
  read(tokens, at, state) {
    const text = tokens.text(at);
    // "See all 20 Critic Reviews" ends the critics' list.
    if (tokens.is(at, 'furniture') && /^see all /iu.test(text)) {
      if (state.phase === 'critic') state.phase = 'closed';
      if (/critic/iu.test(text)) state.criticListEnded = true;
    }
    state.report.furnish(at);
    return at + 1;
  },
};
