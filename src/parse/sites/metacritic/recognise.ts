/**
 * The Metacritic recognisers: each takes one line's trimmed text (or the text
 * after its number or bullet) and returns what it is, or `undefined`. None
 * looks at other lines. The line table (./kinds.ts) makes its rows of them;
 * the readers decide what a line means at its place in the page.
 *
 * @module
 */
import type { Sentiment } from '../../../types/page.js';
import { isDigit, readCount } from '../../text/numbers.js';

/**
 * `Metascore`, `User Score`, `tbd`: true when the line is `word` (given in lower
 * case), in any case. Lengths are compared first, so a long line is never
 * lower-cased just to be told apart from a short word.
 */
export function isWord(text: string, word: string): boolean {
  if (text.length !== word.length) return false;
  // Then the first letters (of the characters outside ASCII, only "K", the Kelvin sign,
  // lower-cases to an ASCII letter of the same length: "k"), then the whole line.
  const first = text.charCodeAt(0);
  const wanted = word.charCodeAt(0);
  return ((first | 0x20) === wanted || (first === KELVIN && wanted === 0x6b)) && text.toLowerCase() === word;
}

/** The Kelvin sign, which lower-cases to "k". */
const KELVIN = 0x212a;

/** The long s, "ſ", an "s" to a case-blind regular expression. */
const LONG_S = 0x17f;

/**
 * The text a regular expression's group captured; `''` for a group that took
 * no part in the match (an optional group left out).
 */
function group(match: RegExpExecArray, n: number): string {
  return match[n] ?? '';
}

/** A verdict line, for critics or users. */
export interface VerdictLine {
  readonly owner: 'critic' | 'user';
  readonly label: string;
  readonly count: number;
}

