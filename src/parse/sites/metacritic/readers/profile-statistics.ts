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
 * reported, not read.
 *
 * @module
 */
import { checkedCount } from '../counts.js';
import { mediaFromWord } from '../text.js';
import { collapse } from '../../../text/strings.js';
import { ensureProfile, type MetacriticReader, type MetacriticState, reportRepeated, startPage } from '../state.js';

/** Reads one profile statistic line. */
export const profileStatisticsReader: MetacriticReader = {
  name: 'profile statistics',
  opens: ['profileStatistic', 'profileHeading', 'bareProfilePercent'],
  read(tokens, at, state) {
    // A copy of the page can drop a percentage's bullet ("75% higher than the average critic").
    const found = tokens.value(at, 'profileStatistic') ?? tokens.value(at, 'bareProfilePercent') ?? tokens.valueOf(at, 'profileHeading');
    startPage(state);
    state.phase = 'profile';
    const profile = ensureProfile(state, at);
    profile.last = at;
    switch (found.kind) {
      case 'graded':
        if (profile.reviewsGraded !== null) reportRepeatedStatistic(state, '"For N reviews"', at);
        else {
          profile.reviewsGraded = checkedCount(state, at, found.count, 'first');
          profile.subject = found.subject;
        }
        break;
      case 'percent': {
        const key = found.relation === 'higher' ? 'percentHigher' : found.relation === 'lower' ? 'percentLower' : 'percentSame';
        if (profile[key] !== null) reportRepeatedStatistic(state, `"% ${found.relation}"`, at);
        else profile[key] = found.value;
        break;
      }
      case 'points':
        if (profile.pointsVsAverage !== null) reportRepeatedStatistic(state, '"On average"', at);
        else {
          profile.pointsVsAverage = found.value;
          profile.subject ??= found.subject;
        }
        break;
      case 'average':
        if (profile.averageScore !== null) reportRepeatedStatistic(state, 'average score', at);
        else {
          profile.averageScore = found.value;
          if (found.media !== null) state.media ??= mediaFromWord(found.media);
        }
        break;
      case 'extreme':
        if (profile[found.which] !== null) reportRepeatedStatistic(state, `${found.which} score`, at);
        else profile[found.which] = { score: found.score, title: collapse(found.title) };
        break;
      case 'heading':
        if (profile.name !== null) reportRepeatedStatistic(state, '"Scores" heading', at);
        else profile.name = collapse(found.name);
        break;
      case 'listed':
        if (profile.listedCount !== null) reportRepeatedStatistic(state, '"N reviews"', at);
        else {
          profile.listedCount = checkedCount(state, at, found.count, 'first');
          state.media ??= mediaFromWord(found.media);
        }
        break;
    }
    return at + 1;
  },
};

/** Reports the profile statistic `what` seen again at line `line`. */
function reportRepeatedStatistic(state: MetacriticState, what: string, line: number): void {
  reportRepeated(state, `${what} line`, state.tokens.lines.span(line), ' in the profile');
}
