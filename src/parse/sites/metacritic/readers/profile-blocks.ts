/**
 * A profile's scored block:
 * ```
 *     • 72 Metascore
 *     • 80 Sheri Linden          (or "• 40 Critic Score", or "• 25 Reviewed by" then the name)
 *     [<Mon D, YYYY>]             (the review's date)
 *     <excerpt, one or more lines>
 *     [• Publication]
 * ```
 *
 * @module
 */
import { recogniseBullet, recogniseDetail, recogniseMediaFilter, recogniseScoreBullet, recogniseTitleMetascore, recogniseWidgetTail } from '../recognise.js';
import { recogniseBareNumber } from '../../../text/numbers.js';
import { isBulletLine, isNumberedLine, isSectionLine, isWidgetBullet, METACRITIC_KINDS, type MetacriticTokens } from '../kinds.js';
import { newReview, type MetacriticReader, type MetacriticState, type ProfileDraft, reportLine, startPage } from '../state.js';
import { readCritic, sameName } from '../text.js';
import { collapse } from '../../../text/strings.js';
import { continuesExcerpt } from './critic-items.js';
import { copiedList, endItem, hasOpenText, readsAsCopied } from './copied-list.js';
import { blockContinuesInCopiedTail, endsStrippedBlock, isBlockLineWithoutBullet, readBlockRestInCopiedTail } from './copied-profile-items.js';
import { dateOfLine, endsUnindentedItem, isFurnitureNotTail, pushReview, readDate, TEXT_ROW } from './items.js';

const TITLE_METASCORE_ROW = METACRITIC_KINDS.rowOf('titleMetascore');
const SCORE_BULLET_ROW = METACRITIC_KINDS.rowOf('scoreBullet');

/** Reads a scored block, opened by its `• NN Metascore` or its score bullet. */
export const profileBlockReader: MetacriticReader = {
  name: 'profile block',
  opens: ['titleMetascore', 'scoreBullet'],
  read(tokens, at, state) {
    startPage(state);
    const firstIndent = tokens.indent(at);
    const draft = newReview(at, null);
    let cursor = at;
    let stage: 'metascore' | 'score' | 'excerpt' | 'done' = 'metascore';
    // The critic the block's score line names: null for "Critic Score" or "Reviewed by"; undefined before it.
    let scoreLineNames: string | null | undefined;
    while (cursor < tokens.count && stage !== 'done') {
      const lineAt = tokens.nextNonBlank(cursor);
      if (lineAt >= tokens.count) break;
      const indent = tokens.indent(lineAt);
      if (lineAt > at && indent < Math.min(firstIndent, 1)) break;
      if (lineAt > at && endsUnindentedItem(tokens, lineAt, cursor)) break;
      // The line's token says what a bullet is (its row reads it so, or refused it): a line of the
      // title Metascore or score bullet row is one, as those rows read the text after a bullet.
      // A line of text (most of a block's) is none of the others, told by its row alone.
      const row = tokens.rowAt(lineAt);
      const isText = row === TEXT_ROW;
      if (!isText && (row === TITLE_METASCORE_ROW || row === SCORE_BULLET_ROW || isBulletLine(tokens, lineAt))) {
        // A line of a later row than the title Metascore's was refused by it: no pattern is run again.
        const metascore = tokens.valueAsRow(lineAt, 'titleMetascore', TITLE_METASCORE_ROW);
        if (metascore) {
          if (stage !== 'metascore') break;
          if (metascore.metascore !== 'tbd' && metascore.metascore > 100) {
            reportLine(state, 'score-out-of-range', `The Metascore ${metascore.metascore} is outside the 0-100 scale.`, lineAt);
          } else {
            draft.metascore = metascore.metascore;
          }
          stage = 'score';
        } else {
          const score = stage === 'excerpt' ? undefined : tokens.valueAsRow(lineAt, 'scoreBullet', SCORE_BULLET_ROW);
          if (score) {
            if (score.score > 100) {
              reportLine(state, 'score-out-of-range', `The critic score ${score.score} is outside the 0-100 scale.`, lineAt);
            } else {
              draft.score = score.score;
            }
            if (score.by.kind === 'name') draft.critic = readCritic(score.by.name);
            scoreLineNames = score.by.kind === 'name' ? score.by.name : null;
            draft.awaitingCritic = score.by.kind === 'reviewed-by';
            stage = 'excerpt';
          } else {
            const bullet = stage === 'excerpt' && draft.excerpt.length > 0 ? (recogniseBullet(tokens.text(lineAt)) as string) : undefined;
            if (
              bullet === undefined ||
              !isPublicationBullet(bullet, { profile: state.profile, scoreLineNames, followedByText: isTextLineAt(tokens, tokens.nextNonBlank(lineAt + 1)) })
            )
              break;
            // The trailing "• Publication" bullet closes the block.
            draft.publication = collapse(bullet);
            stage = 'done';
          }
        }
      } else {
        if (!isText && ((lineAt > at && isSectionLine(tokens, lineAt)) || isNumberedLine(tokens, lineAt))) break;
        // An unindented line ends an indented block; in a page with no indentation at all (as
        // copied from a browser) the block's lines are all unindented. (The first line is the
        // block's bullet, so no text line comes before a score.)
        // So does a line shallower than the block's (an item whose number a copy dropped).
        if (indent < firstIndent) break;
        // Furniture ends the block, as it ends a list item's continuation; a widget tail stays in.
        if (!isText && isFurnitureNotTail(tokens, lineAt)) break;
        // So does a block's line whose bullet a copy dropped (from there on).
        if (isBlockLineWithoutBullet(state, draft, lineAt)) break;
        const text = tokens.text(lineAt);
        // In copied text with no indentation or numbers, each paragraph is one line: a second line
        // of text is the next item, and the copy does not say whether it is the same review's.
        if (firstIndent === 0 && (endsCopiedExcerpt(state, draft.excerpt, text, lineAt) || endsStrippedBlock(state, draft, lineAt))) break;
        // A date line (`Aug 20, 2016`) is the review's date, as a critic item's is.
        const date = draft.awaitingCritic || draft.dateText !== null ? undefined : dateOfLine(tokens, lineAt);
        if (draft.awaitingCritic) {
          draft.critic = readCritic(text);
          draft.awaitingCritic = false;
        } else if (date !== undefined) {
          readDate(state, draft, date.iso, text, lineAt);
        } else if (!recogniseWidgetTail(text)) {
          draft.excerpt.push(text);
        }
        stage = 'excerpt';
      }
      draft.last = lineAt;
      cursor = lineAt + 1;
    }
    // On a page partly indented, or where a copy dropped the block's bullets from a line on, the
    // block may go on in the copied lines under it.
    if (blockContinuesInCopiedTail(state, draft, draft.last + 1)) return readBlockRestInCopiedTail(state, draft, draft.last + 1);
    // In copied text (a copy that dropped the page's numbers, or its copied tail), the block is an item of the copied list.
    if (state.phase === 'profile' && readsAsCopied(state, at)) endItem(copiedList(state, tokens, 'profile', at), draft.last, hasOpenText(tokens, draft));
    pushReview(state, draft);
    return draft.last + 1;
  },
};

