/**
 * Rotten Tomatoes' widget leftovers, on its pages and its mirror flixster's:
 * menus, media links, the rating widget's labels and steps, the ticket form.
 * They carry no data.
 *
 * @module
 */

/** Lines that are furniture as they stand, lower-cased, curly apostrophes straightened. */
const WORDS: ReadonlySet<string> = new Set([
  'rotten tomatoes',
  'user image',
  'watch it now',
  'view all',
  'view all | show more cast',
  'show more cast',
  'show more episodes',
  'episodes',
  'rate and review',
  'verified',
  'super reviewer',
  'rate this movie',
  'rate this season',
  'rate this tv season',
  'oof, that was rotten.',
  'meh, it passed the time.',
  "it's good – i'd recommend it.",
  "it's good - i'd recommend it.",
  'awesome!',
  'so fresh: absolute must see!',
  "you're almost there! just confirm how you got your ticket.",
  "let's get your review verified.",
  'verify i bought my ticket from',
  'fandango',
  'amc (coming soon)',
  'cinemark (coming soon)',
  'regal (coming soon)',
  'bought somewhere else',
  "we won't be able to verify your ticket today, but it's great to know for the future.",
  'tap to review this movie',
  'tap to review this season',
  'season:',
  'where to watch',
  'what to know',
  'read critics reviews',
  'critics reviews',
  'top critics reviews',
  'all critics reviews',
  'view more',
  'load more',
  'watchlist',
  'watchlist tomatometer popcornmeter',
  'play trailer',
  'critic reviews',
  'audience reviews',
  'all critics', // a review list's tabs (2011), never a critic
  'top critics',
  'my critics',
  'more info',
  'see all audience reviews',
  'see all critic reviews',
  'cast & crew',
  'cast and crew',
  'photos',
  'videos',
  'want to see',
  'not interested',
  'add a review',
  'movie info',
]);

/** Furniture lines that start the same way, whatever follows ("Alien Videos" ends so). */
const PATTERNS: readonly RegExp[] = [
  /^news & interviews for \S/u, // News & Interviews for Alien
  /^step \d of \d$/u, // Step 1 of 2
  /^what did you think of (?:the|this) \S.*\? \(optional\)$/u, // What did you think of the movie? (optional)
  /^how did you (?:get|buy) your ticket\?$/u, // How did you get your ticket?
  /^play trailer /u, // Play trailer Poster for Season 1 – Deadwood 2004 Drama Western Play Trailer Watchlist
  /^watch on \S.* buy now$/u, // Watch on Fandango at Home Buy Now
  /^cancel movies tv shows\b/u, // Cancel Movies Tv shows FanStore News Showtimes
  /^view all (?:critic|audience) reviews(?: \(\d[\d,]*\))?$/u, // View All Critic Reviews (117)
  /^(?:all|top|my) critics(?: \| (?:all|top|my) critics)+$/u, // All Critics | Top Critics | My Critics (a 2011 list's tabs on one line)
];

/** The text as the furniture lists hold it: lower-cased, curly apostrophes straight. */
function normalise(text: string): string {
  return text.toLowerCase().replaceAll('’', "'").replaceAll('‘', "'");
}

/**
 * `Alien Videos`, `Mad Max: Fury Road Photos`: a title's media links, their
 * last word capitalised as the links print it (a quote ending "... a drawer
 * of old photos" is a review's text).
 */
const MEDIA_LINK = /^\S.* (?:Videos|Photos|Clips|Trailers)$/u;

/** `User image`, `Alien Videos`, `So Fresh: Absolute Must See!`, `• Fandango`: a widget leftover. */
export function isRtFurniture(text: string): boolean {
  const line = text.startsWith('• ') ? text.slice(2).trim() : text;
  const plain = normalise(line);
  return WORDS.has(plain) || PATTERNS.some((pattern) => pattern.test(plain)) || (line.length <= 120 && MEDIA_LINK.test(line));
}

/** `We won’t be able to v`: the start of a furniture line, cut by the page's end (at least eight characters). */
export function isCutFurniture(text: string): boolean {
  const plain = normalise(text.startsWith('• ') ? text.slice(2).trim() : text);
  if (plain.length < 8) return false;
  for (const word of WORDS) if (word.startsWith(plain)) return true;
  return false;
}
