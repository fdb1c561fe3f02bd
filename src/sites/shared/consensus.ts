/**
 * What Rotten Tomatoes prints where a title has no critics consensus, on its
 * own pages and on the sites that print its data.
 *
 * @module
 */

/** `No consensus yet.`: the site's placeholder where a title has no consensus (none to read). */
export function isNoConsensus(text: string): boolean {
  return /^no consensus yet\.?$/iu.test(text);
}
