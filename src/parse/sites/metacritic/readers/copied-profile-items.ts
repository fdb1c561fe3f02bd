/**
 * A profile's reviews in copied text, their bullets (and numbers, and
 * indentation) dropped:
 * ```
 * 72 Metascore                 a scored block: the title's Metascore,
 * 80 Sheri Linden              the score line ("40 Critic Score"; "25 Reviewed by", the critic on the next line)
 * Aug 20, 2016                 its date, where a date line stands under them
 * What gives Spielberg ...     the excerpt: one line (each paragraph being one)
 * Entertainment Weekly         its publication, where a name stands over the next review or the list's end
 * Even stupidity stops ...     an item whose score is not rendered: one line, numbered in turn
 * ```
 * A block carries no number; the items of a list with no printed number are
 * numbered in turn. Two lines of text in a row are two reviews, reported as
 * an open boundary (`copied-boundary-open`). On a page partly indented, a
 * block the indented reader read goes on in the copied tail under it (see
 * {@link blockContinuesInCopiedTail}).
 *
 * @module
 */
import { recogniseScoreBullet, recogniseTitleMetascore, recogniseWidgetTail, type ScoreBullet } from '../recognise.js';
import { type CopiedList, newReview, type MetacriticReader, type MetacriticState, reportLine, type ReviewDraft, startPage } from '../state.js';
import { readCritic, sameName } from '../text.js';
import { isNumberedLine, isSectionLine } from '../kinds.js';
import { collapse } from '../../../text/strings.js';
import { continuesExcerpt, isPublicationLine } from './critic-items.js';
import {
  copiedList,
  copiedTailStart,
  droppedNumberReading,
  droppedNumberStop,
  endItem,
  endsCopiedItem,
  hasOpenText,
  nextCopiedLine,
  numberItem,
  opensCopiedItem,
  peekCopiedLine,
  previousCopiedLine,
  reportOpenBoundary,
  isLeftUnindented,
  isSentenceLine,
  isStrayExcerptLine,
  opensItemUnderStrippedBlock,
  reportStrayExcerpt,
} from './copied-list.js';
import { type ContinuationRules, dateOfLine, isFurnitureNotTail, pushReview, readDate } from './items.js';

/**
 * Reads a scored block whose lines stand bare: `72 Metascore`, its score line, its excerpt, and its
 * closing publication. A block with no Metascore line opens at its score line (`40 Critic Score`, or
 * on a critic's profile `75 Roger Ebert`: see {@link droppedScoreLineAt}).
 */
export const copiedProfileBlockReader: MetacriticReader = {
  name: 'copied profile block',
  opens: ['bareTitleMetascore', 'bareScoreLine', 'text'],
  when: (state, tokens, at) => state.phase === 'profile' && (!tokens.is(at, 'text') || droppedScoreLineAt(state, at) !== undefined),
  read(tokens, at, state) {
    startPage(state);
    const list = copiedList(state, tokens, 'profile', at);
    const draft = newReview(at, null);
    const metascore = tokens.value(at, 'bareTitleMetascore');
    if (metascore === undefined) return readBlockBody(state, list, draft, at);
    if (metascore.metascore !== 'tbd' && metascore.metascore > 100) {
      reportLine(state, 'score-out-of-range', `The Metascore ${metascore.metascore} is outside the 0-100 scale.`, at);
    } else {
      draft.metascore = metascore.metascore;
    }
    return readBlockBody(state, list, draft, nextCopiedLine(state, at + 1));
  },
};

/**
 * True when the scored block `draft`, whose lines the indented block reader read up to line
 * `next`, goes on in the page's copied tail (a page partly indented): the line under it there is
 * its score line, bare, where it has none yet, or its critic's name, or its excerpt's line, or a
 * line that goes on its excerpt.
 */
export function blockContinuesInCopiedTail(state: MetacriticState, draft: ReviewDraft, next: number): boolean {
  const { tokens } = state;
  const line = peekCopiedLine(tokens, next);
  if (line >= tokens.count || draft.publication !== null) return false;
  // Its score line with the bullet dropped, where the page drops its bullets from there on, in the tail or not.
  if (!hasScoreLine(draft) && droppedScoreLineAt(state, line) !== undefined) return true;
  if (isStrayBlockExcerpt(state, draft, line)) return true;
  // Its critic's name under its `Reviewed by`, left unindented.
  if (draft.awaitingCritic && isLeftUnindented(state, draft.last, line) && tokens.is(line, 'text')) return true;
  if (line < copiedTailStart(state)) return false;
  if (!hasScoreLine(draft) && scoreLineAt(state, line) !== undefined) return true;
  if (endsCopiedItem(tokens, line)) return false;
  const text = tokens.text(line);
  return draft.awaitingCritic || draft.excerpt.length === 0 || recogniseWidgetTail(text) || continuesExcerpt(draft.excerpt, text);
}

