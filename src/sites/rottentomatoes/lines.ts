/**
 * Rotten Tomatoes' kinds of line, 2011-2025: one recogniser per kind, each
 * with the lines it accepts, and the table that classifies a line by them.
 *
 * @module
 */
import { ANY_FIRST, classifyText, defineLineKinds, type LineKindRow, type LineExamples, type LineKinds } from '../../parse/engine/index.js';
import { readCount } from '../../parse/text/numbers.js';
import { isCutDate, readDate, type ReadDate } from '../shared/dates.js';
import { isRtFurniture } from '../shared/rt-furniture.js';

/** `Critic Consensus: <text>` (2017, inline): the consensus. */
export function recogniseInlineConsensus(text: string): string | undefined {
  //   critics? consensus:  the label, singular or plural, with its colon
  //   \s*(\S.*)            the consensus, on the same line
  const match = /^critics? consensus:\s*(\S.*)$/iu.exec(text);
  return match?.[1];
}

/** `99%`: a bare percent, over its label on a later line. */
export function recognisePercent(text: string): number | undefined {
  const match = /^(\d{1,3})%$/u.exec(text);
  const value = match ? Number(match[1]) : undefined;
  return value !== undefined && value <= 100 ? value : undefined;
}

/** Which count a `<Label>: <N>` line gives. */
export type CountLabel = 'critics' | 'listed' | 'ratings';

/** `Total Count: 117`, `Critic Ratings: 26`, `Reviews Counted: 45`, `Critic Reviews: 12`, `User Ratings: 459,059`, `Verified Ratings: 2,692`. */
export function recogniseCountLine(text: string): { readonly label: CountLabel; readonly name: string; readonly count: number } | undefined {
  //   (total count|critic ratings|reviews counted|critic reviews|user ratings|verified ratings)  the label
  //   : ?(\d[\d,]*)   its count, comma-grouped or not
  //   (?: \| .*)?     another figure after a pipe ("User Ratings: 5 | Verified Ratings: 2")
  const match = /^(total count|critic ratings|reviews counted|critic reviews|user ratings|verified ratings): ?(\d[\d,]*)(?: \|.*)?$/iu.exec(text);
  if (!match) return undefined;
  const name = (match[1] ?? '').toLowerCase();
  const label: CountLabel = name.endsWith('ratings') && name !== 'critic ratings' ? 'ratings' : name === 'critic reviews' ? 'listed' : 'critics';
  return { label, name: match[1] ?? '', count: readCount(match[2] ?? '') };
}

/** The counts of an `All Critics (408) | Top Critics (56) | Fresh (394) | Rotten (14)` line. */
export interface CountsLine {
  readonly all: number | undefined;
  readonly top: number | undefined;
  readonly fresh: number | undefined;
  readonly rotten: number | undefined;
}

/** `All Critics (408) | Top Critics (56) | Fresh (394) | Rotten (14)`, any of its parts left out; `| My Critics` (2011) beside them. */
export function recogniseCountsLine(text: string): CountsLine | undefined {
  const parts = text.split('|').map((part) => part.trim());
  const counts: Record<string, number> = {};
  for (const part of parts) {
    // The 2011 list's own tab, with no count: "My Critics".
    if (/^my critics$/iu.test(part)) continue;
    //   (all critics|top critics|fresh|rotten) \((\d[\d,]*)\)  a label and its count in brackets
    const match = /^(all critics|top critics|fresh|rotten) \((\d[\d,]*)\)$/iu.exec(part);
    if (!match) return undefined;
    counts[(match[1] ?? '').toLowerCase()] = readCount(match[2] ?? '');
  }
  if (counts['all critics'] === undefined && counts['top critics'] === undefined) return undefined;
  return { all: counts['all critics'], top: counts['top critics'], fresh: counts['fresh'], rotten: counts['rotten'] };
}

/** `Fresh: 45 | Rotten: 0` (2014): the counts. */
export function recogniseFreshRotten(text: string): { readonly fresh: number; readonly rotten: number } | undefined {
  //   fresh: ?(\d[\d,]*) \| rotten: ?(\d[\d,]*)  both counts, with their labels
  const match = /^fresh: ?(\d[\d,]*) \| rotten: ?(\d[\d,]*)$/iu.exec(text);
  return match ? { fresh: readCount(match[1] ?? ''), rotten: readCount(match[2] ?? '') } : undefined;
}

