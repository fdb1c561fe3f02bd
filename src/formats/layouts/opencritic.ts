/**
 * An OpenCritic page written back in one of OpenCritic's layouts, so that
 * parsing the text with the OpenCritic site (`critic-consensus/sites`) gives
 * the same facts.
 *
 * @module
 */
import type { Film, Review } from '../../types/page.js';
import { collapseSpace } from '../check.js';
import { checkWhole, printedCritic, printedDate } from '../print.js';

/** `100th`, `1st`, `22nd`, `13th`: a percentile with its ordinal suffix. */
export function ordinal(value: number): string {
  const tens = value % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][value % 10] ?? 'th');
  return `${value}${suffix}`;
}

/** One review of a review list: its names, `Top Critic`, mark, date, quote and tail. */
function reviewBlock(review: Review, path: string): string[] {
  const lines: string[] = [];
  const critic = printedCritic(review);
  if (review.publication !== null) lines.push(collapseSpace(review.publication));
  if (critic !== undefined) lines.push(critic);
  if (review.topCritic === true) lines.push('Top Critic');
  if (review.mark !== null) lines.push(collapseSpace(review.mark));
  else if (review.score !== null) lines.push(`${checkWhole(review.score, 0, 100, `${path}.score`)} / 100`);
  const date = printedDate(review.date, review.dateText, `${path}.date`);
  if (date !== null) lines.push(date);
  const excerpt = collapseSpace(review.excerpt);
  // A review with no quote is written as a video review, which prints none.
  if (excerpt === '') return [...lines, 'undefined video thumbnail'];
  return [...lines, '', excerpt, '', 'Read full review', ''];
}

/** The labels of the figures under the percentile, each over its figure. */
const FIGURES: readonly string[] = ['Top Critic Average', 'Critics Recommend'];

/** True when a review prints a date line, which every review of a review list has. */
function isDated(review: Review): boolean {
  return review.date !== null || review.dateText !== null;
}

/**
 * Writes an OpenCritic page (`source` "opencritic") back as text in one of
 * OpenCritic's layouts, chosen by what the page holds, so that `parse` with
 * `ALL_SITES` reads it to the same facts:
 * - a page whose every review has a date is written as a review list
 *   (oc-reviews): `<Title> Reviews`, the percentile sentence, `Top Critic
 *   Average` / `95`, `Critics Recommend` / `96%`, the tier (`Mighty`) and the
 *   game's facts (`Developer: FromSoftware`), each from `details` where the
 *   page had it and in its order, then per review
 *   `[<Outlet>]` / `[<Critic>]` / `[Top Critic]` / `[<mark>]` / `<Mon D,
 *   YYYY>` / blank / `<quote>` / blank / `Read full review`; a review without
 *   a quote as a video review (`undefined video thumbnail`). A score with no
 *   printed mark is written `<score> / 100`, which reads back as that mark;
 * - otherwise as a game page (oc-game-main): `<Title>`, the percentile
 *   sentence, the `Top Critic Average` and `Critics Recommend` labels (with
 *   their figures and the tier from `details` where the page had them, in its
 *   order), `Critic Reviews
 *   for <Title>`, then one quote a line (the layout prints nothing else of a
 *   review).
 *
 * Lines end with LF, and the text ends with one; texts are written
 * whitespace-normalised, as the parser reads them.
 */
export function formatOpenCriticPage(page: Film): string {
  const title = page.title === null ? null : collapseSpace(page.title);
  const lines: string[] = [];
  const list = page.reviews.every(isDated);
  if (title !== null) lines.push(list ? `${title} Reviews` : title, '');
  if (page.percentile !== null) {
    lines.push(
      `${title ?? 'This game'} is ranked in the ${ordinal(checkWhole(page.percentile, 0, 100, 'percentile'))} percentile of games scored on OpenCritic.`,
    );
  }
  // Under the percentile, the figures with their labels and the OpenCritic Rating's tier ("Mighty"), in the page's order.
  for (const detail of page.details) {
    if (detail.label === 'OpenCritic Rating') lines.push(collapseSpace(detail.value));
    else if (FIGURES.includes(detail.label)) lines.push(detail.label, collapseSpace(detail.value));
    // The game's facts over its reviews ("Platforms", "Release Date", "Developer"), one `<Label>: <value>` line each.
    else if (detail.label !== 'Percentile') lines.push(`${detail.label}: ${collapseSpace(detail.value)}`);
  }
  if (list) {
    page.reviews.forEach((review, at) => lines.push(...reviewBlock(review, `reviews[${at}]`)));
  } else {
    // A game page prints the figures' labels even where their figures did not survive.
    for (const label of FIGURES) if (!page.details.some((detail) => detail.label === label)) lines.push(label);
    lines.push(`Critic Reviews for ${title ?? 'this game'}`);
    for (const review of page.reviews) lines.push(collapseSpace(review.excerpt));
  }
  while (lines.at(-1) === '') lines.pop();
  return `${lines.join('\n')}\n`;
}
