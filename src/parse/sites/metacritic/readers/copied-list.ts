/**
 * What the copied-text readers share. A browser's copy of a page drops its
 * list markers: no indentation, no `12. ` numbers, no `• ` bullets. A list
 * read as copied text is one whose items carry no printed number; its items
 * are numbered in turn (as the page shows them), and where its text leaves a
 * boundary open, the readers say so.
 *
 * @module
 */
import { isCriticReviewsHeading, recogniseReviewedBy, recogniseUserScore, recogniseWidgetTail } from '../recognise.js';
import { recogniseBareNumber } from '../../../text/numbers.js';
import { isBarePartLine, isBulletLine, isNumberedLine, isSectionLine, METACRITIC_KINDS, type MetacriticTokens, numberedText } from '../kinds.js';
import type { Span } from '../../../../types/source.js';
import type { CopiedList, MetacriticState, NumberedRun, ReviewDraft } from '../state.js';
import { endsList } from './furniture.js';
import { dateOf, isFurnitureNotTail, type Piece, TEXT_ROW } from './items.js';

/** The line a section's list starts after: its distribution's last line, or its heading. */
function listStart(state: MetacriticState, section: CopiedList['section']): number {
  if (section === 'critic') return Math.max(state.critics?.last ?? -1, state.verdict?.line ?? -1);
  if (section === 'user') return state.users === undefined ? -1 : (state.users.distribution?.last ?? state.users.first);
  return state.profile === undefined ? -1 : (state.profile.distribution?.last ?? state.profile.first);
}

/** The section a copied list can be read in now, or undefined. */
function copiedSection(state: MetacriticState): CopiedList['section'] | undefined {
  const { phase } = state;
  return phase === 'critic' || phase === 'user' || phase === 'profile' ? phase : undefined;
}

/**
 * True when line `at` is an item of a list read as copied text in the
 * section `section`: the reading is in that section, the line has no number
 * (a list number alone, `0.`, is a line of text; see {@link isBareItemNumber}),
 * and either the list is one these readers opened, or `at` is the list's
 * first item and the copy dropped the page's markers (it stands unindented,
 * or the page's distribution has no numbers). A list another reader opened
 * (its items numbered, or indented on a page that keeps its numbers) is
 * left to it.
 */
export function opensCopiedItem(state: MetacriticState, tokens: MetacriticTokens, at: number, section: CopiedList['section']): boolean {
  if (copiedSection(state) !== section || (isNumberedLine(tokens, at) && !isBareItemNumber(tokens, at))) return false;
  const start = listStart(state, section);
  const list = state.copied;
  if (list?.section === section && list.start === start) {
    // A line shallower than the list's items ends it; so does, in a page with no indentation, a
    // blank line under an item's text (a "Follow Sheri Linden" under it is no review), unless
    // the copy put a blank under every line.
    if (list.indent !== undefined && tokens.indent(at) < list.indent) return false;
    const afterBlank = list.lastEnd !== undefined && list.lastText === list.lastEnd && tokens.indent(at) === 0 && blankBetween(tokens, list.lastEnd, at);
    return !(section !== 'user' && afterBlank && list.blankEnds);
  }
  // A list another reader opened is its, unless the copy dropped the page's numbers (a profile's
  // numbered items between its scored blocks, which their own reader reads), or dropped its markers
  // from here on (a page partly indented).
  const dropped = copiedNumbersDropped(state) || at >= copiedTailStart(state);
  const reviews = section === 'user' ? (state.users?.reviews ?? []) : state.reviews;
  const last = reviews[reviews.length - 1];
  if (last !== undefined && opensUnderIndentedReview(state, last.span, at)) return true;
  if (section === 'profile' && last !== undefined && opensItemUnderStrippedBlock(state, last.span.start.line - 1, last.span.end.line - 1, at)) return true;
  if (last !== undefined && last.span.start.line - 1 > start && !dropped) return false;
  return tokens.indent(at) === 0 || dropped;
}

/**
 * True when line `at` stands unindented right under the review whose lines span `span`, above the
 * page's copied tail, where that review's item is indented (its first line or its last), and it or
 * the line right under it is a line only a review holds (see {@link isReviewFieldLine}): the next
 * review, its markers and indentation dropped (`Reviewed by: Wendy Richmond` / `    Jul 15, 2013`
 * under `  9. Reviewed by: Andrew O'Hehir` and its excerpt; a user's `GuangmianK.` / `Nov 20,
 * 2006`), which no reader of indented items takes. A line of the page's own (`Fan Theories
 * Corner`) is none, nor a line of text that starts in lower case (a hard-wrapped excerpt's).
 */
function opensUnderIndentedReview(state: MetacriticState, span: Span, at: number): boolean {
  const { tokens } = state;
  const last = span.end.line - 1;
  if (at !== last + 1 || tokens.indent(at) > 0 || (tokens.indent(last) === 0 && tokens.indent(span.start.line - 1) === 0) || at >= copiedTailStart(state))
    return false;
  if (isReviewFieldLine(tokens, at)) return true;
  // A line of text that starts in lower case goes on a line above it (a hard-wrapped excerpt), opening nothing.
  return at + 1 < tokens.count && isReviewFieldLine(tokens, at + 1) && !LOWER_CASE_START.test(tokens.text(at));
}

