/**
 * The last reader: a line no other reader takes at its place is reported as
 * an `unrecognised-line` warning, its text kept in the message.
 *
 * @module
 */
import { ANY_KIND } from '../../../engine/read.js';
import { clip } from '../../../text/strings.js';
import { reportLine, type MetacriticReader } from '../state.js';

/** Reports a line that fits no part of a page at its place. */
export const unrecognisedReader: MetacriticReader = {
  name: 'unrecognised',
  opens: ANY_KIND,
  read(tokens, at, state) {
    reportLine(state, 'unrecognised-line', `The line "${clip(tokens.text(at))}" fits no part of a review page at this place.`, at);
    return at + 1;
  },
};
