/**
 * A title page being read by a site other than the current metacritic.com
 * one, and the step that turns it into a {@link Page}: what the sites of
 * metacritic.com's other eras share (each site's readers fill the draft; this
 * file knows the page's shape once).
 *
 * @module
 */
import type { Diagnostic } from '../../types/diagnostic.js';
import type { Critic, Distribution, MediaType, Page, PageDetail, Review, UserReview } from '../../types/page.js';
import { stripWidgetTail } from './metacritic/recognise.js';
import type { Span } from '../../types/source.js';
import { furnishCopiedDetails, type SiteResult } from '../site.js';
import type { Report, TokenList } from '../engine/index.js';
import { clip, collapse, endsWithoutLineBreak } from '../text/strings.js';

/** A single-line fact of the page, with where it was read. */
export interface Placed<T> {
  readonly value: T;
  readonly span: Span;
}

/** What a site's readers have learnt of a title page so far. */
export interface PageDraft {
  media: MediaType | null;
  title: Placed<string> | undefined;
  metascore: Placed<number | null> | undefined;
  verdict: Placed<string> | undefined;
  criticCount: Placed<number> | undefined;
  distribution: { positive: number | null; mixed: number | null; negative: number | null; spans: Span[] } | undefined;
  readonly reviews: Review[];
  users:
    | {
        score: number | null;
        ratingCount: number | null;
        /** The users' verdict label, where the page prints one (`Universal acclaim based on 1,234 Ratings`). */
        verdict?: string;
        /** The users' distribution, where the page prints one: a class not printed is null. */
        distribution?: { positive: number | null; mixed: number | null; negative: number | null };
        readonly reviews: UserReview[];
        spans: Span[];
      }
    | undefined;
  readonly details: PageDetail[];
  /** How many details the page held when a second copy of it began (two pages joined in one text), if one did. */
  copyFrom: number | undefined;
}

/** A draft with nothing read yet. */
export function emptyDraft(): PageDraft {
  return {
    media: null,
    title: undefined,
    metascore: undefined,
    verdict: undefined,
    criticCount: undefined,
    distribution: undefined,
    reviews: [],
    users: undefined,
    details: [],
    copyFrom: undefined,
  };
}

/**
 * A second copy of the page begins here (two pages joined in one text, as a person copies a
 * title's critic and user tabs): its details that repeat one of the first copy's are furniture
 * ({@link furnishCopiedDetails}).
 *
 * @example
 * ```ts
 * // The second `... | Release Date: May 28, 1958 USER SCORE DISTRIBUTION` of a joined page:
 * openCopy(state.draft);
 * ```
 */
export function openCopy(draft: PageDraft): void {
  draft.copyFrom ??= draft.details.length;
}

/** The span from the first of `spans` to the last (they are in document order). */
function around(spans: readonly Span[]): Span {
  return { start: (spans[0] as Span).start, end: (spans[spans.length - 1] as Span).end };
}

/** True when the draft holds any part of a review page. */
export function hasContent(draft: PageDraft): boolean {
  return (
    draft.metascore !== undefined ||
    draft.verdict !== undefined ||
    draft.criticCount !== undefined ||
    draft.distribution !== undefined ||
    draft.reviews.length > 0 ||
    draft.users !== undefined
  );
}

/**
 * The distribution a draft's counts give: a label whose number the page lost (cut after
 * "Positive:") leaves its count null; with no count at all, no distribution.
 */
function countedDistribution(counts: Distribution | undefined): Distribution | null {
  if (counts === undefined || (counts.positive === null && counts.mixed === null && counts.negative === null)) return null;
  return { positive: counts.positive, mixed: counts.mixed, negative: counts.negative };
}

/** The page of `draft` (the caller's `media` where the page says none), with the report's diagnostics and furniture. */
export function finishDraft(draft: PageDraft, report: Report, media: MediaType | undefined): SiteResult {
  const { distribution, users } = draft;
  furnishCopiedDetails(draft.details, draft.copyFrom, report);
  const critics = countedDistribution(distribution);
  const page: Page = {
    kind: 'film',
    source: 'metacritic',
    media: draft.media ?? media ?? null,
    title: draft.title?.value ?? null,
    metascore: draft.metascore?.value ?? null,
    verdict: draft.verdict?.value ?? null,
    criticCount: draft.criticCount?.value ?? null,
    distribution: critics,
    reviews: draft.reviews,
    tomatometer: null,
    topCriticCount: null,
    consensus: null,
    percentile: null,
    users: users
      ? {
          verdict: users.verdict ?? null,
          ratingCount: users.ratingCount,
          score: users.score,
          distribution: countedDistribution(users.distribution),
          reviews: users.reviews,
          span: around(users.spans),
        }
      : null,
    details: draft.details,
    profile: null,
    spans: {
      title: draft.title?.span ?? null,
      metascore: draft.metascore?.span ?? null,
      verdict: (draft.verdict ?? draft.criticCount)?.span ?? null,
      distribution: distribution ? around(distribution.spans) : null,
    },
  };
  reportCutName(page, report);
  const diagnostics: Diagnostic[] = report.sortedDiagnostics();
  return { page, diagnostics, furniture: report.furniture };
}

