/**
 * The page's title: its first line, unindented, before any part of the page.
 * ```
 * Pusher
 * Oni Image                                      a game main page: "Image" is the box art's alt text
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
import type { MetacriticTokens } from '../kinds.js';
import type { MetacriticReader, MetacriticState } from '../state.js';

//   (?:you are|you're) (?:viewing|looking at|reading)  the banner's address to the reader
//   an? (?:mirrored|mirror|cached|archived) (?:copy|version)  what the page is
//   of (?:this|the) page\.?  and of what
const MIRROR_BANNER =
  /^(?:you are|you['’]re) (?:viewing|looking at|reading) an? (?:mirrored|mirror|cached|archived) (?:copy|version) of (?:this|the) page\.?$/iu;

/** `You are viewing a mirrored copy of this page.`: a mirror's banner, which carries no data. */
function isMirrorBanner(text: string): boolean {
  return text.length < 80 && MIRROR_BANNER.test(text);
}

/**
 * The title without the word " Image" a game main page's box art leaves after
 * it, when the Metascore's heading comes right under it and the caller did
 * not say the page is of another media than games.
 */
function titleText(tokens: MetacriticTokens, at: number, state: MetacriticState): string {
  const text = collapse(tokens.text(at));
  const game = state.mediaOption === undefined || state.mediaOption === 'game';
  if (game && text.length > 6 && text.endsWith(' Image') && tokens.is(tokens.nextNonBlank(at + 1), 'metascoreHeading')) return text.slice(0, -6);
  return text;
}

/** Reads the title line (or a mirror's banner in its place). */
export const titleReader: MetacriticReader = {
  name: 'title',
  opens: ['text', 'date'],
  when: (state, tokens, at) => state.phase === 'start' && state.title === undefined && tokens.indent(at) === 0,
  read(tokens, at, state) {
    if (isMirrorBanner(tokens.text(at))) state.report.furnish(at);
    else state.title = { text: titleText(tokens, at, state), line: at };
    return at + 1;
  },
};
