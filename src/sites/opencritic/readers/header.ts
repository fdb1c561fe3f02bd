/**
 * The header of an OpenCritic page: `<Title> Reviews` (a review list) or
 * `<Title>` (a game page), the percentile sentence, the figure labels
 * (`Top Critic Average`, `Critics Recommend`, with their figures where they
 * survived), and a game page's `Critic Reviews for <Title>`.
 *
 * @module
 */
import { furnish } from '../../shared/page.js';
import type { recognisePercentile } from '../lines.js';
import { lineAt, nextNonBlank, type OpenCriticState } from '../state.js';

/** `Hades II Reviews` or `Hades II` as the page's first line: its title. */
export function readTitle(state: OpenCriticState, at: number): number {
  const line = lineAt(state, at);
  const title = line.text.replace(/ Reviews$/u, '');
  state.draft.title = { text: title, span: state.input.lines.spanOf(line) };
  if (title !== line.text) state.marksTopCritics = true;
  state.phase = 'list';
  return at + 1;
}

/** `<Title> is ranked in the 100th percentile of games scored on OpenCritic.` */
export function readPercentile(state: OpenCriticState, at: number): number {
  const line = lineAt(state, at);
  const value = state.values[at] as NonNullable<ReturnType<typeof recognisePercentile>>;
  const { draft } = state;
  draft.percentile ??= value.percentile;
  if (value.among === 'games') draft.media = 'game';
  draft.details.push({ label: 'Percentile', value: String(value.percentile), span: state.input.lines.spanOf(line) });
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
  const figure = next < state.kinds.length && state.kinds[next] === 'text' && FIGURE.test(lineAt(state, next).text) ? lineAt(state, next) : undefined;
  if (figure === undefined) {
    furnish(state.draft, state.input, line);
    return at + 1;
  }
  state.draft.details.push({ label: line.text, value: figure.text, span: state.input.lines.spanOf(line, figure) });
  return next + 1;
}

/** `Critic Reviews for Hades II`: a game page's quotes follow, one a line. */
export function readReviewsHeading(state: OpenCriticState, at: number): number {
  furnish(state.draft, state.input, lineAt(state, at));
  state.phase = 'quotes';
  return at + 1;
}