/** Reports a text with no part of a review page, over its lines from the first non-blank one to the last (a refiner every such site runs last). */
export function reportIfNoPage<V>(draft: PageDraft, report: Report, tokens: TokenList<V>): void {
  if (hasContent(draft)) return;
  const first = tokens.nextNonBlank(0);
  if (first < tokens.count)
    report.reportLine(
      'not-a-review-page',
      'The text has no verdict, distribution, review or profile of a review page.',
      first,
      tokens.previousNonBlank(tokens.count - 1),
    );
}

/**
 * A review's score from its bare number on line `line`: the number when it is
 * on the 0-100 scale; otherwise null, with a `score-out-of-range` warning.
 */
export function scoreOn(report: Report, value: number, line: number): number | null {
  if (value <= 100) return value;
  report.reportLine('score-out-of-range', `The score ${value} is outside 0-100; it is not read as the review's score.`, line);
  return null;
}

/**
 * True when `cut` (the line at `line` may be cut short) holds and that line is the page's last,
 * with no line break after it; it is then reported as `truncated-line`, and is not to be read.
 *
 * @example
 * ```ts
 * // On a page that ends "...\n9": the score may be 9 or 90 to 99.
 * if (isCutLine(tokens, report, tokens.count - 1, true)) return tokens.count;
 * ```
 */
export function isCutLine<V>(tokens: TokenList<V>, report: Report, line: number, cut: boolean): boolean {
  if (!cut || line < tokens.count - 1 || !endsWithoutLineBreak(tokens.lines.input)) return false;
  report.reportLine('truncated-line', `The page ends inside a line: "${tokens.text(line)}" may be cut short, and is not read.`, line);
  return true;
}

/**
 * {@link isCutLine} of a bare score `value` on line `line`: one that could go on (1 to 10, the `9`
 * of a `90`; no score goes on after a 0).
 *
 * @example
 * ```ts
 * if (isCutScore(tokens, report, 9, tokens.count - 1)) return tokens.count;
 * ```
 */
export function isCutScore<V>(tokens: TokenList<V>, report: Report, value: number, line: number): boolean {
  return isCutLine(tokens, report, line, value > 0 && value <= 10);
}

/**
 * Reports the page's last line `truncated-line` when the text ends inside it (no line break after
 * it) and its review's names were read from it: the critic or publication may be cut short
 * (`Reviewed by: Daniel D`, `VultureKathryn Van`). The reading is kept, and named in the message. A
 * name closed by its bracket (`Staff (Not Credited)`) is whole.
 *
 * @example
 * ```ts
 * reportCutName(page, report); // on a page ending "  2. Reviewed by: Daniel D"
 * //=> a truncated-line warning: ... read as critic "Daniel D"
 * ```
 */
export function reportCutName(page: Page, report: Report): void {
  const { lines } = report;
  const line = lines.previousNonBlank(lines.count - 1);
  if (line < 0 || !endsWithoutLineBreak(lines.input)) return;
  const text = collapse(lines.text(line));
  const review = page.reviews.at(-1);
  if (review === undefined || review.span.end.offset <= (lines.starts[line] as number)) return;
  const read = Object.entries({ publication: review.publication, critic: review.critic?.raw ?? null }).filter(
    (entry): entry is [string, string] => entry[1] !== null && text.includes(entry[1]),
  );
  if (read.some(([, name]) => text.endsWith(name) && !/[)\]]$/u.test(name)))
    report.reportLine(
      'truncated-line',
      `The page ends inside a line: "${clip(text)}" may be cut short; read as ${read.map(([field, name]) => `${field} "${name}"`).join(', ')}.`,
      line,
    );
}

/** What a site of another era reads of one review: the rest is what such pages never print. */
export interface ReviewRead {
  readonly critic: Critic | null;
  readonly publication: string | null;
  readonly score: number | null;
  /** The excerpt as printed, or `''` when there is none. */
  readonly text: string;
  readonly span: Span;
}

/**
 * Adds a review to the draft, its excerpt whitespace-normalised and without a
 * widget tail; a review with no excerpt (a page cut after its score) is
 * reported as `review-without-text`.
 */
export function addReview(draft: PageDraft, report: Report, { critic, publication, score, text, span }: ReviewRead): void {
  const excerpt = stripWidgetTail(text.replace(/\s+/gu, ' ').trim());
  if (excerpt === '') report.report('review-without-text', 'A review has no excerpt, as at the cut-off end of a truncated page.', span);
  draft.reviews.push({
    index: null,
    critic,
    publication,
    score,
    mark: null,
    freshness: null,
    topCritic: null,
    date: null,
    dateText: null,
    metascore: null,
    excerpt,
    span,
  });
}
