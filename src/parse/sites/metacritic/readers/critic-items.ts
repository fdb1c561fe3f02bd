/**
 * A critic list item and the lines that belong to it:
 * ```
 *   1. Reviewed by: Noel Murray        a critic
 *     Jul 15, 2013                     a date
 *     As Refn counts down ...          the excerpt
 *   2. 80                              a score, then the excerpt
 *   4. Q Magazine                      a publication, then the excerpt
 *     <excerpt>                        further indented lines after an excerpt:
 *     <excerpt>                        more reviews, unnumbered
 * ```
 * On an older main page (its user block above the critics' list), an item
 * with no number opens with its critic's name:
 * ```
 *   Ty Burr                            a critic (or "Staff (Not Credited)")
 *     If you hold any opinion ...      the excerpt
 * ```
 *
 * @module
 */
import { endsWithWidgetTail, recogniseReviewedBy } from '../recognise.js';
import { recogniseDate } from '../../../text/dates.js';
import { recogniseBareNumber } from '../../../text/numbers.js';
import { type MetacriticTokens, numberedText } from '../kinds.js';
import { newReview, type MetacriticReader, type MetacriticState, type ReviewDraft } from '../state.js';
import { readCritic } from '../text.js';
import { collapse } from '../../../text/strings.js';
import { type ContinuationRules, continuesItem, DATE_ROW, dateOfLine, isWidgetTail, NUMBERED_ROW, pushReview, readDate } from './items.js';
import { isPartBullet } from './profile-blocks.js';
import { continuesInCopiedTail, isFieldWithoutIndent, readRestInCopiedTail } from './copied-critic-items.js';

/** Reads a critic item (in the critics' list: numbered, indented, or a date line) and the unnumbered reviews under it. */
export const criticItemsReader: MetacriticReader = {
  name: 'critic items',
  opens: ['numbered', 'text', 'date'],
  when: (state, tokens, at) => {
    if (state.phase !== 'critic') return false;
    const row = tokens.rowAt(at);
    return row === NUMBERED_ROW || tokens.indent(at) > 0 || row === DATE_ROW;
  },
  read(tokens, at, state) {
    const numbered = tokens.rowAt(at) === NUMBERED_ROW ? tokens.valueAsRow(at, 'numbered', NUMBERED_ROW) : undefined;
    // The item's lines: its first (the text after its number, or the whole line), then each line
    // that continues it (as `readContinuation` takes them), found one ahead of the one being read.
    const indent = tokens.indent(at);
    let draft = newReview(at, numbered ?? null);
    let line = at;
    let text = numbered !== undefined ? numberedText(tokens, at) : tokens.text(at);
    let whole = numbered === undefined;
    // The first line not taken, once the item is read; the piece after this one, and its text,
    // sliced once when this one looks ahead to it.
    let next = at + 1;
    let followingText: string | undefined;
    for (let first = true; ; first = false) {
      const following = tokens.nextNonBlank(next);
      const more = following < tokens.count && continuesItem(tokens, following, next, indent, CRITIC_ITEM_RULES);
      if (isWidgetTail(tokens, text, line, whole)) {
        draft.last = line;
      } else {
        const reviewedBy = recogniseReviewedBy(text);
        // A bare number is never a date: told first, it spares a score's line the date pattern.
        const number = reviewedBy ? undefined : recogniseBareNumber(text);
        const date = reviewedBy || number !== undefined ? undefined : whole ? dateOfLine(tokens, line) : recogniseDate(text);
        const score = date ? undefined : number;
        if (reviewedBy === undefined && date === undefined && score === undefined && continuesExcerpt(draft.excerpt, text)) {
          draft.excerpt.push(text);
          draft.last = line;
        } else {
          const startsNew =
            draft.excerpt.length > 0 ||
            (reviewedBy !== undefined && draft.critic !== null) ||
            (date !== undefined && draft.dateText !== null) ||
            (score !== undefined && draft.score !== null);
          if (startsNew && !first) {
            pushReview(state, draft);
            draft = newReview(line, null);
          }
          draft.last = line;
          if (draft.awaitingCritic) {
            draft.critic = readCritic(text);
            draft.awaitingCritic = false;
          } else if (reviewedBy) {
            if (reviewedBy.name === '') draft.awaitingCritic = true;
            else draft.critic = readCritic(reviewedBy.name);
          } else if (date) {
            readDate(state, draft, date.iso, text, line);
          } else if (score !== undefined && score <= 100) {
            draft.score = score;
          } else {
            if (score !== undefined) {
              state.report.reportLine(
                'score-out-of-range',
                `The number ${score} stands where a score belongs but is outside the 0-100 scale; it is kept as text.`,
                line,
              );
            }
            if (draft.publication === null && more) {
              followingText ??= tokens.text(following);
              if (
                !isWidgetTail(tokens, followingText, following, true) &&
                isPublicationLine(text, followingText, draft, dateOfLine(tokens, following) !== undefined)
              ) {
                // An older main page's item with no number opens with its critic's name, not a publication.
                if (draft.index === null && line === draft.first && draft.critic === null && isMainPage(state) && isCriticNameLine(text))
                  draft.critic = readCritic(text);
                else draft.publication = collapse(text);
              } else {
                draft.excerpt.push(text);
              }
            } else {
              draft.excerpt.push(text);
            }
          }
        }
      }
      if (!more) break;
      line = following;
      text = followingText ?? tokens.text(line);
      whole = true;
      next = line + 1;
      followingText = undefined;
    }
    // On a page partly indented, the item's last review may go on in the copied tail under it.
    if (continuesInCopiedTail(state, draft, next)) return readRestInCopiedTail(state, draft, next);
    pushReview(state, draft);
    return next;
  },
};

