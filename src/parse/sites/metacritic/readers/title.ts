/**
 * The page's title: its first line, unindented, before any part of the page.
 * ```
 * Pusher
 * ```
 *
 * @module
 */
import { collapse } from '../../../text/strings.js';
import type { MetacriticReader } from '../state.js';

/** Reads the title line. */
export const titleReader: MetacriticReader = {
  name: 'title',
  opens: ['text', 'date'],
  when: (state, tokens, at) => state.phase === 'start' && state.title === undefined && tokens.indent(at) === 0,
  read(tokens, at, state) {
    state.title = { text: collapse(tokens.text(at)), line: at };
    return at + 1;
  },
};
