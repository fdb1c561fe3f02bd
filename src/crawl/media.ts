/**
 * A crawl record's media, told by its address: Metacritic files each page
 * under its media's path.
 */
import type { MediaType } from '../types/page.js';

/** `metacritic.com/movie/`, `/tv/`, `/music/` or `/game/` (any subdomain, http or https), the media named by the path's first part. */
const METACRITIC_MEDIA = /^https?:\/\/(?:[a-z0-9-]+\.)*metacritic\.com\/(movie|tv|music|game)\//iu;

/**
 * The media a record's URL names: a Metacritic page's path begins with its
 * media (`https://www.metacritic.com/game/oni/critic-reviews` is a game's).
 * Used where the page's text does not say its media (the page's own word wins).
 *
 * @param url - A record's `WARC-Target-URI`.
 * @returns `movie`, `tv`, `music` or `game`; `undefined` for any other address.
 *
 * @example
 * ```ts
 * mediaFromUrl('https://www.metacritic.com/game/oni/critic-reviews');
 * //=> 'game'
 * mediaFromUrl('https://example.org/game/oni');
 * //=> undefined
 * ```
 */
export function mediaFromUrl(url: string): MediaType | undefined {
  return METACRITIC_MEDIA.exec(url)?.[1]?.toLowerCase() as MediaType | undefined;
}
