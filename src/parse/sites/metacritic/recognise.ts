/**
 * The Metacritic recognisers: each takes one line's trimmed text (or the text
 * after its number or bullet) and returns what it is, or `undefined`. None
 * looks at other lines. Those the classifier tries on many lines also read a
 * line where it stands (`...At(input, start, end)`, by character codes, with
 * no string made but what they return), and their text form is that reading
 * of a whole string. The line table (./kinds.ts) makes its rows of them; the
 * readers decide what a line means at its place in the page.
 *
 * @module
 */
import type { Sentiment } from '../../../types/page.js';
import { endsWithWord, hasWordAt, hasWordBefore, isWhitespaceCode, LONG_S } from '../../text/codes.js';
import { isDigit, readCount, readCountAt } from '../../text/numbers.js';

/**
 * `Metascore`, `User Score`, `tbd`: true when the line is `word` (given in lower
 * case), in any case. Lengths are compared first, so a long line is never
 * lower-cased just to be told apart from a short word.
 */
export function isWord(text: string, word: string): boolean {
  return isWordAt(text, 0, text.length, word);
}

/** {@link isWord} of the text `input` holds from `start` to `end`, read in place. */
export function isWordAt(input: string, start: number, end: number, word: string): boolean {
  // Of the characters outside ASCII, only "K", the Kelvin sign, lower-cases to an ASCII letter
  // of the same length ("k"): "İ" lower-cases to two code units, so no text with it is the word.
  return end - start === word.length && hasWordAt(input, start, word, false);
}

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
  return recogniseVerdictLineAt(text, 0, text.length);
}

/** The words a verdict line can end with (its unit, "Critics", "Critic Review", "Ratings", or "What's this?"), by their last letter. */
const VERDICT_ENDS: ReadonlyMap<number, readonly string[]> = new Map([
  [0x73, ['critics', 'reviews', 'ratings']],
  [LONG_S, ['critics', 'reviews', 'ratings']],
  [0x63, ['critic']],
  [0x77, ['review']],
  [0x67, ['rating']],
  [0x3f, ['this?']],
]);

/**
 * {@link recogniseVerdictLine} of the line `input` holds from `start` to
 * `end`: only a line that ends as a verdict does, and has its "based on" and
 * count before its unit, is sliced.
 */
export function recogniseVerdictLineAt(input: string, start: number, end: number): VerdictLine | undefined {
  const last = input.charCodeAt(end - 1);
  for (const word of VERDICT_ENDS.get(last < 0x80 ? last | 0x20 : last) ?? []) {
    if (!endsWithWord(input, start, end, word)) continue;
    const basedOn = basedOnBeforeCount(input, start, end);
    return basedOn < 0 ? undefined : readVerdict(input.slice(start, end), basedOn - start);
  }
  return undefined;
}

/**
 * Where the "based on" of a verdict line `input` holds from `start` to `end`
 * begins, found from the line's end: before its count, the line's last run of
 * digits and commas (its unit and "What's this?" have none), and the
 * whitespace before that; -1 when the words are not there, and so the line is
 * no verdict. In a verdict it is the line's last "based on".
 */
function basedOnBeforeCount(input: string, start: number, end: number): number {
  let at = end - 1;
  while (at >= start && !isCountCode(input.charCodeAt(at))) at--;
  while (at >= start && isCountCode(input.charCodeAt(at))) at--;
  while (at >= start && isWhitespaceCode(input.charCodeAt(at))) at--;
  // `at` is on the "n" of "based on".
  return at - 7 >= start && hasWordAt(input, at - 7, 'based on', true) ? at - 7 : -1;
}

/** True for the code of a count's character: an ASCII digit or a thousands separator. */
function isCountCode(code: number): boolean {
  return isDigit(code) || code === 0x2c;
}

