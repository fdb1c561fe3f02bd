/**
 * Writing a Rotten Tomatoes page (`source` "rottentomatoes") back as text in
 * one of the layouts of Rotten Tomatoes and its mirrors, chosen by what the
 * page holds, so that `parse` with `ALL_SITES` reads the same facts.
 *
 * @module
 */
import type { Film, Review } from '../../types/page.js';
import { isKnownPublication } from '../../sites/shared/publications.js';
import { collapseSpace } from '../check.js';
import { checkCount, checkWhole, groupThousands, joinBlocks, printedCount, printedCritic, printedDate } from '../print.js';

const MORE = '    ';
const BULLET = '  • ';

/** True when a review prints a critic, a publication or a top-critic mark. */
function isBylined(review: Review): boolean {
  return review.critic !== null || review.publication !== null || review.topCritic !== null;
}

/** True for a review as cinematerial and the "said" pages print them: no date, mark or top-critic mark (a 2011 list's undated review has its mark or tail). */
function isUndatedQuote(review: Review): boolean {
  return review.date === null && review.mark === null && review.topCritic === null;
}

/**
 * True when every review has a freshness, a critic and a publication (or one alone, as the list reads a name alone:
 * a critic, or a known publication) and a top-critic mark, the first a top critic's and
 * none after another critic's, as the quote sites' top-critics list prints them (the others under `All Critics Reviews`).
 */
function isTopCriticsList(reviews: readonly Review[]): boolean {
  return (
    reviews[0]?.topCritic === true &&
    reviews.every(
      (review, at) =>
        (review.topCritic === false || reviews[at - 1]?.topCritic !== false) &&
        review.freshness !== null &&
        // Both names, or one alone as the list reads a name alone over the date: a critic, or a known publication.
        (review.critic !== null ? review.publication !== null || !isKnownPublication(review.critic.name) : isKnownPublication(review.publication ?? '')),
    )
  );
}

/** True when a page's quotes can be written as `<Critic> (<Publication>) said:` lines under its consensus (`(<Publication>) said:` or `<Critic> said:` where the review names one): two or more (as the site is told by), each with a name. */
function isSaidList(page: Film): boolean {
  return (
    page.consensus !== null &&
    page.tomatometer === null &&
    page.reviews.length >= 2 &&
    page.reviews.every((review) => review.critic !== null || review.publication !== null)
  );
}

/**
 * Writes a Rotten Tomatoes page in the layout that prints what it holds:
 * - reviews with a freshness, byline and top-critic mark, one a top critic's:
 *   the quote sites' top-critics list (the title, the consensus, the figures
 *   `8.8` (an IMDb rating, from `details`), `87%` and `74` (the Metascore),
 *   `Top Critics Reviews` (and `All Critics Reviews` over the others), then
 *   `fresh:` / quote / `– <Critic>,` / `<Publication>,` / date);
 * - other reviews with a freshness: flixster's critic list (title, `, 85% Fresh
 *   Tomatometer Score`, the consensus bullet, each review's freshness bullet,
 *   glued byline, quote and `Read full article`), which prints no date, mark
 *   or top-critic mark;
 * - reviews with a byline and none with a date, mark or top-critic mark: under a consensus and with no
 *   Tomatometer, the quote sites' `<Critic> (<Publication>) said:` /
 *   `"<quote>"`; otherwise cinematerial's (`Critics score:` / `97 / 100`, `Audience score:` / `86 / 100` (or `N/A`),
 *   `Reviews provided by RottenTomatoes`, `<Critic>, <Publication>: <quote>
 *   Read more`), which prints no consensus;
 * - a page of a 2014 TV season's figures (an `Average Rating` detail, no
 *   review): its title, the critics' block (`Average Rating: 8.9/10` /
 *   `Reviews Counted: 26` / `Fresh: 25 | Rotten: 1`), the consensus, the top
 *   critics' block and `Critic Reviews: 26`;
 * - otherwise a title page (2015-2019): its title, `Critics Consensus`, the
 *   Tomatometer over `TOMATOMETER`, `Total Count:`, the audience block, `Movie
 *   Info` or `Tv Season Info` with the synopsis and cast, the `All Critics (N)
 *   | Top Critics (T) | Fresh (F) | Rotten (R)` line, and the reviews: as
 *   bullets with their date lines (`Mar 1, 2019 | Rating: 5/5 | Full
 *   Review…`), or, when they have bylines, as the 2011 list (`Page 1 of 1`,
 *   `[Top Critic]` / critic / publication / date / quote / `Full Review |
 *   Original Score: <mark>`).
 */
