/**
 * Writing a page back as text, in its layout's canonical form, so that
 * parsing the text gives the same facts.
 */
import type { Critic, Distribution, Film, MediaType, Page, ProfilePage, Review, UserBlock, UserReview } from '../types/page.js';
import { checkPage, collapseSpace, isPage } from './check.js';
import { rangeMisuse } from '../shared/checks.js';
import { checkCount, checkWhole, groupThousands, joinBlocks, printedCount, printedDate } from './print.js';
import { formatOpenCriticPage } from './layouts/opencritic.js';
import { formatRtPage } from './layouts/rottentomatoes.js';
import { contractPage } from './contract.js';

const FN = 'formatPage';

/** Indent of a list item's number ("  1. "), and of the lines that continue it. */
const ITEM = '  ';
const MORE = '    ';

/** The word for a media in "N movie reviews". */
const LISTED_WORD: Readonly<Record<MediaType, string>> = { movie: 'movie', tv: 'tv', music: 'music', game: 'game' };
/** The word for a media in "Average Movie review score: 62". */
const AVERAGE_WORD: Readonly<Record<MediaType, string>> = { movie: 'Movie', tv: 'TV Show', music: 'Music', game: 'Game' };
/** The media filter bullet of a profile ("• Movies"). */
const FILTER_WORD: Readonly<Record<MediaType, string>> = { movie: 'Movies', tv: 'TV Shows', music: 'Music', game: 'Games' };

