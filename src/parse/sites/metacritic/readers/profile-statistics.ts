/**
 * A critic's or publication's profile statistics, a line each:
 * ```
 * For 1,095 reviews, this publication has graded:
 *   • 75% higher than the average critic
 * On average, this critic grades 12.7 points higher than other critics. (0-100 point scale)
 * Average Movie review score: 62
 * Highest review score: 90 Nightingale: Season 1
 * Sheri Linden's Scores
 * 4 tv reviews
 * ```
 * Each opens or extends the profile; a statistic the profile has already is
 * reported, not read. Inside a profile, before its list, two lines read so
 * that say less: `4,210 reviews` (the count of a list of every media, with no
 * media word) and `Average review score:` (no score yet, as of a profile with
 * no reviews); elsewhere they are text.
 *
 * @module
 */
import { checkedCount } from '../counts.js';
import { mediaFromWord } from '../text.js';
import { collapse } from '../../../text/strings.js';
import { readCount } from '../../../text/numbers.js';
import { ensureProfile, type MetacriticState, reportLine, reportRepeated, startPage, type MetacriticReader } from '../state.js';
import type { MetacriticTokens } from '../kinds.js';

// "4,210 reviews": a profile's count of listed reviews of every media.
const LISTED_ANY_MEDIA = /^(\d[\d,]*) reviews?$/u;
// "Average review score:", "Average Movie review score:": an average with no score printed.
const AVERAGE_NONE = /^average (?:[a-z]+(?: [a-z]+)? )?review score:$/iu;

/**
 * The line of text at `at` read as a profile's statistic that says less than the table's rows
 * take: inside a profile with no list yet, `4,210 reviews` (the count listed, no media) or
 * `Average review score:` (no average); otherwise undefined. Each is read only where the profile
 * has none of its kind yet: below the list, such a line is a review's text.
 */
function figurelessStatistic(state: MetacriticState, tokens: MetacriticTokens, at: number): 'listed' | 'average' | undefined {
  const profile = state.profile;
  if (state.phase !== 'profile' || profile === undefined || state.reviews.length > 0) return undefined;
  const text = tokens.text(at);
  if (profile.listedCount === null && LISTED_ANY_MEDIA.test(text)) return 'listed';
  if (profile.averageScore === null && AVERAGE_NONE.test(text)) return 'average';
  return undefined;
}

/** Reads one profile statistic line. */
export const profileStatisticsReader: MetacriticReader = {
  name: 'profile statistics',
  opens: ['profileStatistic', 'profileHeading', 'bareProfilePercent', 'text'],
  when: (state, tokens, at) => !tokens.is(at, 'text') || figurelessStatistic(state, tokens, at) !== undefined,
  read(tokens, at, state) {
    if (tokens.is(at, 'text')) {
      const profile = ensureProfile(state, at);
      profile.last = at;
      const count = LISTED_ANY_MEDIA.exec(tokens.text(at))?.[1];
      if (count !== undefined) profile.listedCount = checkedCount(state, at, readCount(count), 'first');
      return at + 1;
    }
    // A copy of the page can drop a percentage's bullet ("75% higher than the average critic").
    const found = tokens.value(at, 'profileStatistic') ?? tokens.value(at, 'bareProfilePercent') ?? tokens.valueOf(at, 'profileHeading');
    startPage(state);
    state.phase = 'profile';
    const profile = ensureProfile(state, at);
    profile.last = at;
    const repeated = (what: string): number => reportRepeated(state, `${what} line`, tokens.lines.span(at), ' in the profile');
    // An average or an extreme score past the 0-100 scale is reported and not read.
    const inScale = (score: number): boolean =>
      score <= 100 || (reportLine(state, 'score-out-of-range', `The score ${score} is outside the 0-100 scale; it is not read.`, at), false);
    switch (found.kind) {
      case 'graded':
        if (profile.reviewsGraded !== null) repeated('"For N reviews"');
        else {
          profile.reviewsGraded = checkedCount(state, at, found.count, 'first');
          profile.subject = found.subject;
        }
        break;
      case 'percent': {
        const key = found.relation === 'higher' ? 'percentHigher' : found.relation === 'lower' ? 'percentLower' : 'percentSame';
        if (profile[key] !== null) repeated(`"% ${found.relation}"`);
        else profile[key] = found.value;
        break;
      }
      case 'points':
        if (profile.pointsVsAverage !== null) repeated('"On average"');
        else {
          profile.pointsVsAverage = found.value;
          profile.subject ??= found.subject;
        }
        break;
      case 'average':
        if (profile.averageScore !== null) repeated('average score');
        else if (inScale(found.value)) {
          profile.averageScore = found.value;
          if (found.media !== null) state.media ??= mediaFromWord(found.media);
        }
        break;
      case 'extreme':
        if (profile[found.which] !== null) repeated(`${found.which} score`);
        else if (inScale(found.score)) profile[found.which] = { score: found.score, title: collapse(found.title) };
        break;
      case 'heading':
        if (profile.name !== null) repeated('"Scores" heading');
        else profile.name = collapse(found.name);
        break;
      case 'listed':
        if (profile.listedCount !== null) repeated('"N reviews"');
        else {
          profile.listedCount = checkedCount(state, at, found.count, 'first');
          state.media ??= mediaFromWord(found.media);
        }
        break;
    }
    return at + 1;
  },
};
