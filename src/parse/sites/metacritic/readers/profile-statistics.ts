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
import { ensureProfile, reportRepeated, startPage, type MetacriticReader } from '../state.js';

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
    const repeated = (what: string): number => reportRepeated(state, `${what} line`, tokens.lines.span(at), ' in the profile');
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
        else {
          profile.averageScore = found.value;
          if (found.media !== null) state.media ??= mediaFromWord(found.media);
        }
        break;
      case 'extreme':
        if (profile[found.which] !== null) repeated(`${found.which} score`);
        else profile[found.which] = { score: found.score, title: collapse(found.title) };
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
