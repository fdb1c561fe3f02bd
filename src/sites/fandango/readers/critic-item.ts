/**
 * A critic of Fandango's list: `[<Publication>]` / blank / `[By <Critic>]` /
 * `<quote, often cut with ...>` / `Full Review`.
 *
 * @module
 */
import { criticOf, reviewOf } from '../../shared/page.js';
import { kindAt, lineAt, nextNonBlank, report, spanOf, type FandangoState } from '../state.js';
import { cutLoneLine, type SiteLine } from '../../shared/state.js';

/** The kinds of line an item holds before its `Full Review` (a publication may end in "Reviews"). */
const ITEM_KINDS: ReadonlySet<string> = new Set(['text', 'by', 'reviews-heading']);

/** Reads the item that opens at `at`; returns the line after its `Full Review` (or after its last line). */
export function readCriticItem(state: FandangoState, at: number): number {
  const lines: SiteLine[] = [];
  let by: number | undefined;
  let line = at;
  for (; line < state.tokens.count && ITEM_KINDS.has(kindAt(state, line) ?? ''); line = nextNonBlank(state, line + 1)) {
    // A second "By" line opens the next item (whose publication line is empty).
    if (kindAt(state, line) === 'by') {
      if (by !== undefined) break;
      by = lines.length;
    }
    lines.push(lineAt(state, line));
  }
  // The page's last line alone, cut with no line break (`The New Yo`): a publication or a quote, which the text does not settle; not read.
  const lone = lines.length === 1 ? lines[0] : undefined;
  if (lone !== undefined && by === undefined && cutLoneLine(state, lone)) return at + 1;
  let last = lines.at(-1) ?? lineAt(state, at);
  let next = line;
  if (kindAt(state, line) === 'full-review') {
    last = lineAt(state, line);
    next = line + 1;
  }
  // Above the "By" line, the publication; without one, a first line over the quote is.
  const head = by ?? (lines.length >= 2 ? 1 : 0);
  const publication = head > 0 ? lines[head - 1] : undefined;
  const critic = by === undefined ? undefined : lines[by];
  const quote = lines.slice(by === undefined ? head : by + 1);
  // The review's lines: from its publication (or its first line), never the lines above it.
  const span = spanOf(state, lines[Math.max(0, head - 1)] ?? lineAt(state, at), last);
  const excerpt = quote
    .map((part) => part.text)
    .join(' ')
    .replace(/\s+/gu, ' ')
    .trim();
  state.draft.reviews.push(
    reviewOf({
      publication: publication?.text ?? null,
      critic: critic === undefined ? null : criticOf(critic.text.replace(/^by\s+/iu, '')),
      excerpt,
      span,
    }),
  );
  if (excerpt === '') report(state, 'review-without-text', 'The review has no quote.', span);
  // Lines above the publication are no part of the review; the page's first line, over its first review, is its title (`Dune: Part Two (2024)`).
  const extras = lines.slice(0, Math.max(0, head - 1));
  const [first] = extras;
  if (extras.length === 1 && first !== undefined && first.index === state.input.lines.nextNonBlank(0) && !state.draft.has('title')) {
    state.draft.setFact('title', first.text, first);
    extras.length = 0;
  }
  for (const extra of extras) report(state, 'unrecognised-line', `The line "${extra.text}" fits no part of the review at its place.`, spanOf(state, extra));
  return Math.max(next, at + 1);
}
