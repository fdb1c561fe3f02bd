/**
 * The command's readable summary of a page: plain text, no I/O.
 */
import type { AggregateResult } from '../aggregate/index.js';
import type { ProfileSummary } from '../stats/index.js';
import type { Diagnostic } from '../types/diagnostic.js';
import type { Distribution, Page } from '../types/page.js';
import { escapeControls } from '../formats/controls.js';
import { writeOcRows } from './summary-oc.js';
import { writeRtCriticRows, writeRtReviewRows } from './summary-rt.js';

const BAR_WIDTH = 30;
const LABEL_WIDTH = 17;

/** `file:line:column: severity code message`, the form editors and CI read; control characters escaped. */
export function formatDiagnostic(file: string, diagnostic: Diagnostic): string {
  const { line, column } = diagnostic.span.start;
  return escapeControls(`${file}:${line}:${column}: ${diagnostic.severity} ${diagnostic.code} ${diagnostic.message}`);
}

/** What the summary adds when the page or the options call for it. */
export interface SummaryExtras {
  /** A profile page's statistics recomputed from its listed reviews. */
  readonly profileStats?: ProfileSummary | undefined;
  /** A scoring profile's one-line verdict (--profile). */
  readonly scoring?: string | undefined;
}

/** The summary of one page, one fact a line, ending with a newline; control characters in the page's text escaped (`\x1b`). */
export function formatSummary(file: string, page: Page, summary: AggregateResult, diagnostics: readonly Diagnostic[], extras: SummaryExtras = {}): string {
  const rows: [string, string][] = [];
  const row = (label: string, value: string): void => {
    rows.push([label, value]);
  };
  row('kind', [page.kind === 'film' ? 'title page' : `${page.kind} profile`, page.media, page.title].filter(Boolean).join(', '));
  if (page.kind === 'film' && page.source === 'rottentomatoes') {
    const writeRows = (write: typeof row): void => {
      writeRtCriticRows(page, summary, write, bar);
      write('reviews', `${summary.count} listed${page.criticCount === null ? '' : ` of ${page.criticCount}`}, ${summary.scoredCount} with a mark`);
      writeRtReviewRows(page, summary, write);
    };
    return formatSourceSummary(file, 'Rotten Tomatoes', writeRows, diagnostics, rows, extras);
  }
  if (page.kind === 'film' && page.source === 'opencritic') {
    return formatSourceSummary(
      file,
      'OpenCritic',
      (write) => {
        writeOcRows(page, summary, write);
      },
      diagnostics,
      rows,
      extras,
    );
  }
  if (page.kind === 'film') {
    row('verdict', page.verdict === null ? 'none printed' : `${page.verdict}, ${basedOn(page.criticCount, 'critic')}`);
    if (page.metascore !== null) row('metascore', `${page.metascore} as printed`);
  } else {
    const profile = page.profile;
    row('profile', `${profile.name ?? 'name not printed'}: ${count(profile.reviewsGraded)} reviews graded`);
    if (profile.percentHigher !== null || profile.percentSame !== null || profile.percentLower !== null) {
      row('vs average', `${count(profile.percentHigher)}% higher, ${count(profile.percentSame)}% same, ${count(profile.percentLower)}% lower`);
    }
    if (profile.pointsVsAverage !== null) row('points', `${signed(profile.pointsVsAverage)} points against other critics`);
    if (profile.averageScore !== null) row('average', String(profile.averageScore));
    if (profile.highest) row('highest', `${profile.highest.score} ${profile.highest.title}`);
    if (profile.lowest) row('lowest', `${profile.lowest.score} ${profile.lowest.title}`);
  }

  const consistency = summary.consistency;
  const printed = page.kind === 'film' ? page.distribution : page.profile.distribution;
  if (printed) {
    const inferred = page.kind === 'film' ? consistency?.inferredDistribution : undefined;
    const full: Distribution = inferred ?? printed;
    const total = page.kind === 'film' && page.criticCount !== null ? page.criticCount : sum(full);
    const lines = (['positive', 'mixed', 'negative'] as const).map((sentiment) => {
      const value = full[sentiment];
      const note = value === null ? 'not printed' : inferred?.inferred.includes(sentiment) ? `${value} (inferred)` : String(value);
      return `${sentiment.padEnd(8)} ${bar(value ?? 0, total)} ${note}`;
    });
    lines.forEach((line, index) => {
      row(index === 0 ? 'distribution' : '', line);
    });
  }
  const declared = page.kind === 'film' ? page.criticCount : page.profile.listedCount;
  row('reviews', `${summary.count} listed${declared === null ? '' : ` of ${declared}`}, ${summary.scoredCount} scored`);
  if (summary.mean !== undefined) {
    row(
      'scores',
      `mean ${decimal(summary.mean)}, median ${decimal(summary.median)}, min ${decimal(summary.min)}, max ${decimal(summary.max)}, sd ${decimal(summary.standardDeviation)}`,
    );
    row('positive', `${decimal(summary.percentPositive)}% of scored reviews`);
  }
  if (page.kind === 'film') row('listed verdict', summary.verdict === 'tbd' ? `tbd (${summary.scoredCount} scored, too few for a verdict)` : summary.verdict);
  if (consistency && page.kind === 'film') {
    const interval = consistency.metascoreInterval;
    row(
      'metascore range',
      interval === undefined
        ? 'unknown'
        : `${interval.min} to ${interval.max} (${interval.sources.map((source) => `${source.source} ${source.min}-${source.max}`).join(', ')})${interval.contradictory ? ', sources disagree' : ''}`,
    );
    if (consistency.discrepancies.length === 0) row('discrepancies', 'none');
    consistency.discrepancies.forEach((discrepancy, index) => {
      row(index === 0 ? 'discrepancies' : '', `${discrepancy.code}: ${discrepancy.message}`);
    });
  }
  const versus = extras.profileStats?.vsMetascore;
  if (versus?.percentHigher !== undefined) {
    row(
      'listed vs meta',
      `${versus.percentHigher}% higher, ${versus.percentSame ?? 0}% same, ${versus.percentLower ?? 0}% lower, ${signed(versus.pointsVsAverage ?? 0)} points (${versus.comparedCount} of ${versus.reviewCount} listed reviews compared)`,
    );
  }
  extras.profileStats?.contradictions.forEach((contradiction, index) => {
    row(index === 0 ? 'contradictions' : '', `${contradiction.code}: ${contradiction.message}`);
  });
  if (extras.scoring !== undefined) row('scoring', extras.scoring);
  if (page.users) {
    const users = page.users;
    row('user verdict', users.verdict === null ? 'none printed' : `${users.verdict}, ${basedOn(users.ratingCount, 'rating')}`);
    if (users.score !== null) row('user score', `${users.score} of 10`);
    row('user reviews', String(users.reviews.length));
  }
  return finishSummary(file, rows, diagnostics);
}