/** What ends a critic item's lines: a deeper bullet that opens no part of a page is its text; a field whose indentation a copy dropped is not the end. */
const CRITIC_ITEM_RULES: ContinuationRules = { nestedText: isTextBullet, shallowerGoesOn: isFieldWithoutIndent };

/**
 * True on an older main page, whose user block comes between the critics'
 * verdict and their list: there a critic item with no number opens with its
 * critic's name ("Ty Burr", "Staff (Not Credited)") where other pages' items
 * open with a publication. A user-reviews page, whose critics' verdict comes
 * after its user block, is none ("Mojo" over "100" is a publication).
 */
export function isMainPage(state: MetacriticState): boolean {
  const { users, verdict } = state;
  return users !== undefined && state.phase === 'critic' && verdict !== undefined && verdict.line < users.first;
}

/**
 * True when line `at`, opening an unnumbered critic item above `next`, is its
 * critic's name on an older main page (see {@link isMainPage}): `Ty Burr` over
 * `If you hold any opinion ...`, where `Rolling Stone` over `80` is a publication.
 */
export function opensWithCriticName(state: MetacriticState, text: string, next: string): boolean {
  // A score, a date or a "Reviewed by" opens an item as its field, never as a name; and the item a
  // name opens is its name over its excerpt, so a line over a field (`Rolling Stone` over `80`) is
  // the publication of the item whose number a copy dropped.
  return isMainPage(state) && !isFieldText(text) && !isFieldText(next) && isCriticNameLine(text) && isPublicationLine(text, next, newReview(0, null));
}

/** True when `text` is a critic review's field standing alone: a bare number, a date, a `Reviewed by`. */
function isFieldText(text: string): boolean {
  return recogniseBareNumber(text) !== undefined || recogniseDate(text) !== undefined || recogniseReviewedBy(text) !== undefined;
}

/**
 * True when a name line over an older main page's unnumbered item can be its critic's: two words
 * or more (`Ty Burr`, `Staff (Not Credited)`), not opening with an article. One word (`Mojo`,
 * `Empire`) or a name opening with `The` (`The Gazette`, `The A.V. Club`) names a publication,
 * the item's whose number a copy dropped, as a critic's name is a given name and a surname.
 */
