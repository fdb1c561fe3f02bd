/**
 * What "the facts equal the case's, or a warning covers the place where they
 * differ" means for a copied or mutated corpus page (issue 15): for the tests
 * that read the corpus through copies.
 */
import type { Diagnostic, Page, Review, Span, UserReview } from '../../src/index.js';

/** The codes by which a parse says copied text leaves a reading open. */
export const OPEN_CODES: ReadonlySet<string> = new Set(['copied-boundary-open', 'copied-number-open', 'copied-index-open']);

/** The code by which a parse says copied text leaves a review's item number open: the one that covers a review differing in its number alone. */
export const INDEX_OPEN = 'copied-index-open';

/** True when `actual` is the case's `expected` fact; a fact whose real value the page leaves open (`{anyOf}`) is either. */
export function sameFact(expected: unknown, actual: unknown): boolean {
  if (typeof expected === 'object' && expected !== null && Array.isArray((expected as { anyOf?: unknown }).anyOf)) {
    return (expected as { anyOf: unknown[] }).anyOf.some((option) => sameFact(option, actual));
  }
  return JSON.stringify(expected) === JSON.stringify(actual);
}

/** A review's facts as a case lists them, without its excerpt (`metascore` where the case has it). */
export function reviewFacts(review: Review, withMetascore: boolean): Record<string, unknown> {
  const { index, critic, publication, score, date, metascore } = review;
  return { index, critic: critic && { name: critic.name, credited: critic.credited }, publication, score, date, ...(withMetascore ? { metascore } : {}) };
}

/** How a copy or mutation changed what the case's facts are. */
export interface ExpectedChanges {
  /** Item numbers whose `N. ` a copy removed from some line: a review (critic or user) the case numbers so may read as unnumbered. */
  readonly removedNumbers?: ReadonlySet<number>;
  /** Codes that count as saying where the reading differs, besides {@link OPEN_CODES}. */
  readonly coveringCodes?: ReadonlySet<string>;
  /**
   * The lines of each of the case's reviews, critic and user, as the case's own (crawled) text
   * gives them, where the copy keeps the lines where they are: a warning on a review's own lines
   * says where it differs, as one on the review read does. Without them, user reviews must equal
   * the case's.
   */
  readonly places?: { readonly critics: readonly Span[]; readonly users: readonly Span[] };
}

/**
 * The places where `page` differs from the case's facts `expected` and no
 * warning that says so (an open-reading code, or one of `changes.coveringCodes`)
 * overlaps the review concerned: empty when the facts match or every
 * difference is said. A review that differs in its number alone is covered by
 * a warning that its number is open ({@link INDEX_OPEN}) only: one that a
 * boundary is open says where the reviews may differ, not that the numbers
 * under it follow the reading taken. A review read extra is covered by a warning on it; the
 * reviews missing at the end (a review missing before others shifts those
 * after it, which then differ) by a warning at or after the last one read.
 */