/** A line that starts with a lower-case letter. */
const LOWER_CASE_START = /^\p{Ll}/u;

/**
 * True when line `line`, of text, stands unindented right under line `last`, the last of a scored
 * block that opens unindented on line `first` among indented lines (the line above it is indented,
 * or one of the {@link STRIPPED_RUN} lines under `line`), on a page that keeps its numbers (a
 * crawled page with some lines stripped of their markers; see {@link readsAsCopied}).
 */
export function opensItemUnderStrippedBlock(state: MetacriticState, first: number, last: number, line: number): boolean {
  const { tokens } = state;
  if (state.phase !== 'profile' || line !== last + 1 || tokens.indent(first) > 0 || tokens.indent(line) > 0 || !tokens.is(line, 'text')) return false;
  const above = tokens.previousNonBlank(first - 1);
  let indented = above >= 0 && tokens.indent(above) > 0;
  for (
    let under = tokens.nextNonBlank(line + 1), seen = 0;
    !indented && under < tokens.count && seen < STRIPPED_RUN;
    under = tokens.nextNonBlank(under + 1), seen++
  )
    indented = tokens.indent(under) > 0;
  return indented && !readsAsCopied(state, line);
}

/** How many lines under a stripped block's are looked at for an indented one: a block's three and the item's. */
const STRIPPED_RUN = 4;

/**
 * The copied list of `section` being read, opened when the reading is at its first item, line
 * `at`. It goes on from the items other readers read above it, and between its own (see
 * {@link goOnFromAbove}).
 */
export function copiedList(state: MetacriticState, tokens: MetacriticTokens, section: CopiedList['section'], at: number): CopiedList {
  const start = listStart(state, section);
  if (state.copied?.section !== section || state.copied.start !== start) {
    state.copied = {
      section,
      start,
      indent: undefined,
      numbersDropped: numbersDroppedAt(state, at),
      blankEnds: !blankUnderEveryLine(tokens),
      next: 1,
      numbersOpen: false,
      lastText: undefined,
      lastEnd: undefined,
    };
  }
  goOnFromAbove(state, state.copied);
  return state.copied;
}

/**
 * Sets a list to go on from the reviews other readers read since its last item (or above its
 * first) in its section, as on a page partly marked (`2. Hawn spends ...` kept its number, the
 * items under it lost theirs): its numbers from the last numbered one's, and text right under
 * the last one's is an open boundary. Where a review with no number under that one opens
 * shallower than its number (an item whose number and indentation a copy dropped: `90` over
 * `    Computer-made ...`, under `  9. Reviewed by: ...`; a page's unnumbered reviews sit deeper
 * than its numbers), how many items its lines hold is open (a stripped date may be its own item's
 * or the next's), and so are the numbers: the list gives none.
 */
function goOnFromAbove(state: MetacriticState, list: CopiedList): void {
  const { tokens } = state;
  const reviews: readonly { readonly index: number | null; readonly excerpt: string; readonly span: Span }[] =
    list.section === 'user' ? (state.users?.reviews ?? []) : state.reviews;
  const since = list.lastEnd ?? list.start;
  for (let i = reviews.length - 1; i >= 0; i--) {
    const { index, excerpt, span } = reviews[i] as (typeof reviews)[number];
    if (span.start.line - 1 <= Math.max(since, list.start)) return;
    if (i === reviews.length - 1) endItem(list, span.end.line - 1, excerpt !== '' && !recogniseWidgetTail(tokens.text(span.end.line - 1)));
    if (index !== null) {
      list.next = index + 1;
      list.numbersOpen = false;
      for (let k = i + 1; k < reviews.length; k++)
        if (opensAboveNumbers(state, reviews, (reviews[k] as (typeof reviews)[number]).span.start.line - 1)) list.numbersOpen = true;
      return;
    }
  }
}

/**
 * True when an unnumbered review opening on line `line` opens shallower than the last numbered
 * review of `reviews` above it (one section's, in order): an item whose number and indentation a
 * copy dropped, as a page's unnumbered reviews sit deeper than its numbers.
 */
export function opensAboveNumbers(state: MetacriticState, reviews: readonly { readonly index: number | null; readonly span: Span }[], line: number): boolean {
  for (let i = reviews.length - 1; i >= 0; i--) {
    const { index, span } = reviews[i] as (typeof reviews)[number];
    if (index !== null && span.start.line - 1 < line) return state.tokens.indent(line) < state.tokens.indent(span.start.line - 1);
  }
  return false;
}