/** Reads the rest of the scored block `draft` from the page's copied tail (see {@link blockContinuesInCopiedTail}); returns the first line not taken. */
export function readBlockRestInCopiedTail(state: MetacriticState, draft: ReviewDraft, next: number): number {
  const from = nextCopiedLine(state, next);
  if (isStrayBlockExcerpt(state, draft, from)) reportStrayExcerpt(state, draft.first, from);
  return readBlockBody(state, copiedList(state, state.tokens, 'profile', from), draft, from);
}

/** True when line `line` is the excerpt of the scored block `draft`, left unindented (see {@link isStrayExcerptLine}): the block has its score line and no excerpt yet. */
function isStrayBlockExcerpt(state: MetacriticState, draft: ReviewDraft, line: number): boolean {
  return hasScoreLine(draft) && !draft.awaitingCritic && draft.excerpt.length === 0 && isStrayExcerptLine(state, draft.last, line);
}

/**
 * True when line `line`, under the excerpt of the scored block `draft` whose lines a copy left
 * unindented among indented ones (`• 20 Metascore` / `• 25 Critic Score` / `93 minutes of
 * punishment ...` between `    Near the finish ...` and `    • 37 Metascore`), is a line of text
 * that does not go on the excerpt (a hard-wrapped line, a citation, a widget tail): the next item,
 * its number and indentation dropped (`  4. Forgotten almost before it ends.`), or a second
 * paragraph of the excerpt. It is read as the next item (see {@link opensItemUnderStrippedBlock}),
 * whose reader says the boundary is open, as between two lines of copied text.
 */
export function endsStrippedBlock(state: MetacriticState, draft: ReviewDraft, line: number): boolean {
  const { tokens } = state;
  if (draft.excerpt.length === 0 || !opensItemUnderStrippedBlock(state, draft.first, draft.last, line)) return false;
  const text = tokens.text(line);
  return !recogniseWidgetTail(text) && !continuesExcerpt(draft.excerpt, text);
}

/**
 * True when line `line`, under the lines of the scored block `draft` that the indented block
 * reader read, is a block's line whose bullet a copy dropped (from there on, the indentation
 * kept): the next block's bare Metascore (`67 Metascore`), or, where `draft` has no score line
 * yet, its own score line standing bare (see {@link droppedScoreLineAt}), which
 * {@link blockContinuesInCopiedTail} reads on. Either ends the block's lines there, which would
 * otherwise take it for the excerpt's.
 */
export function isBlockLineWithoutBullet(state: MetacriticState, draft: ReviewDraft, line: number): boolean {
  return state.tokens.is(line, 'bareTitleMetascore') || (!hasScoreLine(draft) && droppedScoreLineAt(state, line) !== undefined);
}

/**
 * The score line on line `line` standing bare where nothing but a dropped bullet makes it one:
 * `40 Critic Score` and `25 Reviewed by`, or, on a critic's profile, a number and a person's name
 * (`80 Sheri Linden`, and `90 Jane Doe` under Sheri Linden's block: see {@link PERSON_NAME}) or
 * that critic's name as the profile prints it; a number and other words (`93 minutes of
 * punishment`) may be an excerpt's, and a number and another name (`20 Minutos`) a publication's.
 * The critic is the profile's, by its heading; on a profile with none, the one its score lines
 * named so far.
 */
function droppedScoreLineAt(state: MetacriticState, line: number): ScoreBullet | undefined {
  const { tokens, profile } = state;
  const bare = tokens.value(line, 'bareScoreLine');
  if (bare !== undefined || !tokens.is(line, 'text') || profile?.subject !== 'critic') return bare;
  const score = recogniseScoreBullet(tokens.text(line));
  if (score?.by.kind !== 'name') return undefined;
  if (PERSON_NAME.test(score.by.name)) return score;
  const critic = profile.name ?? namedCritic(state);
  return critic !== null && sameName(score.by.name, critic) ? score : undefined;
}

/** The critic the reviews read so far name (on a critic's profile, its score lines'), or null. */
function namedCritic(state: MetacriticState): string | null {
  for (let i = state.reviews.length - 1; i >= 0; i--) {
    const critic = state.reviews[i]?.critic;
    if (critic != null) return critic.name;
  }
  return null;
}

/**
 * A person's name: two to four words, each capitalised (or a particle: `de`, `van`, ...), with
 * no digit and no sentence's end (`Sheri Linden`, `Kenneth O'Brien`, `A.O. Scott`, `Gene de
 * Souza`); not `Minutos`, `Mania` or `minutes of dread.`.
 */
