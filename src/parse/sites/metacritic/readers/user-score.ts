/**
 * The user score, as newer pages print it: a heading, then the 0-10 score
 * ("8.6", or "tbd") when the page has one.
 * ```
 * User Score
 * 8.6
 * ```
 * Both lines are part of the user block, which they open or extend.
 *
 * @module
 */
import { isWord, recogniseUserScore } from '../recognise.js';
import { ensureUsers, reportRepeated, startPage, type MetacriticReader } from '../state.js';

/** Reads a "User Score" heading and the score under it. */
export const userScoreReader: MetacriticReader = {
  name: 'user score',
  opens: ['userScoreHeading'],
  read(tokens, at, state) {
    startPage(state);
    state.phase = 'user';
    const users = ensureUsers(state, at);
    users.last = at;
    const valueAt = tokens.nextNonBlank(at + 1);
    if (valueAt >= tokens.count) return at + 1;
    const valueText = tokens.text(valueAt);
    if (isWord(valueText, 'tbd')) {
      users.last = valueAt;
      return valueAt + 1;
    }
    const score = recogniseUserScore(valueText);
    if (score === undefined) return at + 1;
    if (users.score !== null) reportRepeated(state, 'user score', tokens.lines.span(valueAt));
    else users.score = score;
    users.last = valueAt;
    return valueAt + 1;
  },
};