export function formatRtPage(page: Film): string {
  const blocks: (readonly string[])[] = [];
  if (isTopCriticsList(page.reviews)) writeTopCritics(page, blocks);
  else if (page.reviews.some((review) => review.freshness !== null)) writeCriticList(page, blocks);
  else if (page.reviews.some((review) => isBylined(review) && review.date === null) && page.reviews.every(isUndatedQuote)) {
    if (isSaidList(page)) writeSaidQuotes(page, blocks);
    else writeProvidedReviews(page, blocks);
  } else if (isFigureBlocksPage(page)) writeFigureBlocks(page, blocks);
  else writeTitlePage(page, blocks);
  return joinBlocks(blocks);
}

/** A detail's value by its label, as the 2014 figure blocks' reader names them. */
function detailOf(page: Film, label: string): string | undefined {
  return page.details.find((detail) => detail.label === label)?.value;
}

/**
 * True when a page's figures are a 2014 TV season page's and that layout prints all it holds: an `Average Rating`
 * detail, no review, Tomatometer or audience block; the counts as `Fresh: p | Rotten: r` or none (and then no
 * consensus, which the layout prints unlabelled under that line); top critics only with their block's average.
 */
function isFigureBlocksPage(page: Film): boolean {
  const { distribution } = page;
  const counts =
    distribution === null ? page.consensus === null : distribution.positive !== null && distribution.negative !== null && distribution.mixed === null;
  const top =
    detailOf(page, 'Top Critics Average Rating') !== undefined || (page.topCriticCount === null && detailOf(page, 'Top Critics Fresh | Rotten') === undefined);
  return detailOf(page, 'Average Rating') !== undefined && page.reviews.length === 0 && page.tomatometer === null && page.users === null && counts && top;
}

/**
 * A 2014 TV season page: the title, the critics' block (`Average Rating: 8.9/10` / `Reviews Counted: 26` / `Fresh: 25
 * | Rotten: 1`), the consensus unlabelled, the top critics' block (with `Critic Reviews: <M>`), then `Tv Season Info`
 * or `Movie Info` where the page has a media (which no other line of this layout names unless the title is a season's).
 */
function writeFigureBlocks(page: Film, blocks: (readonly string[])[]): void {
  if (page.title !== null) blocks.push([collapseSpace(page.title)]);
  const { distribution } = page;
  const block = (average: string | undefined, count: number | null, freshRotten: string | null): string[] => [
    ...(average === undefined ? [] : [`Average Rating: ${collapseSpace(average)}`]),
    ...(count === null ? [] : [`Reviews Counted: ${checkCount(count, count === page.criticCount ? 'criticCount' : 'topCriticCount')}`]),
    ...(freshRotten === null ? [] : [freshRotten]),
  ];
  const critics =
    distribution === null
      ? null
      : `Fresh: ${checkCount(distribution.positive ?? 0, 'distribution.positive')} | Rotten: ${checkCount(distribution.negative ?? 0, 'distribution.negative')}`;
  blocks.push(block(detailOf(page, 'Average Rating'), page.criticCount, critics));
  if (page.consensus !== null) blocks.push([collapseSpace(page.consensus)]);
  const topAverage = detailOf(page, 'Top Critics Average Rating');
  const listed = detailOf(page, 'Critic Reviews');
  const top = [
    ...(topAverage === undefined
      ? []
      : block(topAverage, page.topCriticCount, detailOf(page, 'Top Critics Fresh | Rotten')?.replace(/^(\d+) \| (\d+)$/u, 'Fresh: $1 | Rotten: $2') ?? null)),
    ...(listed === undefined ? [] : [`Critic Reviews: ${collapseSpace(listed)}`]),
  ];
  blocks.push(top);
  writeInfo(page, blocks);
}

/** A quote as the quote sites print it: in quotation marks on a "said" page; on the top-critics list bare, unless its own marks would be read as the list's. */
function printedQuote(excerpt: string, marked: boolean): string {
  const text = collapseSpace(excerpt);
  return marked || /^["“].*["”]$/u.test(text) ? `"${text}"` : text;
}

