/**
 * A review's printed mark on the page's fields: `score` 0-100 by
 * `normalizeScore` of `critic-consensus/scoring` (the one place for the
 * conversion), `mark` as printed; "Unscored" is neither.
 *
 * @module
 */
import { normalizeScore } from '../../scoring/normalize.js';

/** A mark's `score` and `mark` fields. */
export interface MarkFields {
  readonly score: number | null;
  readonly mark: string | null;
}

/** `Unscored`: a mark's place that says there is no mark. */
const NO_MARK = /^unscored$/iu;

/**
 * `9 / 10.0` is 90 with the mark kept, `88 / 100` 88, `95%` 95, `A` 100,
 * `Essential` no score (a word), `Unscored` neither score nor mark.
 */
export function markFields(printed: string): MarkFields {
  const mark = printed.replace(/\s+/gu, ' ').trim();
  if (NO_MARK.test(mark)) return { score: null, mark: null };
  const read = normalizeScore(mark);
  return { score: read.ok ? read.score : null, mark };
}

/** The mark as printed and its 0-100 score (`null` for a word, "Essential", or a mark the table does not read). */
export interface ReadMarkFacts {
  readonly mark: string;
  readonly score: number | null;
}

/** `3.5/4` → 88, `C+` → 58, `5/5` → 100, `Essential` → null: the mark, and its score by Metacritic's conversion. */
export function readMarkFacts(printed: string): ReadMarkFacts {
  const mark = printed.trim();
  const read = normalizeScore(mark);
  return { mark, score: read.ok ? read.score : null };
}