/** The summary of a text that is no review page (empty, HTML, none of a page's parts): its name and the count of its diagnostics, which say why. */
export function formatNoPageSummary(file: string, diagnostics: readonly Diagnostic[]): string {
  return finishSummary(file, [], diagnostics);
}

/** The diagnostics line, and the rows as text. */
function finishSummary(file: string, rows: [string, string][], diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  rows.push(['diagnostics', diagnostics.length === 0 ? 'none' : `${diagnostics.length} (${errors} error${errors === 1 ? '' : 's'}), below`]);
  return `${escapeControls(file)}\n${rows.map(([label, value]) => `  ${label.padEnd(LABEL_WIDTH)}${escapeControls(value)}`.trimEnd()).join('\n')}\n`;
}

/** The summary of a page whose figures another site shows: its source, the lines `writeRows` gives where a Metacritic page has its verdict's, the scoring line and the diagnostics. */
function formatSourceSummary(
  file: string,
  source: string,
  writeRows: (row: (label: string, value: string) => void) => void,
  diagnostics: readonly Diagnostic[],
  rows: [string, string][],
  extras: SummaryExtras,
): string {
  const row = (label: string, value: string): void => {
    rows.push([label, value]);
  };
  row('source', source);
  writeRows(row);
  if (extras.scoring !== undefined) row('scoring', extras.scoring);
  return finishSummary(file, rows, diagnostics);
}

function bar(value: number, total: number): string {
  const filled = total > 0 ? Math.round((Math.min(value, total) / total) * BAR_WIDTH) : 0;
  return `${'█'.repeat(filled)}${'·'.repeat(BAR_WIDTH - filled)}`;
}

function sum(distribution: Distribution): number {
  return (distribution.positive ?? 0) + (distribution.mixed ?? 0) + (distribution.negative ?? 0);
}

/** "based on 11 critics", "based on 1 critic", or "no critic count printed" for a verdict printed without its count. */
function basedOn(value: number | null, noun: string): string {
  return value === null ? `no ${noun} count printed` : `based on ${value} ${noun}${value === 1 ? '' : 's'}`;
}

function count(value: number | null): string {
  return value === null ? '?' : String(value);
}

function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}

/** A figure for people: at most one decimal. */
function decimal(value: number | undefined): string {
  return value === undefined ? '-' : String(Math.round(value * 10) / 10);
}
