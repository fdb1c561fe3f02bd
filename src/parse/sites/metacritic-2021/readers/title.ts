/**
 * A title line above every part of the page (`Vertigo`), where a copy keeps one: a line of text
 * with no text under it (furniture aside), as a review's name line has.
 *
 * @module
 */
import type { Reader } from '../../../engine/index.js';
import type { Values } from '../lines.js';
import type { State } from '../state.js';
import { nextPastFurniture } from './furniture.js';

export const titleReader: Reader<Values, State> = {
  name: 'title',
  opens: ['text'],
  when: (state, tokens, at) => !state.started && !tokens.is(nextPastFurniture(tokens, at), 'text'),
  read: (tokens, at, state) => {
    state.draft.title = { value: tokens.text(at), span: tokens.lines.span(at) };
    state.started = true;
    return at + 1;
  },
};
