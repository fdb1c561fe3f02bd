/**
 * The header of an IMDb critic-review page: the Metascore over its label
 * (`84` / `Metascore`), the count line of each layout (`39 reviews ·
 * Provided by Metacritic.com`, `Based on 18 critic reviews provided by
 * Metacritic.com`, `Metascore (23 reviews)`), the mobile heading
 * (`<Title> : Critic Reviews`), the title over the year and the year
 * (`Vertigo` / `(1958)`) or over the Metascore (`Vertigo` / `84`).
 *
 * @module
 */
import { furnish, kindAt, lineAt, nextNonBlank, report, spanOf, valueAt, type ImdbState } from '../state.js';

/** `84` over `Metascore`: the Metascore (a number elsewhere is read by the lists). */
export function opensMetascore(state: ImdbState, at: number): boolean {
  const next = nextNonBlank(state, at + 1);
  return kindAt(state, at) === 'number' && kindAt(state, next) === 'metascore-label';
}

/** Reads `84` / `Metascore`. */
export function readMetascore(state: ImdbState, at: number): number {
  const label = nextNonBlank(state, at + 1);
  const first = lineAt(state, at);
  const span = spanOf(state, first, lineAt(state, label));
  const value = valueAt(state, at) as number;
  const { draft } = state;
  if (value > 100) report(state, 'score-out-of-range', `The Metascore ${value} is above 100; it is not read.`, span);
  else if (draft.facts.metascore !== undefined)
    report(state, 'repeated-block', `A second Metascore (${value}) follows the first (${draft.facts.metascore.value}); the first is kept.`, span);
  else draft.setFact('metascore', value, first, lineAt(state, label));
  return label + 1;
}

/** A count line: the number of critic reviews, and the layout of the list below it. */
export function readCount(state: ImdbState, at: number): number {
  const line = lineAt(state, at);
  const count = valueAt(state, at) as number;
  const kind = kindAt(state, at);
  const span = spanOf(state, line);
  if (!state.draft.has('criticCount')) {
    state.draft.setFact('criticCount', count, line);
    state.draft.details.push({ label: 'Critic reviews', value: String(count), span });
  } else report(state, 'repeated-block', `A second count of critic reviews (${count}) follows the first; the first is kept.`, span);
  if (kind === 'count-2018') state.phase = 'list-2018';
  else if (kind === 'count-mobile') state.phase = 'list-mobile';
  return at + 1;
}

/** `Citizen Kane : Critic Reviews`: the mobile page's title. */
export function readMobileHeading(state: ImdbState, at: number): number {
  const line = lineAt(state, at);
  const span = spanOf(state, line);
  if (!state.draft.has('title')) state.draft.setFact('title', valueAt(state, at) as string, line);
  else report(state, 'repeated-block', `A second heading ("${line.text}") follows the first; the first is kept.`, span);
  state.phase = 'list-mobile';
  return at + 1;
}

/**
 * `Vertigo` over `(1958)` (the 2016-2019 page) or over `84` / `Metascore`
 * (the 2023 page): the title, the text line right above its year or the
 * Metascore (a heading or a tab between them, `The Godfather` / `Critic reviews` /
 * `100`, `User reviews`, is passed over), while the page has none; a number there is a title
 * too (`300` / `Critic reviews` / `52` / `Metascore`, `9` / `(2009)`).
 */
export function opensTitle(state: ImdbState, at: number): boolean {
  if (state.draft.has('title')) return false;
  let next = nextPart(state, at);
  // The 2023 page's year, bare under the title (`Spirited Away` / `2001` / `Critic reviews` / `96`), is passed over too.
  if (opensBareYear(state, next)) next = nextPart(state, next);
  return kindAt(state, next) === 'year' || (state.phase === 'header' && !state.draft.has('metascore') && opensMetascore(state, next));
}

/** The next line after `at` that is no heading or tab (`Critic reviews`, `User reviews`: above the critics, a tab). */
function nextPart(state: ImdbState, at: number): number {
  let next = nextNonBlank(state, at + 1);
  while (kindAt(state, next) === 'furniture' || (kindAt(state, next) === 'users-heading' && state.phase === 'header' && !state.draft.has('criticCount')))
    next = nextNonBlank(state, next + 1);
  return next;
}

/** `2001` in the header: a year printed bare (the 2023 page's, under its title), never a title when a line above it is one. */
export function opensBareYear(state: ImdbState, at: number): boolean {
  return state.phase === 'header' && kindAt(state, at) === 'text' && /^(?:1[89]|20)\d\d$/u.test(lineAt(state, at).text);
}

/** Reads the title over the year. */
export function readTitle(state: ImdbState, at: number): number {
  const line = lineAt(state, at);
  state.draft.setFact('title', line.text, line);
  return at + 1;
}

/** `(1954)`, or `1954` under the title: the year of the title. */
export function readYear(state: ImdbState, at: number): number {
  const line = lineAt(state, at);
  const value = kindAt(state, at) === 'year' ? (valueAt(state, at) as string) : line.text;
  state.draft.details.push({ label: 'Year', value, span: spanOf(state, line) });
  return at + 1;
}

/** `Metascore` with no number over it, `Provided by`, `Critic Reviews`: furniture. */
export function readFurniture(state: ImdbState, at: number): number {
  furnish(state, lineAt(state, at));
  return at + 1;
}