/** A verdict line, of a text that ends as one, whose last "based on" is at `at`. */
function readVerdict(text: string, at: number): VerdictLine | undefined {
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

/** The characters a verdict line can end with, as {@link endsAsVerdict} tells them (the last characters of {@link VERDICT_ENDS}): a row's `last`. */
export const VERDICT_LAST = 'CGSWcgsw?ſ';

/**
 * True when the code unit `last` is one a verdict line can end with: c, s, w or g
 * in either case, "?", or "ſ" (an "s" to a case-blind match).
 */
function endsAsVerdict(last: number): boolean {
  const lower = last | 0x20;
  return (last >= 0x41 && last <= 0x5a) || (last >= 0x61 && last <= 0x7a)
    ? lower === 0x63 || lower === 0x73 || lower === 0x77 || lower === 0x67
    : last === 0x3f || last === LONG_S;
}

/** Whose distribution a "score distribution:" label opens; `null` when unlabelled. */
export type DistributionOwner = 'critic' | 'user' | null;

/** `Critic score distribution:`, `User score distribution:`, `Score distribution:` */
export function recogniseDistributionLabel(text: string): { readonly owner: DistributionOwner } | undefined {
  return recogniseDistributionLabelAt(text, 0, text.length);
}

/** {@link recogniseDistributionLabel} of the line `input` holds from `start` to `end`, read in place. */
export function recogniseDistributionLabelAt(input: string, start: number, end: number): { readonly owner: DistributionOwner } | undefined {
  if (input.charCodeAt(end - 1) !== 0x3a) return undefined;
  if (isWordAt(input, start, end, 'score distribution:')) return { owner: null };
  if (isWordAt(input, start, end, 'critic score distribution:')) return { owner: 'critic' };
  if (isWordAt(input, start, end, 'user score distribution:')) return { owner: 'user' };
  return undefined;
}

/** One line of a distribution. */
export interface DistributionLine {
  readonly sentiment: Sentiment;
  readonly count: number;
  /** The total the count is out of; `null` where the line leaves it out (`Positive: 0 out of`). */
  readonly total: number | null;
}

/** The classes of a distribution line as it words them, and the sentiment of each ("neutral" is the site's other word for mixed). */
const POSITIVE = ['positive', 'positive'] as const;
const MIXED = ['mixed', 'mixed'] as const;
const NEUTRAL = ['neutral', 'mixed'] as const;
const NEGATIVE = ['negative', 'negative'] as const;

/** The characters a distribution line can end with: its total's last digit, or the "f" of "out of" (a row's `last`). */
export const DISTRIBUTION_LINE_LAST = '0123456789Ff';

/** `1. Positive: 9 out of 11`, `2. Mixed: 0 out of 7`, `Neutral: 2 out of 7`, `1. Positive: 0 out of` (no total) */
export function recogniseDistributionLine(text: string): DistributionLine | undefined {
  return recogniseDistributionLineAt(text, 0, text.length);
}

/**
 * {@link recogniseDistributionLine} of the line `input` holds from `start` to
 * `end`, read by character codes as the pattern
 * `^(?:\d{1,2}\.\s+)?(positive|mixed|neutral|negative):?\s*(\d[\d,]*)\s+out of(?:\s+(\d[\d,]*))?$`
 * reads it, case-blind ("ſ" an "s": "Poſitive" is positive): the list number
 * ("1. "), the class, "9 out of", and the total ("11"), which a main page's
 * empty user list leaves out. Its only whitespace is the plain space.
 */
export function recogniseDistributionLineAt(input: string, start: number, end: number): DistributionLine | undefined {
  // The line ends with its total's last digit, or with the "f" of "out of".
  const last = input.charCodeAt(end - 1);
  if (!isDigit(last) && (last | 0x20) !== 0x66) return undefined;
  let at = start;
  if (isDigit(input.charCodeAt(at))) {
    while (at < end && isDigit(input.charCodeAt(at))) at++;
    if (at - start > 2 || input.charCodeAt(at) !== 0x2e || input.charCodeAt(at + 1) !== 0x20) return undefined;
    at = spacesEnd(input, at + 1, end);
  }
  const found = distributionClassAt(input, at, end);
  if (found === undefined) return undefined;
  at += found[0].length;
  if (input.charCodeAt(at) === 0x3a) at++;
  const count = spacesEnd(input, at, end);
  const countStop = countEndAt(input, count, end);
  at = spacesEnd(input, countStop, end);
  if (countStop === count || !isDigit(input.charCodeAt(count)) || at === countStop || !hasWordBefore(input, at, end, 'out of')) return undefined;
  at += 6;
  const total = spacesEnd(input, at, end);
  // "out of" ends the line, or spaces and the total's digits do.
  if (at < end && (total === at || !isDigit(input.charCodeAt(total)) || countEndAt(input, total, end) !== end)) return undefined;
  return { sentiment: found[1], count: readCountAt(input, count, countStop), total: at === end ? null : readCountAt(input, total, end) };
}

/**
 * The class of a distribution line whose word `input` holds at `at` (before
 * `end`), in any case: the one class its first letters can be (`n` and a `u`
 * third is "neutral", another "negative"), then its whole word tested.
 */
function distributionClassAt(input: string, at: number, end: number): readonly [string, Sentiment] | undefined {
  const first = input.charCodeAt(at) | 0x20;
  const entry =
    first === 0x70 ? POSITIVE : first === 0x6d ? MIXED : first === 0x6e ? ((input.charCodeAt(at + 2) | 0x20) === 0x75 ? NEUTRAL : NEGATIVE) : undefined;
  return entry !== undefined && hasWordBefore(input, at, end, entry[0]) ? entry : undefined;
}

/** The offset after the spaces from `at` on (before `end`). */
function spacesEnd(input: string, at: number, end: number): number {
  let stop = at;
  while (stop < end && input.charCodeAt(stop) === 0x20) stop++;
  return stop;
}

/** The offset after a count's digits and thousands separators from `at` on (`[\d,]*`, before `end`). */
function countEndAt(input: string, at: number, end: number): number {
  let stop = at;
  while (stop < end && (isDigit(input.charCodeAt(stop)) || input.charCodeAt(stop) === 0x2c)) stop++;
  return stop;
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
  return numberedTextIn(text, 0, text.length);
}

/** {@link numberedTextAt} of the line `input` holds from `start` to `end`: the offset in `input`, or -1. */
export function numberedTextIn(input: string, start: number, end: number): number {
  let dot = start;
  while (dot < end && dot - start < 7 && isDigit(input.charCodeAt(dot))) dot++;
  if (dot === start || dot - start > 6 || dot === end || input.charCodeAt(dot) !== 0x2e) return -1;
  const rest = spacesEnd(input, dot + 1, end);
  return rest === dot + 1 && rest < end ? -1 : rest;
}

/** The number the ASCII digits at `at` in `input` make (`12` of `12. Bold.`): a list item's, at most six digits. */
export function itemNumberAt(input: string, at: number): number {
  let number = 0;
  for (let digit = at; isDigit(input.charCodeAt(digit)); digit++) number = number * 10 + input.charCodeAt(digit) - 0x30;
  return number;
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
  // Read as `/^reviewed by\b(:?)/iu` reads it, with no pattern run: the words in any case, then a
  // colon or none. Where no colon follows, only the bare words count, so a character of a word
  // after them (where `\b` fails) is no name to take.
  if (!hasWordBefore(text, 0, text.length, 'reviewed by')) return undefined;
  const colon = text.charCodeAt(REVIEWED_BY_LENGTH) === 0x3a;
  const name = text.slice(colon ? REVIEWED_BY_LENGTH + 1 : REVIEWED_BY_LENGTH).trim();
  return !colon && name !== '' ? undefined : { name };
}

/** The length of "reviewed by". */
const REVIEWED_BY_LENGTH = 11;

/** `• Network: NBC`: the text after a bullet, or `undefined` for a line with no bullet. */
export function recogniseBullet(text: string): string | undefined {
  const first = text.charAt(0);
  if (first !== '•' && first !== '·') return undefined;
  return text.slice(1).trim();
}

/** Where the text after the bullet of the line `input` holds from `start` to `end` begins (past its spaces; `end` for a bullet alone), or -1 for a line with no bullet. */
export function bulletTextAt(input: string, start: number, end: number): number {
  const first = input.charCodeAt(start);
  return first === 0x2022 || first === 0xb7 ? spacesEnd(input, start + 1, end) : -1;
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
  return recogniseTitleMetascoreAt(bullet, 0, bullet.length);
}

/**
 * {@link recogniseTitleMetascore} of the text `input` holds from `start` to
 * `end`, read by character codes as `^(\d{1,3}|tbd)\s+metascore$` reads it,
 * case-blind ("ſ" an "s"), its only whitespace the plain space.
 */
export function recogniseTitleMetascoreAt(input: string, start: number, end: number): { readonly metascore: number | 'tbd' } | undefined {
  const digits = digitsEnd(input, start, end);
  const tbd = digits === start && hasWordBefore(input, start, end, 'tbd');
  const at = tbd ? start + 3 : digits;
  const word = spacesEnd(input, at, end);
  if ((!tbd && (digits === start || digits - start > 3)) || word === at || end - word !== 9 || !hasWordAt(input, word, 'metascore', true)) return undefined;
  if (tbd) return TBD_METASCORE;
  const metascore = itemNumberAt(input, start);
  return (METASCORES[metascore] ??= { metascore });
}

/** A title's Metascore of `tbd`, one value for every such line (token values are never changed). */
const TBD_METASCORE = { metascore: 'tbd' } as const;

/** A title's Metascore of each number, made once for the first line of it. */
const METASCORES: { readonly metascore: number }[] = [];

/** The offset after the ASCII digits from `at` on (before `end`). */
function digitsEnd(input: string, at: number, end: number): number {
  let stop = at;
  while (stop < end && isDigit(input.charCodeAt(stop))) stop++;
  return stop;
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

/** Longer than any of the {@link CUT_TEMPLATES} with its numbers written out: no longer line is cut short of one. */
export const CUT_SHORT_MAX = 48;

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

/** A score's "Critic Score" and "Reviewed by" (the name on the next line), one value each for every such line. */
const CRITIC_SCORE = { kind: 'critic-score' } as const;
const REVIEWED_BY = { kind: 'reviewed-by' } as const;

/** `40 Critic Score`, `25 Reviewed by`, `80 Sheri Linden` (after the bullet) */
export function recogniseScoreBullet(bullet: string): ScoreBullet | undefined {
  return recogniseScoreBulletAt(bullet, 0, bullet.length);
}

/** {@link recogniseScoreBullet} of the text `input` holds from `start` to `end` (`^(\d{1,3}) +(\S.*)$`, the score read in place). */
export function recogniseScoreBulletAt(input: string, start: number, end: number): ScoreBullet | undefined {
  const digits = digitsEnd(input, start, end);
  const at = spacesEnd(input, digits, end);
  if (digits === start || digits - start > 3 || at === digits || at === end) return undefined;
  const score = itemNumberAt(input, start);
  if (end - at === 12 && hasWordAt(input, at, 'critic score', true)) return { score, by: CRITIC_SCORE };
  const rest = input.slice(at, end);
  const reviewedBy = recogniseReviewedBy(rest);
  if (reviewedBy) {
    return reviewedBy.name === '' ? { score, by: REVIEWED_BY } : { score, by: { kind: 'name', name: reviewedBy.name } };
  }
  // "• 72 Metascore" names no critic.
  if (endsWithWord(input, at, end, 'metascore')) return undefined;
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
// (any number of digits: one past the scale is reported where it is read)
const AVERAGE = /^average (?:([a-z]+(?: [a-z]+)?) )?review score: (\d+(?:\.\d+)?)$/iu;
// "Highest review score: 90 Nightingale: Season 1", "Lowest review score: 0 From Justin to Kelly"
const EXTREME = /^(highest|lowest) review score: (\d+) +(\S.*)$/iu;
// "4 tv reviews", "5,034 movie reviews", "1095 game reviews"
const LISTED = /^(\d[\d,]*) (movie|film|tv show|tv|show|music|album|game)s? reviews?$/iu;

/**
 * `For 4 reviews, this critic has graded:`, `75% higher than the average critic` (after its bullet),
 * `On average, this critic grades 12.7 points higher than other critics. (0-100 point scale)`,
 * `Average Movie review score: 62`, `Highest review score: 90 Nightingale: Season 1`,
 * `Sheri Linden's Scores`, `4 tv reviews`.
 */
export function recogniseProfileLine(text: string): ProfileLine | undefined {
  return recogniseProfileLineAt(text, 0, text.length);
}

/**
 * {@link recogniseProfileLine} of the line `input` holds from `start` to
 * `end`: each pattern is run, on the line sliced for it, only when the line
 * begins as its lines do (its first words in any case, "ſ" an "s"; a bullet
 * and a percentage; a count), told in place.
 */
export function recogniseProfileLineAt(input: string, start: number, end: number): ProfileLine | undefined {
  const first = input.charCodeAt(start) | 0x20;
  let match = first === 0x66 && hasWordBefore(input, start, end, 'for ') ? GRADED.exec(input.slice(start, end)) : null;
  if (match) return { kind: 'graded', count: readCount(group(match, 1)), subject: subjectOf(group(match, 2)) };
  const bullet = bulletTextAt(input, start, end);
  if (bullet >= 0) {
    // A percentage: its digits, "%" and a space; other bullets are none of these lines.
    let sign = bullet;
    while (sign < end && (isDigit(input.charCodeAt(sign)) || input.charCodeAt(sign) === 0x2e)) sign++;
    match = sign > bullet && input.charCodeAt(sign) === 0x25 && input.charCodeAt(sign + 1) === 0x20 ? PERCENT.exec(input.slice(bullet, end)) : null;
    return match ? { kind: 'percent', relation: relationOf(group(match, 2)), value: Number(match[1]) } : undefined;
  }
  match = first === 0x6f && hasWordBefore(input, start, end, 'on average') ? POINTS.exec(input.slice(start, end)) : null;
  if (match) {
    const points = Number(match[2]);
    return { kind: 'points', subject: subjectOf(group(match, 1)), value: group(match, 3).toLowerCase() === 'lower' && points !== 0 ? -points : points };
  }
  match = first === 0x61 && hasWordBefore(input, start, end, 'average ') ? AVERAGE.exec(input.slice(start, end)) : null;
  if (match) {
    const media = group(match, 1);
    return { kind: 'average', media: media === '' ? null : media, value: Number(match[2]) };
  }
  match =
    (first === 0x68 && hasWordBefore(input, start, end, 'highest ')) || (first === 0x6c && hasWordBefore(input, start, end, 'lowest '))
      ? EXTREME.exec(input.slice(start, end))
      : null;
  if (match) {
    return { kind: 'extreme', which: group(match, 1).toLowerCase() === 'highest' ? 'highest' : 'lowest', score: Number(match[2]), title: group(match, 3) };
  }
  // "... review" and "... reviews" end as a verdict line can; the count is followed by a space.
  match =
    isDigit(input.charCodeAt(start)) && input.charCodeAt(countEndAt(input, start, end)) === 0x20 && endsAsVerdict(input.charCodeAt(end - 1))
      ? LISTED.exec(input.slice(start, end))
      : null;
  if (match) return { kind: 'listed', count: readCount(group(match, 1)), media: group(match, 2) };
  // A list item's text that ends so ("2. Like most of Hans Zimmer's Scores") is no heading.
  const heading =
    endsAsHeading(input, start, end) && numberedTextIn(input, start, end) < 0 ? /^(\S.*?)(?:['’]s|['’]) Scores$/u.exec(input.slice(start, end)) : null;
  if (heading) return { kind: 'heading', name: group(heading, 1) };
  return undefined;
}

/** True when the line `input` holds from `start` to `end` ends as a profile's heading does: `... Scores`. */
export function endsAsHeading(input: string, start: number, end: number): boolean {
  return input.charCodeAt(end - 1) === 0x73 && end - start >= 7 && input.endsWith(' Scores', end);
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

/** The critics' list heading, `Critic Reviews`: one of {@link FURNITURE}, which heads their list where a list comes under it. */
const CRITIC_REVIEWS = 'critic reviews';

/**
 * True when `text` is the critics' `Critic Reviews` heading, in any case.
 *
 * @example
 * ```ts
 * isCriticReviewsHeading('Critic Reviews'); //=> true
 * isCriticReviewsHeading('See all 20 Critic Reviews'); //=> false
 * ```
 */
export function isCriticReviewsHeading(text: string): boolean {
  return isWord(text, CRITIC_REVIEWS);
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
  CRITIC_REVIEWS,
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
  // The link under each user review of the current pages, which flags it to the site.
  'report',
]);

// "No score yet - based on 3 Critics": too few reviews for a verdict, which the page says in words.
const NOT_YET_SCORED = /^(?:no score yet|tbd|not yet scored)$/iu;

/** `No score yet`, `tbd`, `Not yet scored`: a verdict label that says the title has too few reviews for a verdict. */
export function isNotYetScored(label: string): boolean {
  return NOT_YET_SCORED.test(label);
}

/**
 * `Critic Reviews`, `Watch On`, `Buy Now`, `Your Score`, `0 out of 10`, `Rate this:`,
 * `There are no positive critic reviews yet.`, `See all 20 Critic Reviews`, `> Track name`,
 * `#12 Best PC Game of 2009` (under `Awards & Rankings`), `No user score yet- Awaiting 4 more ratings`:
 * page furniture, which carries no data.
 */
export function recogniseFurniture(text: string): boolean {
  return isFurnitureAt(text, 0, text.length);
}

/**
 * {@link recogniseFurniture} of the line `input` holds from `start` to `end`:
 * told in place by its first characters, its last and its length, and sliced
 * only for the pattern or the word its shape allows.
 */
export function isFurnitureAt(input: string, start: number, end: number): boolean {
  if (start === end) return false;
  const first = input.charCodeAt(start);
  if (first === 0x3e && input.charCodeAt(start + 1) === 0x20 && end - start > 1) return true;
  // Furniture that ends with a full stop begins with "There are no" or a count, one that ends with a
  // digit with a count or "#": most excerpt and date lines end so.
  const lower = first | 0x20;
  const last = input.charCodeAt(end - 1);
  if ((last === 0x2e ? lower !== 0x74 : isDigit(last) && first !== 0x23) && !isDigit(first)) return false;
  if (first === 0x23) return /^#\d{1,4} (?:best|most|top) .+ of (?:\d{4}|all time)$/iu.test(input.slice(start, end));
  // "No user score yet- Awaiting 4 more ratings", under a "User Score" of "tbd".
  if (
    (lower === 0x6e || lower === 0x61) &&
    AWAITING_ENDS.has(last | 0x20) &&
    /^(?:no user score yet ?- ?)?awaiting \d[\d,]* more ratings?$/iu.test(input.slice(start, end))
  )
    return true;
  // "3 of 4 users found this helpful", under a user review on older pages (its last letter an "l", or a full stop after it).
  if (
    isDigit(first) &&
    ((last | 0x20) === 0x6c || last === 0x2e) &&
    input.charCodeAt(countEndAt(input, start, end)) === 0x20 &&
    /^\d[\d,]* of \d[\d,]* users? found this helpful\.?$/iu.test(input.slice(start, end))
  )
    return true;
  // A line is compared with the words of the set whose length and first letter are its own, in
  // place and case-blind as lower-casing has it (lower-casing keeps the length of any text that
  // becomes one of these words, and changes no character into one of theirs but an ASCII capital
  // and the Kelvin sign), with no string made.
  const shape = shapeAt(input, start, end);
  const words = shape >= 0 && shape < FURNITURE_BY_SHAPE.length ? FURNITURE_BY_SHAPE[shape] : undefined;
  if (words !== undefined) for (const word of words) if (hasWordAt(input, start, word, false)) return true;
  // Then a line that starts as "There are no ..." or "See all ..." can: "ſ" is an "s" to the case-blind match.
  return lower === 0x74
    ? hasWordBefore(input, start, end, 'there are no ') &&
        /^there are no (?:positive |mixed |negative |neutral )?(?:critic |user )?reviews yet\.?$/iu.test(input.slice(start, end))
    : hasWordBefore(input, start, end, 'see all ') && /^see all \d[\d,]* (?:critic |user )?reviews$/iu.test(input.slice(start, end));
}

/** The last letters, in lower case, of "... more rating" and "... more ratings". */
const AWAITING_ENDS = new Set([0x67, 0x73]);

/**
 * A text's length and first character in lower case, as one number; -1 when
 * that character is outside ASCII. Only the Kelvin sign and "İ" lower-case from
 * outside ASCII into it ("k", "i" and a combining dot), and no word of
 * {@link FURNITURE} begins so: a text whose shape is no word's is none of them.
 */
function shapeAt(input: string, start: number, end: number): number {
  const first = input.charCodeAt(start);
  if (first >= 0x80) return -1;
  return (end - start) * 0x80 + (first >= 0x41 && first <= 0x5a ? first | 0x20 : first);
}

/** The words of {@link FURNITURE} by their shape ({@link shapeAt}), as a table (looked up with no hashing), `undefined` for a shape that is no word's. */
const FURNITURE_BY_SHAPE: readonly (readonly string[] | undefined)[] = [...FURNITURE].reduce<(string[] | undefined)[]>(
  (shapes, word) => ((shapes[shapeAt(word, 0, word.length)] ??= []).push(word), shapes),
  Array.from({ length: (Math.max(...[...FURNITURE].map((word) => word.length)) + 1) * 0x80 }, () => undefined),
);

/** One whitespace character, as `String.prototype.trimEnd` counts it. */
const WHITESPACE = /\s/u;

// The links a crawl keeps at the end of a review's text, as printed.
const WIDGET_TAILS = ['Full Review »', 'Full Review', 'Read More', 'Read More »', 'Expand'];

/** 1 at each code that is the last character of one of the {@link WIDGET_TAILS} (all below 256), looked up with no hashing. */
const WIDGET_TAIL_ENDS = WIDGET_TAILS.reduce((ends, word) => ((ends[word.charCodeAt(word.length - 1)] = 1), ends), new Uint8Array(256));

/** The lengths of the {@link WIDGET_TAILS}, as the bits of one number (each is shorter than 32). */
const WIDGET_TAIL_LENGTHS = WIDGET_TAILS.reduce((lengths, word) => lengths | (1 << word.length), 0);

/** `Expand`, `Full Review »`: a widget line that ends a review's text. */
export function recogniseWidgetTail(text: string): boolean {
  return isWidgetTailAt(text, 0, text.length);
}

/** {@link recogniseWidgetTail} of the line `input` holds from `start` to `end`, read in place. */
export function isWidgetTailAt(input: string, start: number, end: number): boolean {
  // Most lines are told apart by their length alone.
  const length = end - start;
  if (length > 31 || ((WIDGET_TAIL_LENGTHS >>> length) & 1) === 0) return false;
  for (const word of WIDGET_TAILS) if (length === word.length && input.startsWith(word, start)) return true;
  return false;
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
  if (!WIDGET_TAIL_ENDS[text.charCodeAt(end - 1)]) return 0;
  for (const word of WIDGET_TAILS) {
    if (text.endsWith(word, end) && (end === word.length || text.charAt(end - word.length - 1) === ' ')) return word.length;
  }
  return 0;
}
