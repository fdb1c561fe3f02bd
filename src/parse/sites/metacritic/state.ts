/**
 * The state of reading one Metacritic page: one typed value that the readers
 * fill and the refiners finish. Lines are 0-based indices into the page's
 * line table.
 *
 * @module
 */
import type { DiagnosticCode } from '../../../types/diagnostic.js';
import type { Critic, MediaType, PageDetail, Review, TitledScore, TitleMetascore, UserReview } from '../../../types/page.js';
import type { Span } from '../../../types/source.js';
import { Report } from '../../engine/report.js';
import type { Reader } from '../../engine/read.js';
import type { MetacriticTokens, MetacriticValues } from './kinds.js';

/**
 * Where the reading is, which decides what a list item means: `start` before
 * any part of the page is read (only then can a title come), `header` after
 * a part that opens no list (a Metascore), then the list being read; `closed`
 * after "See all 20 Critic Reviews" ends the critics' list.
 */
export type Phase = 'start' | 'header' | 'critic' | 'user' | 'profile' | 'closed';

/** Whose distribution a list belongs to. */
export type DistributionOwnerOf = 'critic' | 'user' | 'profile';

/** A distribution being filled, with the lines it was read from (`first` is set with the list's label or first line). */
export interface DistributionDraft {
  positive: number | null;
  mixed: number | null;
  negative: number | null;
  first: number | undefined;
  last: number | undefined;
  readonly totals: Set<number>;
}

/** The user block being filled. */
export interface UserDraft {
  verdict: string | null;
  ratingCount: number | null;
  score: number | null;
  distribution: DistributionDraft | undefined;
  readonly reviews: UserReview[];
  readonly first: number;
  last: number;
}

/** The profile being filled. */
export interface ProfileDraft {
  subject: 'critic' | 'publication' | undefined;
  name: string | null;
  reviewsGraded: number | null;
  percentHigher: number | null;
  percentSame: number | null;
  percentLower: number | null;
  pointsVsAverage: number | null;
  averageScore: number | null;
  highest: TitledScore | null;
  lowest: TitledScore | null;
  distribution: DistributionDraft | undefined;
  listedCount: number | null;
  mediaFilter: MediaType | null;
  readonly first: number;
  last: number;
}

/** A review being filled from its lines. */
export interface ReviewDraft {
  index: number | null;
  critic: Critic | null;
  publication: string | null;
  score: number | null;
  date: string | null;
  dateText: string | null;
  metascore: TitleMetascore;
  readonly excerpt: string[];
  readonly first: number;
  last: number;
  /** A "Reviewed by" with its name still to come on the next line. */
  awaitingCritic: boolean;
}

/** Everything the readers learn about one page. */
export interface MetacriticState {
  /** The page's tokens as its readers read them: up to a truncated last line while the lines above it are read (read.ts). */
  tokens: MetacriticTokens;
  readonly report: Report;
  /** The caller's `media` option, for pages that do not say it. */
  readonly mediaOption: MediaType | undefined;
  phase: Phase;
  /** Set by "See all 20 Critic Reviews": an unlabelled list after it is the users'. */
  criticListEnded: boolean;
  title: { readonly text: string; readonly line: number } | undefined;
  metascore: { readonly value: number; readonly first: number; readonly last: number } | undefined;
  verdict: { readonly label: string; readonly count: number | null; readonly line: number } | undefined;
  critics: DistributionDraft | undefined;
  reviews: Review[];
  readonly details: PageDetail[];
  /** The media the page says it is (a detail, a profile line), before the profile's filter and the caller's option. */
  media: MediaType | null;
  users: UserDraft | undefined;
  profile: ProfileDraft | undefined;
  /** The list being read as copied text (no item numbers), by the copied readers (readers/copied-list.ts). */
  copied: CopiedList | undefined;
  /** Whether the page's lines show that a copy dropped its list numbers, found once (readers/copied-list.ts). */
  copiedWithoutNumbers: boolean | undefined;
  /** Where the page's copied tail starts (a page partly indented), found once (readers/copied-list.ts). */
  copiedTail: number | undefined;
  /** Whether a numbered item or a bullet stands in the page's copied tail, found once (readers/copied-list.ts). */
  copiedTailMarked: boolean | undefined;
  /** Whether a numbered item's next line sits deeper than its number anywhere on the page, found once (readers/copied-list.ts). */
  numberedBodiesDeeper: boolean | undefined;
  /** The run of lines between two numbered items as deep, last asked about, and whether its numbers settle a dropped one (readers/copied-list.ts). */
  droppedNumberRun: NumberedRun | undefined;
}

