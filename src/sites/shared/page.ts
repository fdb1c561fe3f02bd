/**
 * What the sites of this folder share in building a page: a review's and a
 * page's fields with the defaults a layout leaves out, and the finishing step
 * that reports an empty text or one with no part of a review page, and sorts
 * the diagnostics (the shape `parse` returns).
 *
 * @module
 */
import type { Report } from '../../parse/engine/index.js';
import type { SiteInput, SiteResult } from '../../parse/site.js';
import { clip, collapse } from '../../parse/text/strings.js';
import type { Critic, DataSource, Film, MediaType, PageDetail, Review, UserBlock } from '../../types/page.js';
import type { Span } from '../../types/source.js';

// The text helpers every site shares: one place, src/parse/text/strings.ts.
export { clip, collapse };

/** A review's facts a layout may leave unprinted, each `null`: a review of the page, or a draft of one, starts with them. */
export const UNPRINTED: Readonly<{ [K in keyof Omit<Review, 'index' | 'metascore' | 'excerpt' | 'span'>]: null }> = {
  critic: null,
  publication: null,
  score: null,
  mark: null,
  freshness: null,
  topCritic: null,
  date: null,
  dateText: null,
};

/** A review's fields, all but the text and span optional (a layout prints what it prints). */
export type ReviewFields = Partial<Omit<Review, 'excerpt' | 'span'>> & Pick<Review, 'excerpt' | 'span'>;

/** A review with `fields` and `null` for every field its layout does not print. */
export function reviewOf(fields: ReviewFields): Review {
  return { index: null, ...UNPRINTED, metascore: null, ...fields };
}

/** `(Not Credited)`, `[Not Credited]`, wherever a byline prints it. */
const NOT_CREDITED = /[[(]not credited[\])]/giu;

/** `Roger Ebert`, `Staff (Not Credited)`, `Staff [Not Credited]`: a critic as printed (runs of spaces as one), uncredited where the byline says so. */
export function criticOf(printed: string): Critic {
  const raw = collapse(printed);
  const name = collapse(raw.replace(NOT_CREDITED, ''));
  return { name, credited: name === raw, raw };
}

/** The page's facts as a site's readers gather them; what is not set stays `null`. */
export interface PageDraft {
  source: DataSource;
  media: MediaType | null;
  title: { readonly text: string; readonly span: Span } | null;
  metascore: { readonly value: number; readonly span: Span } | null;
  verdict: { readonly label: string; readonly span: Span } | null;
  criticCount: number | null;
  percentile: number | null;
  users: UserBlock | null;
  readonly reviews: Review[];
  readonly details: PageDetail[];
}

/** A fresh draft for a page whose figures are `source`'s. */
export function draftOf(source: DataSource): PageDraft {
  return { source, media: null, title: null, metascore: null, verdict: null, criticCount: null, percentile: null, users: null, reviews: [], details: [] };
}

/**
 * The site's result: the page, with the report's diagnostics sorted by
 * offset; an empty text is `empty-input`, and a text with no part of a
 * review page one `not-a-review-page` error over it all (its other
 * diagnostics dropped, as the metacritic site does).
 */
export function finishPage(draft: PageDraft, report: Report, input: SiteInput): SiteResult {
  const { lines } = input;
  const first = lines.nextNonBlank(0);
  const last = lines.previousNonBlank(lines.count - 1);
  const found =
    draft.metascore !== null ||
    draft.verdict !== null ||
    draft.criticCount !== null ||
    draft.reviews.length > 0 ||
    draft.percentile !== null ||
    draft.users !== null;
  if (first >= lines.count || last < 0) {
    report.diagnostics.length = 0;
    report.report('empty-input', 'The input holds no text but whitespace.', { start: lines.pointAt(0), end: lines.pointAt(Number.MAX_SAFE_INTEGER) });
  } else if (!found) {
    report.diagnostics.length = 0;
    report.report('not-a-review-page', 'The text has no verdict, distribution, review or profile of a review page.', lines.span(first, last));
  }
  const page: Film = {
    kind: 'film',
    source: draft.source,
    media: draft.media ?? input.media ?? null,
    title: found ? (draft.title?.text ?? null) : null,
    metascore: draft.metascore?.value ?? null,
    verdict: draft.verdict?.label ?? null,
    criticCount: draft.criticCount,
    distribution: null,
    reviews: draft.reviews,
    tomatometer: null,
    topCriticCount: null,
    consensus: null,
    percentile: draft.percentile,
    users: draft.users,
    details: draft.details,
    profile: null,
    spans: {
      title: found ? (draft.title?.span ?? null) : null,
      metascore: draft.metascore?.span ?? null,
      verdict: draft.verdict?.span ?? null,
      distribution: null,
    },
  };
  return { page, diagnostics: report.sortedDiagnostics(), furniture: report.furniture };
}
