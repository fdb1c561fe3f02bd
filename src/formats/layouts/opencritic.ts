/**
 * An OpenCritic page written back in one of OpenCritic's layouts, so that
 * parsing the text with the OpenCritic site (`critic-consensus/sites`) gives
 * the same facts.
 *
 * @module
 */
import type { Page, Review } from '../../types/page.js';
import { checkPage, collapseSpace } from '../check.js';

const FN = 'formatOpenCriticPage';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2025-09-26` as OpenCritic prints it: `Sep 26, 2025`. */
function printedDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${MONTHS[Number(month) - 1] ?? 'Jan'} ${Number(day)}, ${year ?? ''}`;
}

/** `100th`, `1st`, `22nd`, `13th`: a percentile with its ordinal suffix. */
function ordinal(value: number): string {
  const tens = value % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][value % 10] ?? 'th');
  return `${value}${suffix}`;
}

/** A critic as printed: `Staff (Not Credited)` for an uncredited one. */
function criticName(review: Review): string | undefined {
  if (review.critic === null) return undefined;
  const name = collapseSpace(review.critic.name);
  return review.critic.credited ? name : `${name} (Not Credited)`;
}

/** One review of a review list: its names, `Top Critic`, mark, date, quote and tail. */
function reviewBlock(review: Review): string[] {
  const lines: string[] = [];
  const critic = criticName(review);
  if (review.publication !== null) lines.push(collapseSpace(review.publication));
  if (critic !== undefined) lines.push(critic);
  if (review.topCritic === true) lines.push('Top Critic');
  if (review.mark !== null) lines.push(collapseSpace(review.mark));
  else if (review.score !== null) lines.push(`${review.score} / 100`);
  lines.push(printedDate(review.date ?? ''));
  const excerpt = collapseSpace(review.excerpt);
  // A review with no quote is written as a video review, which prints none.
  if (excerpt === '') return [...lines, 'undefined video thumbnail'];
  return [...lines, '', excerpt, '', 'Read full review', ''];
}

/**
 * Writes an OpenCritic page (`source: 'opencritic'`) back as text in its
 * layout, so that `parse` with the OpenCritic site reads it to the same facts.
 *
 * - A page whose every review has a date is written as a review list
 *   (oc-reviews): `<Title> Reviews`, the percentile sentence (which says the
 *   media: games), then per review `[<Outlet>]` / `[<Critic>]` / `[Top
 *   Critic]` / `[<mark>]` / `<Mon D, YYYY>` / blank / `<quote>` / blank /
 *   `Read full review`; a review without a quote as a video review
 *   (`undefined video thumbnail`). A score with no printed mark is written
 *   `<score> / 100`, which reads back as that mark.
 * - Otherwise it is written as a game page (oc-game-main): `<Title>`, the
 *   `Top Critic Average` and `Critics Recommend` labels (with their figures
 *   from `details` where the page had them), `Critic Reviews for <Title>`,
 *   then one quote a line.
 *
 * Lines end with LF, and the text ends with one; texts are written
 * whitespace-normalised, as the parser reads them.
 *
 * @param page - A parsed page, as the OpenCritic site gives it.
 * @returns The page's text in its layout.
 * @throws TypeError when `page` is not a parsed page.
 *
 * @example
 * ```ts
 * import { parse } from 'critic-consensus';
 * import { ALL_SITES } from 'critic-consensus/sites';
 *
 * const { page } = parse('Hades Reviews\n\nIGN\nTop Critic\n9 / 10\nSep 17, 2020\n\nSuperb.\n\nRead full review\n', { sites: ALL_SITES });
 * formatOpenCriticPage(page);
 * //=> 'Hades Reviews\n\nIGN\nTop Critic\n9 / 10\nSep 17, 2020\n\nSuperb.\n\nRead full review\n'
 * ```
 */
export function formatOpenCriticPage(page: Page): string {
  checkPage(FN, page);
  const title = page.title === null ? null : collapseSpace(page.title);
  const detail = (label: string): string | undefined => page.details.find((item) => item.label === label)?.value;
  const lines: string[] = [];
  if (page.reviews.every((review) => review.date !== null)) {
    if (title !== null) lines.push(`${title} Reviews`, '');
    if (page.percentile !== null) lines.push(`${title ?? 'This game'} is ranked in the ${ordinal(page.percentile)} percentile of games scored on OpenCritic.`);
    for (const review of page.reviews) lines.push(...reviewBlock(review));
  } else {
    if (title !== null) lines.push(title, '');
    if (page.percentile !== null) lines.push(`${title ?? 'This game'} is ranked in the ${ordinal(page.percentile)} percentile of games scored on OpenCritic.`);
    for (const label of ['Top Critic Average', 'Critics Recommend']) {
      const figure = detail(label);
      lines.push(label, ...(figure === undefined ? [] : [figure]));
    }
    lines.push(`Critic Reviews for ${title ?? 'this game'}`);
    for (const review of page.reviews) lines.push(collapseSpace(review.excerpt));
  }
  while (lines.at(-1) === '') lines.pop();
  return `${lines.join('\n')}\n`;
}