/**
 * Writes a parsed page back as text in its layout's canonical form, such that
 * `parse` reads the text back to the same facts.
 *
 * A title page (`kind: 'film'`) is written in layout A: its title, its header
 * bullets (`• Network: NBC`), `Metascore` and its number, the verdict line
 * (`<Verdict> - based on N Critics`), `Critic score distribution:` and its
 * lines, `Critic Reviews`, then the numbered items (`Reviewed by: <critic>`,
 * a `Mon D, YYYY` date line, a bare score line, a publication line, the
 * excerpt; unnumbered reviews as further indented lines), then the user block
 * as in layout C (`User Score`, its 0-10 score, `<Verdict>- based on K
 * Ratings`, `User score distribution:`, the user items). A critic's profile
 * is written in layout G and a publication's in layout F, with every printed
 * statistic and the scored bullet blocks (`• 72 Metascore`, `• 80 Critic
 * Score` or `• 80 <Critic>`, the excerpt, `• <Publication>`).
 *
 * A page of another source is written in one of that source's layouts, the
 * one that prints what the page holds, and reads back with `parse`'s `sites:
 * ALL_SITES` (critic-consensus/sites): a Rotten Tomatoes page as flixster's
 * critic list, cinematerial's reviews, a 2014 TV season's figure blocks or
 * a 2015-2019 title page; an
 * OpenCritic page as a review list (every review dated) or a game page.
 *
 * Lines end with LF, and the text ends with one. Texts are written
 * whitespace-normalised, as the parser reads them.
 *
 * **What survives the round trip.** `parse(formatPage(page))` gives the page's
 * kind, title, metascore, verdict, critic count, distribution, reviews (index,
 * critic name and credit, publication, score, date, title Metascore,
 * excerpt), user block and profile: for every page of the project's corpus
 * of real pages, and for any page, parsed or built by hand, within the
 * domain the layouts can print:
 * - a title page's media is printed only through its header bullets (`•
 *   Network: NBC` says TV); otherwise pass it back as `parse`'s `media`
 *   option;
 * - the verdict line needs both `verdict` and `criticCount` (likewise the
 *   user verdict and `ratingCount`); one without the other is not written;
 * - texts (title, names, publications, excerpts) are non-empty and do not
 *   read as another kind of line: a score, a date, `Reviewed by`, a bullet, a
 *   numbered item, a verdict, distribution or profile line, page furniture
 *   (`Critic Reviews`, `Expand`), nor end with a widget tail (`Full Review
 *   »`); a title page's publication looks like a name (short, capitalised,
 *   no sentence punctuation) and an excerpt does not;
 * - a user review's name and score are printed only with its date line, and
 *   an unnumbered user review needs a date line and a dated review before it;
 * - scores are whole numbers: a review's from 0 to 100 (outside that range
 *   it is a RangeError, as in every writer: no page holds such a score), a
 *   user's from 0 to 10 with at most one decimal;
 * - a title page's review with a title Metascore (which the parser reads
 *   only from a scored bullet block) is written as such a block, which
 *   prints no index or date; profile pages have no verdict, critic
 *   distribution, Metascore or user block;
 * - on a profile, a numbered review has only an excerpt (the site does not
 *   render its score), a review with a critic has a score, reviews have no
 *   dates, an unnumbered review with neither score nor Metascore comes first,
 *   and a review whose block opens with its score (no Metascore) does not
 *   follow a block without a publication bullet (the parser would read its
 *   score bullet, "• 90 Critic Score", as that block's publication);
 * - a critic's profile says so in its `For N reviews, this critic has
 *   graded:` or `On average, this critic grades …` line, so it needs
 *   `reviewsGraded` or `pointsVsAverage`; `listedCount` needs a media.
 *
 * Facts outside that domain are written as far as the layout allows.
 *
 * @param value - A page as `parse` returns it, or as the JSON contract has
 *   it (a nullable field may be absent: it is read as null, a list as empty).
 * @returns The page's text.
 * @throws TypeError when `value` is not a page, or a field is missing where
 *   the contract always has it (a review's `excerpt`) or of the wrong type,
 *   naming it (`reviews[0].excerpt`).
 * @throws RangeError when a score is outside 0-100 (a review's, the page's
 *   Metascore, a profile review's title Metascore, a profile's highest or
 *   lowest review score), or a number has no printed form in the layout (a
 *   review score of 85.5, a Metascore of 120, a negative count), naming it.
 *
 * @example
 * ```ts
 * const { page } = parse(
 *   'Generally favorable reviews - based on 11 Critics\n' +
 *   '  1. Positive: 9 out of 11\n' +
 *   '  2. Negative: 0 out of 11\n' +
 *   '  1. 80\n' +
 *   '    Each film in the trilogy can stand on its own.\n',
 * );
 * formatPage(page);
 * //=> 'Generally favorable reviews - based on 11 Critics\n' +
 * //   '\n' +
 * //   'Critic score distribution:\n' +
 * //   '  1. Positive: 9 out of 11\n' +
 * //   '  2. Negative: 0 out of 11\n' +
 * //   '\n' +
 * //   'Critic Reviews\n' +
 * //   '\n' +
 * //   '  1. 80\n' +
 * //   '    Each film in the trilogy can stand on its own.\n'
 * ```
 *
 * @example
 * ```ts
 * // An OpenCritic review list, read with the sites of critic-consensus/sites.
 * const { page } = parse('Hades Reviews\n\nIGN\nTop Critic\n9 / 10\nSep 17, 2020\n\nSuperb.\n', { sites: ALL_SITES });
 * formatPage(page);
 * //=> 'Hades Reviews\n\nIGN\nTop Critic\n9 / 10\nSep 17, 2020\n\nSuperb.\n\nRead full review\n'
 * ```
 */
export function formatPage(value: Page): string {
  if (!isPage(value)) checkPage(FN, value);
  // The page as the writers read it: the contract's absent nullable fields as null, the others checked; then its scores' range.
  const page = contractPage(FN, value);
  checkPage(FN, page);
  // Each source is written in one of its own layouts.
  if (page.source === 'rottentomatoes' && page.kind === 'film') return formatRtPage(page);
  if (page.source === 'opencritic' && page.kind === 'film') return formatOpenCriticPage(page);
  const blocks: (readonly string[])[] = [];
  if (page.title !== null) blocks.push([collapseSpace(page.title)]);
  if (page.kind === 'film') writeTitlePage(page, blocks);
  else writeProfilePage(page, blocks);
  return joinBlocks(blocks);
}

// ---------------------------------------------------------------- title pages

