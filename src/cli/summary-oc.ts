/**
 * The summary's lines for an OpenCritic page (`source` "opencritic"): its
 * percentile, the counts of its listed reviews (top critics, scored, word
 * marks, unscored), and what the listed reviews give by the OpenCritic
 * profile (`summarizeOpenCritic`), as a sample of the game's reviews: their
 * Top Critic Average and share recommending, each beside the figure the page
 * prints (a game page's `Top Critic Average` and `Critics Recommend`).
 */
import type { AggregateResult } from '../aggregate/index.js';
import { ordinal } from '../formats/layouts/opencritic.js';
import { summarizeOpenCritic } from '../scoring/index.js';
import type { Film } from '../types/page.js';
import type { SummaryRow } from './summary-rt.js';

/** A printed figure the page keeps as a detail (`Top Critic Average` / `95`), or `undefined`. */
function printedFigure(page: Film, label: string): string | undefined {
  return page.details.find((detail) => detail.label === label)?.value;
}

/** The lines of an OpenCritic page, in the summary's place for a verdict and the reviews. */
export function writeOcRows(page: Film, summary: AggregateResult, row: SummaryRow): void {
  if (page.percentile !== null) row('percentile', `${ordinal(page.percentile)} percentile of games scored on OpenCritic, as printed`);
  // The figures a game page prints, beside those its listed reviews give.
  const printedAverage = printedFigure(page, 'Top Critic Average');
  const printedShare = printedFigure(page, 'Critics Recommend');
  const asPrinted = (figure: string | undefined): string => (figure === undefined ? '' : `; ${figure} as printed`);

  const sample = summarizeOpenCritic(page);
  const marked = page.reviews.filter((review) => review.mark !== null);
  const words = marked.filter((review) => review.score === null).length;
  const unscored = page.reviews.length - summary.scoredCount - words;
  row(
    'reviews',
    `${sample.listed} listed, ${sample.topCritics} top critic${sample.topCritics === 1 ? '' : 's'}; ${summary.scoredCount} scored, ${words} with a word mark, ${unscored} unscored`,
  );

  const top = sample.topCriticAverage.figures;
  const all = sample.allCritics.figures;
  row(
    'top critic avg',
    top.averageOf === 'top-critics' && top.score !== undefined
      ? `${top.score} from the listed (${top.scored} scored top-critic review${top.scored === 1 ? '' : 's'})${asPrinted(printedAverage)}`
      : `none from the listed (no scored top-critic review)${asPrinted(printedAverage)}`,
  );
  if (all.score !== undefined) row('all critics avg', `${all.score} (${all.scored} scored review${all.scored === 1 ? '' : 's'})`);
  const share = sample.recommended;
  row(
    'recommended',
    share === undefined
      ? `no listed review judged recommending or not${asPrinted(printedShare)}`
      : `${top.recommended} of ${top.judged} judged (${percent(share.estimate)}; Wilson interval, z = ${share.z}: ${percent(share.lower)}-${percent(share.upper)})${asPrinted(printedShare)}`,
  );
  row('sample', `the ${sample.listed} review${sample.listed === 1 ? '' : 's'} listed on this page, a sample of the game's`);

  const consistency = summary.consistency;
  if (consistency) {
    if (consistency.discrepancies.length === 0) row('discrepancies', 'none');
    consistency.discrepancies.forEach((discrepancy, index) => {
      row(index === 0 ? 'discrepancies' : '', `${discrepancy.code}: ${discrepancy.message}`);
    });
  }
}

/** A share 0-1 as a percentage with one decimal. */
function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}