function isCriticNameLine(text: string): boolean {
  const name = text.trim();
  return name.includes(' ') && !/^the /iu.test(name);
}

/** A bullet in a review's text ("• Great music • weak story"), one that opens no part of a page. */
function isTextBullet(tokens: MetacriticTokens, line: number): boolean {
  const bullet = tokens.valueAs(line, 'bullet');
  return bullet !== undefined && !isPartBullet(bullet);
}

/**
 * A publication's name rather than a review's text, on the line above `next`.
 * A name is short, with no sentence punctuation at its end, no print
 * citation ("[Oct 2009, p.111]": a bracketed part with a digit in it), and no
 * widget tail ("The best Halo yet. Full Review »" is a review's text).
 *
 * - Above a score, a date or a "Reviewed by" line (which never follow their own
 *   review's text), any such line is a publication ("musicOMH.com",
 *   "Yahoo! Music"), unless the `draft` review has that field already: then the
 *   field opens the next review, and the line is this one's text ("89",
 *   "A huge amount of fun", "88").
 * - Above text, a single word in any case ("indieWIRE", "laut.de"), or a
 *   capitalised name with no sentence inside it and no lower-case word of four
 *   letters or more but {@link NAME_WORDS} ("Q Magazine", "The Observer (UK)",
 *   "4Players.de", "The Globe and Mail", "Gamers with Jobs", "The A.V. Club": a
 *   dot after initials is not the end of a sentence, one after a word of two
 *   lower-case letters or more is; "Strictly for the converted" is a sentence).
 *   A name may open with a word capitalised inside ("iPhone Life"), and have a
 *   colon before "The" ("PlayStation: The Official Magazine"; "In Short: A
 *   Triumph" is text).
 * - A capitalised word and "!" is a name ("Kerrang!", "Exclaim!"), where other
 *   sentence punctuation at the end makes the line text. Above text, a
 *   one-word exclamation ("Masterful!") reads the same: the page does not
 *   tell them apart, and the names are the commoner.
 *
 * `nextIsDate`, when the caller knows it from the next line's token, spares
 * the date pattern on `next`.
 */
export function isPublicationLine(text: string, next: string, draft: ReviewDraft, nextIsDate?: boolean): boolean {
  if (text.length > 60 || spacesReach(text, 7) || endsWithCitation(text) || endsWithWidgetTail(text)) return false;
  const end = withoutTrailingEmoji(text);
  if (CLAUSE_ENDS.has(end.charCodeAt(end.length - 1)) && !/^\p{Lu}\p{L}+!$/u.test(text)) return false;
  const score = recogniseBareNumber(next) !== undefined;
  const date = !score && (nextIsDate ?? recogniseDate(next) !== undefined);
  const critic = !score && !date && recogniseReviewedBy(next) !== undefined;
  // Above a field the review has already, the line is its text: that field opens the next review.
  if (score || date || critic) return !((score && draft.score !== null) || (date && draft.dateText !== null) || (critic && draft.critic !== null));
  if (!text.includes(' ')) return true;
  return /^(?:[\p{Lu}\d]|\p{Ll}+\p{Lu})/u.test(text) && !/[,;] |: (?!The \p{Lu})/u.test(text) && !/\p{Ll}{2}[.?] \p{Lu}/u.test(text) && !hasSentenceWord(text);
}

/** An emoji's code point, or a space, at the end of a text: `🎉`, `👍🏽` (its skin tone a modifier). */
const TRAILING_EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier} ]$/u;

