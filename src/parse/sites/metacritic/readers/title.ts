/**
 * The page's title: its first line, unindented, before any part of the page.
 * ```
 * Pusher
 * Oni Image                                      a game main page's box art alt text (refiners/box-art-title.ts)
 * Metascore
 * ```
 * A mirror's banner in its place is furniture:
 * ```
 * You are viewing a mirrored copy of this page.
 * ```
 *
 * @module
 */
import { collapse } from '../../../text/strings.js';
import type { MetacriticReader } from '../state.js';

//   (?:you are|you're) (?:viewing|looking at|reading)  the banner's address to the reader
//   an? (?:mirrored|mirror|cached|archived) (?:copy|version)  what the page is
//   of (?:this|the) page\.?  and of what
const MIRROR_BANNER =
  /^(?:you are|you['’]re) (?:viewing|looking at|reading) an? (?:mirrored|mirror|cached|archived) (?:copy|version) of (?:this|the) page\.?$/iu;

/** `You are viewing a mirrored copy of this page.`: a mirror's banner, which carries no data. */
function isMirrorBanner(text: string): boolean {
  return text.length < 80 && MIRROR_BANNER.test(text);
}

/** Reads the title line (or a mirror's banner in its place). A date line is no title: it is reported where it stands. */
export const titleReader: MetacriticReader = {
  name: 'title',
  opens: ['text'],
  when: (state, tokens, at) => state.phase === 'start' && state.title === undefined && tokens.indent(at) === 0,
  read(tokens, at, state) {
    if (isMirrorBanner(tokens.text(at))) state.report.furnish(at);
    else state.title = { text: collapse(tokens.text(at)), line: at };
    return at + 1;
  },
};
