/**
 * What a site other than metacritic.com builds while it reads a page: the
 * page's facts with the lines they came from, its reviews, its furniture and
 * its diagnostics, and the one step that turns them into a {@link SiteResult}
 * (every site's page is made there). Each site's readers fill one draft; the
 * draft knows no layout.
 *
 * @module
 */
import { Report, type LineTable } from '../../parse/engine/index.js';
import { clip, collapse, UNPRINTED } from './page.js';
import { furnishCopiedDetails, type SiteResult } from '../../parse/site.js';
import type { DiagnosticCode } from '../../types/diagnostic.js';
import type { Critic, DataSource, Distribution, Freshness, MediaType, Page, PageDetail, Review } from '../../types/page.js';
import type { Span } from '../../types/source.js';
import type { Line } from './lines.js';

/** A page fact read from one line (or a few), kept with where it was read. */
export interface Fact<T> {
  readonly value: T;
  readonly span: Span;
}

/** The facts of a page a draft holds, each with its span. */
export interface DraftFacts {
  title?: Fact<string>;
  metascore?: Fact<number>;
  /** Metacritic's verdict label as printed ("Universal acclaim"). */
  verdict?: Fact<string>;
  criticCount?: Fact<number>;
  tomatometer?: Fact<number>;
  topCriticCount?: Fact<number>;
  consensus?: Fact<string>;
  distribution?: Fact<Distribution>;
}

/** A review as a reader found it, before it is a {@link Review}. */
export interface ReviewDraft {
  critic: Critic | null;
  publication: string | null;
  score: number | null;
  mark: string | null;
  freshness: Freshness | null;
  topCritic: boolean | null;
  date: string | null;
  dateText: string | null;
  /** The pieces of its text, in order; joined with one space. */
  excerpt: string[];
  first: Line;
  last: Line;
  /** The review's span when it is a part of one line (a 2024 run of reviews); otherwise from `first` to `last`. */
  span?: Span;
}

/** The audience block as read so far. */
interface UsersDraft {
  ratingCount: number | null;
  score: number | null;
  first: Line;
  last: Line;
}

/** A new review draft over `line`, with no fact yet. */
export function newReview(line: Line): ReviewDraft {
  return { ...UNPRINTED, excerpt: [], first: line, last: line };
}

/**
 * The page as a site's readers build it. Facts are set once: a second line
 * with the same value is furniture (it repeats what the page holds), one with
 * another value is a `repeated-block` warning and the first is kept.
 */
export class PageDraft {
  readonly facts: DraftFacts = {};
  readonly reviews: Review[] = [];
  readonly details: PageDetail[] = [];
  /** The diagnostics and furniture of the reading, kept by the engine's {@link Report}. */
  readonly report: Report;
  media: MediaType | null = null;
  /** OpenCritic's percentile ("ranked in the 100th percentile"). */
  percentile: number | null = null;
  private users: UsersDraft | undefined;
  /** True once the page printed the heading of a part of a review page (tv.com's `Metacritic Score`), listing anything or nothing. */
  private partOpened = false;
  /** How many details the page held when a second copy of it began (two pages joined), if one did. */
  private copyFrom: number | undefined;

  constructor(
    readonly lines: LineTable,
    readonly source: DataSource,
  ) {
    this.report = new Report(lines);
  }

  /** The last line of a truncated page, cut inside a part (`a byline`): reported, not read. */
  cutShort(line: Line, part: string): void {
    this.report.reportLine('truncated-line', `The page ends inside ${part}: "${clip(line.text)}" is cut short, and is not read.`, line.index);
  }

  /** The span of `first` to `last` (or of `first`). */
  spanOf(first: Line, last: Line = first): Span {
    return this.lines.span(first.index, last.index);
  }

  /** Sets a page fact read from `first`..`last`, unless the page has it already. */
  setFact<K extends keyof DraftFacts>(key: K, value: NonNullable<DraftFacts[K]>['value'], first: Line, last: Line = first): void {
    const span = this.spanOf(first, last);
    const held = this.facts[key];
    if (held === undefined) {
      (this.facts as Record<K, unknown>)[key] = { value, span };
      return;
    }
    if (JSON.stringify(held.value) === JSON.stringify(value)) this.report.furnishSpan(span);
    else
      this.report.report(
        'repeated-block',
        `The page gives its ${key} again, as ${JSON.stringify(value)}; the first, ${JSON.stringify(held.value)}, is kept.`,
        span,
      );
  }

  /** True when the page has the fact already. */
  has(key: keyof DraftFacts): boolean {
    return this.facts[key] !== undefined;
  }

  /** True when the page has a user block. */
  hasUsers(): boolean {
    return this.users !== undefined;
  }

  /** Adds the audience figures read from `line` to the page's audience block. */
  setUsers(figures: { readonly ratingCount?: number; readonly score?: number }, line: Line): void {
    const users = (this.users ??= { ratingCount: null, score: null, first: line, last: line });
    if (figures.ratingCount !== undefined) users.ratingCount ??= figures.ratingCount;
    if (figures.score !== undefined) users.score ??= figures.score;
    if (line.index < users.first.index) users.first = line;
    if (line.index > users.last.index) users.last = line;
  }

  /** The page printed a part's heading (tv.com's `Metacritic Score`): a review page, even when the part lists no review. */
  openPart(): void {
    this.partOpened = true;
  }