/** `Average Rating: 8.1/10`: the average as printed. */
export function recogniseAverageRating(text: string): string | undefined {
  return /^average rating: ?(\S+)$/iu.exec(text)?.[1];
}

/** The figures of a 2024 summary line. */
export interface SummaryLine {
  readonly tomatometer: number | undefined;
  readonly reviews: number | undefined;
  readonly audience: number | undefined;
  /** "250+ Ratings" is a lower bound, kept as `undefined` with `ratingsAtLeast` 250. */
  readonly ratings: number | undefined;
  readonly ratingsAtLeast: number | undefined;
}

/** `85% Tomatometer 40 Reviews 96% Popcornmeter 250+ Ratings` (2024, one line), any figure printed as `--` or left out. */
export function recogniseSummaryLine(text: string): SummaryLine | undefined {
  if (!/tomatometer/iu.test(text) || !/popcornmeter|reviews/iu.test(text)) return undefined;
  //   (?:(\d{1,3})%|--) tomatometer          the Tomatometer
  //   (?: (\d[\d,]*) reviews)?               its count of reviews
  //   (?: (?:(\d{1,3})%|--) popcornmeter)?   the audience score
  //   (?: (\d[\d,]*)(\+)? (?:verified )?ratings)?  the audience's ratings, "+" for a lower bound
  const match = /^(?:(\d{1,3})%|--) tomatometer(?: (\d[\d,]*) reviews)?(?: (?:(\d{1,3})%|--) popcornmeter)?(?: (\d[\d,]*)(\+)? (?:verified )?ratings)?$/iu.exec(
    text,
  );
  if (!match) return undefined;
  const number = (at: number): number | undefined => (match[at] === undefined ? undefined : readCount(match[at]));
  const bound = match[5] === '+';
  return {
    tomatometer: number(1),
    reviews: number(2),
    audience: number(3),
    ratings: bound ? undefined : number(4),
    ratingsAtLeast: bound ? number(4) : undefined,
  };
}

/** `View All (40) Critics Reviews`: the count of critic reviews, opening the list (2024-2025). */
export function recogniseViewAll(text: string): number | undefined {
  const match = /^view all \((\d[\d,]*)\) critics? reviews$/iu.exec(text);
  return match ? readCount(match[1] ?? '') : undefined;
}

/** `Critic Reviews for Alien`, `Critic Reviews for Deadwood Season 1`: the heading of the review list. */
export function recogniseReviewsHeading(text: string): boolean {
  return /^critics? reviews for \S/iu.test(text);
}

/** `Audience Reviews for Alien`: the heading of the users' reviews, under the critics' (no critic reviews follow). */
export function recogniseAudienceHeading(text: string): boolean {
  return /^audience reviews for \S/iu.test(text);
}

/** A main page's date line: the date, and the mark when one is printed. */
export interface DateLine {
  readonly date: ReadDate;
  readonly mark: string | undefined;
}

/**
 * `Aug 13, 2019 | Full Review…`, `Mar 1, 2019 | Rating: 5/5 | Full Review…`,
 * `August 13, 2019 | Full Review…`, `May 4, 2024` alone: a review's date line.
 */
export function recogniseDateLine(text: string): DateLine | undefined {
  const parts = text.split('|').map((part) => part.trim());
  const date = readDate(parts[0] ?? '');
  if (!date) return undefined;
  let mark: string | undefined;
  for (const part of parts.slice(1)) {
    const rating = /^(?:rating|original score|rated): ?(\S.*)$/iu.exec(part);
    if (rating) mark = rating[1];
    else if (!isFullReviewTail(part)) return undefined;
  }
  return { date, mark };
}

/** `Full Review…`, `Full Review...`, `Full Review`: the link that ends a review. */
export function isFullReviewTail(text: string): boolean {
  return /^(?:full review|go to full review|read full review)(?:…|\.\.\.)?$/iu.test(text);
}

/** `Full Review | Original Score: 2.5/5`, `| Original Score: 2/4`, `Full Review` (2011): a review's last line, and its mark. */
export function recogniseScoreLine(text: string): { readonly mark: string | undefined } | undefined {
  if (isFullReviewTail(text)) return { mark: undefined };
  //   (?:full review ?)?\| ?original score: ?(\S.*)  the link (optional), a pipe, and the mark
  const match = /^(?:full review ?)?\| ?original score: ?(\S.*)$/iu.exec(text);
  return match ? { mark: match[1] } : undefined;
}

