/**
 * A truncated page's last line can stop inside a part, which would read as
 * another (`  1. Positive: 9 out of` as an excerpt, `    • 49 Met` as a critic
 * named "Met"). The site finds that line before reading, reads the page as if
 * it ended there, and reports the line as `truncated-line`.
 *
 * @module
 */
import { CUT_SHORT_MAX, isCriticReviewsHeading, isWord, recogniseCutShort, recogniseWidgetTail } from '../recognise.js';
import { isFurnitureRowLine, isNumberedLine, type MetacriticTokens, numberedText } from '../kinds.js';
import { recogniseCutDate } from '../../../text/dates.js';
import { isDigit, recogniseBareNumber } from '../../../text/numbers.js';
import { clip, endsSentenceWord, endsWithoutLineBreak } from '../../../text/strings.js';
import type { MetacriticState } from '../state.js';

/**
 * The page's last line of data (furniture after it aside) when it is a part
 * cut short: one {@link recogniseCutShort} knows, a date cut before the end of
 * its year (`Jun 3, 20`, which would read as an excerpt), an item's number alone
 * (`2.`; not one that is text, see {@link isNumberAsText}) or with a score a longer one begins (`3. 8`, the page's very end), or a digit under a distribution's label or line, a list's heading or
 * an item's "Expand" (`  2`, the start of `  2. Negative: ...`; `Critic
 * Reviews` / `  1`), where no score line comes. -1 when it is not.
 */
export function findTruncatedLine(tokens: MetacriticTokens): number {
  for (let at = tokens.previousNonBlank(tokens.count - 1); at >= 0; at = tokens.previousNonBlank(at - 1)) {
    // A page ends in furniture, line after line: each told by its row, with no kind looked up by name.
    if (isFurnitureRowLine(tokens, at)) continue;
    // Most pages end with an excerpt: a line too long to be cut short, told by its length and last character alone.
    if (cannotBeCut(tokens, at)) return -1;
    const text = tokens.text(at);
    if (isWholeEmptyListLine(tokens, at)) return -1;
    if (
      recogniseCutShort(text) ||
      recogniseCutDate(numberedText(tokens, at)) ||
      (tokens.valueAs(at, 'numbered') !== undefined && numberedText(tokens, at) === '' && !isNumberAsText(tokens, at)) ||
      isCutScoreItem(tokens, at)
    )
      return at;
    if (!(text.length === 1 && isDigit(text.charCodeAt(0)))) return -1;
    // Furniture between the digit and what it stands under ("Watch On") carries no data: it is passed over.
    let above = tokens.previousNonBlank(at - 1);
    while (above >= 0 && !opensList(tokens, above) && tokens.accepts(above, 'furniture')) above = tokens.previousNonBlank(above - 1);
    return above >= 0 && opensList(tokens, above) ? at : -1;
  }
  return -1;
}

/**
 * True when line `at` is none of the parts {@link findTruncatedLine} finds cut short, told with no
 * slice: a line longer than {@link recogniseCutShort} takes that does not end with a digit or a
 * comma, as every other cut part does (a cut date, `Jun 3, 20` or `Jun 3,`, however many spaces
 * it holds; an item's score, `3. 8`; a digit alone; an item's number alone, `2.`, is shorter).
 * Its text's length and last character are the input's (a line's text is cleaned one for one).
 */
function cannotBeCut(tokens: MetacriticTokens, at: number): boolean {
  const { input, textStarts, textEnds } = tokens.lines;
  const end = textEnds[at] as number;
  if (end - (textStarts[at] as number) <= CUT_SHORT_MAX) return false;
  const last = input.charCodeAt(end - 1);
  return !isDigit(last) && last !== 0x2c;
}

/**
 * True when line `at`, a list number alone (`0.`, `3.`), is no item's number cut short but reads
 * as it would with a line break after it: `0.` (a list counts its items from 1), or a number
 * indented deeper than the numbered item above it (`  2. Mar 4, 2020` / `    3.`: a numbered line
 * deeper than its item's number is the item's text, whether or not the page cut it there; a
 * distribution's line is no item).
 */
function isNumberAsText(tokens: MetacriticTokens, at: number): boolean {
  if (tokens.valueAs(at, 'numbered') === 0) return true;
  const indent = tokens.indent(at);
  for (let line = tokens.previousNonBlank(at - 1); line >= 0; line = tokens.previousNonBlank(line - 1)) {
    if (tokens.indent(line) < indent) return isNumberedLine(tokens, line) && !tokens.is(line, 'distributionLine');
    if (tokens.indent(line) === indent && isNumberedLine(tokens, line) && numberedText(tokens, line) !== '') return false;
  }
  return false;
}

/**
 * `  3. 8` as the last line of data of a page that ends with no line break (furniture after it
 * aside): an item's score of 1 to 10, which a longer one (80-89, 100) begins, cut where the page
 * stops. (An item's number opens no user review with its score.) So is `8` where a copy dropped
 * the item's number (see {@link isCopiedItemLine}).
 */
function isCutScoreItem(tokens: MetacriticTokens, at: number): boolean {
  if (!isNumberedLine(tokens, at) && !isCopiedItemLine(tokens, at)) return false;
  const score = recogniseBareNumber(numberedText(tokens, at));
  return score !== undefined && score >= 1 && score <= 10 && endsWithoutLineBreak(tokens.lines.input);
}

/**
 * True when line `at`, unindented with no number (as a browser copies `  3. 8`), stands where an
 * item opens: under an excerpt's last line (`A marvel.`, a line that ends a sentence), or under a
 * line a list's first item comes under (see {@link opensList}), furniture between passed over. A
 * number under a date is that review's score (`Jul 16, 2013` / `8`), and one under a number is a
 * rating widget's digit (`9` / `8`): neither opens an item.
 */
function isCopiedItemLine(tokens: MetacriticTokens, at: number): boolean {
  if (tokens.indent(at) > 0) return false;
  let above = tokens.previousNonBlank(at - 1);
  while (above >= 0 && !opensList(tokens, above) && tokens.is(above, 'furniture')) above = tokens.previousNonBlank(above - 1);
  return above >= 0 && (opensList(tokens, above) || (tokens.is(above, 'text') && endsSentenceWord(tokens.text(above), true)));
}

/** True when line `line` is one a list's first item comes under: a distribution's label or line, a list's heading, an item's "Expand". */
function opensList(tokens: MetacriticTokens, line: number): boolean {
  const text = tokens.text(line);
  return (
    tokens.accepts(line, 'distributionLabel') ||
    tokens.accepts(line, 'distributionLine') ||
    isCriticReviewsHeading(text) ||
    isWord(text, 'user reviews') ||
    recogniseWidgetTail(text)
  );
}

/**
 * `  3. Negative: 0 out of`, a distribution line with no total, is whole (a
 * main page's empty user list prints its lines so) when the line above it is
 * one too; under anything else, at the page's end, it may be cut.
 */
function isWholeEmptyListLine(tokens: MetacriticTokens, at: number): boolean {
  return tokens.value(at, 'distributionLine')?.total === null && tokens.value(tokens.previousNonBlank(at - 1), 'distributionLine')?.total === null;
}

/** Reports the truncated line at `line`, which is not read: an item's number alone (`2.`) is said to be one. */
export function reportTruncatedLine(state: MetacriticState, line: number): void {
  const { tokens } = state;
  const part = isNumberedLine(tokens, line) && numberedText(tokens, line) === '' ? "an item's number cut short of its item" : 'cut short of a page part';
  state.report.reportLine('truncated-line', `The page ends inside a line: "${clip(tokens.text(line))}" is ${part}, and is not read.`, line);
}
