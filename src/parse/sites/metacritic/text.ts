/**
 * Text as the Metacritic readers keep it: critics read from their printed
 * names, media from the words that name them.
 *
 * @module
 */
import type { Critic, MediaType } from '../../../types/page.js';
import { collapse } from '../../text/strings.js';

/**
 * "Noel Murray", "Staff [Not Credited]", "Staff (Not Credited)", " Gunnar  Rehlin": the critic as
 * printed. "Staff [Not Cre", cut short inside its "[Not Credited]" (as a
 * truncated page's last line is), is uncredited.
 */
export function readCritic(printed: string): Critic {
  const raw = printed.trim();
  // Most names have no bracket: `indexOf` tells so faster than `lastIndexOf` (a far slower call in V8).
  const open = raw.includes('[') ? raw.lastIndexOf('[') : -1;
  if (open > 0 && raw.length - open >= 2 && !raw.includes(']', open) && '[not credited]'.startsWith(raw.slice(open).toLowerCase())) {
    return { name: collapse(raw.slice(0, open)), credited: false, raw };
  }
  // "[Not Credited]", or "(Not Credited)" as older main pages print it.
  const uncredited = (open >= 0 || raw.includes('(')) && /[[(]not credited[\])]/iu.test(raw);
  const name = collapse(uncredited ? raw.replace(/[[(]not credited[\])]/giu, '') : raw);
  return { name, credited: !uncredited, raw };
}

/** "Kenneth O’Brien" and "kenneth  o'brien": one name, whatever its case, spaces and apostrophes. */
export function sameName(a: string, b: string): boolean {
  const key = (name: string): string => collapse(name).replace(/’/gu, "'").toLowerCase();
  return key(a) === key(b);
}

/** "• Network: NBC" says the page is a TV show's; "• Record Label: Epic" an album's; "• Platform: PC" a game's. */
export function mediaFromDetail(label: string): MediaType | null {
  const lower = label.toLowerCase();
  if (lower === 'network' || lower === 'series premiere date' || lower === 'season #') return 'tv';
  if (lower === 'record label') return 'music';
  if (lower === 'platform' || lower === 'also on' || lower === '# of players' || lower === 'developer') return 'game';
  return null;
}

/** "Movie", "TV Show", "game", "Music", "Movies": the media a profile line names. */
export function mediaFromWord(word: string): MediaType | null {
  const lower = word.toLowerCase();
  if (lower.startsWith('movie') || lower === 'film') return 'movie';
  if (lower.startsWith('tv') || lower.startsWith('show')) return 'tv';
  if (lower.startsWith('game')) return 'game';
  if (lower === 'music' || lower.startsWith('album')) return 'music';
  return null;
}

/**
 * The furniture a page prints right over its user list, in lower case: the rating widget's lines
 * (`Your Score`, `0 out of 10`, `Rate this:`, `1. Submit`, `2. Check Spelling`) and the list's
 * heading. Over the list's first date, one of these is the page's, not a first user's name (`Check
 * Spelling` over `Mar 29, 2020`), as `Critic Reviews` or `Trailers` there may be.
 */
const OVER_USER_LIST: ReadonlySet<string> = new Set(['your score', '0 out of 10', 'rate this:', 'submit', 'check spelling', 'user reviews']);

/**
 * True when `text` is furniture a page prints right over its user list (see {@link OVER_USER_LIST}), in any case.
 *
 * @example
 * ```ts
 * isPrintedOverUserList('Check Spelling'); //=> true
 * isPrintedOverUserList('Critic Reviews'); //=> false
 * ```
 */
export function isPrintedOverUserList(text: string): boolean {
  return OVER_USER_LIST.has(text.toLowerCase());
}