/** `Page 1 of 11`: a review list's pager, not a count. */
export function recognisePager(text: string): boolean {
  return /^page \d+ of \d+$/iu.test(text);
}

/** `Top Critic`, `• Top Critic` (a bullet of its own in a main page's list): the mark of a top critic's review. */
export function recogniseTopCritic(text: string): boolean {
  return /^(?:• )?top critic$/iu.test(text);
}

/** `• <text>`: a bullet, and its text. */
export function recogniseBullet(text: string): string | undefined {
  return text.startsWith('• ') || text === '•' ? text.slice(2).trim() : undefined;
}

/** `Air date: Mar 21, 2004`: an episode's date, not a review's. */
export function recogniseAirDate(text: string): string | undefined {
  return /^air date: ?(\S.*)$/iu.exec(text)?.[1];
}

/** `Movie Info`, `Tv Season Info`: the heading of the synopsis, and the media it names. */
export function recogniseInfoHeading(text: string): 'movie' | 'tv' | undefined {
  const match = /^(movie|tv season|tv series|series) info$/iu.exec(text);
  if (!match) return undefined;
  return (match[1] ?? '').toLowerCase() === 'movie' ? 'movie' : 'tv';
}

/** `as Max Rockatansky`: a cast list's role line. */
export function recogniseRole(text: string): string | undefined {
  return /^as (\S.*)$/u.exec(text)?.[1];
}

/** The title a site-title line gives, and the media it names. */
export interface SiteTitle {
  readonly title: string;
  readonly media: 'movie' | 'tv' | undefined;
}

/** `Alien (1979) - Rotten Tomatoes`, `Australia - Movie Reviews - Rotten Tomatoes`: the browser title, and the title in it. */
export function recogniseSiteTitle(text: string): SiteTitle | undefined {
  //   (.*?) - (?:(movie|tv) reviews - )?rotten tomatoes  the title, an optional media part, the site
  const match = /^(\S.*?) - (?:(movie|tv) reviews - )?rotten tomatoes$/iu.exec(text);
  if (!match) return undefined;
  const media = match[2]?.toLowerCase();
  return { title: match[1] ?? '', media: media === 'movie' ? 'movie' : media === 'tv' ? 'tv' : undefined };
}

/** `Deadwood: Season 1 (2004)`, `Season 1 – Deadwood`, `Season 1`, `SEASON:`: a TV season's title lines. */
export function recogniseSeasonLine(text: string): boolean {
  return /^(?:season:|season \d+|season \d+ [–—-] \S.*|\S.*: season \d+(?: \(\d{4}(?:[–-]\d{0,4})?\))?)$/iu.test(text);
}

/** `Season 1`, `SEASON:`: a season's heading alone, which names no show (a title's part, never a title). */
export function recogniseSeasonHeading(text: string): boolean {
  return /^season(?::| \d+)$/iu.test(text);
}

/** `Australia Reviews`, `Deadwood: Season 1 Reviews`: a review list's heading (2011-2021). */
export function recogniseListHeading(text: string): boolean {
  return text.length < 120 && /^\S.* reviews$/iu.test(text) && !/^(?:critics?|top critics|audience|user|external) reviews$/iu.test(text);
}

/** A one-line review run (2024): reviews glued on one line, each ending `<date> Full Review`. */
export function recogniseReviewRun(text: string): boolean {
  return text.length > 60 && /[a-z]{3}\.? \d{1,2}, \d{4} full review(?: |$)/iu.test(text);
}

/** `Andrew Wallenstein NPR 02/19/2020`, `Linda Stasi New York Post Rated: 2/4 02/19/2020` (2025): a byline ending in the review's [mark and] date. */
export function recogniseDatedByline(text: string): { readonly byline: string; readonly mark: string | undefined; readonly date: ReadDate } | undefined {
  //   (\S.*?)                the byline
  //   (?: rated: (\S+))?     the mark
  //   (\d{2}\/\d{2}\/\d{4})   the date, month first
  const match = /^(\S.*?)(?: rated: (\S+))? (\d{2}\/\d{2}\/\d{4})$/iu.exec(text);
  const date = match ? readDate(match[3] ?? '') : undefined;
  return match && date ? { byline: match[1] ?? '', mark: match[2], date } : undefined;
}

/** `<quote> Go to Full Review` (2025): a quote and its link. */
export function recogniseLinkedQuote(text: string): string | undefined {
  return /^(\S.*?) ?go to full review$/iu.exec(text)?.[1];
}