/** A list read as copied text: where it starts, its items' indentation, and the number its next item is given. */
export interface CopiedList {
  readonly section: 'critic' | 'user' | 'profile';
  /** The line the list starts after (its distribution's last line, its heading). */
  readonly start: number;
  /** The indentation of its first item (a block aside): an item as deep is numbered in turn, a deeper one is not. */
  indent: number | undefined;
  /** Whether the copy dropped the page's numbers (its lines, weighed together, have none where a page prints them): then its items are numbered in turn. */
  readonly numbersDropped: boolean;
  /** Whether a blank line can end the list: not where the copy put one under every line. */
  readonly blankEnds: boolean;
  next: number;
  /** Whether the numbers its items would be given are open: a review above them lost its number and its indentation (see goOnFromAbove), so none is given. */
  numbersOpen: boolean;
  /** The last line of the last item's text, when nothing (a widget tail) closed it: text right under it leaves the boundary open. */
  lastText: number | undefined;
  /** The last line of the last item. */
  lastEnd: number | undefined;
}

/** A run of lines between two numbered items as deep (readers/copied-list.ts). */
export interface NumberedRun {
  /** The line above the run (its numbered item, or where the search stopped) and the line under it. */
  readonly from: number;
  readonly to: number;
  /** Whether a numbered item as deep stands above the run or under it. */
  readonly numbered: boolean;
  /** Whether the numbers of the items above and under it skip exactly as many as its lines that open an item. */
  readonly settled: boolean;
}

/** A fresh state for the page whose tokens are `tokens`. */
export function newState(tokens: MetacriticTokens, mediaOption: MediaType | undefined): MetacriticState {
  return {
    tokens,
    report: new Report(tokens.lines),
    mediaOption,
    phase: 'start',
    criticListEnded: false,
    title: undefined,
    metascore: undefined,
    verdict: undefined,
    critics: undefined,
    reviews: [],
    details: [],
    media: null,
    users: undefined,
    profile: undefined,
    copied: undefined,
    copiedWithoutNumbers: undefined,
    copiedTail: undefined,
    copiedTailMarked: undefined,
    numberedBodiesDeeper: undefined,
    droppedNumberRun: undefined,
  };
}

/** Marks the page as started (a part of it read): a title can no longer come. */
export function startPage(state: MetacriticState): void {
  if (state.phase === 'start') state.phase = 'header';
}

/** The user block, opened at line `line` when the page has none yet. */
export function ensureUsers(state: MetacriticState, line: number): UserDraft {
  state.users ??= { verdict: null, ratingCount: null, score: null, distribution: undefined, reviews: [], first: line, last: line };
  return state.users;
}

/** The profile, opened at line `line` when the page has none yet. */
export function ensureProfile(state: MetacriticState, line: number): ProfileDraft {
  state.profile ??= {
    subject: undefined,
    name: null,
    reviewsGraded: null,
    percentHigher: null,
    percentSame: null,
    percentLower: null,
    pointsVsAverage: null,
    averageScore: null,
    highest: null,
    lowest: null,
    distribution: undefined,
    listedCount: null,
    mediaFilter: null,
    first: line,
    last: line,
  };
  return state.profile;
}

/** Reports line `line` (to `last`) with `code`. */
export function reportLine(state: MetacriticState, code: DiagnosticCode, message: string, line: number, last: number = line): void {
  state.report.reportLine(code, message, line, last);
}

/** Reports a part the page has once, seen again at `span`: "A second `what` appears`where`; the first is kept." */
export function reportRepeated(state: MetacriticState, what: string, span: Span, where = ''): number {
  return state.report.report('repeated-block', `A second ${what} appears${where}; the first is kept.`, span);
}

/** A new review draft opening at line `line`. */
export function newReview(line: number, index: number | null): ReviewDraft {
  return {
    index,
    critic: null,
    publication: null,
    score: null,
    date: null,
    dateText: null,
    metascore: null,
    excerpt: [],
    first: line,
    last: line,
    awaitingCritic: false,
  };
}

/** A reader of a Metacritic page's part. */
export type MetacriticReader = Reader<MetacriticValues, MetacriticState>;
