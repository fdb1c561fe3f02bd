/**
 * The users' comments: a heading (`What Our Users Said`, `User Comments`), then per comment
 * `<Name> gave it a <score>:` and its text on the lines right under it, up to a blank line or the
 * next comment. A comment is a user review (the user, the 0-10 score, the text), never a critic's.
 *
 * @module
 */
import type { Reader } from '../../../engine/index.js';
import type { Values } from '../lines.js';
import type { State } from '../state.js';
import { headingReader, TEXT_KINDS } from './critics.js';
import { onScale, usersOf } from './scores.js';

export const usersHeadingReader: Reader<Values, State> = headingReader('users heading', 'usersHeading', 'users');

export const userCommentReader: Reader<Values, State> = {
  name: 'user comment',
  opens: ['userComment'],
  read: (tokens, at, state) => {
    state.phase = 'users';
    const { user, score } = tokens.valueOf(at, 'userComment');
    const texts: string[] = [];
    let last = at;
    // The text: the lines of text (or a number, a detail's look) right under it, with no blank line between.
    while (last + 1 < tokens.count && (tokens.is(last + 1, 'number') || TEXT_KINDS.includes(tokens.kind(last + 1) as keyof Values))) {
      texts.push(tokens.text(++last));
    }
    const span = tokens.lines.span(at, last);
    const excerpt = texts.join(' ').replace(/\s+/gu, ' ').trim();
    if (excerpt === '') state.report.report('review-without-text', 'This user comment has no text.', span);
    const users = usersOf(state.draft);
    users.spans.push(span);
    users.reviews.push({ index: null, user: user.trim(), date: null, dateText: null, score: onScale(state, score, 10, 'user score', at), excerpt, span });
    return last + 1;
  },
};
