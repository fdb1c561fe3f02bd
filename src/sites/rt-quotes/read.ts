/**
 * Other sites' pages of one title's Rotten Tomatoes quotes, read on the engine.
 *
 * - "said" pages: `<Critic> (<Publication>) said:` / `"<quote>"`, with an
 *   unlabelled consensus sentence above the quotes (under the title).
 * - "top critics" pages: `Top Critics Reviews` / per review `fresh:` or
 *   `rotten:` / `<quote>` / `– <Critic>,` / `<Publication>,` / `<D Mon YYYY>`
 *   (and under `All Critics Reviews`, the same for critics not marked top),
 *   and three unlabelled figures above: `8.1` (an IMDb rating, a detail),
 *   `97%` (the Tomatometer) and `90` (the Metascore).
 * - under `Audience Reviews` or `User Reviews`, up to a critics' heading:
 *   the users' quotes, which are no critic reviews (furniture).
 *
 * @module
 */
import { ANY_KIND, classifyLines, compileReaders, type TokenList } from '../../parse/engine/index.js';
import type { SiteInput, SiteResult } from '../../parse/site.js';
import { endsWithoutLineBreak } from '../../parse/text/strings.js';
import { readDate } from '../shared/dates.js';
import { isNoConsensus } from '../shared/consensus.js';
import { newReview, ReviewsDraft } from '../shared/draft.js';
import { clip, collapse, criticOf } from '../shared/page.js';
import type { ReviewDraft } from '../shared/draft.js';
import type { Line } from '../shared/lines.js';
import { isCutSaid, QUOTES_LINES, splitByline, type QuotesValues, type SaidByline } from './lines.js';

/** The state of one page's reading: the open review and what it awaits next. */
interface QuotesState {
  readonly draft: ReviewsDraft;
  review: ReviewDraft | undefined;
  awaiting: 'quote' | 'critic' | 'publication' | 'date' | 'none';
  /** True under "Top Critics Reviews" (and "All Critics Reviews" after it): reviews opened by `fresh:` or `rotten:`. */
  topList: boolean;
  /** True under "All Critics Reviews": the reviews are not marked top critics'. */
  allCritics: boolean;
  /** True under "Audience Reviews" or "User Reviews", up to a critics' heading: users' quotes, no critic reviews. */
  users: boolean;
  /** True past the title printed again (two pages joined), up to the next review: the second page's header. */
  again: boolean;
  /** The page's last line when the text ends with no line break after it (a crawl's cut may have stopped it), else -1. */
  readonly cutLine: number;
}

function lineOf(tokens: TokenList<QuotesValues>, at: number): Line {
  return { index: at, text: tokens.text(at) };
}

/** A line wholly in quotation marks: its text inside them. */
const QUOTED = /^["“](.*)["”]$/u;

/**
 * A quote's lines without the quotation marks around them: around each line
 * quoted whole, around a quote that opens on its first line and closes on
 * its last, and before a quote the page's end cut (`cut`: it opens and never
 * closes).
 */