/** The quote sites' top-critics list, with the figures above it. */
function writeTopCritics(page: Film, blocks: (readonly string[])[]): void {
  // The header reads its first text line as the title and the next as the consensus.
  if (page.title !== null) blocks.push([collapseSpace(page.title), ...(page.consensus === null ? [] : [collapseSpace(page.consensus)])]);
  const rating = page.details.find((detail) => detail.label === 'IMDb rating' && /^\d\.\d$/u.test(detail.value));
  const figures: string[] = [];
  if (rating) figures.push(rating.value);
  if (page.tomatometer !== null) figures.push(`${checkWhole(page.tomatometer, 0, 100, 'tomatometer')}%`);
  if (page.metascore !== null) figures.push(String(checkWhole(page.metascore, 0, 100, 'metascore')));
  blocks.push(figures, ['Top Critics Reviews']);
  page.reviews.forEach((review, at) => {
    // The other critics' reviews, after the top critics', under `All Critics Reviews`.
    if (review.topCritic === false && page.reviews[at - 1]?.topCritic === true) blocks.push(['All Critics Reviews']);
    // A review with no date ends on its publication (the next review's freshness line opens the next one).
    const date = printedDate(review.date, review.dateText, `reviews[${at}].date`);
    blocks.push([
      review.freshness === 'rotten' ? 'rotten:' : 'fresh:',
      printedQuote(review.excerpt, false),
      ...(review.critic === null || review.publication === null
        ? [`– ${printedCritic(review) ?? collapseSpace(review.publication ?? '')},`]
        : [`– ${printedCritic(review) ?? ''},`, `${collapseSpace(review.publication)},`]),
      ...(date === null ? [] : [date]),
    ]);
  });
}

/** The quote sites' "said" page: the title, the consensus, and each quote under its byline. */
function writeSaidQuotes(page: Film, blocks: (readonly string[])[]): void {
  if (page.title !== null) blocks.push([collapseSpace(page.title)]);
  if (page.consensus !== null) blocks.push([collapseSpace(page.consensus)]);
  for (const review of page.reviews) {
    const critic = printedCritic(review);
    const publication = review.publication === null ? undefined : `(${collapseSpace(review.publication)})`;
    const byline = [critic, publication].filter((part) => part !== undefined).join(' ');
    blocks.push([`${byline} said:`, printedQuote(review.excerpt, true)]);
  }
}

/** The title page's header, details and review list. */
function writeTitlePage(page: Film, blocks: (readonly string[])[]): void {
  if (page.title !== null) blocks.push([collapseSpace(page.title)]);
  if (page.consensus !== null) blocks.push(['Critics Consensus'], [collapseSpace(page.consensus)]);
  if (page.tomatometer !== null) blocks.push([`${checkWhole(page.tomatometer, 0, 100, 'tomatometer')}%`], ['TOMATOMETER']);
  if (page.criticCount !== null) blocks.push([`Total Count: ${checkCount(page.criticCount, 'criticCount')}`]);
  const { users } = page;
  if (users !== null) {
    if (users.score !== null) blocks.push([`${checkWhole(users.score, 0, 100, 'users.score')}%`]);
    blocks.push([
      'Audience Score',
      ...(users.ratingCount === null ? [] : [`User Ratings: ${groupThousands(checkCount(users.ratingCount, 'users.ratingCount'))}`]),
    ]);
  }
  writeInfo(page, blocks);
  const counts = countsLine(page);
  if (counts !== null) blocks.push([counts]);
  if (page.reviews.some(isBylined)) {
    blocks.push(['Page 1 of 1', ...page.reviews.flatMap((review, at) => writeListReview(review, `reviews[${at}]`))]);
  } else if (page.reviews.length > 0) {
    if (counts === null) blocks.push([`Critic Reviews for ${page.title === null ? 'This Title' : collapseSpace(page.title)}`]);
    blocks.push(page.reviews.flatMap((review, at) => writeBulletReview(review, `reviews[${at}]`)));
  }
}

/** `Movie Info` or `Tv Season Info`, the synopsis, and the cast (`<Actor>` / `as <Role>`). */
function writeInfo(page: Film, blocks: (readonly string[])[]): void {
  if (page.media !== 'movie' && page.media !== 'tv') return;
  const synopsis = page.details.find((detail) => detail.label === 'Synopsis');
  blocks.push([page.media === 'movie' ? 'Movie Info' : 'Tv Season Info']);
  if (synopsis) blocks.push([collapseSpace(synopsis.value)]);
  const cast = page.details
    .filter((detail) => detail.label === 'Cast')
    .flatMap((detail) => {
      const value = collapseSpace(detail.value);
      const at = value.indexOf(' as ');
      return value.startsWith('as ') ? [value] : at > 0 ? [value.slice(0, at), value.slice(at + 1)] : [];
    });
  blocks.push(cast);
}