/** `68% Black-ish Sep 26`: another title in a 2014 page's lists, not this page's data. */
export function recogniseOtherTitle(text: string): boolean {
  return /^\d{1,3}% \S.* [a-z]{3} \d{1,2}$/iu.test(text);
}

/** Every kind of Rotten Tomatoes line the table has a row for. */
export type RtRowKind =
  | 'site-title'
  | 'consensus-heading'
  | 'consensus-inline'
  | 'percent'
  | 'tomatometer-label'
  | 'audience-label'
  | 'count'
  | 'counts'
  | 'fresh-rotten'
  | 'average-rating'
  | 'summary'
  | 'view-all'
  | 'reviews-heading'
  | 'audience-heading'
  | 'date-line'
  | 'score-line'
  | 'pager'
  | 'top-critic'
  | 'air-date'
  | 'info-heading'
  | 'role'
  | 'season'
  | 'review-run'
  | 'dated-byline'
  | 'linked-quote'
  | 'other-title'
  | 'furniture'
  | 'bullet'
  | 'list-heading';

/** The value of a line of each kind: `true` for a row's kind (readers read its parts), the text for the rest. */
export type RtValues = { readonly [K in RtRowKind]: true } & { readonly text: string };

/** Every kind of Rotten Tomatoes line: a row's, `blank`, `text` for the rest, and `cut-date` for a page's last line cut inside a date. */
export type RtLineKind = RtRowKind | 'blank' | 'text' | 'cut-date';

/** A row of the table: a kind and its test; any first character. */
function row(kind: RtRowKind, test: (text: string) => boolean): LineKindRow<RtValues> {
  return { kind, first: ANY_FIRST, recognise: (text) => (test(text) ? true : undefined), endsItem: false } as LineKindRow<RtValues>;
}

/** The rows: one per kind, in the order they are tried. */
function rtRows(): LineKindRow<RtValues>[] {
  return [
    row('site-title', (text) => recogniseSiteTitle(text) !== undefined),
    row('consensus-heading', (text) => /^critics? consensus:?$/iu.test(text)),
    row('consensus-inline', (text) => recogniseInlineConsensus(text) !== undefined),
    row('percent', (text) => recognisePercent(text) !== undefined),
    row('tomatometer-label', (text) => /^tomatometer$/iu.test(text)),
    row('audience-label', (text) => /^(?:audience score|popcornmeter)$/iu.test(text)),
    row('count', (text) => recogniseCountLine(text) !== undefined),
    row('counts', (text) => recogniseCountsLine(text) !== undefined),
    row('fresh-rotten', (text) => recogniseFreshRotten(text) !== undefined),
    row('average-rating', (text) => recogniseAverageRating(text) !== undefined),
    row('summary', (text) => recogniseSummaryLine(text) !== undefined),
    row('view-all', (text) => recogniseViewAll(text) !== undefined),
    row('reviews-heading', recogniseReviewsHeading),
    row('audience-heading', recogniseAudienceHeading),
    row('date-line', (text) => recogniseDateLine(text) !== undefined),
    row('score-line', (text) => recogniseScoreLine(text) !== undefined),
    row('pager', recognisePager),
    row('top-critic', recogniseTopCritic),
    row('air-date', (text) => recogniseAirDate(text) !== undefined),
    row('info-heading', (text) => recogniseInfoHeading(text) !== undefined),
    row('role', (text) => recogniseRole(text) !== undefined),
    row('season', recogniseSeasonLine),
    row('review-run', recogniseReviewRun),
    row('dated-byline', (text) => recogniseDatedByline(text) !== undefined),
    row('linked-quote', (text) => recogniseLinkedQuote(text) !== undefined),
    row('other-title', recogniseOtherTitle),
    row('furniture', isRtFurniture),
    row('bullet', (text) => recogniseBullet(text) !== undefined),
    row('list-heading', recogniseListHeading),
  ];
}

/** The table (pure: a bundle that never reads a Rotten Tomatoes page drops it). */
export const RT_LINES: LineKinds<RtValues> = /* @__PURE__ */ defineLineKinds<RtValues>(/* @__PURE__ */ rtRows(), 'text');

/**
 * The lines each row of {@link RT_LINES} accepts, by its kind: what the tests, the
 * fuzz vocabulary and the docs read the table's lines from (each classifies as
 * its row's kind). The parser never reads them, so a bundle drops them.
 */