function unquote(lines: string[], cut: boolean): void {
  const last = lines.length - 1;
  const first = lines[0] ?? '';
  const end = lines[last] ?? '';
  const opens = /^["“]/u.test(first) && !QUOTED.test(first);
  const closes = /["”]$/u.test(end) && !QUOTED.test(end);
  lines.forEach((line, i) => (lines[i] = QUOTED.exec(line)?.[1] ?? line));
  if (opens && ((last >= 1 && closes) || (cut && !/["”]$/u.test(end)))) lines[0] = first.slice(1);
  if (opens && last >= 1 && closes) lines[last] = end.slice(0, -1);
}

/** Ends the open review; `atEnd` when the page ends with it (its quote may be cut). */
function close(state: QuotesState, atEnd = false): void {
  if (state.review) {
    unquote(state.review.excerpt, atEnd);
    state.draft.pushReview(state.review);
  }
  state.review = undefined;
  state.awaiting = 'none';
}

/** `Roger Ebert (Chicago Sun-Times) said:`: opens a review. */
function readSaid(tokens: TokenList<QuotesValues>, at: number, state: QuotesState): number {
  close(state);
  const said = tokens.valueOf(at, 'said');
  const line = lineOf(tokens, at);
  const review = newReview(line);
  takeByline(state, review, said, line);
  state.review = review;
  state.awaiting = 'quote';
  return at + 1;
}

/** Gives `review` the byline's names, read from `line`; a split the text does not settle is a `glued-text` warning that names it. */
function takeByline(state: QuotesState, review: ReviewDraft, byline: SaidByline, line: Line): void {
  const { critic, publication } = byline;
  review.critic = critic === null ? null : criticOf(critic);
  review.publication = publication;
  if (!byline.settled)
    state.draft.reportLine(
      'glued-text',
      `The byline "${clip(line.text)}" names its critic and publication in a form the text does not settle; it is read as ${
        publication === null ? `the critic "${critic}"` : `the critic "${critic}" and the publication "${publication}"`
      }.`,
      line,
    );
}

/** `fresh:` or `rotten:` under "Top Critics Reviews": opens a top critic's review. */
function readFreshness(tokens: TokenList<QuotesValues>, at: number, state: QuotesState): number {
  close(state);
  const review = newReview(lineOf(tokens, at));
  review.freshness = tokens.valueOf(at, 'freshness');
  review.topCritic = !state.allCritics;
  state.review = review;
  state.awaiting = 'quote';
  return at + 1;
}

/** A line of the open review: its quote, `– <Critic>,`, `<Publication>,`, its date. */
function readReviewPart(tokens: TokenList<QuotesValues>, at: number, state: QuotesState): number {
  const review = state.review as ReviewDraft;
  const line = lineOf(tokens, at);
  const date = readDate(line.text);
  if (state.awaiting === 'quote') {
    review.excerpt.push(line.text);
    state.awaiting = state.topList ? 'critic' : 'none';
  } else if (state.awaiting === 'critic' && tokens.is(at, 'dashed-critic')) {
    // `– Roger Ebert,` over the publication's line; `– Dana Stevens, Slate[, 15 Jul 2010]` or `– Rex Reed (New York Observer)`, all on one line.
    const text = tokens.valueOf(at, 'dashed-critic');
    const cut = text.lastIndexOf(', ');
    const dated = readDate(text.slice(cut + 2));
    const names = dated === undefined || cut < 0 ? text : text.slice(0, cut);
    const byline = splitByline(names);
    if (byline.publication !== null) {
      takeByline(state, review, byline, line);
      state.awaiting = 'date';
    } else {
      review.critic = criticOf(names);
      state.awaiting = 'publication';
    }
    review.last = line;
    if (dated === undefined) return at + 1;
    review.date = dated.iso;
    review.dateText = dated.text;
    close(state);
    return at + 1;
  } else if (state.awaiting === 'publication' && date === undefined) {
    review.publication = collapse(line.text.replace(/,$/u, ''));
    state.awaiting = 'date';
  } else if (state.awaiting === 'date' && date === undefined && at === state.cutLine) {
    // `2` where the date goes, as the cut last line: the date cut short (`20 Jul 2023`), never the quote's.
    state.draft.cutShort(line, "a review's date");
    return at + 1;
  } else if (date !== undefined) {
    // `– Chicago Reader,` right over the date, with no publication's line: a name alone.
    if (state.awaiting === 'publication' && review.critic !== null) takeByline(state, review, splitByline(review.critic.name), review.last);
    review.date = date.iso;
    review.dateText = date.text;
    review.last = line;
    close(state);
    return at + 1;
  } else review.excerpt.push(line.text);
  review.last = line;
  return at + 1;
}

/** A line above the quotes: a figure, the title, then the consensus (Rotten Tomatoes' "No consensus yet." is none). */
function readHeader(tokens: TokenList<QuotesValues>, at: number, state: QuotesState): number {
  const { draft } = state;
  const line = lineOf(tokens, at);
  if (tokens.is(at, 'figure')) {
    const figure = tokens.valueOf(at, 'figure');
    if (figure.kind === 'rating') draft.addDetail('IMDb rating', line.text, line);
    else draft.setFact(figure.kind === 'percent' ? 'tomatometer' : 'metascore', figure.value, line);
  } else if (!draft.has('title')) draft.setFact('title', line.text, line);
  else if ((!draft.has('consensus') || state.again) && !state.topList && isNoConsensus(line.text)) draft.addFurniture(line);
  else if ((!draft.has('consensus') || state.again) && !state.topList) draft.setFact('consensus', collapse(line.text), line);
  else draft.unplaced(line);
  return at + 1;
}

/** True for a line of the open review (not one that opens another). */
function inReview(state: QuotesState, tokens: TokenList<QuotesValues>, at: number): boolean {
  if (state.review === undefined) return false;
  // Under "said" bylines, a review takes its quote and any text lines after it.
  return state.awaiting !== 'none' || (!state.topList && tokens.is(at, 'text'));
}

const READERS = /* @__PURE__ */ compileReaders<QuotesValues, QuotesState>([
  {
    name: 'top critics heading',
    opens: ['top-heading'],
    read: (tokens, at, state) => {
      close(state);
      state.topList = true;
      state.users = false;
      state.draft.addFurniture(lineOf(tokens, at));
      return at + 1;
    },
  },
  {
    name: 'section heading',
    opens: ['section-heading'],
    read: (tokens, at, state) => {
      close(state);
      const section = tokens.valueOf(at, 'section-heading');
      if (section === 'all critics') state.allCritics = true;
      // A users' heading right over another heading is a tab of the page's menu, no part of it.
      const next = tokens.nextNonBlank(at + 1);
      state.users = section === 'users' && !(next < tokens.count && (tokens.is(next, 'section-heading') || tokens.is(next, 'top-heading')));
      state.draft.addFurniture(lineOf(tokens, at));
      return at + 1;
    },
  },
  {
    // The users' quotes are no critic reviews, and the contract's audience block holds none: furniture, up to a critics' heading.
    name: 'users part',
    opens: ANY_KIND,
    when: (state) => state.users,
    read: (tokens, at, state) => (state.draft.addFurniture(lineOf(tokens, at)), at + 1),
  },
  {
    // The title again, alone on its line: a second page joined; its header follows (a consensus the same is furniture).
    name: 'title again',
    opens: ['text'],
    when: (state, tokens, at) => tokens.text(at) === state.draft.facts.title?.value,
    read: (tokens, at, state) => {
      close(state);
      state.again = true;
      state.draft.addFurniture(lineOf(tokens, at));
      return at + 1;
    },
  },
  { name: 'said', opens: ['said'], read: (tokens, at, state) => ((state.again = false), readSaid(tokens, at, state)) },
  {
    // The page's last line, a byline cut short: the review above ends, the line is reported.
    name: 'cut byline',
    opens: ['text'],
    when: (state, tokens, at) => !state.topList && tokens.nextNonBlank(at + 1) >= tokens.count && isCutSaid(tokens.text(at)),
    read: (tokens, at, state) => {
      close(state);
      state.draft.cutShort(lineOf(tokens, at), 'a byline');
      return at + 1;
    },
  },
  { name: 'freshness', opens: ['freshness'], when: (state) => state.topList, read: readFreshness },
  { name: 'review part', opens: ANY_KIND, when: inReview, read: readReviewPart },
  { name: 'header', opens: ANY_KIND, when: (state) => (state.draft.reviews.length === 0 || state.again) && state.review === undefined, read: readHeader },
  { name: 'unrecognised', opens: ANY_KIND, read: (tokens, at, state) => (state.draft.unplaced(lineOf(tokens, at)), at + 1) },
]);

/** Reads a page of quotes. */
export function readQuotesPage(input: SiteInput): SiteResult {
  const tokens = classifyLines(input.lines, QUOTES_LINES);
  const state: QuotesState = {
    draft: new ReviewsDraft(input.lines, 'rottentomatoes'),
    review: undefined,
    awaiting: 'none',
    topList: false,
    allCritics: false,
    users: false,
    again: false,
    cutLine: endsWithoutLineBreak(input.text) ? input.lines.previousNonBlank(input.lines.count - 1) : -1,
  };
  READERS.read(tokens, state);
  close(state, true);
  return state.draft.finish(input.media);
}