/** `All Critics (408) | Top Critics (56) | Fresh (394) | Rotten (14)`, with the counts the page has; `null` when it has neither of the first two. */
function countsLine(page: Film): string | null {
  const parts: string[] = [];
  if (page.criticCount !== null) parts.push(`All Critics (${checkCount(page.criticCount, 'criticCount')})`);
  if (page.topCriticCount !== null) parts.push(`Top Critics (${checkCount(page.topCriticCount, 'topCriticCount')})`);
  if (parts.length === 0) return null;
  const { distribution } = page;
  if (distribution?.positive != null) parts.push(`Fresh (${checkCount(distribution.positive, 'distribution.positive')})`);
  if (distribution?.negative != null) parts.push(`Rotten (${checkCount(distribution.negative, 'distribution.negative')})`);
  return parts.join(' | ');
}

/** `  • <quote>` / blank / `    <Mon D, YYYY>[ | Rating: <mark>] | Full Review…`. */
function writeBulletReview(review: Review, path: string): string[] {
  const excerpt = collapseSpace(review.excerpt);
  const lines = [`${BULLET}${excerpt}`.trimEnd()];
  const date = printedDate(review.date, review.dateText, `${path}.date`);
  if (date !== null) lines.push('', `${MORE}${date}${review.mark === null ? '' : ` | Rating: ${collapseSpace(review.mark)}`} | Full Review…`);
  return lines;
}

/** `[Top Critic]` / `<Critic>` / `[<Publication>]` / `<Month D, YYYY>` / `<quote>` / `Full Review[ | Original Score: <mark>]`. */
function writeListReview(review: Review, path: string): string[] {
  const lines: string[] = [];
  if (review.topCritic === true) lines.push('Top Critic');
  const critic = printedCritic(review);
  if (critic !== undefined) lines.push(critic);
  if (review.publication !== null) lines.push(collapseSpace(review.publication));
  const date = printedDate(review.date, review.dateText, `${path}.date`);
  if (date !== null) lines.push(date);
  lines.push(collapseSpace(review.excerpt));
  lines.push(review.mark === null ? 'Full Review' : `Full Review | Original Score: ${collapseSpace(review.mark)}`);
  return lines;
}

/** flixster's critic list. */
function writeCriticList(page: Film, blocks: (readonly string[])[]): void {
  if (page.title !== null) blocks.push([collapseSpace(page.title)]);
  blocks.push(['critic Reviews']);
  const lines: string[] = [];
  if (page.tomatometer !== null) {
    const percent = checkWhole(page.tomatometer, 0, 100, 'tomatometer');
    lines.push(`, ${percent}% ${percent >= 60 ? 'Fresh' : 'Rotten'} Tomatometer Score`);
    if (page.consensus !== null) lines.push(`${BULLET}${collapseSpace(page.consensus)}`);
  }
  for (const review of page.reviews) {
    lines.push(`${BULLET}, ${review.freshness === 'rotten' ? 'Rotten' : 'Fresh'} Tomatometer Score`);
    lines.push(`${MORE}${printedCritic(review) ?? ''}${collapseSpace(review.publication ?? '')}`);
    if (review.excerpt !== '') lines.push(`${MORE}${collapseSpace(review.excerpt)}`);
    lines.push(`${MORE}Read full article`);
  }
  blocks.push(lines);
}

/** cinematerial's page of reviews provided by Rotten Tomatoes. */
function writeProvidedReviews(page: Film, blocks: (readonly string[])[]): void {
  const year = page.details.find((detail) => detail.label === 'Year');
  if (page.title !== null) blocks.push([`${collapseSpace(page.title)}${year ? ` ${collapseSpace(year.value)}` : ''}`]);
  if (page.tomatometer !== null) blocks.push(['Critics score:', `${printedCount(checkWhole(page.tomatometer, 0, 100, 'tomatometer'))} / 100`]);
  // An audience block with no score is printed as the site prints one: `N/A`.
  const audience = page.users?.score ?? null;
  if (page.users !== null) blocks.push(['Audience score:', audience === null ? 'N/A' : `${printedCount(checkWhole(audience, 0, 100, 'users.score'))} / 100`]);
  blocks.push(['Reviews provided by RottenTomatoes']);
  blocks.push(
    page.reviews.map((review) => {
      const byline = [printedCritic(review), review.publication === null ? undefined : collapseSpace(review.publication)]
        .filter((part): part is string => part !== undefined)
        .join(', ');
      const excerpt = collapseSpace(review.excerpt);
      return `${byline}: ${excerpt === '' ? '' : `${excerpt} `}Read more`;
    }),
  );
}
