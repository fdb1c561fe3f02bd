/**
 * Rotten Tomatoes' reading of one page on the engine: each line classified
 * once by the line table, then the engine's reader loop, each reader opening
 * on a kind of line in a section of the page, then the refiners.
 *
 * @module
 */
import { endsWithoutLineBreak } from '../../parse/text/strings.js';
import { ANY_KIND, classifyLines, compileReaders, runRefiners, type Reader, type ReaderSet } from '../../parse/engine/index.js';
import type { SiteInput, SiteResult } from '../../parse/site.js';
import { ReviewsDraft } from '../shared/draft.js';
import { listLines, withPageBullets } from '../shared/lines.js';
import type { RtContext, RtReader, RtSection } from './context.js';
import { lineAt } from './context.js';
import { isCutFurniture } from '../shared/rt-furniture.js';
import { RT_LINES, type RtLineKind, type RtRowKind, type RtValues } from './lines.js';
import { isCutDate } from '../shared/dates.js';
import { readConsensus, readUnlabelledConsensus } from './readers/consensus.js';
import { readAverageRating, readCount, readCounts, readFreshRotten, readLabel, readPercent, readSummary, readViewAll } from './readers/figures.js';
import { isCastName, readAirDate, readCast, readInfo } from './readers/info.js';
import { readBylineReview } from './readers/byline-review.js';
import { readListReviews } from './readers/list-reviews.js';
import { readMainReview } from './readers/main-review.js';
import { readReviewRun } from './readers/run-reviews.js';
import { readTitle, repeatsHeading, repeatsTitle } from './readers/title.js';
import { RT_REFINERS } from './refine.js';

const skip: RtReader = (_context, at) => at + 1;
const furniture: RtReader = (context, at) => {
  context.draft.addFurniture(lineAt(context, at));
  return at + 1;
};
const unplaced: RtReader = (context, at) => {
  context.draft.unplaced(lineAt(context, at));
  return at + 1;
};
const cutShort: RtReader = (context, at) => {
  context.draft.cutShort(lineAt(context, at), 'a date line');
  return at + 1;
};
/** Opens a review list (a pager, a list's heading): the list reader reads the rest. */
const openList: RtReader = (context, at) => {
  context.state.section = 'list-reviews';
  context.draft.addFurniture(lineAt(context, at));
  return at + 1;
};
const openMainList: RtReader = (context, at) => {
  context.state.section = 'main-reviews';
  context.draft.addFurniture(lineAt(context, at));
  return at + 1;
};
/** `Audience Reviews for <Title>`: the users' reviews follow, which are no critic reviews (the audience block's figures are the header's). */
const openAudienceReviews: RtReader = (context, at) => {
  context.state.section = 'audience-reviews';
  context.draft.addFurniture(lineAt(context, at));
  return at + 1;
};

/** Readers of the lines common to every section. */
const FIGURE_READERS: Partial<Record<RtLineKind, RtReader>> = {
  blank: skip,
  percent: readPercent,
  'tomatometer-label': readLabel,
  'audience-label': readLabel,
  count: readCount,
  counts: readCounts,
  'fresh-rotten': readFreshRotten,
  'average-rating': readAverageRating,
  summary: readSummary,
  'view-all': readViewAll,
  'audience-heading': openAudienceReviews,
  furniture,
  'other-title': furniture,
  'review-run': readReviewRun,
  'dated-byline': readBylineReview,
};

/** The header's readers, by kind of line (with {@link FIGURE_READERS}). */
const HEADER_READERS: Partial<Record<RtLineKind, RtReader>> = {
  'site-title': readTitle,
  season: readTitle,
  'consensus-heading': readConsensus,
  'consensus-inline': readConsensus,
  'reviews-heading': openMainList,
  pager: openList,
  'list-heading': (context, at) => {
    context.state.section = 'list-reviews';
    return readTitle(context, at);
  },
  'date-line': (context) => readListReviews(context, nextListStart(context)),
  'top-critic': (context, at) => {
    context.state.section = 'list-reviews';
    return readListReviews(context, at);
  },
  'info-heading': readInfo,
  'air-date': readAirDate,
  role: readCast,
  'score-line': unplaced,
  'linked-quote': unplaced,
  bullet: unplaced,
  text: readHeaderText,
};

/** A list that starts with its first date (2021, no heading) starts at the first line read. */
function nextListStart(context: RtContext): number {
  let at = 0;
  while (at < context.lines.length && lineAt(context, at).text === '') at++;
  return at;
}

