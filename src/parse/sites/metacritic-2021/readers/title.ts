/**
 * A title line above every part of the page (`Vertigo`), where a copy keeps one: a line of text
 * with no text (or date) under it (furniture aside), as a review's name line has. Or the title and its
 * credits over the distribution's heading (a game's `Elden Ring` / `PlayStation 5` / `Also On: PC,
 * Xbox One`): up to {@link CREDITS} lines of text right above the heading, which no review comes
 * before; each is a detail, `<Label>: <value>` under its label, any other a `Credit`. A title that
 * is a bare number (`300`, `1917`) or a date (`May 25, 1977`, an album's) is read so only there,
 * over the heading. The title again over a later heading begins a second copy of the page (a
 * title's critic and user pages joined in one text): the line is furniture, and its credits that
 * repeat the first copy's are too.
 *
 * @module
 */
import type { Reader } from '../../../engine/index.js';
import { openCopy } from '../../page-draft.js';
import type { Values } from '../lines.js';
import type { State, Tokens } from '../state.js';
import { furnishBetween, nextPastFurniture } from './furniture.js';

/** How many lines of credits a title can have between it and the heading. */
const CREDITS = 3;

//   Also On: PC, PlayStation 4 | Platform: PlayStation 5 (a label of words, a colon, a value)
const LABELLED = /^([A-Z][A-Za-z]*(?: [A-Za-z]+){0,2}): (\S.*)$/u;

/** True when line `line` can be a title or a credit: text, or a number or a date that the title's words are. */
function isTitleKind(tokens: Tokens, line: number): boolean {
  return tokens.is(line, 'text') || tokens.is(line, 'number') || tokens.is(line, 'count') || tokens.is(line, 'date');
}

/** The heading's line when the lines from `at` to it are a title's, at most {@link CREDITS} past the first; -1 otherwise. */
function headingUnder(tokens: Tokens, at: number): number {
  let line = nextPastFurniture(tokens, at);
  for (let credits = 0; credits < CREDITS && isTitleKind(tokens, line); credits++) line = nextPastFurniture(tokens, line);
  return tokens.is(line, 'heading') ? line : -1;
}

/** True when the line `below` a title's is no line of text, nor a date (under which the line above is a user's name). */
function isAlone(tokens: Tokens, below: number): boolean {
  return !tokens.is(below, 'text') && !tokens.is(below, 'date');
}

/**
 * True when the line at `at`, on a page already read from, repeats its title over the heading: a
 * second copy of the page begins there (two pages joined in one text), with its credits.
 *
 * @example
 * ```ts
 * // "Vertigo" / "... CRITIC SCORE DISTRIBUTION" / ... / "Vertigo" / "... USER SCORE DISTRIBUTION"
 * repeatsTitle(state, tokens, at); //=> true at the second "Vertigo"
 * ```
 */
export function repeatsTitle(state: State, tokens: Tokens, at: number): boolean {
  return state.draft.title !== undefined && tokens.text(at) === state.draft.title.value && headingUnder(tokens, at) >= 0;
}

export const titleReader: Reader<Values, State> = {
  name: 'title',
  // A title that is a bare number (`300`, `2046`) or a date is one only over the heading: the Metascore's number is under it, a user's name over a date.
  opens: ['text', 'number', 'count', 'date'],
  when: (state, tokens, at) =>
    state.started
      ? repeatsTitle(state, tokens, at)
      : tokens.is(at, 'text')
        ? isAlone(tokens, nextPastFurniture(tokens, at)) || headingUnder(tokens, at) >= 0
        : headingUnder(tokens, at) >= 0,
  read: (tokens, at, state) => {
    const { draft, report } = state;
    if (state.started) {
      openCopy(draft);
      report.furnish(at);
    } else draft.title = { value: tokens.text(at), span: tokens.lines.span(at) };
    state.started = true;
    const heading = headingUnder(tokens, at);
    if (heading < 0) return at + 1;
    for (let line = nextPastFurniture(tokens, at); line < heading; line = nextPastFurniture(tokens, line)) {
      const labelled = LABELLED.exec(tokens.text(line));
      const [label, value] = labelled ? [labelled[1] as string, labelled[2] as string] : ['Credit', tokens.text(line)];
      draft.details.push({ label, value, span: tokens.lines.span(line) });
    }
    furnishBetween(tokens, state, at, heading);
    return heading;
  },
};