const PERSON_NAME = /^\p{Lu}[\p{L}.'’-]*(?: (?:\p{Lu}[\p{L}.'’-]*|de|da|di|du|van|von|der|le|la)){1,3}(?<![.!?])$/u;

/** True when the block has read its score line ("40 Critic Score", "80 Sheri Linden", "25 Reviewed by"). */
function hasScoreLine(draft: ReviewDraft): boolean {
  return draft.score !== null || draft.critic !== null || draft.awaitingCritic;
}

/**
 * The score line on line `line`: bare ("40 Critic Score", "25 Reviewed by", or, on a critic's
 * profile, a number and that critic's name: see {@link droppedScoreLineAt}), or with its bullet,
 * where a copy dropped the indentation only. A number and other words (`93 minutes of dread.`)
 * is the block's excerpt.
 */
function scoreLineAt(state: MetacriticState, line: number): ScoreBullet | undefined {
  return state.tokens.value(line, 'scoreBullet') ?? droppedScoreLineAt(state, line);
}

/**
 * Reads a block from line `from`, under its Metascore: its score line where it has none yet (and
 * the critic's name under "Reviewed by"), its date line, then its excerpt. Returns the first line not taken.
 */
function readBlockBody(state: MetacriticState, list: CopiedList, draft: ReviewDraft, from: number): number {
  const { tokens } = state;
  let line = from;
  const score = hasScoreLine(draft) ? undefined : scoreLineAt(state, line);
  if (score !== undefined) {
    readScoreLine(state, draft, score, line);
    draft.last = line;
    line = nextCopiedLine(state, line + 1);
  }
  if (draft.awaitingCritic && line < tokens.count && !endsCopiedItem(tokens, line)) {
    draft.critic = readCritic(tokens.text(line));
    draft.awaitingCritic = false;
    draft.last = line;
    line = nextCopiedLine(state, line + 1);
  }
  // A date line under them (`Aug 20, 2016`) is the review's date, as on the saved page.
  const date = line < tokens.count && draft.dateText === null ? dateOfLine(tokens, line) : undefined;
  if (date !== undefined) {
    readDate(state, draft, date.iso, tokens.text(line), line);
    draft.last = line;
    line = nextCopiedLine(state, line + 1);
  }
  line = readClosingPublication(state, draft, readExcerpt(state, draft, line));
  endItem(list, draft.last, hasOpenText(tokens, draft));
  pushReview(state, draft);
  return line;
}

/**
 * Reads line `line`, right under the excerpt of the profile's review `draft` (a scored block or an
 * item), as its publication, its closing bullet dropped (`• Entertainment Weekly`, `• 20 Minutos`,
 * `• PlayStation: The Official Magazine`), where it reads as a name, not a sentence (see
 * {@link isPublicationLine}), and the line under it opens the next review (a block's Metascore or
 * score line, an item's sentence) or ends the list: an item whose score is not rendered, the other
 * reading, is a sentence. A word alone as a sentence starts it (`Gripping`, `Variety`) may be
 * either, unless the page names it as a review's publication above: read as the publication, it
 * is reported (`copied-boundary-open`). Returns the first line not taken.
 */
function readClosingPublication(state: MetacriticState, draft: ReviewDraft, line: number): number {
  const { tokens } = state;
  if (draft.excerpt.length === 0 || draft.publication !== null || line >= tokens.count || !(tokens.is(line, 'text') || tokens.is(line, 'bareDetail')))
    return line;
  const text = tokens.text(line);
  // A name has a letter: `12` and `8.6` are a widget's digit and a user score.
  if (!HAS_LETTER.test(text) || droppedScoreLineAt(state, line) !== undefined) return line;
  const next = peekCopiedLine(tokens, line + 1);
  if (!opensReviewOrEndsList(state, next) || !isPublicationLine(text, next < tokens.count ? tokens.text(next) : '', draft)) return line;
  const publication = collapse(text);
  if (ORDINARY_WORD.test(publication) && !state.reviews.some((review) => review.publication === publication)) {
    state.report.reportLine(
      'copied-boundary-open',
      'A word stands alone under a review’s text, over the next review: it is read as the review’s publication, but the copied text does not say whether it is a review of its own, its excerpt one word.',
      draft.last,
      line,
    );
  }
  draft.publication = publication;
  draft.last = line;
  return nextCopiedLine(state, line + 1);
}

/** One word as a sentence starts it, a capital then lower case only: `Gripping` (an excerpt) or `Variety` (a publication). */
const ORDINARY_WORD = /^\p{Lu}\p{Ll}+$/u;

/** A letter anywhere in a line. */
const HAS_LETTER = /\p{L}/u;

/**
 * True when line `line` opens a profile's review (a scored block's Metascore or score line, bare or
 * bulleted; an item, numbered or its sentence, see {@link isSentenceLine}) or ends its list (a
 * section line, furniture, the end).
 */
