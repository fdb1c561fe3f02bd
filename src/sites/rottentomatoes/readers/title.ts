/**
 * The page's title lines: the browser title ("Alien (1979) - Rotten
 * Tomatoes"), a plain title line, a TV season's ("Deadwood: Season 1 (2004)",
 * "Season 1 – Deadwood") and their repetitions further down.
 *
 * @module
 */
import type { Line } from '../../shared/lines.js';
import type { RtContext } from '../context.js';
import { lineAt, nextNonBlank } from '../context.js';
import { recogniseListHeading, recogniseSeasonHeading, recogniseSeasonLine, recogniseSiteTitle } from '../lines.js';

/** The words of a title, lower-cased, without punctuation or a glued year ("Millionaire2008" is "millionaire"). */
export function titleWords(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .split(/[\s:()–—-]+/u)
    .map((word) => word.replace(/(?<=\D)\d{4}$/u, ''))
    .filter((word) => word !== '');
  return new Set(words);
}

/** True when `text` says nothing but the title again ("Alien (1979)", "Slumdog Millionaire2008", "Deadwood — Season 1"). */
export function repeatsTitle(context: RtContext, text: string): boolean {
  const { titleWords: known } = context.state;
  if (known.size === 0 || text.length > 120) return false;
  const words = titleWords(text);
  for (const word of words) if (!known.has(word) && !/^\d{4}$/u.test(word)) return false;
  return words.size > 0;
}

/** Sets the title from `title`, read from the lines `first`..`last`. */
function setTitle(context: RtContext, title: string, first: Line, last: Line = first): void {
  context.draft.setFact('title', title, first, last);
  context.state.titleWords = titleWords(title);
}

/** The title a title line names: the browser title's ("Alien (1979) - Rotten Tomatoes"), a list heading's ("Paddington 2 Reviews"), or the line. */
function titleOf(text: string): string {
  return recogniseSiteTitle(text)?.title ?? (recogniseListHeading(text) ? text.slice(0, -' Reviews'.length) : text);
}

/** True when a browser title or a list's heading names the page's title again, as the second of two pages joined does. */
export function repeatsHeading(context: RtContext, text: string): boolean {
  return context.draft.facts.title?.value === titleOf(text);
}

/**
 * A title line: the page's title the first time, furniture when it repeats
 * it; a season's line makes the page a TV page. A season's heading alone
 * ("SEASON:", "Season 3") is no title: the show's line right under "Season 3"
 * (2020: `Season 3` / `Succession`, on a page whose browser title is cut off)
 * makes the title with it, in the site's own form ("Succession: Season 3");
 * with no such line the page's title stays unread (null).
 */
export function readTitle(context: RtContext, at: number): number {
  const line = lineAt(context, at);
  const { draft, state } = context;
  const site = recogniseSiteTitle(line.text);
  const title = titleOf(line.text);
  // A season's title makes a TV page, under a review list's heading too ("Westworld: Season 2 Reviews").
  if (recogniseSeasonLine(title)) draft.media = 'tv';
  if (site?.media) draft.media = site.media;
  const season = state.seasonHeading;
  state.seasonHeading = undefined;
  if (draft.has('title')) draft.addFurniture(line);
  else if (recogniseSeasonHeading(title)) {
    if (/\d$/u.test(title)) state.seasonHeading = line;
    draft.addFurniture(line);
  } else if (season !== undefined && nextNonBlank(context.lines, season.index + 1) === at && !recogniseSeasonLine(title)) {
    setTitle(context, `${title}: ${season.text}`, season, line);
  } else setTitle(context, title, line);
  return at + 1;
}
