/**
 * The user reviews of a 2019-2022 user-reviews page, each `<name>` / `<Mon D, YYYY>` /
 * `[<0-10 score>]` / `[<text>]`, with the widget leftovers between and under them (`Expand`,
 * `This review contains spoilers, click expand to view.`, `3 of 4 users found this helpful`,
 * `All this user's reviews`) passed over as furniture.
 *
 * @module
 */
import type { UserReview } from '../../../../types/page.js';
import type { Reader } from '../../../engine/index.js';
import { clip, collapse, endsWithoutLineBreak } from '../../../text/strings.js';
import { isDateOrCutDate } from '../../metacritic/readers/items.js';
import { stripWidgetTail } from '../../metacritic/recognise.js';
import type { Values } from '../lines.js';
import type { State, Tokens } from '../state.js';
import { usersOf } from './block.js';
import { furnishBetween, nextPastFurniture as after } from './furniture.js';
import { repeatsTitle } from './title.js';

/** The top of a user's 0-10 scale. */
const USER_SCALE = 10;

/**
 * True when the item at `at` (a line of text, of digits, or a date) is a user review by its shape:
 * its date line, or its user's name right over one (`JaneD`, `1984`; a critic review of this era
 * prints no date) or over the page's last line cut inside a date (`Apr 2`).
 */
function opensUserReview(tokens: Tokens, at: number): boolean {
  return tokens.is(at, 'date') || isDateOrCutDate(tokens, after(tokens, at));
}

/**
 * True when line `line` is the last line of a page that ends inside it, with no line break, and is
 * one word with no sentence's end (`BobK`, `Recommend`): a user's name cut before its date, or a
 * text's last word cut short, which the text cannot tell apart.
 */
function isCutWord(tokens: Tokens, line: number): boolean {
  const text = tokens.text(line);
  return (
    tokens.is(line, 'text') &&
    after(tokens, line) >= tokens.count &&
    endsWithoutLineBreak(tokens.lines.input) &&
    text.length <= 40 &&
    !text.includes(' ') &&
    !/[.!?…"”')\]]$/u.test(text)
  );
}

/** Reports line `line`, a word the page cut (see {@link isCutWord}), as not read. */
function reportCutWord(tokens: Tokens, state: State, line: number): void {
  state.report.reportLine(
    'truncated-line',
    `The page ends inside a line: "${clip(tokens.text(line))}" may be a user's name cut before its date or a text's last word cut short, and is not read.`,
    line,
  );
}

/**
 * The reader of a user review: `<name>` / `<Mon D, YYYY>` / `[<0-10 score>]` / `[<text>]`. Under
 * the users' heading it also takes a last word the page cut (see {@link isCutWord}), to report it;
 * any other line there that opens no review by its shape (`Write a Review`) is left to the reader
 * of lines that fit no part.
 *
 * @example
 * ```ts
 * import { parse } from 'critic-consensus';
 *
 * const { page } = parse('8.5\nUSER SCORE\nJaneD\nMar 15, 2020\n10\nA masterpiece.\n');
 * page.users?.reviews[0]?.user; //=> 'JaneD'
 * ```
 */
export const userReviewReader: Reader<Values, State> = {
  name: 'user review',
  // A user's name is text or digits (`1984`, `2001`, `8.5`).
  opens: ['text', 'number', 'decimal', 'count', 'date'],
  when: (state, tokens, at) => opensUserReview(tokens, at) || (state.block === 'user' && isCutWord(tokens, at)),
  read: (tokens, at, state) => {
    const { draft, report } = state;
    state.started = true;
    if (!opensUserReview(tokens, at)) {
      reportCutWord(tokens, state, at);
      return at + 1;
    }
    if (state.block === 'critic') report.report('critics-or-users', "A user review stands among the critics'; it is read as a user's.", tokens.lines.span(at));
    let line = at;
    let last = at;
    let user: string | null = null;
    if (!tokens.is(line, 'date')) {
      user = tokens.text(line);
      line = after(tokens, line);
    }
    let date: string | null = null;
    let dateText: string | null = null;
    if (tokens.is(line, 'date')) {
      dateText = tokens.text(line);
      date = tokens.valueOf(line, 'date').iso;
      if (date === null) report.reportLine('invalid-date', `The date "${dateText}" names a day that does not exist.`, line);
      last = line;
      line = after(tokens, line);
    }
    let score: number | null = null;
    const number = tokens.value(line, 'number');
    // A number over a date is the next user's name (`1984`), not this review's score.
    if (number !== undefined && !isDateOrCutDate(tokens, after(tokens, line))) {
      if (number <= USER_SCALE) score = number;
      else report.reportLine('score-out-of-range', `The score ${number} is outside 0-10; it is not read as the review's score.`, line);
      last = line;
      line = after(tokens, line);
    }
    const texts: string[] = [];
    let cut = -1;
    // The text, over as many lines as its paragraphs, up to the next user's name (the line over a date)
    // or the title of a second copy of the page.
    while (tokens.is(line, 'text') && !isDateOrCutDate(tokens, after(tokens, line)) && !repeatsTitle(state, tokens, line)) {
      if (isCutWord(tokens, line)) {
        reportCutWord(tokens, state, line);
        cut = line;
        break;
      }
      texts.push(tokens.text(line));
      last = line;
      line = after(tokens, line);
    }
    furnishBetween(tokens, state, at, Math.max(last, cut));
    const span = tokens.lines.span(at, last);
    const excerpt = stripWidgetTail(collapse(texts.join(' ')));
    if (excerpt === '') report.report('review-without-text', 'A review has no excerpt, as at the cut-off end of a truncated page.', span);
    const review: UserReview = { index: null, user, date, dateText, score, excerpt, span };
    const users = usersOf(draft);
    users.reviews.push(review);
    users.spans.push(span);
    return Math.max(last, cut) + 1;
  },
};
