/**
 * A title line above every part of the page (`Vertigo`), where a copy keeps one.
 *
 * @module
 */
import type { Reader } from '../../../engine/index.js';
import type { Values } from '../lines.js';
import type { State } from '../state.js';

export const titleReader: Reader<Values, State> = {
  name: 'title',
  opens: ['text'],
  when: (state, tokens, at) => !state.started && !tokens.is(tokens.nextNonBlank(at + 1), 'text'),
  read: (tokens, at, state) => {
    state.draft.title = { value: tokens.text(at), span: tokens.lines.span(at) };
    state.started = true;
    return at + 1;
  },
};
