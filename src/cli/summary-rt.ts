/**
 * The summary's lines for a Rotten Tomatoes page (`source`
 * "rottentomatoes"): the Tomatometer as printed and from the counts, the
 * consensus, the Fresh and Rotten counts, the listed reviews' freshness, the
 * Fresh counts a printed Tomatometer allows, and the audience block.
 */
import type { AggregateResult } from '../aggregate/index.js';
import type { Film } from '../types/page.js';

/** Adds one labelled line of the summary. */
export type SummaryRow = (label: string, value: string) => void;

/** The lines about an RT page's critics, in the summary's place for a verdict. */
export function writeRtCriticRows(page: Film, summary: AggregateResult, row: SummaryRow, bar: (value: number, total: number) => string): void {
  const report = summary.consistency?.tomatometer;
  const based = page.criticCount === null ? '' : `, based on ${page.criticCount} critics`;
  row('tomatometer', page.tomatometer === null ? `none printed${based}` : `${page.tomatometer}% as printed${based}`);
  if (report?.fromCounts !== undefined)
    row('from counts', `${decimal(report.fromCounts)}% (${report.fresh ?? 0} fresh of ${(report.fresh ?? 0) + (report.rotten ?? 0)})`);
  if (report?.freshInterval)
    row('fresh allowed', `${report.freshInterval.min} to ${report.freshInterval.max} fresh of ${page.criticCount ?? '?'} give ${page.tomatometer ?? '?'}%`);
  if (page.topCriticCount !== null) row('top critics', String(page.topCriticCount));
  if (page.consensus !== null) row('consensus', page.consensus);
  if (page.metascore !== null) row('metascore', `${page.metascore} as printed`);
  if (report && (report.fresh !== null || report.rotten !== null)) {
    const total = page.criticCount ?? (report.fresh ?? 0) + (report.rotten ?? 0);
    (['fresh', 'rotten'] as const).forEach((name, index) => {
      const value = report[name];
      const note = value === null ? 'not printed' : report.inferred.includes(name) ? `${value} (inferred)` : String(value);
      row(index === 0 ? 'distribution' : '', `${name.padEnd(8)} ${bar(value ?? 0, total)} ${note}`);
    });
  }
}

/** The lines about an RT page's listed reviews and audience, after the review count. */
export function writeRtReviewRows(page: Film, summary: AggregateResult, row: SummaryRow): void {
  const sample = summary.consistency?.tomatometer?.sample;
  if (sample) row('freshness', `${sample.fresh} fresh, ${sample.rotten} rotten of the listed (${decimal(sample.percent)}% fresh)`);
  const consistency = summary.consistency;
  if (consistency) {
    if (consistency.discrepancies.length === 0) row('discrepancies', 'none');
    consistency.discrepancies.forEach((discrepancy, index) => {
      row(index === 0 ? 'discrepancies' : '', `${discrepancy.code}: ${discrepancy.message}`);
    });
  }
  if (page.users) {
    const { score, ratingCount } = page.users;
    row('audience', `${score === null ? 'score not printed' : `${score}%`}${ratingCount === null ? '' : `, ${ratingCount} ratings`}`);
  }
}

/** A figure for people: at most one decimal. */
function decimal(value: number): string {
  return String(Math.round(value * 10) / 10);
}
