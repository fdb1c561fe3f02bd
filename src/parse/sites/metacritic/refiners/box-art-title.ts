/**
 * The title of an older game main page, which its first line gives as the
 * box art's alt text (the corpus-sites README: "a game main page opened by
 * `<Title> Image`"):
 * ```
 * Oni Image                                      the title is "Oni"
 * Metascore
 * 73
 * ```
 * A refiner, for the page says what it is only further down (a detail's
 * `Platform:` or `Record Label:`). The word is dropped only as narrowly as
 * that evidence goes: from the page's own title (its first line, never a
 * publication or a quote), written as an alt text is (one space and
 * "Image", capitalised, after a title), right over the Metascore's heading,
 * on a page that is a game's or says no media (the page's own details
 * first, then the caller's `media`). "Mirror Image" over the Metascore of an
 * album, or of a page the caller says is a film's, keeps its word.
 *
 * @module
 */
import type { Refiner } from '../../../engine/refine.js';
import type { MetacriticState } from '../state.js';

//   (\S(?:.*\S)?)   the title, with no space at either end
//    Image          one space and the word, as the alt text of the title's picture ends
const ALT_TEXT = /^(\S(?:.*\S)?) Image$/u;

/** The title an alt text `<Title> Image` names, or `undefined` for another line. */
export function titleOfAltText(text: string): string | undefined {
  return ALT_TEXT.exec(text)?.[1];
}

/** Gives a game main page the title its box art's alt text names. */
export const boxArtTitleRefiner: Refiner<MetacriticState> = {
  name: 'box-art title',
  refine(state) {
    const { title, tokens } = state;
    if (title === undefined) return;
    const media = state.media ?? state.mediaOption;
    if (media !== undefined && media !== 'game') return;
    const named = titleOfAltText(title.text);
    if (named === undefined || !tokens.is(tokens.nextNonBlank(title.line + 1), 'metascoreHeading')) return;
    state.title = { text: named, line: title.line };
  },
};