export const RT_EXAMPLES: LineExamples<RtValues, 'text'> = {
  'site-title': ['Alien (1979) - Rotten Tomatoes', 'Australia - Movie Reviews - Rotten Tomatoes'],
  'consensus-heading': ['Critics Consensus', 'Critic Consensus:'],
  'consensus-inline': ['Critic Consensus: Now a classic of its era, Alien fuses sci-fi and horror.'],
  percent: ['99%', '85%'],
  'tomatometer-label': ['TOMATOMETER', 'Tomatometer'],
  'audience-label': ['Audience Score', 'Popcornmeter'],
  count: [
    'Total Count: 117',
    'Critic Ratings: 26',
    'Reviews Counted: 45',
    'User Ratings: 459,059',
    'Verified Ratings: 2,692',
    'User Ratings: 943,856 | Verified Ratings: 2,692',
  ],
  counts: ['All Critics (408) | Top Critics (56) | Fresh (394) | Rotten (14)', 'All Critics (117) | Top Critics (27)'],
  'fresh-rotten': ['Fresh: 45 | Rotten: 0'],
  'average-rating': ['Average Rating: 8.9/10'],
  summary: ['85% Tomatometer 40 Reviews 96% Popcornmeter 250+ Ratings', '-- Tomatometer 0 Reviews -- Popcornmeter 0 Ratings'],
  'view-all': ['View All (40) Critics Reviews'],
  'reviews-heading': ['Critic Reviews for Alien', 'Critic Reviews for Deadwood Season 1'],
  'audience-heading': ['Audience Reviews for Alien'],
  'date-line': ['Aug 13, 2019 | Full Review…', 'Mar 1, 2019 | Rating: 5/5 | Full Review…', 'August 13, 2019 | Full Review…', 'January 27, 2020', 'May 5, 2021'],
  'score-line': ['Full Review | Original Score: 2.5/5', '| Original Score: 2/4', 'Full Review'],
  pager: ['Page 1 of 11'],
  'top-critic': ['Top Critic', '• Top Critic'],
  'air-date': ['Air date: Mar 21, 2004'],
  'info-heading': ['Movie Info', 'Tv Season Info'],
  role: ['as Max Rockatansky', 'as Toast, Toast the Knowing'],
  season: ['Deadwood: Season 1 (2004)', 'Season 1 – Deadwood', 'Season 1', 'SEASON:'],
  'review-run': [
    'Andrew Wallenstein NPR Much as with Shakespeare, the words may escape you. Feb 19, 2020 Full Review Austin Smith New York Post Roughly as thrilling as grass. Feb 19, 2020 Full Review',
  ],
  'dated-byline': ['Andrew Wallenstein NPR 02/19/2020', 'Linda Stasi New York Post Rated: 2/4 02/19/2020'],
  'linked-quote': ["Much as with Shakespeare, you'll love the way they're spoken. Go to Full Review"],
  'other-title': ['68% Black-ish Sep 26'],
  furniture: ['User image', 'Watch it now', 'Alien Videos', 'News & Interviews for Alien', 'So Fresh: Absolute Must See!', 'Step 2 of 2'],
  bullet: ['• The makers have conjured a few pictures that are pure nightmare.'],
  'list-heading': ['Australia Reviews', 'Paddington 2 Reviews'],
};

/** The kind of a line's text by {@link RT_LINES}; `cut-date` only where the caller asks about a page's last line. */
export function classifyRtLine(text: string, isLast = false): RtLineKind {
  const kind = classifyText(RT_LINES, text).kind;
  return refineKind(kind, text, isLast);
}

/** `2/`, `3.5/`, `8.`: a mark the page's end cut before its scale or its decimals. */
export function isCutMark(mark: string): boolean {
  return /[/.]$/u.test(mark);
}

/**
 * A line's kind, `cut-date` for the page's last line when it is the start
 * of a date, or a date line whose mark the end cut (`Jun 3, 2019 | Rating: 3.5/`).
 */
export function refineKind(kind: RtLineKind, text: string, isLast: boolean): RtLineKind {
  if (!isLast) return kind;
  if (kind === 'text') return isCutDate(text) ? 'cut-date' : kind;
  const mark = kind === 'date-line' ? recogniseDateLine(text)?.mark : undefined;
  return mark !== undefined && isCutMark(mark) ? 'cut-date' : kind;
}