function writeTitlePage(page: Film, blocks: (readonly string[])[]): void {
  blocks.push(page.details.map((detail) => `${ITEM}• ${collapseSpace(detail.label)}: ${collapseSpace(detail.value)}`.trimEnd()));
  if (page.metascore !== null) blocks.push(['Metascore', String(checkWhole(page.metascore, 0, 100, 'metascore'))]);
  if (page.verdict !== null && page.criticCount !== null) {
    const count = checkCount(page.criticCount, 'criticCount');
    blocks.push([`${collapseSpace(page.verdict)} - based on ${count} ${count === '1' ? 'Critic' : 'Critics'}`]);
  }
  // The label opens the critic block even with no list under it, so the reviews are read as critics'.
  if (page.distribution !== null || page.reviews.length > 0) {
    blocks.push(['Critic score distribution:', ...writeDistribution(page.distribution, page.criticCount, 'distribution')]);
  }
  if (page.reviews.length > 0) {
    blocks.push(['Critic Reviews']);
    blocks.push(
      page.reviews.flatMap((review, at) =>
        // A title Metascore was read from a scored bullet block, and is written back as one.
        review.metascore === null ? writeCriticItem(review, `reviews[${at}]`) : writeScoredBlock(page, review, `reviews[${at}]`),
      ),
    );
  }
  if (page.users !== null) writeUsers(page.users, blocks);
}

/** `  1. Positive: 9 out of 11`, numbered over the lines present; "out of" the count, or the sum when there is none. */
function writeDistribution(distribution: Distribution | null, count: number | null, path: string): string[] {
  if (distribution === null) return [];
  const entries = (['positive', 'mixed', 'negative'] as const).flatMap((key) => {
    const value = distribution[key];
    return value === null ? [] : [[key, value, checkCount(value, `${path}.${key}`)] as const];
  });
  const total = count === null ? printedCount(entries.reduce((sum, [, value]) => sum + value, 0)) : checkCount(count, 'count');
  return entries.map(([key, , value], at) => `${ITEM}${at + 1}. ${key.charAt(0).toUpperCase()}${key.slice(1)}: ${value} out of ${total}`);
}

/**
 * ```
 *   1. Reviewed by: Noel Murray     the first piece on the number line
 *     Jul 15, 2013                  then the others, further indented
 *     80
 *     Q Magazine
 *     As Refn counts down ...
 * ```
 */
function writeCriticItem(review: Review, path: string): string[] {
  const pieces: string[] = [];
  if (review.critic !== null) pieces.push(`Reviewed by: ${printedCritic(review.critic)}`);
  const date = printedDate(review.date, review.dateText, `${path}.date`);
  if (date !== null) pieces.push(date);
  if (review.score !== null) pieces.push(String(checkWhole(review.score, 0, 100, `${path}.score`)));
  if (review.publication !== null) pieces.push(collapseSpace(review.publication));
  const excerpt = collapseSpace(review.excerpt);
  if (excerpt !== '') pieces.push(excerpt);
  return openItem(review.index, pieces, path);
}

/** The pieces of an item: the first after its number ("  1. "), or all further indented when unnumbered. */
function openItem(index: number | null, pieces: readonly string[], path: string): string[] {
  if (index === null) return pieces.map((piece) => `${MORE}${piece}`);
  const [first = '', ...rest] = pieces;
  return [`${ITEM}${checkWhole(index, 0, 999_999, `${path}.index`)}. ${first}`.trimEnd(), ...rest.map((piece) => `${MORE}${piece}`)];
}

/** The critic as printed, "Staff [Not Credited]" for an uncredited one; the raw text when it says the same. */
function printedCritic(critic: Critic): string {
  const name = collapseSpace(critic.name);
  const raw = collapseSpace(critic.raw);
  const mark = /\[not credited\]/iu;
  if (mark.test(raw) === !critic.credited && collapseSpace(raw.replace(/\[not credited\]/giu, '')) === name) return raw;
  return critic.credited ? name : `${name} [Not Credited]`.trim();
}