/**
 * Where the page's copied tail starts: on a page that keeps its indentation (and perhaps its
 * other list markers, numbers and bullets) up to a line and drops it after it, as a page partly
 * indented does (copied from the middle on), the line right under the last indented one, where at
 * least two lines of the tail are neither furniture nor a section line, one of them a line only a
 * review holds: a field (a score, a date, a `Reviewed by:`, a numbered item, a scored block's
 * line), or, where no blank line parts the tail from the indented line (the indentation stops
 * partway), a sentence. One line under a list is the page's, as a crawl keeps it (`Fan Theories
 * Corner`, or a sentence the copy leaves open), and so are lines with no part of a review
 * (`Related Movies` / `Limitless`), and prose under a blank line (a footer's sentences). The tail
 * may keep the numbers and bullets (a copy that dropped the indentation only). `tokens.count` on a
 * page with no such tail: every line indented to the end, or none (a whole copy, which
 * {@link copiedNumbersDropped} tells). Found once a page, from its end.
 */
export function copiedTailStart(state: MetacriticState): number {
  state.copiedTail ??= findCopiedTail(state.tokens);
  return state.copiedTail;
}

/** {@link copiedTailStart}, found. */
function findCopiedTail(tokens: MetacriticTokens): number {
  let lines = 0;
  let sentences = false;
  let fields = false;
  for (let line = tokens.count - 1; line >= 0; line--) {
    if (tokens.isBlank(line)) continue;
    if (tokens.indent(line) > 0) return lines >= 2 && (tokens.isBlank(line + 1) ? fields : fields || sentences) ? line + 1 : tokens.count;
    if (isFurnitureNotTail(tokens, line) || isSectionLine(tokens, line)) continue;
    lines++;
    if (isReviewFieldLine(tokens, line)) fields = true;
    else if (isSentenceLine(tokens.text(line))) sentences = true;
  }
  return tokens.count;
}

/**
 * Whether the page's copied tail keeps list markers (a copy that dropped the indentation only, or
 * with the numbers or the bullets, from the middle on): a numbered item or a bullet stands in it.
 * Where one does, the tail does not say whether the copy dropped the numbers, and an unnumbered
 * item in it is read as unnumbered; where none does (a browser's copy from there on), its items
 * are numbered in turn.
 */
function tailKeepsMarkers(state: MetacriticState): boolean {
  const { tokens } = state;
  if (state.copiedTailMarked === undefined) {
    state.copiedTailMarked = false;
    for (let line = copiedTailStart(state); line < tokens.count; line++) {
      if ((isNumberedLine(tokens, line) && !isBareItemNumber(tokens, line)) || isBulletLine(tokens, line)) {
        state.copiedTailMarked = true;
        break;
      }
    }
  }
  return state.copiedTailMarked;
}

/**
 * True when line `line` is a list item's number alone (`0.`, `3.`): no marker a copy kept (a copy
 * drops an item's `N. ` with the text after it, and keeps a line that is one as it is), and, under
 * a user review's date (and score) where the review has no text yet, its text.
 */
export function isBareItemNumber(tokens: MetacriticTokens, line: number): boolean {
  return tokens.is(line, 'numberedFurniture') && numberedText(tokens, line) === '';
}

/**
 * True when line `line` of a list is read as copied text, each paragraph of an
 * excerpt one line: the copy dropped the page's numbers (see {@link copiedNumbersDropped}), or the
 * line is in the page's copied tail, whatever markers the tail keeps.
 */
export function readsAsCopied(state: MetacriticState, line: number): boolean {
  return copiedNumbersDropped(state) || line >= copiedTailStart(state);
}

/**
 * Whether the copy dropped the list numbers at line `line`: the whole page's (see
 * {@link copiedNumbersDropped}), or the copied tail's, where `line` is in it and no list marker
 * stands there (see {@link tailKeepsMarkers}).
 */
function numbersDroppedAt(state: MetacriticState, line: number): boolean {
  return copiedNumbersDropped(state) || (line >= copiedTailStart(state) && !tailKeepsMarkers(state));
}

/**
 * True when line `line` is a field of a review's item, copied bare or numbered: its score (`80`,
 * a user's `8.5`), its date, its `Reviewed by:`, a scored block's line, or a numbered item. A tail
 * of the page's own lines under its list (`Related Movies` / `Limitless`, as a crawl keeps them)
 * has none.
 */
function isReviewFieldLine(tokens: MetacriticTokens, line: number): boolean {
  if (tokens.is(line, 'date') || tokens.is(line, 'numbered') || isBarePartLine(tokens, line) || isBlockLine(tokens, line)) return true;
  const text = tokens.text(line);
  return BARE_SCORE.test(text) || recogniseReviewedBy(text) !== undefined;
}

/**
 * True when line `line` opens a critic review of copied text by one of its fields, bare: a score
 * (`90`, 0 to 100) over a line of text, or a byline (`Reviewed by: Ann Lee`).
 */
export function opensCopiedCriticReview(tokens: MetacriticTokens, line: number): boolean {
  if (line >= tokens.count || !tokens.is(line, 'text')) return false;
  const text = tokens.text(line);
  const score = recogniseBareNumber(text);
  if (score === undefined) return recogniseReviewedBy(text) !== undefined;
  const next = tokens.nextNonBlank(line + 1);
  return score <= 100 && next < tokens.count && tokens.is(next, 'text') && recogniseBareNumber(tokens.text(next)) === undefined;
}