/** `text` without the emoji (with what joins and styles them, U+200D and U+FE0F) and spaces at its end: "A perfect ending. 🎉" ends its sentence before them. */
function withoutTrailingEmoji(text: string): string {
  let end = text;
  for (;;) {
    const last = end.charCodeAt(end.length - 1);
    // No emoji, modifier or joiner is ASCII: a text that ends with an ASCII character but a space has none at its end.
    if (last < 0x80 && last !== 0x20) return end;
    if (last === 0x200d || last === 0xfe0f) end = end.slice(0, -1);
    else if (end.length > 0 && TRAILING_EMOJI.test(end)) {
      // An emoji past U+FFFF is two code units, a surrogate pair, the first at length - 2.
      const pair = (end.codePointAt(end.length - 2) ?? 0) > 0xffff;
      end = end.slice(0, end.length - (pair ? 2 : 1));
    } else return end;
  }
}

/** The characters that end a sentence or a clause, as a publication's name does not: `.!?…"“”'‘’,;:`. */
const CLAUSE_ENDS: ReadonlySet<number> = new Set(Array.from('.!?…"“”\'‘’,;:', (char) => char.charCodeAt(0)));

/** True when `text` holds `count` spaces or more (has more than `count` words, as a split at each space gives them), told with no array made. */
function spacesReach(text: string, count: number): boolean {
  let at = -1;
  for (let found = 0; found < count; found++) {
    at = text.indexOf(' ', at + 1);
    if (at < 0) return false;
  }
  return true;
}

/** Lower-case words of four letters or more that a publication's name has ("Gamers with Jobs"). */
const NAME_WORDS = new Set(['with', 'from', 'into', 'over', 'upon', 'onto', 'than']);

/** True when a word after the first is lower-case, four letters or more, and not one of {@link NAME_WORDS}: a sentence's word. */
function hasSentenceWord(text: string): boolean {
  // Each word after a space, tried in place (a space is no letter, so the pattern never runs past its word).
  for (let space = text.indexOf(' '); space >= 0; ) {
    const start = space + 1;
    space = text.indexOf(' ', start);
    FOUR_LOWER.lastIndex = start;
    if (FOUR_LOWER.test(text) && !NAME_WORDS.has(text.slice(start, space < 0 ? text.length : space))) return true;
  }
  return false;
}

/** Four lower-case letters, at `lastIndex`. */
const FOUR_LOWER = /\p{Ll}{4}/uy;

/**
 * True when `text` goes on the excerpt whose lines are `excerpt` rather than
 * opening another review: a print citation on a line of its own
 * ("[Oct 2009, p.111]"), or a hard-wrapped line, which starts in lower case
 * under a line that ends with no sentence punctuation ("... Pusher shifts" /
 * "from a subdued lowlife sketch ...").
 */
export function continuesExcerpt(excerpt: readonly string[], text: string): boolean {
  if (excerpt.length === 0) return false;
  const above = excerpt[excerpt.length - 1] as string;
  if (text.charCodeAt(0) === 0x5b && text.lastIndexOf('[') === 0 && endsWithCitation(text)) return true;
  return startsLowerCase(text) && !SENTENCE_ENDS.has(above.charCodeAt(above.length - 1));
}

/** The characters a sentence ends with, as a hard-wrapped excerpt line does not: `.!?…"“”'‘’)]`. */
const SENTENCE_ENDS: ReadonlySet<number> = new Set(Array.from('.!?…"“”\'‘’)]', (char) => char.charCodeAt(0)));

/** True when `text` starts with a lower-case letter (`\p{Ll}`), told from the code unit for ASCII. */
function startsLowerCase(text: string): boolean {
  const code = text.charCodeAt(0);
  return code < 0x80 ? code >= 0x61 && code <= 0x7a : /^\p{Ll}/u.test(text);
}

/**
 * True when `text` ends with a print magazine's citation, "[Oct 2009, p.111]"
 * or "[p.97]": a bracketed part with a digit in it, which ends a review's text
 * and never a publication's name.
 */
function endsWithCitation(text: string): boolean {
  // `endsWith` first: `lastIndexOf` is a far slower call in V8.
  if (!text.endsWith(']')) return false;
  const open = text.lastIndexOf('[');
  return open >= 0 && /\d/u.test(text.slice(open));
}