function writeUsers(users: UserBlock, blocks: (readonly string[])[]): void {
  const head = ['User Score'];
  if (users.score !== null) head.push(printedUserScore(users.score, 'users.score'));
  blocks.push(head);
  if (users.verdict !== null && users.ratingCount !== null) {
    const count = checkCount(users.ratingCount, 'users.ratingCount');
    blocks.push([`${collapseSpace(users.verdict)}- based on ${count} ${count === '1' ? 'Rating' : 'Ratings'}`]);
  }
  const list =
    users.distribution === null ? [] : ['User score distribution:', ...writeDistribution(users.distribution, users.ratingCount, 'users.distribution')];
  blocks.push([...list, ...users.reviews.flatMap((review, at) => writeUserItem(review, `users.reviews[${at}]`))]);
}

/**
 * ```
 *   1. DavidS.          the user, printed only above a date line
 *     Jan 29, 2008
 *     10                the 0-10 score, likewise
 *     A timeless take ...
 * ```
 */
function writeUserItem(review: UserReview, path: string): string[] {
  const pieces: string[] = [];
  const date = printedDate(review.date, review.dateText, `${path}.date`);
  if (review.user !== null) pieces.push(collapseSpace(review.user));
  if (date !== null) pieces.push(date);
  if (review.score !== null) pieces.push(printedUserScore(review.score, `${path}.score`));
  const excerpt = collapseSpace(review.excerpt);
  if (excerpt !== '') pieces.push(excerpt);
  return openItem(review.index, pieces, path);
}

/** "8.6", "10": a 0-10 score with at most one decimal. */
function printedUserScore(score: number, path: string): string {
  const text = String(score);
  if (!/^\d{1,2}(?:\.\d)?$/u.test(text) || score > 10) {
    throw rangeMisuse(FN, path, 'a user score from 0 to 10 with at most one decimal', score);
  }
  return text;
}

// ---------------------------------------------------------------- profiles

function writeProfilePage(page: ProfilePage, blocks: (readonly string[])[]): void {
  const { profile, media } = page;
  const subject = page.kind === 'critic' ? 'critic' : 'publication';
  const stats: string[] = [];
  if (profile.reviewsGraded !== null) {
    const count = checkCount(profile.reviewsGraded, 'profile.reviewsGraded');
    stats.push(`For ${groupThousands(count)} ${count === '1' ? 'review' : 'reviews'}, this ${subject} has graded:`);
  }
  const percents = [
    [profile.percentHigher, 'higher than', 'percentHigher'],
    [profile.percentSame, 'same as', 'percentSame'],
    [profile.percentLower, 'lower than', 'percentLower'],
  ] as const;
  for (const [value, relation, key] of percents) {
    if (value !== null) stats.push(`${ITEM}• ${printedDecimal(value, `profile.${key}`)}% ${relation} the average critic`);
  }
  if (profile.pointsVsAverage !== null) {
    const points = profile.pointsVsAverage;
    const size = printedDecimal(Math.abs(points), 'profile.pointsVsAverage');
    const direction = points < 0 ? 'lower' : 'higher';
    stats.push(
      `On average, this ${subject} grades ${size} ${Math.abs(points) === 1 ? 'point' : 'points'} ${direction} than other critics. (0-100 point scale)`,
    );
  }

  const scores: string[] = [];
  if (profile.averageScore !== null) {
    const word = media === null ? '' : `${AVERAGE_WORD[media]} `;
    scores.push(`Average ${word}review score: ${printedDecimal(profile.averageScore, 'profile.averageScore')}`);
  }
  for (const which of ['highest', 'lowest'] as const) {
    const extreme = profile[which];
    if (extreme !== null) {
      const label = which === 'highest' ? 'Highest' : 'Lowest';
      scores.push(`${label} review score: ${checkWhole(extreme.score, 0, 100, `profile.${which}.score`)} ${collapseSpace(extreme.title)}`);
    }
  }
  const listed = profile.listedCount !== null && media !== null;

  // "• Movies" names the media where no other line does, and opens the profile where nothing else would.
  const opened = profile.name !== null || stats.length > 0 || scores.length > 0 || listed;
  const mediaPrinted = media !== null && (profile.averageScore !== null || listed);
  const filter =
    (media !== null && (page.kind === 'publication' || !mediaPrinted)) || !opened ? [`${ITEM}• ${media === null ? 'All' : FILTER_WORD[media]}`] : [];
  const heading = profile.name === null ? [] : [`${collapseSpace(profile.name)}'s Scores`];

  if (page.kind === 'critic') blocks.push(stats, heading, filter);
  else blocks.push(heading, filter, stats);
  const list = ['Score distribution:', ...writeDistribution(profile.distribution, null, 'profile.distribution')];
  if (listed) {
    const count = checkCount(profile.listedCount, 'profile.listedCount');
    list.push(`${groupThousands(count)} ${LISTED_WORD[media]} ${count === '1' ? 'review' : 'reviews'}`);
  }
  blocks.push([...scores, ...list, ...page.reviews.flatMap((review, at) => writeProfileItem(page, review, `reviews[${at}]`))]);
}