/** True when `text` is a review's excerpt, as its line reads: a sentence (a line that ends as one does), or a line too long for a heading or a title. */
export function isSentenceLine(text: string): boolean {
  return text.length >= 60 || SENTENCE_END.test(text);
}

/** The end of a sentence of some words: `... the whole way.`, `Chemistry? Absent.`, `... "hammy."`. */
const SENTENCE_END = /\S \S+[.!?…]["'”’)]?$/u;

/** A review's score standing alone on its line, as a copy leaves it: `80`, `100`, a user's `8.5`. */
const BARE_SCORE = /^(?:100|\d{1,2}(?:\.\d)?)$/u;

/**
 * Whether the copy dropped the page's list numbers, weighed over the whole page (see
 * {@link weighDroppedNumbers}): a page whose lines mostly keep their markers is a crawled page
 * with a line or two stripped, not a copy, whatever one bare line says. Found once a page, one
 * pass over its lines. A page that does not say keeps no number on its unnumbered items.
 */
export function copiedNumbersDropped(state: MetacriticState): boolean {
  state.copiedWithoutNumbers ??= weighDroppedNumbers(state.tokens);
  return state.copiedWithoutNumbers;
}

const DISTRIBUTION_LINE_ROW = METACRITIC_KINDS.rowOf('distributionLine');
const NUMBERED_FURNITURE_ROW = METACRITIC_KINDS.rowOf('numberedFurniture');
const NUMBERED_ROW = METACRITIC_KINDS.rowOf('numbered');
const PROFILE_STATISTIC_ROW = METACRITIC_KINDS.rowOf('profileStatistic');
const FURNITURE_ROW = METACRITIC_KINDS.rowOf('furniture');
const FIRST_BARE_ROW = METACRITIC_KINDS.rowOf('bareTitleMetascore');
const LAST_BARE_ROW = METACRITIC_KINDS.rowOf('bareProfilePercent');
const VERDICT_ROW = METACRITIC_KINDS.rowOf('verdict');
const DATE_ROW = METACRITIC_KINDS.rowOf('date');
const TITLE_METASCORE_ROW = METACRITIC_KINDS.rowOf('titleMetascore');
const SCORE_BULLET_ROW = METACRITIC_KINDS.rowOf('scoreBullet');

/**
 * Whether a page's lines, weighed together, show a copy that dropped its list numbers. The lines
 * that print a marker on a page are counted with it and without: numbered lines (`1. ...`, a
 * distribution's `1. Positive: 9 out of 11`) against distribution lines with no number
 * (`Positive: 9 out of 11`, as a page never prints one), text with no number right under the
 * critics' verdict (see {@link isItemUnderCriticVerdict}), indented text with no number over a
 * deeper scored block or right under a profile's count of its reviews (see
 * {@link profileItemUnderCount}), a critic review's byline or score with no number over its
 * deeper body, or any line so right under the `Critic Reviews` heading (see
 * {@link isUnnumberedItemOverBody}, {@link itemUnderCriticHeading}) and an indented user review's first line
 * with no number over its deeper lines (as only a numbered item stands so on a page); bulleted
 * lines against a bulleted part's lines standing bare (`72 Metascore`, `80 Critic Score`,
 * `Network: NBC`, `75% higher than the average critic`: a copy that dropped the bullets dropped
 * the numbers too).
 * On a page with a distribution, its lines say it: they and the items lost their numbers when the
 * bare ones outnumber the numbered lines. On a page with none, the numbers are
 * dropped when the unnumbered lines are as many as the numbered ones or more, or the bare part
 * lines as many as the bulleted ones, or a page with no line numbered or indented holds a
 * profile's scored blocks (a page numbers the items between its blocks and indents them all), a
 * line of text under a profile's count or the critics' `Critic Reviews` heading, a critic
 * review's byline or score standing bare (a page numbers its critic reviews; see
 * {@link isCriticOnlyField}), or a user review's date under a
 * user verdict (a page numbers and indents every user review). One line or two stripped of their
 * markers (a distribution line, a percentage) among lines that keep theirs settle nothing: the
 * page reads as crawled.
 */
function weighDroppedNumbers(tokens: MetacriticTokens): boolean {
  // What each line's row and first character tell, counted first: a page with a distribution is
  // weighed by them alone, and so is one whose bare part lines or scored blocks settle it. The
  // tests that slice a line and look around it are run after, only where they can still decide.
  let numbered = 0;
  let distributionLines = 0;
  let unnumberedDistribution = 0;
  let bulleted = 0;
  let bare = 0;
  let flat = true;
  let blocks = false;
  const { input, textStarts } = tokens.lines;
  for (let line = 0; line < tokens.count; line++) {
    if (tokens.isBlank(line)) continue;
    const row = tokens.rowAt(line);
    if (row === DISTRIBUTION_LINE_ROW) {
      distributionLines++;
      if (isNumberedLine(tokens, line)) numbered++;
      else unnumberedDistribution++;
    } else if (isNumberedItemLine(tokens, line, row)) numbered++;
    else if (row >= FIRST_BARE_ROW && row <= LAST_BARE_ROW) bare++;
    const first = input.charCodeAt(textStarts[line] as number);
    if (first === 0x2022 || first === 0xb7) bulleted++;
    if (tokens.indent(line) > 0) flat = false;
    if (row === TITLE_METASCORE_ROW || row === SCORE_BULLET_ROW) blocks = true;
  }
  if (distributionLines > 0) return unnumberedDistribution > numbered;
  const outweighs = (bareLines: number, markedLines: number): boolean => bareLines > 0 && bareLines >= markedLines;
  // A page with no line numbered or indented: its scored blocks, a bare critic's field, a user review's date under a user verdict.
  const unmarked = flat && numbered === 0;
  if (outweighs(bare, bulleted) || (unmarked && blocks)) return true;
  // The unnumbered lines, each of which a page numbers (only indented ones, and those under a verdict or a count, can be).
  let unnumbered = 0;
  let openings = 0;
  let users = false;
  let userDates = false;
  let profile = false;
  for (let line = 0; line < tokens.count; line++) {
    if (tokens.isBlank(line)) continue;
    const row = tokens.rowAt(line);
    if (isNumberedItemLine(tokens, line, row) || (row >= FIRST_BARE_ROW && row <= LAST_BARE_ROW)) {
      // Counted above.
    } else if (isUnnumberedItemOverBlock(tokens, line)) unnumbered++;
    else if (row === TEXT_ROW) {
      // A bare critic's field opens a review on an unmarked page; on another, it counts where it stands over its body.
      if (unmarked) openings += isCriticOnlyField(tokens.text(line)) ? 1 : 0;
      else if (isUnnumberedItemOverBody(tokens, line) && isCriticOnlyField(tokens.text(line))) unnumbered++;
    } else if (row === VERDICT_ROW) {
      users = tokens.valueOf(line, 'verdict').owner === 'user';
      if (isItemUnderCriticVerdict(tokens, line)) unnumbered++;
    } else if (row === DATE_ROW) userDates ||= users;
    // A profile lists no critics under the heading.
    else if (row === FURNITURE_ROW && !profile) {
      const item = itemUnderCriticHeading(tokens, line);
      if (item !== undefined) {
        openings++;
        if (isUnnumberedItemOverBody(tokens, item)) unnumbered++;
      }
    } else if (row === PROFILE_STATISTIC_ROW) {
      profile = true;
      const item = profileItemUnderCount(tokens, line);
      if (item !== undefined) {
        openings++;
        if (tokens.indent(item) > 0) unnumbered++;
      }
    }
    if (users && isUnnumberedUserItem(tokens, line)) unnumbered++;
    // The unnumbered lines only add up: once they outweigh the numbered ones, the rest is not weighed.
    if (outweighs(unnumbered, numbered)) return true;
  }
  return unmarked && (openings > 0 || userDates);
}

/** True when line `line`, of the row `row`, is a list item's numbered line (`1. ...`; not a list number alone, `0.`). */
function isNumberedItemLine(tokens: MetacriticTokens, line: number, row: number): boolean {
  return (row === NUMBERED_ROW || row === NUMBERED_FURNITURE_ROW) && !isBareItemNumber(tokens, line);
}

/**
 * True when line `line` is indented text with no number over a profile's
 * scored block indented deeper (`  Even stupidity stops being fun here.`
 * over `    • 32 Metascore`): a page numbers the items between its blocks.
 */
function isUnnumberedItemOverBlock(tokens: MetacriticTokens, line: number): boolean {
  if (!tokens.is(line, 'text') || tokens.indent(line) === 0) return false;
  const next = tokens.nextNonBlank(line + 1);
  return next < tokens.count && tokens.indent(next) > tokens.indent(line) && isBlockLine(tokens, next);
}

/**
 * True when `text` is a field only a critic review holds, bare: a byline (`Reviewed by: Ann Lee`)
 * or a score a user's 0-10 scale cannot hold (`90`, `11` to `100`).
 */
function isCriticOnlyField(text: string): boolean {
  const score = recogniseBareNumber(text);
  return score === undefined ? recogniseReviewedBy(text) !== undefined : score > 10 && score <= 100;
}

/**
 * True when line `line`, a critic review's field with no number (see
 * {@link isCriticOnlyField}), is indented over a deeper line, its body (`  Reviewed by: Ann
 * Lee` over `    Jul 15, 2013`): on a page, only a numbered item stands so; its unnumbered
 * reviews are lines of text under an item, deeper than its number.
 */
function isUnnumberedItemOverBody(tokens: MetacriticTokens, line: number): boolean {
  if (tokens.indent(line) === 0) return false;
  const next = tokens.nextNonBlank(line + 1);
  return next < tokens.count && tokens.indent(next) > tokens.indent(line) && !isNumberedLine(tokens, next);
}

/**
 * True when line `line` is the critics' verdict line, unindented (a verdict quoted in a review
 * sits deeper), with a line of text right under it (furniture passed over): the first item of
 * the critics' list, numbered on a page (`  1. A slow, sad and gorgeous season.`; a
 * distribution or a heading stands there otherwise).
 */
function isItemUnderCriticVerdict(tokens: MetacriticTokens, line: number): boolean {
  if (tokens.indent(line) > 0 || tokens.value(line, 'verdict')?.owner !== 'critic') return false;
  let next = tokens.nextNonBlank(line + 1);
  while (next < tokens.count && tokens.rowAt(next) === FURNITURE_ROW) next = tokens.nextNonBlank(next + 1);
  return next < tokens.count && tokens.rowAt(next) === TEXT_ROW;
}

/**
 * The line of text right under line `line` when that is the critics' `Critic Reviews` heading:
 * their list's first item, numbered on a page (`  1. 10`: its score, 10 or less, says nothing of
 * itself, as a user's score or a widget's digit may be one); `undefined` for any other line.
 */
function itemUnderCriticHeading(tokens: MetacriticTokens, line: number): number | undefined {
  if (!isCriticReviewsHeading(tokens.text(line))) return undefined;
  const next = tokens.nextNonBlank(line + 1);
  return next < tokens.count && tokens.rowAt(next) === TEXT_ROW ? next : undefined;
}

/**
 * The line of text right under line `line` when that is a profile's count of its listed reviews
 * (`8,800 music reviews`): its list's first item, numbered on a page (`  1. A bleak, beautiful
 * farewell.`; a scored block opens with its bullet); `undefined` for any other line.
 */
function profileItemUnderCount(tokens: MetacriticTokens, line: number): number | undefined {
  if (tokens.value(line, 'profileStatistic')?.kind !== 'listed') return undefined;
  const next = tokens.nextNonBlank(line + 1);
  return next < tokens.count && tokens.rowAt(next) === TEXT_ROW ? next : undefined;
}

/**
 * True when line `line`, under a user verdict, is an indented user review's first line with no
 * number: its user's name over its date indented deeper (`  JohnD.` over `    Mar 3, 2020`), or
 * its date over its score or text indented deeper. A page numbers every user review.
 */
function isUnnumberedUserItem(tokens: MetacriticTokens, line: number): boolean {
  if (tokens.indent(line) === 0 || isNumberedLine(tokens, line)) return false;
  const next = tokens.nextNonBlank(line + 1);
  return next < tokens.count && tokens.indent(next) > tokens.indent(line) && (tokens.is(line, 'date') || tokens.is(next, 'date'));
}

/** True when line `line` opens a profile's scored block: `• 72 Metascore`, `• 80 Critic Score`. */
function isBlockLine(tokens: MetacriticTokens, line: number): boolean {
  const row = tokens.rowAt(line);
  return row === TITLE_METASCORE_ROW || row === SCORE_BULLET_ROW;
}

/** True when a blank line lies between lines `from` and `to`, with nothing but furniture beside it. */
function blankBetween(tokens: MetacriticTokens, from: number, to: number): boolean {
  let blank = false;
  for (let line = from + 1; line < to; line++) {
    if (tokens.isBlank(line)) blank = true;
    else if (!isFurnitureNotTail(tokens, line)) return false;
  }
  return blank;
}

/**
 * True when every non-blank line but the last has a blank line (or
 * furniture) under it, as some copies double every line break.
 */
function blankUnderEveryLine(tokens: MetacriticTokens): boolean {
  const last = tokens.previousNonBlank(tokens.count - 1);
  for (let line = tokens.nextNonBlank(0); line < last; line = tokens.nextNonBlank(line + 1)) {
    if (!tokens.isBlank(line + 1) && !isFurnitureNotTail(tokens, line) && !isFurnitureNotTail(tokens, line + 1)) return false;
  }
  return true;
}

/**
 * True when line `line` is furniture that copied text passes over
 * (`Watch On`, `Buy Now`): furniture carries no data, so it neither ends an
 * item nor opens one. A widget tail (`Expand`), which closes a review's
 * text, `See all 20 Critic Reviews`, which ends the list, and a line that
 * is another part of the page too (`User Score`, a heading) are not passed
 * over.
 */
function isPassedFurniture(tokens: MetacriticTokens, line: number): boolean {
  if (!tokens.is(line, 'furniture')) return false;
  const text = tokens.text(line);
  return !recogniseWidgetTail(text) && !endsList(text);
}

/** The first line at or after `from` that is neither blank nor furniture copied text passes over (or `tokens.count`). */
export function peekCopiedLine(tokens: MetacriticTokens, from: number): number {
  let line = tokens.nextNonBlank(from);
  while (line < tokens.count && isPassedFurniture(tokens, line)) line = tokens.nextNonBlank(line + 1);
  return line;
}

/** The last line at or before `from` that is neither blank nor furniture copied text passes over (or -1). */
export function previousCopiedLine(tokens: MetacriticTokens, from: number): number {
  let line = tokens.previousNonBlank(from);
  while (line >= 0 && isPassedFurniture(tokens, line)) line = tokens.previousNonBlank(line - 1);
  return line;
}

/** {@link peekCopiedLine}, recording the furniture passed over as furniture. */
export function nextCopiedLine(state: MetacriticState, from: number): number {
  const { tokens } = state;
  const next = peekCopiedLine(tokens, from);
  for (let line = from; line < next; line++) if (!tokens.isBlank(line)) state.report.furnish(line);
  return next;
}

/** True when the review's last line is text that nothing (a widget tail) closed. */
export function hasOpenText(tokens: MetacriticTokens, draft: ReviewDraft): boolean {
  return draft.excerpt.length > 0 && !recogniseWidgetTail(tokens.text(draft.last));
}

/** Records the end of an item of `list`: its last line, and whether that line is text nothing closed. */
export function endItem(list: CopiedList, last: number, text: boolean): void {
  list.lastEnd = last;
  list.lastText = text ? last : undefined;
}

/**
 * The number an item at line `at` is given: the next in turn when it is as
 * deep as the list's first item, none when deeper, when the page prints it
 * with no number (`numbered` false), or when the list's numbers are open.
 */
export function numberItem(list: CopiedList, tokens: MetacriticTokens, at: number, numbered = true): number | null {
  list.indent ??= tokens.indent(at);
  if (!numbered || !list.numbersDropped || list.numbersOpen || tokens.indent(at) > list.indent) return null;
  list.next++;
  return list.next - 1;
}

/**
 * True when line `line` ends an item of copied text: a part of the page
 * (a section line, a numbered item, a bullet or a bulleted part's line
 * standing bare, furniture that is no widget tail) or the end of the lines.
 */
export function endsCopiedItem(tokens: MetacriticTokens, line: number): boolean {
  return (
    line >= tokens.count ||
    isSectionLine(tokens, line) ||
    isNumberedLine(tokens, line) ||
    isBulletLine(tokens, line) ||
    isBarePartLine(tokens, line) ||
    isFurnitureNotTail(tokens, line)
  );
}

/**
 * Reports two lines of text in a row, `first` ending one item and `second`
 * opening the next, when `second` is not indented: copied text does not say
 * whether they are one review in two paragraphs or two reviews. They are read
 * as two (each paragraph of a review's excerpt is one line in a copy). Where
 * the copy kept the indentation, it settles it, as on a page: each indented
 * line of text is a review of its own. An unindented line under an indented
 * one is where a copy dropped the page's markers (a page partly indented),
 * and settles nothing.
 */
export function reportOpenBoundary(state: MetacriticState, first: number, second: number): void {
  if (state.tokens.indent(second) > 0) return;
  state.report.reportLine(
    'copied-boundary-open',
    'Two lines of review text in a row, with no list marker between them: they are read as two reviews, but the copied text does not say whether they are one review in two paragraphs.',
    first,
    second,
  );
}

/**
 * True when line `line`, right under line `last`, an indented review's last, is a line of text
 * left unindented, above the page's copied tail: on a page whose items are indented (a crawled
 * page with a line stripped), the excerpt of a review that has none yet, its indentation dropped,
 * more likely than a review of its own; the text does not settle it (see
 * {@link reportStrayExcerpt}).
 */
export function isStrayExcerptLine(state: MetacriticState, last: number, line: number): boolean {
  return isLeftUnindented(state, last, line) && state.tokens.is(line, 'text');
}

/**
 * True when line `line`, right under line `last`, an indented item's last (see
 * {@link standsRightUnder}), stands unindented above the page's copied tail: a line of that item
 * whose indentation a copy dropped, or the next item's (see {@link isStrayExcerptLine}).
 */
export function isLeftUnindented(state: MetacriticState, last: number, line: number): boolean {
  const { tokens } = state;
  return standsRightUnder(tokens, last, line) && tokens.indent(line) === 0 && tokens.indent(last) > 0 && line < copiedTailStart(state);
}

/** True when line `line` stands right under line `last`: no blank line between them, and nothing but furniture copied text passes over (`Watch On`). */
export function standsRightUnder(tokens: MetacriticTokens, last: number, line: number): boolean {
  let at = last + 1;
  while (at < line && !tokens.isBlank(at) && isPassedFurniture(tokens, at)) at++;
  return at === line;
}

/**
 * True when line `line` is a line of the indented user item whose lines are `pieces` (read by the
 * user item reader), left unindented right under them (see {@link isLeftUnindented}) while the
 * item holds no text yet: its last line is its date or its score, or its first alone, over a date
 * (`  1. DavidS.` / `Jan 29, 2008` / `A timeless take ...`, `  1. Oct 4, 2013` / `It reminds me
 * ...`). The review goes on there, as copied text, up to the next review's date.
 */
export function continuesUserItemUnindented(state: MetacriticState, pieces: readonly Piece[], line: number): boolean {
  const last = pieces[pieces.length - 1];
  if (last === undefined || !isLeftUnindented(state, last.line, line)) return false;
  return dateOf(state.tokens, last) !== undefined || recogniseUserScore(last.text) !== undefined || (pieces.length === 1 && state.tokens.accepts(line, 'date'));
}

/** Reports the excerpt on line `line`, left unindented under the indented review that opens on line `first` (see {@link isStrayExcerptLine}), as an open boundary. */
export function reportStrayExcerpt(state: MetacriticState, first: number, line: number): void {
  state.report.reportLine(
    'copied-boundary-open',
    'A line of review text stands unindented right under an indented review with no text: it is read as that review’s excerpt, its indentation dropped, but the text does not say whether it is a review of its own.',
    first,
    line,
  );
}

/**
 * Where the copy dropped the page's list numbers (see {@link copiedNumbersDropped}), the line
 * that ends an item whose lines sit at `indent` or deeper: a line as deep as the item, which is
 * the next item with its number dropped (`2. Hawn spends ...` / `Cheeky one moment ...`, a user's
 * `  ChristianP.` / `    Wildly overrated.` / `  Feb 25, 2018`), unless it is a widget tail or
 * goes on the item (`goesOn`: a hard-wrapped line). Undefined where the page keeps its numbers:
 * there a line as deep as its item's number is the item's, as on a page whose bodies sit no deeper
 * than their numbers.
 */
export function droppedNumberStop(
  state: MetacriticState,
  indent: number,
  goesOn: (line: number) => boolean = () => false,
): ((line: number) => boolean) | undefined {
  if (!copiedNumbersDropped(state)) return undefined;
  const { tokens } = state;
  return (line) => tokens.indent(line) === indent && !recogniseWidgetTail(tokens.text(line)) && !goesOn(line);
}

/**
 * How the page settles line `line`, text with no number at `indent` (deeper than none) under a
 * list item as deep: `'none'` where no numbered item as deep stands above it or under it in its
 * run of lines (it is no item whose number a copy dropped; one under it says the items above it
 * lost theirs, the list's first numbers dropped); `'settled'` where it is that list's next item with
 * its `N. ` dropped, as the page says: the page's numbered items have their next lines deeper
 * than their numbers (`  1. Even stupidity ...` over `    • 32 Metascore`), so that a line as
 * deep as a number is no item's body, or the numbers around it skip exactly as many as the lines
 * of text between them that open an item (`4.` and `6.`, one such line between them: it is
 * `5.`); `'open'` where the text does not say (a page whose bodies sit as deep as their numbers,
 * no number skipped). `goesOn(above, text)` says whether a line goes on the one above it (a
 * hard-wrapped line, a citation) rather than opening an item.
 */
export function droppedNumberReading(
  state: MetacriticState,
  indent: number,
  line: number,
  goesOn: (above: string, text: string) => boolean,
): 'none' | 'settled' | 'open' {
  const run = state.droppedNumberRun;
  if (run === undefined || run.from >= line || line >= run.to) state.droppedNumberRun = numberedRun(state.tokens, indent, line, goesOn);
  const { numbered, settled } = state.droppedNumberRun as NumberedRun;
  if (!numbered) return 'none';
  state.numberedBodiesDeeper ??= hasDeeperBodies(state.tokens);
  return state.numberedBodiesDeeper || settled ? 'settled' : 'open';
}

/** True when some numbered item's next line, with no number, is indented deeper than its number. */
function hasDeeperBodies(tokens: MetacriticTokens): boolean {
  for (let line = 0; line < tokens.count; line++) {
    if (!isNumberedLine(tokens, line)) continue;
    const next = tokens.nextNonBlank(line + 1);
    if (next < tokens.count && tokens.indent(next) > tokens.indent(line) && !isNumberedLine(tokens, next)) return true;
  }
  return false;
}

/**
 * The run of lines at `indent` around line `line` between the numbered items as deep above and
 * under it (a section line or a shallower line ends the search either way), and whether their
 * numbers skip exactly as many as the lines of text in it, as deep, that open an item (any but a
 * line that goes on the one above it).
 */
function numberedRun(tokens: MetacriticTokens, indent: number, line: number, goesOn: (above: string, text: string) => boolean): NumberedRun {
  const stops = (at: number): boolean =>
    !tokens.isBlank(at) && (isSectionLine(tokens, at) || tokens.indent(at) < indent || (isNumberedLine(tokens, at) && tokens.indent(at) === indent));
  let from = line - 1;
  while (from >= 0 && !stops(from)) from--;
  let to = line + 1;
  while (to < tokens.count && !stops(to)) to++;
  const numberAt = (at: number): number | undefined =>
    at < 0 || at >= tokens.count || tokens.indent(at) !== indent ? undefined : tokens.value(at, 'numbered');
  const above = numberAt(from);
  const under = numberAt(to);
  if (above === undefined || under === undefined) return { from, to, numbered: above !== undefined || under !== undefined, settled: false };
  let opening = 0;
  let previous = from;
  for (let at = from + 1; at < to; at++) {
    if (tokens.isBlank(at)) continue;
    if (tokens.indent(at) === indent && tokens.is(at, 'text') && !goesOn(tokens.text(previous), tokens.text(at))) opening++;
    previous = at;
  }
  return { from, to, numbered: true, settled: opening > 0 && under - above - 1 === opening };
}