/** The page's title printed again under the list (a second page joined): its header follows, its facts the same or reported. */
const reopenHeader: RtReader = (context, at) => {
  context.state.section = 'header';
  context.draft.openCopy();
  return readTitle(context, at);
};

/** The main list's readers (with {@link FIGURE_READERS}): figures, then every other line opens a review. */
const MAIN_READERS: Partial<Record<RtLineKind, RtReader>> = {
  'reviews-heading': furniture,
  pager: openList,
  'site-title': reopenHeader,
  season: reopenHeader,
};

/** A reader of the lines under a list, as `read` reads them, but for the title again (`Jaws`, a second page joined), which reopens the header. */
const orTitleAgain =
  (read: RtReader): RtReader =>
  (context, at) =>
    (repeatsHeading(context, lineAt(context, at).text) ? reopenHeader : read)(context, at);

/** A line of plain text in the header: the title, the 2014 consensus, a repeated title, a cast name, or the synopsis. */
function readHeaderText(context: RtContext, at: number): number {
  const { draft, state } = context;
  const line = lineAt(context, at);
  if (at === context.last && isCutDate(line.text)) return cutShort(context, at);
  if (state.awaitingConsensus) return readUnlabelledConsensus(context, at);
  if (!draft.has('title') && !draft.has('consensus') && draft.reviews.length === 0) return readTitle(context, at);
  if (repeatsTitle(context, line.text)) return furniture(context, at);
  if (isCastName(context, at)) return readCast(context, at);
  if (at === context.last && isCutFurniture(line.text)) return furniture(context, at);
  if (line.text.length >= 80 && /[.!?…"”)]$|\w$/u.test(line.text) && line.text.includes(' ')) {
    draft.addDetail('Synopsis', line.text, line);
    return at + 1;
  }
  return unplaced(context, at);
}

/** The section's readers (its own, then the figures') as the engine's readers: each opens on its kind of line in its section. */
function sectionReaders(section: RtSection, readers: Partial<Record<RtLineKind, RtReader>>, fallback: RtReader): Reader<RtValues, RtContext>[] {
  const inSection = (context: RtContext): boolean => context.state.section === section;
  const byKind = { ...FIGURE_READERS, ...readers };
  return [
    ...Object.entries(byKind).map(([kind, read]) => ({
      name: `${section} ${kind}`,
      opens: [kind as RtRowKind | 'text'],
      when: inSection,
      read: (_tokens: unknown, at: number, context: RtContext) => read(context, at),
    })),
    { name: `${section} other lines`, opens: ANY_KIND, when: inSection, read: (_tokens: unknown, at: number, context: RtContext) => fallback(context, at) },
  ];
}

/** Every reader: the review list's (which reads to the page's end), the main list's, the header's. */
function compileRtReaders(): ReaderSet<RtValues, RtContext> {
  const audienceLine = orTitleAgain(furniture);
  return compileReaders<RtValues, RtContext>([
    {
      name: 'review list',
      opens: ANY_KIND,
      when: (context) => context.state.section === 'list-reviews',
      read: (_tokens, at, context) => readListReviews(context, at),
    },
    ...sectionReaders('main-reviews', MAIN_READERS, orTitleAgain(readMainReview)),
    // The audience's reviews are furniture, but for the title again (a second page joined), whose header and critic reviews follow.
    ...sectionReaders('header', HEADER_READERS, unplaced),
    {
      name: 'audience reviews',
      opens: ANY_KIND,
      when: (context) => context.state.section === 'audience-reviews',
      read: (_tokens, at, context) => audienceLine(context, at),
    },
  ]);
}

/** The readers, compiled once (pure: a bundle that never reads a Rotten Tomatoes page drops them). */
const READERS = /* @__PURE__ */ compileRtReaders();

/** Reads a Rotten Tomatoes page of any layout of 2011-2025. */
export function readRtPage(page: SiteInput): SiteResult {
  const input = withPageBullets(page);
  const table = input.lines;
  const tokens = classifyLines(table, RT_LINES);
  const context: RtContext = {
    draft: new ReviewsDraft(table, 'rottentomatoes'),
    tokens,
    lines: listLines(table),
    last: table.previousNonBlank(table.count - 1),
    cutEnd: endsWithoutLineBreak(input.text),
    state: { section: 'header', figureBlocks: 0, awaitingConsensus: false, titleWords: new Set(), seasonHeading: undefined, bylinedList: false },
  };
  READERS.read(tokens, context);
  runRefiners(context.draft, RT_REFINERS);
  return context.draft.finish(input.media);
}