/**
 * ```
 *     • 72 Metascore              a scored block: the title's Metascore,
 *     • 80 Sheri Linden           the score ("• 80 Critic Score" with no critic;
 *     What gives Spielberg ...    "• 25 Reviewed by" and the name under it on a publication's page),
 *     • The Hollywood Reporter    the excerpt and the publication
 *   1. Even stupidity stops ...   a numbered item: only its excerpt is printed
 * ```
 */
function writeProfileItem(page: ProfilePage, review: Review, path: string): string[] {
  const excerpt = collapseSpace(review.excerpt);
  if (review.metascore === null && review.score === null) {
    return review.index === null ? [`${MORE}${excerpt}`] : [`${ITEM}${checkWhole(review.index, 0, 999_999, `${path}.index`)}. ${excerpt}`.trimEnd()];
  }
  return writeScoredBlock(page, review, path);
}

/** A review in a scored bullet block, on a profile or wherever the parser read one. */
function writeScoredBlock(page: Page, review: Review, path: string): string[] {
  const excerpt = collapseSpace(review.excerpt);
  const lines: string[] = [];
  if (review.metascore !== null) {
    const metascore = review.metascore === 'tbd' ? 'tbd' : String(checkWhole(review.metascore, 0, 100, `${path}.metascore`));
    lines.push(`${MORE}• ${metascore} Metascore`);
  }
  if (review.score !== null) {
    const score = checkWhole(review.score, 0, 100, `${path}.score`);
    if (review.critic === null) {
      lines.push(`${MORE}• ${score} Critic Score`);
    } else {
      const critic = printedCritic(review.critic);
      if (page.kind === 'critic' && readsAsCriticName(critic)) lines.push(`${MORE}• ${score} ${critic}`);
      else lines.push(`${MORE}• ${score} Reviewed by`, `${MORE}  ${critic}`);
    }
  }
  if (excerpt !== '') lines.push(`${MORE}${excerpt}`);
  if (review.publication !== null) lines.push(`${MORE}• ${collapseSpace(review.publication)}`);
  return lines;
}

/** A name that reads back from "• 80 <Name>": not "Critic Score", not "Reviewed by …", not "… Metascore". */
function readsAsCriticName(name: string): boolean {
  return name !== '' && !/^critic score$/iu.test(name) && !/^reviewed by\b/iu.test(name) && !/metascore$/iu.test(name);
}

// ---------------------------------------------------------------- numbers

/**
 * "12.7", "80", "0.0000001": a number from 0 to below 1000 as profile statistics print it,
 * in plain decimal notation (never "1e-7"), that reads back as the same number.
 */
function printedDecimal(value: number, path: string): string {
  let text = String(value);
  if (text.includes('e') && value > 0 && value < 1) text = trimTrailingZeros(value.toFixed(100));
  if (!/^\d{1,3}(?:\.\d+)?$/u.test(text) || Number(text) !== value) {
    throw rangeMisuse(FN, path, 'a number from 0 to below 1000', value);
  }
  return text;
}

/** "0.0000001" from "0.000000100…0". */
function trimTrailingZeros(text: string): string {
  let end = text.length;
  while (end > 0 && text.charAt(end - 1) === '0') end--;
  return text.slice(0, end);
}
