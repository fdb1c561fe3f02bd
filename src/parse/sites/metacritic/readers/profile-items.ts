/**
 * A numbered profile item, its score not rendered:
 * ```
 *   1. Even stupidity stops being fun here.
 *     • Variety                     [its publication, as a scored block ends]
 * ```
 * or a plain indented line, read as an unnumbered excerpt-only item.
 *
 * @module
 */
import { isBulletLine } from '../kinds.js';
import { recogniseBullet } from '../recognise.js';
import { newReview, type MetacriticReader } from '../state.js';
import { collapse } from '../../../text/strings.js';
import { firstPiece, NUMBERED_ROW, pushReview, readContinuation } from './items.js';
import { isPublicationBullet, isTextLineAt } from './profile-blocks.js';
import { droppedNumberRules } from './copied-profile-items.js';

/** Reads a profile item (in a profile: numbered or indented). */
export const profileItemReader: MetacriticReader = {
  name: 'profile item',
  opens: ['numbered', 'text', 'date'],
  when: (state, tokens, at) => state.phase === 'profile' && (tokens.rowAt(at) === NUMBERED_ROW || tokens.indent(at) > 0),
  read(tokens, at, state) {
    const { piece, number } = firstPiece(tokens, at);
    const indent = tokens.indent(at);
    const draft = newReview(at, number);
    draft.excerpt.push(piece.text);
    let next = readContinuation(
      tokens,
      at + 1,
      indent,
      (continued) => {
        draft.excerpt.push(continued.text);
        draft.last = continued.line;
      },
      droppedNumberRules(state, draft, indent),
    );
    // "• Variety" under the excerpt, as a scored block ends: the publication.
    const below = tokens.nextNonBlank(next);
    // A deeper bullet that is no block's `• NN Metascore` (its line's token says so), sliced only then.
    const bullet =
      below >= tokens.count || tokens.indent(below) <= indent || tokens.valueAs(below, 'titleMetascore') !== undefined || !isBulletLine(tokens, below)
        ? undefined
        : (recogniseBullet(tokens.text(below)) as string);
    if (bullet !== undefined && isPublicationBullet(bullet, { profile: state.profile, followedByText: isTextLineAt(tokens, tokens.nextNonBlank(below + 1)) })) {
      draft.publication = collapse(bullet);
      draft.last = below;
      next = below + 1;
    }
    pushReview(state, draft);
    return next;
  },
};
