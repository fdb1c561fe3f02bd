import type { Span } from './source.js';

/**
 * How much a diagnostic matters.
 *
 * - `error`: the input is not a review page the library can read, or a part of
 *   it is unusable; `parseStrict` throws and the command's `--strict` exits 1.
 * - `warning`: something was read but doubtful, or a line could not be placed;
 *   the text is kept in the diagnostic so nothing is lost.
 * - `info`: a fact worth knowing that needs no action.
 *
 * @example
 * ```ts
 * const severity: Severity = 'warning';
 * ```
 */
export type Severity = 'error' | 'warning' | 'info';

/**
 * A finding about the input, with the place it concerns.
 *
 * Codes are stable kebab-case identifiers from one catalogue
 * ({@link DIAGNOSTIC_CODES}); a code never changes meaning once released.
 * Messages are one sentence without the position, which `span` carries.
 *
 * @example
 * ```ts
 * const { diagnostics } = parse('Hello\n');
 * diagnostics[0];
 * //=> { code: 'not-a-review-page', severity: 'error',
 * //     message: 'The text has no verdict, distribution, review or profile of a review page.',
 * //     span: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 6, offset: 5 } } }
 * ```
 */
export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
}

/**
 * A diagnostic's stable code: one of the keys of {@link DIAGNOSTIC_CODES}.
 *
 * @example
 * ```ts
 * const code: DiagnosticCode = 'invalid-date';
 * ```
 */
export type DiagnosticCode =
  | 'empty-input'
  | 'not-a-review-page'
  | 'unrecognised-line'
  | 'repeated-block'
  | 'unknown-verdict'
  | 'invalid-date'
  | 'score-out-of-range'
  | 'distribution-total-mismatch'
  | 'review-without-text'
  | 'truncated-line'
  | 'count-out-of-range'
  | 'unsplit-glued-text'
  | 'not-utf-8'
  | 'html-input'
  | 'copied-boundary-open'
  | 'copied-number-open'
  | 'copied-index-open'
  | 'glued-text'
  | 'critic-count-mismatch'
  | 'critics-or-users';

/**
 * What the catalogue says of a diagnostic code: the severity it is always
 * reported with, and what it means.
 *
 * @example
 * ```ts
 * const info: DiagnosticCodeInfo = DIAGNOSTIC_CODES['invalid-date'];
 * ```
 */
export interface DiagnosticCodeInfo {
  readonly severity: Severity;
  readonly description: string;
}

/** The codes reported as errors; `review-without-text` is info; every other code is a warning. */
const ERRORS: readonly DiagnosticCode[] = ['empty-input', 'not-a-review-page', 'html-input'];

/**
 * A diagnostic code's severity, which the parser reports it with: the
 * catalogue's, kept apart from its descriptions (for people), so that a
 * bundle of `parse` alone leaves the descriptions out.
 *
 * @internal
 */
export function severityOf(code: DiagnosticCode): Severity {
  return ERRORS.includes(code) ? 'error' : code === 'review-without-text' ? 'info' : 'warning';
}

/** The catalogue, each code's severity with its description. */
function withSeverities(descriptions: Readonly<Record<DiagnosticCode, string>>): Readonly<Record<DiagnosticCode, DiagnosticCodeInfo>> {
  const entries = Object.entries(descriptions).map(([code, description]) => [code, { severity: severityOf(code as DiagnosticCode), description }]);
  return Object.fromEntries(entries) as Record<DiagnosticCode, DiagnosticCodeInfo>;
}

/**
 * Every diagnostic code the parser can report, with its severity and meaning
 * (and `not-utf-8`, which the command reports when it reads bytes that are not
 * UTF-8: the parser takes strings). This is the catalogue: codes are added,
 * never renamed or reused.
 *
 * @example
 * ```ts
 * DIAGNOSTIC_CODES['unrecognised-line'].severity;
 * //=> 'warning'
 * ```
 */
export const DIAGNOSTIC_CODES: Readonly<Record<DiagnosticCode, DiagnosticCodeInfo>> = /* @__PURE__ */ withSeverities({
  'empty-input': 'The input holds no text but whitespace.',
  'not-a-review-page': 'The input has none of the parts of a review page: no verdict line, distribution, review, user block or profile.',
  'unrecognised-line': 'A line fits no part of the page at its place; its text is kept in the message.',
  'repeated-block': 'A part that a page has once (a verdict line, a Metascore, a distribution line, a profile statistic) appears again; the first is kept.',
  'unknown-verdict': 'A verdict line carries a label that is not one of the known verdicts; it is kept as printed.',
  'invalid-date': 'A date line names a day that does not exist, such as Feb 30; the review keeps a null date.',
  'score-out-of-range': 'A bare number where a score belongs is outside the scale (0-100 for critics, 0-10 for users); it is not taken as the score.',
  'distribution-total-mismatch': 'A critic distribution line counts "out of" a total that differs from the critic count or from the other lines.',
  'review-without-text': 'A review has no excerpt, as at the cut-off end of a truncated page.',
  'truncated-line':
    "A truncated page's last line stops inside a part that would read as another; it is not read, and the page is read as if it ended before it. A name read from it is kept, as it may be cut short.",
  'count-out-of-range':
    'A count has more digits than a page ever has (beyond 2^53 - 1, the largest integer a number keeps exactly); the field it belongs to is kept null.',
  'unsplit-glued-text':
    'Names printed with no space between them (a publication glued to a critic, as IMDb prints them: "GameSpaceBrau3er") that the text does not settle how to split; they are kept whole in the field the layout prints first, not split by a guess.',
  'not-utf-8':
    'The bytes read are not valid UTF-8 (nor UTF-16 with a byte-order mark), so they were read as Windows-1252; reported by the command, which reads files, at the first byte that is not UTF-8.',
  'html-input': "The input is HTML (a saved page's source), not a page's text: pass the page's text, as a browser copies it or a crawl's WET file holds it.",
  'copied-boundary-open':
    "Two lines of review text in a row with no list marker between them (as in a copied page): one review in two paragraphs or two reviews; read as two, or as the page's counts say.",
  'copied-number-open':
    "A bare number with no review text under it (as in a copied page): a rating widget's digit or a review's score; read as the message says.",
  'copied-index-open':
    'Reviews numbered in turn under two lines of review text in a row (as in a copied page): the second may be an unnumbered review of the one above; read as the message says.',
  'glued-text':
    'Text printed with no separator between its parts (a critic, a publication, a quote joined by single spaces or by nothing) whose split no case change or known publication settles; the split read is named in the message.',
  'critic-count-mismatch':
    "The page lists more critic reviews than it says it has (its verdict line's `based on N Critics`, or its distribution's total): some of its lines may be read as reviews of their own that are not; the reviews are kept as read.",
  'critics-or-users':
    "A part that a layout prints alike for critics and users (a distribution, a review) comes before any line that says whose it is, or a user review stands among the critics'; read as the message says.",
});