function opensReviewOrEndsList(state: MetacriticState, line: number): boolean {
  const { tokens } = state;
  if (line >= tokens.count || tokens.is(line, 'titleMetascore') || tokens.is(line, 'bareTitleMetascore') || scoreLineAt(state, line) !== undefined) return true;
  if (isSectionLine(tokens, line) || isNumberedLine(tokens, line) || isFurnitureNotTail(tokens, line)) return true;
  return tokens.is(line, 'text') && isSentenceLine(tokens.text(line));
}

/** Reads a profile item whose number a copy dropped: one line of text, and its closing publication. */
export const copiedProfileItemsReader: MetacriticReader = {
  name: 'copied profile items',
  opens: ['text', 'date', 'bareMediaFilter'],
  when: (state, tokens, at) => opensCopiedItem(state, tokens, at, 'profile'),
  read(tokens, at, state) {
    const list = copiedList(state, tokens, 'profile', at);
    if (list.lastText !== undefined && list.lastText === previousCopiedLine(tokens, at - 1)) reportOpenBoundary(state, list.lastText, at);
    const draft = newReview(at, numberItem(list, tokens, at));
    const next = readClosingPublication(state, draft, readExcerpt(state, draft, at));
    endItem(list, draft.last, hasOpenText(tokens, draft));
    pushReview(state, draft);
    return next;
  },
};

/** Reads a block's score line into `draft`; a score off the scale is reported. */
function readScoreLine(state: MetacriticState, draft: ReviewDraft, score: ScoreBullet, line: number): void {
  if (score.score > 100) reportLine(state, 'score-out-of-range', `The critic score ${score.score} is outside the 0-100 scale.`, line);
  else draft.score = score.score;
  if (score.by.kind === 'name') draft.critic = readCritic(score.by.name);
  draft.awaitingCritic = score.by.kind === 'reviewed-by';
}

/** Reads an excerpt's line from `line` (and a citation, hard-wrapped line or widget tail on it); returns the first line not taken. */
function readExcerpt(state: MetacriticState, draft: ReviewDraft, from: number): number {
  const { tokens } = state;
  let line = from;
  for (; line < tokens.count; line = nextCopiedLine(state, line + 1)) {
    // Under a block's score line (and its critic), its first line of text may read as a page detail
    // (a game's `Also On: PC, Xbox 360`): no detail stands in a block.
    const detailAsText = draft.excerpt.length === 0 && hasScoreLine(draft) && !draft.awaitingCritic && tokens.is(line, 'bareDetail');
    if (
      line > draft.first &&
      ((endsCopiedItem(tokens, line) && !detailAsText) || (draft.excerpt.length === 0 && droppedScoreLineAt(state, line) !== undefined))
    )
      break;
    const text = tokens.text(line);
    if (recogniseWidgetTail(text)) {
      draft.last = line;
      return tokens.nextNonBlank(line + 1);
    }
    if (draft.excerpt.length > 0 && !continuesExcerpt(draft.excerpt, text)) break;
    if (draft.excerpt.length === 0 && recogniseTitleMetascore(text) !== undefined) break;
    draft.excerpt.push(text);
    draft.last = line;
  }
  return line;
}

/**
 * What ends the lines of the numbered profile item `draft`, at `indent`, beyond the items' own
 * rules: a line of text as deep as the item's number that does not go on its excerpt (a
 * hard-wrapped line, a citation) is the next item, its number dropped. Where the copy dropped
 * the page's list numbers, the copied list reads it (see {@link droppedNumberStop}); where only
 * some lines lost theirs, the item above ends there too, as the page settles it (see
 * {@link droppedNumberReading}), or, where its text does not, with a `copied-boundary-open`
 * warning over both lines, as two lines of copied text in a row have.
 */
export function droppedNumberRules(state: MetacriticState, draft: ReviewDraft, indent: number): ContinuationRules {
  const { tokens } = state;
  const goesOn = (line: number): boolean => continuesExcerpt(draft.excerpt, tokens.text(line));
  const stopsAt = droppedNumberStop(state, indent, goesOn);
  if (stopsAt !== undefined) return { stopsAt };
  return {
    stopsAt: (line) => {
      if (indent === 0 || tokens.indent(line) !== indent || !tokens.is(line, 'text') || draft.excerpt.length === 0 || goesOn(line)) return false;
      const reading = droppedNumberReading(state, indent, line, (above, text) => continuesExcerpt([above], text));
      if (reading === 'open') {
        state.report.reportLine(
          'copied-boundary-open',
          'A line of review text as deep as the numbered item above it, with no number of its own: it is read as the next review, its number dropped, but the text does not say whether it is a second paragraph of the one above.',
          draft.last,
          line,
        );
      }
      return reading !== 'none';
    },
  };
}
