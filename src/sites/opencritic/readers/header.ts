/**
 * The header of an OpenCritic page: `<Title> Reviews` (a review list) or
 * `<Title>` (a game page), the percentile sentence, the figure labels
 * (`Top Critic Average`, `Critics Recommend`, with their figures where they
 * survived), a game page's `Critic Reviews for <Title>`, and a list's own
 * headings (`Critic Reviews`, `Top Critic Reviews`).
 *
 * @module
 */
import type { DetailLine, Percentile } from '../lines.js';
import { opensReviewBlock } from './review-block.js';
import { furnish, kindAt, lineAt, nextNonBlank, spanOf, valueAt, type OpenCriticState } from '../state.js';

/** `Hades II Reviews` or `Hades II` as the page's first line: its title. */
export function readTitle(state: OpenCriticState, at: number): number {
  const line = lineAt(state, at);
  const title = line.text.replace(/ Reviews$/u, '');
  state.draft.setFact('title', title, line);
  if (title !== line.text) state.marksTopCritics = true;
  state.phase = 'list';
  return at + 1;
}

/**
 * True when line `at` names the page's title again, as a second page joined
 * in one text opens: `<Title> Reviews`, or `<Title>` alone where it opens no
 * review's head (an outlet may share a game's name).
 */
export function repeatsTitle(state: OpenCriticState, at: number): boolean {
  const title = state.draft.facts.title?.value;
  const { text } = lineAt(state, at);
  return title !== undefined && (text === `${title} Reviews` || (text === title && !opensReviewBlock(state, at)));
}

/** `<Title> is ranked in the 100th percentile of games scored on OpenCritic.` */
export function readPercentile(state: OpenCriticState, at: number): number {
  const line = lineAt(state, at);
  const value = valueAt(state, at) as Percentile;
  const { draft } = state;
  draft.percentile ??= value.percentile;
  if (value.among === 'games') draft.media = 'game';
  draft.details.push({ label: 'Percentile', value: String(value.percentile), span: spanOf(state, line) });
  if (state.phase === 'header') state.phase = 'list';
  return at + 1;
}

/** `88` or `97%`: a figure under its label. */
const FIGURE = /^\d{1,3}(?:\.\d)?%?$/u;

/**
 * `Top Critic Average` / `Critics Recommend`: labels, with their figure on
 * the next line where it survived (a detail), or none (furniture).
 */
export function readFigureLabel(state: OpenCriticState, at: number): number {
  const line = lineAt(state, at);
  const next = nextNonBlank(state, at + 1);
  const figure =
    next < state.tokens.count && (kindAt(state, next) === 'text' || kindAt(state, next) === 'mark') && FIGURE.test(lineAt(state, next).text)
      ? lineAt(state, next)
      : undefined;
  if (figure === undefined) {
    furnish(state, line);
    return at + 1;
  }
  state.draft.details.push({ label: line.text, value: figure.text, span: spanOf(state, line, figure) });
  return next + 1;
}

/**
 * `Mighty`, `Strong`, `Fair`, `Weak` under the header, above the first
 * review: the OpenCritic Rating's tier, a detail (the contract has no field
 * for it; its figures are the reviews').
 */
export function readTier(state: OpenCriticState, at: number): number {
  const line = lineAt(state, at);
  state.draft.details.push({ label: 'OpenCritic Rating', value: line.text, span: spanOf(state, line) });
  return at + 1;
}

/** `Critic Reviews for Hades II`: a game page's quotes follow, one a line. */
export function readReviewsHeading(state: OpenCriticState, at: number): number {
  furnish(state, lineAt(state, at));
  state.phase = 'quotes';
  return at + 1;
}

/** `Critic Reviews`, `Top Critic Reviews`, `All Reviews`: a list's heading over its reviews, which carries no data. */
export function readSectionHeading(state: OpenCriticState, at: number): number {
  furnish(state, lineAt(state, at));
  return at + 1;
}

/** The kinds of line a game's fact can have under its label: a name (`FromSoftware`), a date, a short word a mark table also takes (`RPG`, `PC`). */
const DETAIL_VALUE_KINDS: ReadonlySet<string> = new Set(['text', 'date', 'mark']);

/**
 * `Platforms` / `PC, PlayStation 5`, `Release Date` / `Feb 25, 2022`,
 * `Developer: FromSoftware`: a game's fact over its reviews, a detail (the
 * contract has no field for it), never a review's outlet or date. A label
 * with nothing under it (the page's end, or another label) is furniture.
 */
export function readDetail(state: OpenCriticState, at: number): number {
  const line = lineAt(state, at);
  const { label, value } = valueAt(state, at) as DetailLine;
  if (value !== undefined) {
    state.draft.details.push({ label, value, span: spanOf(state, line) });
    return at + 1;
  }
  let next = nextNonBlank(state, at + 1);
  if (next >= state.tokens.count || !DETAIL_VALUE_KINDS.has(kindAt(state, next) ?? '')) {
    furnish(state, line);
    return at + 1;
  }
  let valueLine = lineAt(state, next);
  let listed = valueLine.text;
  // A game on many platforms lists them a line each (`PC` / `Nintendo Switch` / `Nintendo Switch 2`): one detail.
  for (let more = nextNonBlank(state, next + 1); /^platforms?$/iu.test(label) && more < state.tokens.count; more = nextNonBlank(state, more + 1)) {
    const platform = lineAt(state, more);
    if (kindAt(state, more) !== 'text' || !isPlatform(platform.text)) break;
    listed += `, ${platform.text}`;
    valueLine = platform;
    next = more;
  }
  state.draft.details.push({ label, value: listed, span: spanOf(state, line, valueLine) });
  return next + 1;
}

/**
 * `PC`, `PlayStation 5`, `Xbox Series X/S`, `Nintendo Switch 2`, `macOS`: a platform's name, as a game page lists
 * them; never an outlet named like one (`Nintendo Life`, `PlayStation LifeStyle`, `Xbox Achievements`).
 */
function isPlatform(text: string): boolean {
  //   PC|Mac|macOS|Linux|iOS|Android|Stadia             a platform of one word
  //   PlayStation(?: [2-5]| Vita| VR2?)?|PS[2-5]         Sony's consoles
  //   Xbox(?: One| 360| Series X\/S| Series [XS])?       Microsoft's
  //   Nintendo (?:Switch(?: 2)?|3DS|DS|Wii U)|Wii(?: U)?  Nintendo's
  //   Meta Quest(?: [23]| Pro)?|Oculus (?:Quest|Rift)    headsets
  return /^(?:PC|Mac|macOS|Linux|iOS|Android|Stadia|PlayStation(?: [2-5]| Vita| VR2?)?|PS[2-5]|Xbox(?: One| 360| Series X\/S| Series [XS])?|Nintendo (?:Switch(?: 2)?|3DS|DS|Wii U)|Wii(?: U)?|Meta Quest(?: [23]| Pro)?|Oculus (?:Quest|Rift))$/u.test(
    text,
  );
}
