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
import { clip } from '../../../text/strings.js';
import { stripWidgetTail } from '../../metacritic/recognise.js';
import type { Values } from '../lines.js';
import type { State, Tokens } from '../state.js';
import { reportOpen, usersOf } from './block.js';
import { furnishBetween, nextPastFurniture as after } from './furniture.js';

/** The top of a user's 0-10 scale. */
const USER_SCALE = 10;

/**
 * True when the item at `at` (a line of text, of digits, or a date) is a user review by its shape:
 * its date line, or its user's name right over one (`JaneD`, `1984`; a critic review of this era
 * prints no date).
 */
function opensUserReview(tokens: Tokens, at: number): boolean {
  return tokens.is(at, 'date') || tokens.is(after(tokens, at), 'date');
}

/** True when `text` could be a user's name cut off the page before its date: one word, with no sentence's end. */
function mayBeNameCut(text: string): boolean {
  return text.length <= 40 && !text.includes(' ') && !/[.!?…"”')\]]$/u.test(text);
}

export const userReviewReader: Reader<Values, State> = {
  name: 'user review',
  // Under the users' heading, also a user review with no name and no date (a page whose first lines are cut).
  opens: ['text', 'number', 'decimal', 'count', 'date'],
  when: (state, tokens, at) => opensUserReview(tokens, at) || (state.block === 'user' && (tokens.is(at, 'text') || tokens.is(at, 'number'))),
  read: (tokens, at, state) => {
    const { draft, report } = state;
    state.started = true;
    if (state.block === 'critic' && opensUserReview(tokens, at))
      reportOpen(state, "A user review stands among the critics'; it is read as a user's.", tokens.lines.span(at));
    let line = at;
    let last = at;
    let user: string | null = null;
    if (!tokens.is(line, 'date') && tokens.is(after(tokens, line), 'date')) {
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
    if (number !== undefined && !tokens.is(after(tokens, line), 'date')) {
      if (number <= USER_SCALE) score = number;
      else report.reportLine('score-out-of-range', `The score ${number} is outside 0-10; it is not read as the review's score.`, line);
      last = line;
      line = after(tokens, line);
    }
    const texts: string[] = [];
    let cut = -1;
    // The text, over as many lines as its paragraphs, up to the next user's name (the line over a date).
    while (tokens.is(line, 'text') && !tokens.is(after(tokens, line), 'date')) {
      if (texts.length > 0 && after(tokens, line) >= tokens.count && mayBeNameCut(tokens.text(line))) {
        report.reportLine(
          'truncated-line',
          `The page ends after "${clip(tokens.text(line))}", a name cut before its date or a text's last word; it is not read.`,
          line,
        );
        cut = line;
        break;
      }
      texts.push(tokens.text(line));
      last = line;
      line = after(tokens, line);
    }
    furnishBetween(tokens, state, at, Math.max(last, cut));
    const span = tokens.lines.span(at, last);
    const excerpt = stripWidgetTail(texts.join(' ').replace(/\s+/gu, ' ').trim());
    if (excerpt === '') report.report('review-without-text', 'A review has no excerpt, as at the cut-off end of a truncated page.', span);
    const review: UserReview = { index: null, user, date, dateText, score, excerpt, span };
    const users = usersOf(draft);
    users.reviews.push(review);
    users.spans.push(span);
    return Math.max(last, cut) + 1;
  },
};
