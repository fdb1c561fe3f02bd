/**
 * A review's printed mark, and its score by Metacritic's conversion
 * (`normalizeScore` of critic-consensus/scoring, the one place for it).
 *
 * @module
 */
import { normalizeScore } from '../../scoring/normalize.js';

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
