/**
 * An item of IMDb's 2016-2019 list: `<score>` / `<quote>` (blank lines
 * between), with `<Publication>` and `<Critic>` lines between them where a
 * copy prints them; a known publication alone under the score (`Variety`) is
 * a review with no quote.
 *
 * @module
 */
import { criticOf, reviewOf } from '../../shared/page.js';
import { isKnownPublication } from '../../shared/publications.js';
import { kindAt, lineAt, nextNonBlank, report, spanOf, valueAt, type ImdbState } from '../state.js';
import { cutLoneLine, type SiteLine } from '../../shared/state.js';

/** True when line `at` is the page's title again. */
export function repeatsTitle(state: ImdbState, at: number): boolean {
  return lineAt(state, at).text === state.draft.facts.title?.value;
}

/** Reads the item whose score is on line `at`; returns the line after its quote. */
export function readScoredItem(state: ImdbState, at: number): number {
  const first = lineAt(state, at);
  const value = valueAt(state, at) as number;
  const texts: SiteLine[] = [];
  let next = nextNonBlank(state, at + 1);
  // The title printed again (a second page joined: `The Departed` / `(2006)`) ends the item.
  while (next < state.tokens.count && kindAt(state, next) === 'text' && !repeatsTitle(state, next)) {
    texts.push(lineAt(state, next));
    next = nextNonBlank(state, next + 1);
  }
  // The page's last line alone under the score, cut with no line break (`The New Yo`): names or a quote, not read.
  const lone = texts.length === 1 ? texts[0] : undefined;
  if (lone !== undefined && !isKnownPublication(lone.text) && cutLoneLine(state, lone)) texts.length = 0;
  // A lone line that is a known publication ("Variety") is the review's publication, and it has no quote.
  const named = texts.length === 1 && isKnownPublication(texts[0]?.text ?? '') ? 1 : 0;
  const quote = named === 1 ? undefined : texts.at(-1);
  // Above the quote, a publication line and then a critic line.
  const [publication, critic] = texts.slice(0, texts.length - 1 + named);
  const span = spanOf(state, first, texts.at(-1) ?? first);
  if (value > 100) report(state, 'score-out-of-range', `The score ${value} is above 100; it is not read.`, span);
  state.draft.reviews.push(
    reviewOf({
      score: value > 100 ? null : value,
      publication: publication?.text ?? null,
      critic: critic === undefined ? null : criticOf(critic.text),
      excerpt: quote?.text.replace(/\s+/gu, ' ') ?? '',
      span,
    }),
  );
  if (quote === undefined) report(state, 'review-without-text', 'The review has no quote.', span);
  // Lines between a critic line and the quote are the quote's, kept in the span but not lost:
  for (const extra of texts.slice(2, -1))
    report(state, 'unrecognised-line', `The line "${extra.text}" fits no part of the review at its place.`, spanOf(state, extra));
  return next;
}