export function unsaidDifferences(page: Page, diagnostics: readonly Diagnostic[], expected: Record<string, unknown>, changes: ExpectedChanges = {}): string[] {
  const saying = diagnostics.filter((d) => OPEN_CODES.has(d.code) || changes.coveringCodes?.has(d.code) === true);
  const overlapsOf =
    (said: readonly Diagnostic[]) =>
    (span: Span | undefined): boolean =>
      span !== undefined && said.some((d) => d.span.start.line <= span.end.line && d.span.end.line >= span.start.line);
  const overlaps = overlapsOf(saying);
  const overlapsIndex = overlapsOf(saying.filter((d) => d.code === INDEX_OPEN));
  const covered = (review: { readonly span: Span } | undefined, place?: Span): boolean => overlaps(review?.span) || overlaps(place);
  const indexCovered = (review: { readonly span: Span } | undefined, place?: Span): boolean => overlapsIndex(review?.span) || overlapsIndex(place);
  // The reviews missing at the end of the list would stand after the last one read: a warning there says so.
  const lastRead = page.reviews[page.reviews.length - 1];
  const saidAfterLastReview = saying.some((d) => d.span.end.offset >= (lastRead?.span.start.offset ?? 0));
  const differences: string[] = [];
  for (const key of ['kind', 'metascore', 'verdict', 'criticCount', 'distribution'] as const) {
    if (!sameFact(expected[key], page[key])) differences.push(key);
  }
  const wanted = expected['reviews'] as Record<string, unknown>[];
  const criticFacts = (want: Record<string, unknown>, got: Review): Sameness => {
    const { notes: _, excerpt: __, ...facts } = want;
    const index = facts['index'];
    const unnumbered = typeof index === 'number' && got.index === null && changes.removedNumbers?.has(index) === true;
    const read = reviewFacts(got, 'metascore' in want);
    if (sameFact(unnumbered ? { ...facts, index: null } : facts, read)) return 'same';
    return sameFact({ ...facts, index: read['index'] }, read) ? 'index' : 'other';
  };
  const users = (expected['users'] as { reviews: Record<string, unknown>[] } | null)?.reviews ?? [];
  const read = page.users?.reviews ?? [];
  const userFacts = (want: Record<string, unknown>, got: UserReview): Sameness => {
    // A user review, too, whose `N. ` the copy removed may read as unnumbered.
    const unnumbered = typeof want['index'] === 'number' && got.index === null && changes.removedNumbers?.has(want['index']) === true;
    const read = { user: got.user, date: got.date, score: got.score };
    if (!sameFact({ user: want['user'], date: want['date'], score: want['score'] }, read)) return 'other';
    return sameFact(unnumbered ? null : want['index'], got.index) ? 'same' : 'index';
  };
  if ((expected['users'] === null) !== (page.users === null)) differences.push('users');
  if (changes.places === undefined) {
    differences.push(
      ...differencesInOrder(
        'reviews',
        wanted,
        page.reviews,
        criticFacts,
        { any: (got) => covered(got), index: (got) => indexCovered(got) },
        saidAfterLastReview,
      ),
    );
    // Without the case's places, user reviews must equal the case's.
    differences.push(...differencesInOrder('users.reviews', users, read, userFacts, { any: () => false, index: () => false }, false));
  } else {
    const coverings = { any: covered, index: indexCovered };
    differences.push(...differencesInPlace('reviews', wanted, page.reviews, changes.places.critics, criticFacts, coverings));
    differences.push(...differencesInPlace('users.reviews', users, read, changes.places.users, userFacts, coverings));
  }
  return differences;
}

/** How a review read compares with the case's: the same, differing in its number alone, or in another fact. */
type Sameness = 'same' | 'index' | 'other';

/** What covers a review's difference: any open-reading warning (`any`), and, for one in its number alone, a warning that the number is open (`index`). */
interface Coverings<T> {
  readonly any: (read: T, place?: Span) => boolean;
  readonly index: (read: T, place?: Span) => boolean;
}

/** True when the difference `sameness` of the review `read` (whose case's review's lines are `place`) is covered. */
function coveredAs<T>(sameness: Sameness, coverings: Coverings<T>, read: T, place?: Span): boolean {
  return sameness === 'same' || (sameness === 'index' ? coverings.index(read, place) : coverings.any(read, place));
}

/**
 * The reviews of a list that differ from the case's, compared in order (the `i`th read with the
 * case's `i`th): a review read extra, or one whose facts differ, unless `covered`; one missing, unless
 * `missingSaid` (a warning at or after the last one read says the reviews missing at the end).
 */
function differencesInOrder<T extends { readonly span: Span }>(
  name: string,
  wanted: readonly Record<string, unknown>[],
  got: readonly T[],
  same: (want: Record<string, unknown>, read: T) => Sameness,
  coverings: Coverings<T>,
  missingSaid: boolean,
): string[] {
  const differences: string[] = [];
  for (let i = 0; i < Math.max(wanted.length, got.length); i++) {
    const want = wanted[i];
    const read = got[i];
    if (want === undefined) {
      if (!coverings.any(read as T)) differences.push(`${name}[${i}] extra`);
    } else if (read === undefined) {
      if (!missingSaid) differences.push(`${name}[${i}] missing`);
    } else if (!coveredAs(same(want, read), coverings, read)) differences.push(`${name}[${i}]`);
  }
  return differences;
}

/**
 * The reviews of a list that differ from the case's, where the copy kept every line in its place
 * and `places` gives the lines of each of the case's reviews: each review read is the case's
 * review whose lines hold its first line, so that one review lost, split or read extra is that
 * review's difference alone, not a shift of every review after it. A case's review is missing
 * when no review read starts in its lines, and a review read is extra when it starts in no
 * case's review's lines or in one that an earlier review read starts in (a review split in
 * two); each difference, unless a warning covers the review read or the case's review's lines.
 */
