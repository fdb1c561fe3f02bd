/**
 * The first lines of a page, as the sites' claims look at them: cut once per
 * page and shared by every site's claim (a line's text is copied, and its odd
 * spaces made plain, each time the engine's table is asked for it).
 *
 * @module
 */
import type { LineTable } from '../../parse/engine/index.js';

/** How many lines a claim looks at. */
export const CLAIM_LINES = 40;

const HEADS = new WeakMap<LineTable, readonly string[]>();

/** The texts of the page's first {@link CLAIM_LINES} non-blank lines, in order. */
export function headTexts(lines: LineTable): readonly string[] {
  const known = HEADS.get(lines);
  if (known !== undefined) return known;
  const texts: string[] = [];
  // Counted in non-blank lines: a copy that doubles every line break puts the same lines twice as far down.
  for (let at = lines.nextNonBlank(0); at < lines.count && texts.length < CLAIM_LINES; at = lines.nextNonBlank(at + 1)) texts.push(lines.text(at));
  HEADS.set(lines, texts);
  return texts;
}