  /**
   * A second copy of the page begins here (two pages joined in one text): its
   * details that repeat one of the first copy's are furniture.
   */
  openCopy(): void {
    this.copyFrom ??= this.details.length;
  }

  /** Lines that carry no data. */
  addFurniture(first: Line, last: Line = first): void {
    this.report.furnishSpan(this.spanOf(first, last));
  }

  /** True when the page holds a part of a review page: a figure, a review, a user block or a part's heading (a title alone is none). */
  private found(): boolean {
    const { facts } = this;
    const figures = [facts.metascore, facts.verdict, facts.criticCount, facts.tomatometer, facts.topCriticCount, facts.consensus, facts.distribution];
    return figures.some((fact) => fact !== undefined) || this.reviews.length > 0 || this.percentile !== null || this.users !== undefined || this.partOpened;
  }

  /**
   * The page, its diagnostics sorted by offset, and its furniture in document
   * order. An empty text is one `empty-input` error, and a text with no part
   * of a review page one `not-a-review-page` error over it all, with no title
   * (its other diagnostics dropped, as the metacritic site does), whose
   * message is `notReviewPage` where the site can say what the text is and
   * why it reads none of it.
   */
  finish(fallbackMedia: MediaType | undefined, notReviewPage = 'The text has no verdict, distribution, review or profile of a review page.'): SiteResult {
    const { facts, lines, report } = this;
    const first = lines.nextNonBlank(0);
    const last = lines.previousNonBlank(lines.count - 1);
    const found = this.found();
    furnishCopiedDetails(this.details, this.copyFrom, report);
    if (first >= lines.count || last < 0) {
      report.diagnostics.length = 0;
      report.report('empty-input', 'The input holds no text but whitespace.', { start: lines.pointAt(0), end: lines.pointAt(Number.MAX_SAFE_INTEGER) });
    } else if (!found) {
      report.diagnostics.length = 0;
      report.report('not-a-review-page', notReviewPage, lines.span(first, last));
    }
    const title = found ? facts.title : undefined;
    const users = this.users;
    const page: Page = {
      kind: 'film',
      source: this.source,
      media: this.media ?? fallbackMedia ?? null,
      title: title?.value ?? null,
      metascore: facts.metascore?.value ?? null,
      verdict: facts.verdict?.value ?? null,
      criticCount: facts.criticCount?.value ?? null,
      distribution: facts.distribution?.value ?? null,
      reviews: this.reviews,
      tomatometer: facts.tomatometer?.value ?? null,
      topCriticCount: facts.topCriticCount?.value ?? null,
      consensus: facts.consensus?.value ?? null,
      percentile: this.percentile,
      users: users
        ? { verdict: null, ratingCount: users.ratingCount, score: users.score, distribution: null, reviews: [], span: this.spanOf(users.first, users.last) }
        : null,
      details: this.details,
      spans: {
        title: title?.span ?? null,
        metascore: facts.metascore?.span ?? null,
        verdict: facts.verdict?.span ?? null,
        distribution: facts.distribution?.span ?? null,
        criticCount: facts.criticCount?.span ?? null,
        tomatometer: facts.tomatometer?.span ?? null,
        topCriticCount: facts.topCriticCount?.span ?? null,
        consensus: facts.consensus?.span ?? null,
      },
      profile: null,
    };
    // The report keeps its furniture in document order.
    return { page, diagnostics: report.sortedDiagnostics(), furniture: report.furniture };
  }
}

/**
 * A page draft with what the sites that read a page line by line into review
 * drafts share (Rotten Tomatoes, flixster, cinematerial, the RT quote sites):
 * reviews made from {@link ReviewDraft}s, details, spans inside a line, and
 * diagnostics over lines. (Apart from {@link PageDraft}, so that a bundle of
 * a site that makes its reviews whole carries none of it.)
 */
export class ReviewsDraft extends PageDraft {
  /** The span of the characters `from`..`to` of a line's text. */
  spanWithin(line: Line, from: number, to: number): Span {
    const start = this.lines.span(line.index).start.offset;
    return { start: this.lines.pointAt(start + from), end: this.lines.pointAt(start + to) };
  }

  /** A labelled fact of the page the contract has no field for ("Synopsis", "Cast", "Air date"). */
  addDetail(label: string, value: string, first: Line, last: Line = first): void {
    this.details.push({ label, value: collapse(value), span: this.spanOf(first, last) });
  }

  /** A diagnostic over `span`, with the code's own severity. */
  diagnose(code: DiagnosticCode, message: string, span: Span): void {
    this.report.report(code, message, span);
  }

  /** A diagnostic over one line or a run of lines. */
  reportLine(code: DiagnosticCode, message: string, first: Line, last: Line = first): void {
    this.report.reportLine(code, message, first.index, last.index);
  }

  /** A line that fits no part of the page at its place: a warning that keeps its text. */
  unplaced(line: Line): void {
    this.reportLine('unrecognised-line', `The line "${clip(line.text)}" fits no part of the page at this place.`, line);
  }

  /** Turns a review draft into a review of the page. */
  pushReview(draft: ReviewDraft): void {
    const span = draft.span ?? this.spanOf(draft.first, draft.last);
    const excerpt = collapse(draft.excerpt.join(' '));
    if (excerpt === '') this.diagnose('review-without-text', 'This review has no text.', span);
    const { critic, publication, score, mark, freshness, topCritic, date, dateText } = draft;
    this.reviews.push({ index: null, critic, publication, score, mark, freshness, topCritic, date, dateText, metascore: null, excerpt, span });
  }
}