function differencesInPlace<T extends { readonly span: Span }>(
  name: string,
  wanted: readonly Record<string, unknown>[],
  got: readonly T[],
  places: readonly Span[],
  same: (want: Record<string, unknown>, read: T) => Sameness,
  coverings: Coverings<T | undefined>,
): string[] {
  const covered = coverings.any;
  const differences: string[] = [];
  const paired = new Set<number>();
  got.forEach((read, r) => {
    const line = read.span.start.line;
    const i = places.findIndex((place) => place.start.line <= line && place.end.line >= line);
    const want = wanted[i];
    if (i < 0 || want === undefined || paired.has(i)) {
      if (!covered(read, places[i])) differences.push(`${name} read [${r}] extra`);
      return;
    }
    paired.add(i);
    if (!coveredAs(same(want, read), coverings, read, places[i])) differences.push(`${name}[${i}]`);
  });
  wanted.forEach((_, i) => {
    if (!paired.has(i) && !covered(undefined, places[i])) differences.push(`${name}[${i}] missing`);
  });
  return differences;
}

/** A page edited line by line: its lines, and for each the original line it came from (undefined for a line put in). */
export interface EditedLines {
  readonly lines: readonly string[];
  readonly origin: readonly (number | undefined)[];
  /** The original lines the edit dropped, doubled or moved. */
  readonly touched: ReadonlySet<number>;
}

/** A review's place and facts, critic or user, as one reading gives them. */
interface PlacedReview {
  readonly section: 'critic' | 'user';
  /** Its first and last lines (0-based). */
  readonly first: number;
  readonly last: number;
  readonly index: number | null;
  /** Its facts but the index. */
  readonly facts: string;
}

/** The reviews of a page, critic and user, with their places and facts. */
function placedReviews(page: Page): PlacedReview[] {
  const critics = page.reviews.map((review): PlacedReview => {
    const { index: _, ...facts } = reviewFacts(review, true);
    const { index, span } = review;
    return { section: 'critic', first: span.start.line - 1, last: span.end.line - 1, index, facts: JSON.stringify(facts) };
  });
  const users = (page.users?.reviews ?? []).map(
    ({ index, user, date, score, span }): PlacedReview => ({
      section: 'user',
      first: span.start.line - 1,
      last: span.end.line - 1,
      index,
      facts: JSON.stringify({ user, date, score }),
    }),
  );
  return [...critics, ...users];
}

/**
 * The places where the reading of an edited page, `edited` (its page and
 * diagnostics), differs from the reading of the page before the edit,
 * `original` (a corpus case as crawled, which gives the case's facts exactly,
 * with each review's lines), and no warning says so:
 *
 * - "Equal": every review (critic or user) that has none of its lines among
 *   the edit's touched ones is read from the same first line with the same
 *   facts (its number too, but where `removedFrom` says a copy removed the
 *   `N. ` from its first line: then it may read unnumbered or numbered in
 *   turn, which an edit above it shifts). A review next to a touched one may
 *   instead be read from a line of the touched one, and may gain facts it
 *   lacks (the touched one's lines left over, such as a critic's byline over a
 *   review whose number a copy dropped, join it), but keeps each fact it has.
 *   Every review read that starts on a line of no untouched review starts on
 *   a touched line or on a line of a touched review (the edit's own reading:
 *   a doubled excerpt read as one more review). The header's facts (kind,
 *   Metascore, verdict, count, distribution) are the same. Where the edit
 *   touched a line outside every review (a header or section line, which says
 *   whose the reviews under it are), only this is required: every untouched
 *   review's first line still starts a review, in either section, and every
 *   review read starts on a line of one of the case's reviews (dropping the
 *   `• 10` of a rating widget whose other digits stand bare must not make
 *   `9` ... `0` user reviews).
 * - "Covered": a difference that an open-reading warning ({@link OPEN_CODES})
 *   or an `unrecognised-line` overlaps: the lines of the review lost or
 *   changed, or the review read extra; for a review read from its own line
 *   with its own facts but another number, a warning that the number is open
 *   ({@link INDEX_OPEN}).
 *
 * A reading that merges two reviews silently loses one untouched review, or
 * one of its facts, and so shows here.
 */