/** True when `text` on line `line`, under the lines `excerpt` of an unindented block, is not its excerpt's: the line is read as copied text (see readsAsCopied) and does not continue it. */
function endsCopiedExcerpt(state: MetacriticState, excerpt: readonly string[], text: string, line: number): boolean {
  return excerpt.length > 0 && !recogniseWidgetTail(text) && !continuesExcerpt(excerpt, text) && readsAsCopied(state, line);
}

/** What tells a block's closing `• 20 Minutos` from the next block's score line. */
export interface BulletContext {
  readonly profile: ProfileDraft | undefined;
  /** The critic the block's own score line names; null where it names no one ("Critic Score"); undefined where it has none. */
  readonly scoreLineNames?: string | null | undefined;
  /** Whether text follows the bullet, as a score line's excerpt does. */
  readonly followedByText: boolean;
}

/**
 * `• Q Magazine`, `• PlayStation: The Official Magazine`, `• 20 Minutos` after
 * a block's excerpt: its publication (no page detail such as `• Network: NBC`
 * comes there). Never a media filter, a percentage (`• 75% higher than the
 * average critic`, a profile's statistic), a bare number (`• 8`, the rating
 * widget's), or a score bullet, which opens the next block when that block has
 * no `• NN Metascore` line: `• 39 Critic Score`, `• 25 Reviewed by`, and
 * `• 80 Sheri Linden`, a number and a name. That one is a publication (`• 20
 * Minutos`, `• 411 Mania`) only where no text of its own follows and it cannot
 * be a score line: its number is over 100, or its name is not the critic the
 * block's score line named, or the page's score lines name no one (a block's
 * "Critic Score", a publication's profile), or, where the block has no score
 * line, it is not the name of the critic whose profile it is.
 */
export function isPublicationBullet(bullet: string, context: BulletContext): boolean {
  if (bullet === '' || recogniseBareNumber(bullet) !== undefined || recogniseMediaFilter(bullet) !== undefined) return false;
  const score = recogniseScoreBullet(bullet);
  // A number and a word, or a percentage ("• 75% higher than the average critic", a profile's statistic), names no publication.
  if (score === undefined) return !/^\d{1,3}(?:\.\d+)?%? /u.test(bullet);
  if (score.by.kind !== 'name' || context.followedByText) return false;
  if (score.score > 100) return true;
  const { profile, scoreLineNames } = context;
  if (scoreLineNames === null || profile?.subject === 'publication') return true;
  const critic = scoreLineNames ?? (profile?.subject === 'critic' ? profile.name : null);
  return critic !== null && !sameName(score.by.name, critic);
}

/** True when line `at` is text, as a block's excerpt is: no bullet, no list item, indented. */
export function isTextLineAt(tokens: MetacriticTokens, at: number): boolean {
  return at < tokens.count && tokens.indent(at) > 0 && !isBulletLine(tokens, at) && !isNumberedLine(tokens, at);
}

/**
 * `• 72 Metascore`, `• 80 Sheri Linden`, `• 8`, `• #12 Best PC Game of 2009`,
 * `• Movies`, `• Network: NBC`: a bullet that the readers read as a part of a
 * page, or as its furniture.
 */
export function isPartBullet(bullet: string): boolean {
  return (
    recogniseTitleMetascore(bullet) !== undefined ||
    recogniseScoreBullet(bullet) !== undefined ||
    isWidgetBullet(bullet) ||
    recogniseMediaFilter(bullet) !== undefined ||
    recogniseDetail(bullet) !== undefined
  );
}
