/**
 * metacritic.com's pages, as its crawls, saved pages and copies hold them:
 * critic-reviews pages, title main pages, user-reviews pages, newer product
 * pages, and critic and publication profiles (the corpus README's layouts).
 *
 * @module
 */
import type { Site, SiteInput } from '../../site.js';
import { readMetacriticPage } from './read.js';

/**
 * metacritic.com's host in a URL, with or without `www.` or another
 * subdomain, or a mirror's host named after it (`metacritic.mirror.example.org`).
 */
//   (?:[a-z][a-z0-9+.-]*:\/\/)?  the scheme, when there is one
//   (?:[^/?#]*\.)?               the labels before "metacritic", when there are any
//   metacritic\.[^/?#:]+         the label "metacritic" and the rest of the host
//   (?:[:/?#]|$)                 then the port, the path, the query, the fragment or nothing
const HOST = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^/?#]*\.)?metacritic\.[^/?#:]+(?:[:/?#]|$)/iu;

/**
 * The Metacritic site: it claims pages whose URL is on metacritic.com (or a
 * mirror of it named so), and reads every page no other site claims (its
 * reading reports a text that is no review page).
 */
export const metacritic: Site = {
  name: 'metacritic',
  claim: (input: SiteInput) => (input.url !== undefined && HOST.test(input.url) ? 1 : 0),
  read: readMetacriticPage,
};
