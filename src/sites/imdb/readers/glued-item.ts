/**
 * An item of IMDb's 2023 list: `- <score><Publication>[<Critic>]<Publication>[<Critic>]<quote>`
 * (the names glued to the score and to each other, and printed twice), or
 * `- <quote>` alone.
 *
 * @module
 */
import { splitGluedNames, splitRepeatedRun } from '../../shared/names.js';
import { clip, reviewOf } from '../../shared/page.js';
import { lineAt, report, spanOf, valueAt, type ImdbState } from '../state.js';
import { endsPageCut } from '../../shared/state.js';

/** A glued item's parts: the score, the names printed twice, the quote. */
interface GluedItem {
  readonly score: number | null;
  readonly names: string | null;
  readonly quote: string;
}

/**
 * `100VarietyJustin ChangVarietyJustin ChangGripping...`: the score (one to
 * three digits, 100 at most), then the names printed twice, then the quote.
 * A score alone (`75`) is a review with no names or quote. The repeated run
 * settles where the quote begins, and where the score ends
 * when the publication begins with digits (`7525 Frames25 Frames...` is 75
 * and "25 Frames"); without one the item is its quote (a quote may begin
 * with a number: `3D effects ...`).
 */
export function splitGluedItem(text: string): GluedItem {
  const digits = /^\d{1,3}/u.exec(text)?.[0] ?? '';
  // `75` alone: a score whose names and quote the page did not print (or cut).
  if (digits === text && Number(digits) <= 100) return { score: Number(digits), names: null, quote: '' };
  // The longest score first: "100Variety" is 100, not 10 and "0Variety".
  for (let length = digits.length; length >= 1; length--) {
    const score = Number(digits.slice(0, length));
    if (score > 100) continue;
    const repeated = splitRepeatedRun(text.slice(length));
    if (repeated !== undefined && repeated.run.length >= 3) return { score, names: repeated.run, quote: repeated.rest };
  }
  const repeated = splitRepeatedRun(text);
  if (repeated !== undefined && repeated.run.length >= 3 && /^\p{Lu}/u.test(repeated.run)) return { score: null, names: repeated.run, quote: repeated.rest };
  return { score: null, names: null, quote: text };
}

/** Reads the item on line `at`. */
export function readGluedItem(state: ImdbState, at: number): number {
  const line = lineAt(state, at);
  const { score, names, quote } = splitGluedItem(valueAt(state, at) as string);
  // `- 75` as the page's last line with no line break: its names and quote, or the score itself, cut (`- 75VarietyJ`); no review.
  if (score !== null && names === null && quote === '' && endsPageCut(state, at)) {
    state.draft.cutShort(line, "a review's score and names");
    return at + 1;
  }
  const split = names === null ? undefined : splitGluedNames(names, 'publication-first');
  const span = spanOf(state, line);
  if (split !== undefined && !split.settled) {
    report(
      state,
      'unsplit-glued-text',
      `The names "${clip(names ?? '')}" are glued with no space, and the text does not settle where the publication ends; they are kept whole as the publication.`,
      span,
    );
  }
  const excerpt = quote.replace(/\s+/gu, ' ').trim();
  if (excerpt === '') report(state, 'review-without-text', 'The review has no quote.', span);
  state.draft.reviews.push(reviewOf({ score, publication: split?.publication ?? null, critic: split?.critic ?? null, excerpt, span }));
  return at + 1;
}