// "- based on 11 Critics", "- based on 22 Critic Reviews", "- based on 476 Ratings",
// optionally followed by the main page's "What's this?" link.
//   [-–—‐−]{1,2}\s?based on\s+   the dash (a hyphen, "--", or another dash as some copies
//                               have it), with or without a space after it
//   ([\d,]+)\s+       the count, thousands separators allowed
//   (critic...|...)   the unit, which says whose verdict it is
const BASED_ON = /^[-–—‐−]{1,2}\s?based on\s+(\d[\d,]*)\s+(critics?|critic reviews?|ratings?|user ratings?)(?:\s+what['’]s this\?)?$/iu;

/** The dashes a verdict line's "- based on" is seen with: hyphen, en and em dash, the Unicode hyphen, the minus sign. */
const DASHES = ['-', '–', '—', '‐', '−'];

/**
 * `Generally favorable reviews - based on 11 Critics`,
 * `Universal acclaim- based on 476 Ratings`,
 * `Generally favorable reviews - based on 20 Critics What's this?`,
 * `Generally favorable reviews – based on 11 Critics`
 */
export function recogniseVerdictLine(text: string): VerdictLine | undefined {
  // The line ends with its unit ("Critics", "Critic Review", "Rating") or "What's this?".
  if (!endsAsVerdict(text)) return undefined;
  const at = lastBasedOn(text);
  if (at < 1) return undefined;
  // The dash: the last character before "based on" but spaces.
  let dash = at - 1;
  while (dash > 0 && text.charCodeAt(dash) === 0x20) dash--;
  if (dash < 1 || !DASHES.includes(text.charAt(dash))) return undefined;
  // "--", as text converted to ASCII writes a dash: the label ends before the first.
  while (dash > 1 && DASHES.includes(text.charAt(dash - 1))) dash--;
  const match = BASED_ON.exec(text.slice(dash));
  if (!match) return undefined;
  const label = text.slice(0, dash).trim();
  // A list item's text that ends so ("1. Trust the aggregate - based on 5 Critics") is no verdict.
  if (label === '' || numberedTextAt(label) >= 0) return undefined;
  const unit = group(match, 2).toLowerCase();
  return { owner: unit.includes('rating') ? 'user' : 'critic', label, count: readCount(group(match, 1)) };
}

/** The characters a verdict line can end with, as {@link endsAsVerdict} tells them: a row's `last`. */
export const VERDICT_LAST = 'CGSWcgsw?ſ';

/**
 * True when the last character is one a verdict line can end with: c, s, w or g
 * in either case, "?", or "ſ" (an "s" to a case-blind match). Told from the
 * code unit, with no string made for it.
 */
function endsAsVerdict(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  const lower = last | 0x20;
  return (last >= 0x41 && last <= 0x5a) || (last >= 0x61 && last <= 0x7a)
    ? lower === 0x63 || lower === 0x73 || lower === 0x77 || lower === 0x67
    : last === 0x3f || last === LONG_S;
}

// "based on", in any case: each match starts after the previous one, so the search is linear.
const BASED_ON_WORDS = /based on/giu;

/**
 * The offset of the last "based on" in `text`, in any case, or -1. Searched in
 * `text` itself: lower-casing first could move offsets ("İ" lower-cases to two
 * code units).
 */
function lastBasedOn(text: string): number {
  let at = -1;
  BASED_ON_WORDS.lastIndex = 0;
  for (let match = BASED_ON_WORDS.exec(text); match !== null; match = BASED_ON_WORDS.exec(text)) at = match.index;
  return at;
}

/** Whose distribution a "score distribution:" label opens; `null` when unlabelled. */
export type DistributionOwner = 'critic' | 'user' | null;

/** `Critic score distribution:`, `User score distribution:`, `Score distribution:` */
export function recogniseDistributionLabel(text: string): { readonly owner: DistributionOwner } | undefined {
  if (text.charCodeAt(text.length - 1) !== 0x3a) return undefined;
  if (isWord(text, 'score distribution:')) return { owner: null };
  if (isWord(text, 'critic score distribution:')) return { owner: 'critic' };
  if (isWord(text, 'user score distribution:')) return { owner: 'user' };
  return undefined;
}

/** One line of a distribution. */
export interface DistributionLine {
  readonly sentiment: Sentiment;
  readonly count: number;
  /** The total the count is out of; `null` where the line leaves it out (`Positive: 0 out of`). */
  readonly total: number | null;
}

//   (?:\d{1,2}\.\s+)?                    the list number, "1. "
//   (positive|mixed|neutral|negative):?  the class; "neutral" is the site's other word for mixed
//   \s*(\d[\d,]*)\s+out of               "9 out of"
//   (?:\s+(\d[\d,]*))?                    "11", the total, which a main page's empty user list leaves out
const DISTRIBUTION_LINE = /^(?:\d{1,2}\.\s+)?(positive|mixed|neutral|negative):?\s*(\d[\d,]*)\s+out of(?:\s+(\d[\d,]*))?$/iu;

/** The characters a distribution line can end with: its total's last digit, or the "f" of "out of" (a row's `last`). */
export const DISTRIBUTION_LINE_LAST = '0123456789Ff';

/** `1. Positive: 9 out of 11`, `2. Mixed: 0 out of 7`, `Neutral: 2 out of 7`, `1. Positive: 0 out of` (no total) */
export function recogniseDistributionLine(text: string): DistributionLine | undefined {
  // The line ends with its total's last digit, or with the "f" of "out of".
  if (!endsWithDigit(text) && (text.charCodeAt(text.length - 1) | 0x20) !== 0x66) return undefined;
  const match = DISTRIBUTION_LINE.exec(text);
  if (!match) return undefined;
  // "ſ" is an "s" to the pattern: "Poſitive" is positive.
  const word = group(match, 1).toLowerCase().replace('ſ', 's');
  const total = group(match, 3);
  return {
    sentiment: word === 'neutral' ? 'mixed' : (word as Sentiment),
    count: readCount(group(match, 2)),
    total: total === '' ? null : readCount(total),
  };
}

/** True when the last character is an ASCII digit, as every count, total and year is. */
function endsWithDigit(text: string): boolean {
  return isDigit(text.charCodeAt(text.length - 1));
}

/** The offset after a count's digits and thousands separators at the start of `text` (`[\d,]*`). */
function countEnd(text: string): number {
  let at = 0;
  while (at < text.length && (isDigit(text.charCodeAt(at)) || text.charCodeAt(at) === 0x2c)) at++;
  return at;
}

/** A numbered list item: its number and the text after it. */
export interface NumberedLine {
  readonly number: number;
  readonly rest: string;
}

/**
 * `1. Reviewed by: Noel Murray`, `10. 90`, `3. An outstanding concert documentary.`:
 * read as `/^(\d{1,6})\.(?: +|$)/` would, with no pattern run: one to six
 * digits (the item's number), a dot, and at least one space before the text
 * (all of them) or nothing at all.
 */
export function recogniseNumbered(text: string): NumberedLine | undefined {
  const rest = numberedTextAt(text);
  return rest < 0 ? undefined : { number: Number(text.slice(0, text.indexOf('.'))), rest: text.slice(rest) };
}

/**
 * Where the text of a numbered list item begins in its line's `text`: after
 * its number, its dot and its spaces (the text's length for `2.`); -1 when
 * the line is no numbered item ({@link recogniseNumbered}).
 */
export function numberedTextAt(text: string): number {
  let dot = 0;
  while (dot < 7 && isDigit(text.charCodeAt(dot))) dot++;
  if (dot < 1 || dot > 6 || text.charCodeAt(dot) !== 0x2e) return -1;
  let rest = dot + 1;
  while (text.charCodeAt(rest) === 0x20) rest++;
  return rest === dot + 1 && rest < text.length ? -1 : rest;
}

/** `8.6`, `10`, `7`: a user score on the 0-10 scale, with at most one decimal. */
export function recogniseUserScore(text: string): number | undefined {
  if (text.length > 4 || !/^\d{1,2}(?:\.\d)?$/u.test(text)) return undefined;
  const value = Number(text);
  return value <= 10 ? value : undefined;
}

/**
 * `Reviewed by: Noel Murray`, `Reviewed by:  Gunnar Rehlin`, `Reviewed by` (name on
 * the next line). Without the colon only the bare words count: "Reviewed by a
 * lesser director, ..." is a review's text.
 */
export function recogniseReviewedBy(text: string): { readonly name: string } | undefined {
  // Only a line that starts with an "r" (in either case) is matched against the pattern.
  const match = (text.charCodeAt(0) | 0x20) === 0x72 ? /^reviewed by\b(:?)/iu.exec(text) : null;
  if (!match) return undefined;
  const name = text.slice(match[0].length).trim();
  return match[1] === '' && name !== '' ? undefined : { name };
}

/** `• Network: NBC`: the text after a bullet, or `undefined` for a line with no bullet. */
export function recogniseBullet(text: string): string | undefined {
  const first = text.charAt(0);
  if (first !== '•' && first !== '·') return undefined;
  return text.slice(1).trim();
}

/** `Network: NBC`, `Series Premiere Date: Dec 17, 2012`, `Season #: 1`, `# of players: 1-4`, `Starring: , ,` (after the bullet) */
export function recogniseDetail(bullet: string): { readonly label: string; readonly value: string } | undefined {
  const colon = bullet.indexOf(':');
  if (colon < 1 || colon > 32) return undefined;
  const label = bullet.slice(0, colon);
  if (!/^(?:[A-Za-z]|# )[\w #&'()./-]*$/u.test(label)) return undefined;
  return { label, value: bullet.slice(colon + 1).trim() };
}

/** `72 Metascore`, `tbd Metascore` (after the bullet): a reviewed title's Metascore on a profile. */
export function recogniseTitleMetascore(bullet: string): { readonly metascore: number | 'tbd' } | undefined {
  // Only a bullet that ends as "M...e" of "Metascore" (in either case: no other character folds
  // to these) is matched against the pattern.
  const end = bullet.length;
  const match =
    (bullet.charCodeAt(end - 1) | 0x20) === 0x65 && (bullet.charCodeAt(end - 9) | 0x20) === 0x6d ? /^(\d{1,3}|tbd)\s+metascore$/iu.exec(bullet) : null;
  if (!match) return undefined;
  const value = group(match, 1).toLowerCase();
  return { metascore: value === 'tbd' ? 'tbd' : Number(value) };
}

// The lines a truncated page is most often cut inside, where a part cut short reads as another
// (a distribution line as an excerpt, "• 49 Met" as a critic named "Met"): `#` is a number.
const CUT_TEMPLATES = [
  '#. positive: # out of #',
  '#. mixed: # out of #',
  '#. neutral: # out of #',
  '#. negative: # out of #',
  '• # metascore',
  '• tbd metascore',
  '• # critic score',
  '• # reviewed by',
  '1. your score',
  '# out of #',
  'rate this:',
  '1. submit',
  '2. check spelling',
];

/**
 * `1. Positive: 9 out of`, `• 49 Met`, `• 40 Critic Sc`, `0 out o`, `2. Che`: a
 * distribution line, a profile's Metascore or score bullet, or a rating widget
 * line cut short, as the last line of a truncated page is. True when `text` is a
 * proper beginning, four characters or more, of one of {@link CUT_TEMPLATES},
 * and goes past a number into the words (a bare `80` can be a score line).
 */
export function recogniseCutShort(text: string): boolean {
  // A cut line is short: a long one (a line of digits) is no template's beginning, and is not scanned once per template.
  return text.length <= CUT_SHORT_MAX && CUT_TEMPLATES.some((template) => isCutShortOf(text, template));
}

/** Longer than any of the {@link CUT_TEMPLATES} with its numbers written out. */
const CUT_SHORT_MAX = 48;

function isCutShortOf(text: string, template: string): boolean {
  let at = 0;
  let words = false;
  for (const expected of template) {
    if (at === text.length) return words && at >= 4;
    if (expected === '#') {
      if (!isDigit(text.charCodeAt(at))) return false;
      while (at < text.length && (isDigit(text.charCodeAt(at)) || text.charAt(at) === ',')) at++;
    } else {
      if (text.charAt(at).toLowerCase() !== expected) return false;
      at++;
      words = true;
    }
  }
  // The whole template: a complete line, not one cut short.
  return false;
}

/** A review's score bullet on a profile, and what follows the number. */
export interface ScoreBullet {
  readonly score: number;
  /** `critic-score` for "Critic Score", `reviewed-by` when the name is on the next line, else the critic's name. */
  readonly by: { readonly kind: 'critic-score' } | { readonly kind: 'reviewed-by' } | { readonly kind: 'name'; readonly name: string };
}

/** `40 Critic Score`, `25 Reviewed by`, `80 Sheri Linden` (after the bullet) */
export function recogniseScoreBullet(bullet: string): ScoreBullet | undefined {
  const match = isDigit(bullet.charCodeAt(0)) ? /^(\d{1,3}) +(\S.*)$/u.exec(bullet) : null;
  if (!match) return undefined;
  const score = Number(match[1]);
  const rest = group(match, 2);
  if (/^critic score$/iu.test(rest)) return { score, by: { kind: 'critic-score' } };
  const reviewedBy = recogniseReviewedBy(rest);
  if (reviewedBy) {
    return reviewedBy.name === '' ? { score, by: { kind: 'reviewed-by' } } : { score, by: { kind: 'name', name: reviewedBy.name } };
  }
  // "• 72 Metascore" names no critic.
  if (/metascore$/iu.test(rest)) return undefined;
  return { score, by: { kind: 'name', name: rest } };
}

/** A profile statistic line. */
export type ProfileLine =
  | { readonly kind: 'graded'; readonly count: number; readonly subject: 'critic' | 'publication' }
  | { readonly kind: 'percent'; readonly relation: 'higher' | 'same' | 'lower'; readonly value: number }
  | { readonly kind: 'points'; readonly subject: 'critic' | 'publication'; readonly value: number }
  | { readonly kind: 'average'; readonly media: string | null; readonly value: number }
  | { readonly kind: 'extreme'; readonly which: 'highest' | 'lowest'; readonly score: number; readonly title: string }
  | { readonly kind: 'heading'; readonly name: string }
  | { readonly kind: 'listed'; readonly count: number; readonly media: string };

// "For 1,095 reviews, this publication has graded:"
const GRADED = /^for (\d[\d,]*) reviews?, this (critic|publication) has graded:?$/iu;
// "75% higher than the average critic", "0% same as the average critic" (after the bullet)
const PERCENT = /^(\d{1,3}(?:\.\d+)?)% (higher|same|lower) (?:than|as) (?:the )?average critic$/iu;
// "On average, this critic grades 12.7 points higher than other critics. (0-100 point scale)"
const POINTS = /^on average, this (critic|publication) grades (\d{1,3}(?:\.\d+)?) points? (higher|lower) than other critics\.?(?: \(0-100 point scale\))?$/iu;
// "Average review score: 80", "Average Movie review score: 62", "Average TV Show review score: 71"
const AVERAGE = /^average (?:([a-z]+(?: [a-z]+)?) )?review score: (\d{1,3}(?:\.\d+)?)$/iu;
// "Highest review score: 90 Nightingale: Season 1", "Lowest review score: 0 From Justin to Kelly"
const EXTREME = /^(highest|lowest) review score: (\d{1,3}) +(\S.*)$/iu;
// "4 tv reviews", "5,034 movie reviews", "1095 game reviews"
const LISTED = /^(\d[\d,]*) (movie|film|tv show|tv|show|music|album|game)s? reviews?$/iu;

/**
 * `For 4 reviews, this critic has graded:`, `75% higher than the average critic` (after its bullet),
 * `On average, this critic grades 12.7 points higher than other critics. (0-100 point scale)`,
 * `Average Movie review score: 62`, `Highest review score: 90 Nightingale: Season 1`,
 * `Sheri Linden's Scores`, `4 tv reviews`.
 */
export function recogniseProfileLine(text: string): ProfileLine | undefined {
  // Each pattern is tried only on a line whose first two letters are its own ("fo", "on", "av", "hi", "lo", in either case).
  const first = text.charCodeAt(0) | 0x20;
  const second = text.charCodeAt(1) | 0x20;
  let match = first === 0x66 && second === 0x6f ? GRADED.exec(text) : null;
  if (match) return { kind: 'graded', count: readCount(group(match, 1)), subject: subjectOf(group(match, 2)) };
  const code = text.charCodeAt(0);
  const bullet = code === 0x2022 || code === 0xb7 ? recogniseBullet(text) : undefined;
  if (bullet !== undefined) {
    // A percentage has "% " in it; other bullets are none of these lines.
    match = bullet.includes('% ') ? PERCENT.exec(bullet) : null;
    return match ? { kind: 'percent', relation: relationOf(group(match, 2)), value: Number(match[1]) } : undefined;
  }
  match = first === 0x6f && second === 0x6e ? POINTS.exec(text) : null;
  if (match) {
    const points = Number(match[2]);
    return { kind: 'points', subject: subjectOf(group(match, 1)), value: group(match, 3).toLowerCase() === 'lower' && points !== 0 ? -points : points };
  }
  match = first === 0x61 && second === 0x76 ? AVERAGE.exec(text) : null;
  if (match) {
    const media = group(match, 1);
    return { kind: 'average', media: media === '' ? null : media, value: Number(match[2]) };
  }
  match = (first === 0x68 && second === 0x69) || (first === 0x6c && second === 0x6f) ? EXTREME.exec(text) : null;
  if (match) {
    return { kind: 'extreme', which: group(match, 1).toLowerCase() === 'highest' ? 'highest' : 'lowest', score: Number(match[2]), title: group(match, 3) };
  }
  // "... review" and "... reviews" end as a verdict line can; the count is followed by a space.
  match = isDigit(text.charCodeAt(0)) && text.charCodeAt(countEnd(text)) === 0x20 && endsAsVerdict(text) ? LISTED.exec(text) : null;
  if (match) return { kind: 'listed', count: readCount(group(match, 1)), media: group(match, 2) };
  // A list item's text that ends so ("2. Like most of Hans Zimmer's Scores") is no heading.
  const heading = text.endsWith(' Scores') && numberedTextAt(text) < 0 ? /^(\S.*?)(?:['’]s|['’]) Scores$/u.exec(text) : null;
  if (heading) return { kind: 'heading', name: group(heading, 1) };
  return undefined;
}

function subjectOf(word: string): 'critic' | 'publication' {
  return word.toLowerCase() === 'critic' ? 'critic' : 'publication';
}

function relationOf(word: string): 'higher' | 'same' | 'lower' {
  const lower = word.toLowerCase();
  return lower === 'higher' || lower === 'lower' ? lower : 'same';
}

/** The characters a media filter can end with ("all", "movies", "music", "tv", or "ſ", an "s" to a case-blind match): a row's `last`. */
export const MEDIA_FILTER_LAST = 'CLSVclsvſ';

/** `• Movies`, `• Games`, `• Music`, `• TV Shows` (after the bullet): a profile's media filter. */
export function recogniseMediaFilter(bullet: string): string | undefined {
  // No word of the list is longer than "tv shows" (case folding keeps the length).
  return bullet.length <= 8 && /^(?:all|movies|games|music|albums|tv|tv shows|shows)$/iu.test(bullet) ? bullet : undefined;
}

/**
 * Lines that are widgets or headings of the page, never data, in lower case
 * (a line is compared in lower case).
 *
 * @example
 * ```ts
 * FURNITURE.has('watch on'); //=> true
 * ```
 */
export const FURNITURE: ReadonlySet<string> = new Set([
  'critic reviews',
  'user reviews',
  'watch on',
  'where to watch',
  'buy now',
  'buy on',
  'review this album',
  'review this movie',
  'review this game',
  'review this show',
  'your score',
  '0 out of 10',
  'rate this:',
  'submit',
  'check spelling',
  'awards & rankings',
  'top trailers',
  'notable tracks',
  'expand',
  "what's this?",
  'what’s this?',
  'full review »',
  'full review',
  'read more',
  'read full review',
  'read review',
  'show more',
  'see more',
  'load more',
  'see all',
  'trailer',
  'trailers',
  'trailers & clips',
  'photos',
  'videos',
  'details & credits',
  'more details and credits',
  'there are no user reviews yet.',
  'there are no critic reviews yet.',
  'user score',
  'metascore',
  "all this user's reviews",
  'all this user’s reviews',
]);

/**
 * `Critic Reviews`, `Watch On`, `Buy Now`, `Your Score`, `0 out of 10`, `Rate this:`,
 * `There are no positive critic reviews yet.`, `See all 20 Critic Reviews`, `> Track name`,
 * `#12 Best PC Game of 2009` (under `Awards & Rankings`), `No user score yet- Awaiting 4 more ratings`:
 * page furniture, which carries no data.
 */
export function recogniseFurniture(text: string): boolean {
  if (text.startsWith('> ')) return true;
  if (text.startsWith('#')) return /^#\d{1,4} (?:best|most|top) .+ of (?:\d{4}|all time)$/iu.test(text);
  // "No user score yet- Awaiting 4 more ratings", under a "User Score" of "tbd".
  const first = text.charCodeAt(0);
  const lower = first | 0x20;
  if (
    (lower === 0x6e || lower === 0x61) &&
    AWAITING_ENDS.has(text.charCodeAt(text.length - 1) | 0x20) &&
    /^(?:no user score yet ?- ?)?awaiting \d[\d,]* more ratings?$/iu.test(text)
  )
    return true;
  // "3 of 4 users found this helpful", under a user review on older pages.
  if (isDigit(text.charCodeAt(0)) && text.charCodeAt(countEnd(text)) === 0x20 && /^\d[\d,]* of \d[\d,]* users? found this helpful\.?$/iu.test(text))
    return true;
  // A line is lower-cased to be looked up only when its length and first letter are those of a
  // word of the set: lower-casing keeps the length of any text that becomes one of these words.
  if (FURNITURE_SHAPES.has(shapeOf(text)) && FURNITURE.has(text.toLowerCase())) return true;
  // Then a line that starts as "There are no ..." or "See all ..." can: "ſ" is an "s" to the case-blind match.
  const second = text.charCodeAt(1) | 0x20;
  if (lower === 0x74) return second === 0x68 && /^there are no (?:positive |mixed |negative |neutral )?(?:critic |user )?reviews yet\.?$/iu.test(text);
  return (lower === 0x73 || first === LONG_S) && second === 0x65 && /^see all \d[\d,]* (?:critic |user )?reviews$/iu.test(text);
}

/** The last letters, in lower case, of "... more rating" and "... more ratings". */
const AWAITING_ENDS = new Set([0x67, 0x73]);

/**
 * A text's length and first character in lower case, as one number; -1 when
 * that character is outside ASCII. Only the Kelvin sign and "İ" lower-case from
 * outside ASCII into it ("k", "i" and a combining dot), and no word of
 * {@link FURNITURE} begins so: a text whose shape is no word's is none of them.
 */
function shapeOf(text: string): number {
  const first = text.charCodeAt(0);
  if (first >= 0x80) return -1;
  return text.length * 0x80 + (first >= 0x41 && first <= 0x5a ? first | 0x20 : first);
}

/** The shapes ({@link shapeOf}) of the words of {@link FURNITURE}. */
const FURNITURE_SHAPES: ReadonlySet<number> = new Set([...FURNITURE].map(shapeOf));

/** One whitespace character, as `String.prototype.trimEnd` counts it. */
const WHITESPACE = /\s/u;

// The links a crawl keeps at the end of a review's text, as printed.
const WIDGET_TAILS = ['Full Review »', 'Full Review', 'Read More', 'Read More »', 'Expand'];

/** The last characters of the {@link WIDGET_TAILS}. */
const WIDGET_TAIL_ENDS = new Set(WIDGET_TAILS.map((word) => word.charCodeAt(word.length - 1)));

/** `Expand`, `Full Review »`: a widget line that ends a review's text. */
export function recogniseWidgetTail(text: string): boolean {
  return WIDGET_TAILS.includes(text);
}

/** `What gives ... Full Review »`, `... sincere Expand`: the excerpt without its widget tail. */
export function stripWidgetTail(text: string): string {
  // Moves an end offset back over tails and spaces, and cuts once: linear even for "Expand Expand ...".
  let end = text.length;
  for (;;) {
    const tail = widgetTailAt(text, end);
    if (tail === 0) return end === text.length ? text : text.slice(0, end);
    end -= tail;
    while (end > 0 && WHITESPACE.test(text.charAt(end - 1))) end--;
  }
}

/** `... a bore. Full Review »`, `Expand`: true when `text` ends with a widget tail, a word of its own. */
export function endsWithWidgetTail(text: string): boolean {
  return widgetTailAt(text, text.length) > 0;
}

/** The length of the widget tail that ends `text` at `end`, a word of its own; 0 when there is none. */
function widgetTailAt(text: string, end: number): number {
  // Most text is told apart by its last character alone.
  if (!WIDGET_TAIL_ENDS.has(text.charCodeAt(end - 1))) return 0;
  for (const word of WIDGET_TAILS) {
    if (text.endsWith(word, end) && (end === word.length || text.charAt(end - word.length - 1) === ' ')) return word.length;
  }
  return 0;
}