export function unsaidAfterEdit(
  original: { readonly page: Page },
  edited: { readonly page: Page; readonly diagnostics: readonly Diagnostic[] },
  edit: EditedLines,
  removedFrom: ReadonlySet<number> = new Set(),
): string[] {
  const saying = edited.diagnostics.filter((d) => OPEN_CODES.has(d.code) || d.code === 'unrecognised-line');
  const saidBy =
    (said: readonly Diagnostic[]) =>
    (first: number, last: number): boolean =>
      said.some((d) => d.span.start.line - 1 <= last && d.span.end.line - 1 >= first);
  const said = saidBy(saying);
  const saidIndex = saidBy(saying.filter((d) => d.code === INDEX_OPEN));
  const before = placedReviews(original.page);
  const after = placedReviews(edited.page);
  const touchedReview = (review: PlacedReview): boolean => [...edit.touched].some((line) => line >= review.first && line <= review.last);
  // The new lines of each original line.
  const image = new Map<number, number[]>();
  edit.origin.forEach((from, line) => {
    if (from !== undefined) image.set(from, [...(image.get(from) ?? []), line]);
  });
  const imageOf = (review: PlacedReview): [number, number] => {
    const lines = Array.from({ length: review.last - review.first + 1 }, (_, i) => image.get(review.first + i) ?? []).flat();
    return lines.length === 0 ? [-1, -1] : [Math.min(...lines), Math.max(...lines)];
  };
  const differences: string[] = [];
  const outside = [...edit.touched].some((line) => !before.some((review) => line >= review.first && line <= review.last));
  const startingAt = (section: PlacedReview['section'] | undefined, line: number | undefined): PlacedReview | undefined =>
    line === undefined ? undefined : after.find((read) => (section === undefined || read.section === section) && edit.origin[read.first] === line);
  const matched = new Set<PlacedReview>();
  before.forEach((review, i) => {
    if (touchedReview(review)) return;
    const [first, last] = imageOf(review);
    if (outside) {
      if (startingAt(undefined, review.first) === undefined && !said(first, last))
        differences.push(`${review.section} review at line ${review.first + 1} lost`);
      return;
    }
    const sameIndex = (read: PlacedReview): boolean => read.index === review.index || (review.index !== null && removedFrom.has(review.first));
    const exact = startingAt(review.section, review.first);
    if (exact !== undefined) matched.add(exact);
    if (exact !== undefined && exact.facts === review.facts && sameIndex(exact)) return;
    // Read from its own line with its own facts but another number: only a warning that the number is open says so.
    if (exact !== undefined && exact.facts === review.facts) {
      if (!saidIndex(first, last)) differences.push(`${review.section} review at line ${review.first + 1} numbered ${String(exact.index)}`);
      return;
    }
    // Next to a touched review: read from its first line or the touched one's, keeping each fact it has.
    const neighbours = [before[i - 1], before[i + 1]].filter((other) => other !== undefined && other.section === review.section && touchedReview(other));
    const fromNeighbour = (read: PlacedReview): boolean => {
      const line = edit.origin[read.first];
      return line !== undefined && neighbours.some((other) => other !== undefined && line >= other.first && line <= other.last);
    };
    const joined = after.find(
      (read) =>
        read.section === review.section &&
        (read === exact || fromNeighbour(read)) &&
        keepsFacts(review.facts, read.facts) &&
        (read.index === review.index || review.index === null || removedFrom.has(review.first)),
    );
    if (joined !== undefined && neighbours.length > 0) {
      matched.add(joined);
      return;
    }
    if (!said(first, last)) differences.push(`${review.section} review at line ${review.first + 1} ${exact === undefined ? 'lost' : 'changed'}`);
  });
  if (outside) {
    // Whose the reviews under the edited line are may change, but a review read still comes from a case's review's lines.
    const ofReview = (line: number | undefined): boolean => line !== undefined && before.some((review) => line >= review.first && line <= review.last);
    for (const read of after) {
      if (!ofReview(edit.origin[read.first]) && !said(read.first, read.last))
        differences.push(`${read.section} review at new line ${read.first + 1} read from no review's lines`);
    }
    return differences;
  }
  const touchedLines = (line: number | undefined): boolean =>
    line !== undefined && (edit.touched.has(line) || before.some((review) => touchedReview(review) && line >= review.first && line <= review.last));
  for (const read of after) {
    if (matched.has(read) || touchedLines(edit.origin[read.first])) continue;
    if (!said(read.first, read.last)) differences.push(`${read.section} review at new line ${read.first + 1} extra`);
  }
  for (const key of ['kind', 'metascore', 'verdict', 'criticCount', 'distribution'] as const) {
    if (JSON.stringify(original.page[key]) !== JSON.stringify(edited.page[key])) differences.push(key);
  }
  return differences;
}

/** True when the facts `read` (JSON) keep every fact of `own` (JSON) that is not null. */
function keepsFacts(own: string, read: string): boolean {
  const mine = JSON.parse(own) as Record<string, unknown>;
  const theirs = JSON.parse(read) as Record<string, unknown>;
  return Object.entries(mine).every(([key, value]) => value === null || JSON.stringify(value) === JSON.stringify(theirs[key]));
}
