/**
 * What the sites of this folder share in building a review: its fields with
 * the defaults a layout leaves out, and the critic as a byline prints it.
 * (The page itself is made in one place: `PageDraft.finish`, in draft.ts.)
 *
 * @module
 */
import { clip, collapse } from '../../parse/text/strings.js';
import type { Critic, Review } from '../../types/page.js';

// The text helpers every site shares: one place, src/parse/text/strings.ts.
export { clip, collapse };

/** A review's facts a layout may leave unprinted, each `null`: a review of the page, or a draft of one, starts with them. */
export const UNPRINTED: Readonly<{ [K in keyof Omit<Review, 'index' | 'metascore' | 'excerpt' | 'span'>]: null }> = {
  critic: null,
  publication: null,
  score: null,
  mark: null,
  freshness: null,
  topCritic: null,
  date: null,
  dateText: null,
};

/** A review's fields, all but the text and span optional (a layout prints what it prints). */
export type ReviewFields = Partial<Omit<Review, 'excerpt' | 'span'>> & Pick<Review, 'excerpt' | 'span'>;

/** A review with `fields` and `null` for every field its layout does not print. */
export function reviewOf(fields: ReviewFields): Review {
  return { index: null, ...UNPRINTED, metascore: null, ...fields };
}

/** `(Not Credited)`, `[Not Credited]`, wherever a byline prints it. */
const NOT_CREDITED = /[[(]not credited[\])]/giu;

/** `Roger Ebert`, `Staff (Not Credited)`, `Staff [Not Credited]`: a critic as printed (runs of spaces as one), uncredited where the byline says so. */
export function criticOf(printed: string): Critic {
  const raw = collapse(printed);
  const name = collapse(raw.replace(NOT_CREDITED, ''));
  return { name, credited: name === raw, raw };
}
