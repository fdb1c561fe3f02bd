/**
 * Moviefone's critic items: on a main page `• <score>` / `<Critic><Publication>`
 * (glued, critic first) / `<quote>`; on a TV reviews page `• <quote> Show More`
 * (no score, critic or publication).
 *
 * @module
 */
import { isLoneBullet } from '../../../parse/engine/index.js';
import { isCutCount } from '../lines.js';
import { looksLikeNames, splitGluedNames } from '../../shared/names.js';
import { clip, reviewOf } from '../../shared/page.js';
import { kindAt, lineAt, nextNonBlank, report, spanOf, valueAt, type MoviefoneState } from '../state.js';
import { endsPageCut, furnish, type SiteLine } from '../../shared/state.js';

/** True when `text` reads as names, not a quote: a critic glued to a publication, the split settled (`Armond WhiteNational Review`). */
function gluedNamesAlone(text: string): boolean {
  if (!looksLikeNames(text)) return false;
  const split = splitGluedNames(text, 'critic-first');
  return split.settled && split.critic !== null && split.publication !== null;
}

/** Reads a scored item: its score bullet at `at`, its names line and its quote. */
export function readScoredItem(state: MoviefoneState, at: number): number {
  const bullet = lineAt(state, at);
  const score = valueAt(state, at) as number;
  // `• 6` as the page's last line, with no line break: a score cut short (`• 65`), no review.
  if (endsPageCut(state, at)) {
    state.draft.cutShort(bullet, "a review's score");
    return at + 1;
  }
  const texts: SiteLine[] = [];
  let line = nextNonBlank(state, at + 1);
  while (texts.length < 2 && kindAt(state, line) === 'text') {
    texts.push(lineAt(state, line));
    line = nextNonBlank(state, line + 1);
  }
  // One line under the score: the quote, unless it is a critic glued to a publication (`Armond WhiteNational Review`), names whose quote the page did not print.
  const alone = texts.length === 1 ? gluedNamesAlone(texts[0]?.text ?? '') : false;
  const names = texts.length === 2 || alone ? texts[0] : undefined;
  const quote = alone ? undefined : texts.at(-1);
  const span = spanOf(state, bullet, quote ?? names ?? bullet);
  const split = names === undefined ? undefined : splitGluedNames(names.text, 'critic-first');
  if (split !== undefined && !split.settled) {
    report(
      state,
      'unsplit-glued-text',
      `The names "${clip(names?.text ?? '')}" are glued with no space, and the text does not settle where the critic ends; they are kept whole as the publication.`,
      span,
    );
  }
  const valid = score <= 100;
  if (!valid) report(state, 'score-out-of-range', `The score ${score} is above 100; it is not read.`, span);
  state.draft.reviews.push(
    reviewOf({
      score: valid ? score : null,
      critic: split?.critic ?? null,
      publication: split?.publication ?? null,
      excerpt: quote?.text.replace(/\s+/gu, ' ') ?? '',
      span,
    }),
  );
  if (quote === undefined) report(state, 'review-without-text', 'The review has no quote.', span);
  return texts.length === 0 ? at + 1 : line;
}

/** Reads a quote bullet, `• <quote> Show More`. */
export function readQuoteItem(state: MoviefoneState, at: number): number {
  const line = lineAt(state, at);
  const value = valueAt(state, at);
  // The page's last line, a count line cut short (`Based on 2,`): reported, no quote.
  if (nextNonBlank(state, at + 1) >= state.tokens.count && isCutCount(line.text)) {
    state.draft.cutShort(line, 'a count line');
    return at + 1;
  }
  // A bullet with nothing after it (`•`, `*` in a copy): the page's end cut the quote before its first word, or an empty item.
  if (isLoneBullet(line.text)) {
    if (endsPageCut(state, at)) state.draft.cutShort(line, "a review's quote");
    else furnish(state, line);
    return at + 1;
  }
  const excerpt = (typeof value === 'string' ? value : line.text).replace(/\s+/gu, ' ');
  const span = spanOf(state, line);
  state.draft.reviews.push(reviewOf({ excerpt, span }));
  if (excerpt === '') report(state, 'review-without-text', 'The review has no quote.', span);
  return at + 1;
}
