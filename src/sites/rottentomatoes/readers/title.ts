/**
 * The page's title lines: the browser title ("Alien (1979) - Rotten
 * Tomatoes"), a plain title line, a TV season's ("Deadwood: Season 1 (2004)",
 * "Season 1 – Deadwood") and their repetitions further down.
 *
 * @module
 */
import type { RtContext } from '../context.js';
import { lineAt } from '../context.js';
import { recogniseListHeading, recogniseSeasonLine, recogniseSiteTitle } from '../lines.js';

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

/** Sets the title from `title`, read from the line at `at`. */
function setTitle(context: RtContext, title: string, at: number): void {
  const line = lineAt(context, at);
  context.draft.setFact('title', title, line);
  context.state.titleWords = titleWords(title);
}

/** A title line: the page's title the first time, furniture when it repeats it; a season's line makes the page a TV page. */
export function readTitle(context: RtContext, at: number): number {
  const line = lineAt(context, at);
  const { draft } = context;
  const site = recogniseSiteTitle(line.text);
  if (recogniseSeasonLine(line.text)) draft.media = 'tv';
  if (site?.media) draft.media = site.media;
  const title = site?.title ?? (recogniseListHeading(line.text) ? line.text.slice(0, -' Reviews'.length) : line.text);
  if (!draft.has('title') && !/^season:$/iu.test(title)) setTitle(context, title, at);
  else draft.addFurniture(line);
  return at + 1;
}
