/**
 * What the copied-text readers share. A browser's copy of a page drops its
 * list markers: no indentation, no `12. ` numbers, no `• ` bullets. A list
 * read as copied text is one whose items carry no printed number; its items
 * are numbered in turn (as the page shows them), and where its text leaves a
 * boundary open, the readers say so.
 *
 * @module
 */
import { isBarePartLine, isBulletLine, isNumberedLine, isSectionLine, type MetacriticTokens } from '../kinds.js';
import type { CopiedList, MetacriticState } from '../state.js';
import { isFurnitureNotTail } from './items.js';

/** The line a section's list starts after: its distribution's last line, or its heading. */
function listStart(state: MetacriticState, section: CopiedList['section']): number {
  if (section === 'critic') return Math.max(state.critics?.last ?? -1, state.verdict?.line ?? -1);
  if (section === 'user') return state.users === undefined ? -1 : (state.users.distribution?.last ?? state.users.first);
  return state.profile === undefined ? -1 : (state.profile.distribution?.last ?? state.profile.first);
}

/** The section a copied list can be read in now, or undefined. */
function copiedSection(state: MetacriticState): CopiedList['section'] | undefined {
  const { phase } = state;
  return phase === 'critic' || phase === 'user' || phase === 'profile' ? phase : undefined;
}

/**
 * True when line `at` is an item of a list read as copied text in the
 * section `section`: the reading is in that section, the line has no number,
 * and no item of the list so far carried one (a list whose items are numbered
 * is read by the readers of numbered items, its unnumbered lines with them).
 */
export function opensCopiedItem(state: MetacriticState, tokens: MetacriticTokens, at: number, section: CopiedList['section']): boolean {
  if (copiedSection(state) !== section || isNumberedLine(tokens, at)) return false;
  const start = listStart(state, section);
  if (state.copied?.section === section && state.copied.start === start) return true;
  const reviews = section === 'user' ? (state.users?.reviews ?? []) : state.reviews;
  for (let i = reviews.length - 1; i >= 0; i--) {
    const review = reviews[i];
    if (review === undefined || review.span.start.line - 1 <= start) break;
    if (review.index !== null) return false;
  }
  return true;
}

/** The copied list line `at` is an item of, opened there when it is its first. */
export function copiedList(state: MetacriticState, tokens: MetacriticTokens, at: number, section: CopiedList['section']): CopiedList {
  const start = listStart(state, section);
  if (state.copied?.section !== section || state.copied.start !== start) {
    state.copied = { section, start, indent: tokens.indent(at), next: 1, lastText: undefined };
  }
  return state.copied;
}

/** The number an item at line `at` is given: the next in turn when it is as deep as the list's first item, none when deeper. */
export function numberItem(list: CopiedList, tokens: MetacriticTokens, at: number): number | null {
  if (tokens.indent(at) > list.indent) return null;
  list.next++;
  return list.next - 1;
}

/**
 * True when line `line` ends an item of copied text: a part of the page
 * (a section line, a numbered item, a bullet or a bulleted part's line
 * standing bare, furniture that is no widget tail) or the end of the lines.
 */
export function endsCopiedItem(tokens: MetacriticTokens, line: number): boolean {
  return (
    line >= tokens.count ||
    isSectionLine(tokens, line) ||
    isNumberedLine(tokens, line) ||
    isBulletLine(tokens, line) ||
    isBarePartLine(tokens, line) ||
    isFurnitureNotTail(tokens, line)
  );
}

/**
 * Reports two lines of text in a row, `first` ending one item and `second`
 * opening the next: copied text does not say whether they are one review in
 * two paragraphs or two reviews. They are read as two (each paragraph of a
 * review's excerpt is one line in a copy).
 */
export function reportOpenBoundary(state: MetacriticState, first: number, second: number): void {
  state.report.reportLine(
    'copied-boundary-open',
    'Two lines of review text in a row, with no list marker between them: they are read as two reviews, but the copied text does not say whether they are one review in two paragraphs.',
    first,
    second,
  );
}
