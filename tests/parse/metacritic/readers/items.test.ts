import { describe, expect, it } from 'vitest';
import {
  dateOf,
  endsUnindentedItem,
  firstPiece,
  isCutDateLine,
  isDateOrCutDate,
  isFurnitureNotTail,
  isWidgetTail,
  pushReview,
  readContinuation,
  readDate,
} from '../../../../src/parse/sites/metacritic/readers/items.js';
import { newReview } from '../../../../src/parse/sites/metacritic/state.js';
import { stateOf, tokensOf } from '../reading.js';

/** The lines (1-based) readContinuation takes from line `from` at `minIndent`, and the line it returns. */
function continuation(text: string, from: number, minIndent: number, rules?: Parameters<typeof readContinuation>[4]): [number[], number] {
  const taken: number[] = [];
  const next = readContinuation(tokensOf(text), from, minIndent, (piece) => taken.push(piece.line + 1), rules);
  return [taken, next];
}

describe('readContinuation', () => {
  it('takes the lines indented at least as deep, across blank lines, up to the next item, section line, bullet or furniture', () => {
    expect(continuation('  1. A\n    b\n\n    c\n  2. D', 1, 2)).toStrictEqual([[2, 4], 4]);
    expect(continuation('  1. A\n    b\nUniversal acclaim - based on 5 Critics', 1, 2)).toStrictEqual([[2], 2]);
    expect(continuation('  1. A\n    b\n    • Variety', 1, 2)).toStrictEqual([[2], 2]);
    expect(continuation('  1. A\n    b\n    Watch On', 1, 2)).toStrictEqual([[2], 2]);
    expect(continuation('  1. A\n b', 1, 2)).toStrictEqual([[], 1]);
  });

  it('keeps a widget tail, and a numbered or section line indented deeper, unless the rules say otherwise', () => {
    expect(continuation('  1. A\n    Expand\n    1. b', 1, 2)).toStrictEqual([[2, 3], 3]);
    expect(continuation('  1. A\n    1. b', 1, 2, { nestedParts: false })).toStrictEqual([[], 1]);
    expect(continuation('  1. A\n    b\n    c', 1, 2, { stopsAt: (line) => line === 2 })).toStrictEqual([[2], 2]);
    expect(continuation('  1. A\n    • b', 1, 2, { nestedText: () => true })).toStrictEqual([[2], 2]);
  });

  it("ends at a numbered line deeper than the item's number but shallower than its body (the number's indentation dropped)", () => {
    expect(continuation('1. 80\n    Each film.\n  2. Reviewed by: Staff', 1, 0)).toStrictEqual([[2], 2]);
    // As deep as the body or deeper, it is the item's text (a user's "Pros:" / "1. Great combat").
    expect(continuation('1. 80\n  Pros:\n  1. Great combat', 1, 0)).toStrictEqual([[2, 3], 3]);
  });

  it("ends at a deeper numbered line under an item's line as shallow as its number, but its text under the item's own line", () => {
    // Under a line of the item as shallow as its number (a copy dropped the indentation of its lines).
    expect(continuation('Jul 15, 2013\nAs Refn counts down.\n  2. 80', 1, 0)).toStrictEqual([[2], 2]);
    // Under the item's own line: the item's text, but a line numbered next to the item's is the next item.
    expect(continuation('1. 80\n  1. It is fun.', 1, 0)).toStrictEqual([[2], 2]);
    expect(continuation('4. The odd toy-box setting.\n  5. The first feature.', 1, 0)).toStrictEqual([[], 1]);
  });

  it('takes a line shallower than the item only where the rules say it goes on it', () => {
    expect(continuation('  1. A\nb\n    c', 1, 2)).toStrictEqual([[], 1]);
    expect(continuation('  1. A\nb\n    c', 1, 2, { shallowerGoesOn: (_, line) => line === 1 })).toStrictEqual([[2, 3], 3]);
  });

  it('ends an unindented item at a blank line or an indented one above', () => {
    expect(continuation('1. A\nb\n\nc', 1, 0)).toStrictEqual([[2], 2]);
    const tokens = tokensOf('1. A\n  b\nc\n\nd');
    expect([endsUnindentedItem(tokens, 2, 2), endsUnindentedItem(tokens, 4, 3), endsUnindentedItem(tokens, 1, 1)]).toStrictEqual([true, true, false]);
  });
});

describe('readContinuation with nothing to take', () => {
  it('returns the line readContinuation returns, a date and text going on the item and any other kind ending it as there', () => {
    const pages: [string, number][] = [
      ['  1. A\n    b\n\n    c\n  2. D', 2],
      ['  1. A\n    Jul 15, 2013\n    Movies\n    b\n    • Variety', 2],
      ['  1. A\n    b\n    72 Metascore', 2],
      ['  1. A\n    b\n    75% higher than the average critic', 2],
      ['  1. A\n    Expand\n    Watch On', 2],
      ['1. A\nb\n\nc', 0],
    ];
    for (const [text, minIndent] of pages) {
      const tokens = tokensOf(text);
      expect(readContinuation(tokens, 1, minIndent, undefined)).toBe(readContinuation(tokens, 1, minIndent, () => {}));
    }
    expect(readContinuation(tokensOf('  1. A\n    Jul 15, 2013\n    Movies\n    b\n    • Variety'), 1, 2, undefined)).toBe(4);
    expect(readContinuation(tokensOf('  1. A\n    b\n    72 Metascore'), 1, 2, undefined)).toBe(2);
  });

  it('ends at a line of text or a date only where the rules stop there', () => {
    expect(readContinuation(tokensOf('  1. A\n    b\n    Jul 15, 2013\n    c'), 1, 2, undefined, { stopsAt: (line) => line === 2 })).toBe(2);
    expect(readContinuation(tokensOf('  1. A\n    b\n    Jul 15, 2013\n    c'), 1, 2, undefined, { stopsAt: (line) => line === 3 })).toBe(3);
  });
});

describe('firstPiece, dateOf, isWidgetTail and isFurnitureNotTail', () => {
  it("tell an item's number from its text, a date from text, and a widget tail from other furniture", () => {
    const tokens = tokensOf('  3. Jul 15, 2013\nJul 15, 2013\nExpand\nWatch On\nFine.');
    const numbered = firstPiece(tokens, 0);
    expect([numbered.number, numbered.piece]).toStrictEqual([3, { text: 'Jul 15, 2013', line: 0, whole: false }]);
    expect([dateOf(tokens, numbered.piece)?.iso, dateOf(tokens, firstPiece(tokens, 1).piece)?.iso, dateOf(tokens, firstPiece(tokens, 4).piece)]).toStrictEqual([
      '2013-07-15',
      '2013-07-15',
      undefined,
    ]);
    expect([2, 3, 4].map((line) => isWidgetTail(tokens, tokens.text(line), line, true))).toStrictEqual([true, false, false]);
    // The text after an item's number is a widget tail by its words alone.
    expect(isWidgetTail(tokensOf('  3. Expand'), 'Expand', 0, false)).toBe(true);
    expect([2, 3, 4].map((line) => isFurnitureNotTail(tokens, line))).toStrictEqual([false, true, false]);
  });

  it('tell a widget tail from other furniture on a line with other whitespace than spaces, and on a line an earlier row took', () => {
    // "User Score" is a heading's line that is furniture too; "Read\u00a0More" and "Full\tReview »" are tails, "Buy\u00a0Now" furniture.
    const tokens = tokensOf('Read\u00a0More\nFull\tReview »\nBuy\u00a0Now\nUser Score\nRead More\n');
    expect([0, 1, 2, 3, 4].map((line) => isFurnitureNotTail(tokens, line))).toStrictEqual([false, false, true, true, false]);
  });
});

describe('isCutDateLine and isDateOrCutDate', () => {
  it("take the line a truncated page's reading stops at when it is a date cut short, and no line a reading reaches", () => {
    const tokens = tokensOf('User Score\n  1. BobK.\n    Mar 1');
    expect([isCutDateLine(tokens.upTo(2), 2), isDateOrCutDate(tokens.upTo(2), 2)]).toStrictEqual([true, true]);
    // The whole page read: no line stands past its end.
    expect([isCutDateLine(tokens, 2), isCutDateLine(tokens, 3)]).toStrictEqual([false, false]);
    expect(isCutDateLine(tokensOf('User Score\n  1. BobK.\n    Fine.').upTo(2), 2)).toBe(false);
    expect(isDateOrCutDate(tokensOf('User Score\nMar 1, 2020'), 1)).toBe(true);
  });
});

describe('pushReview and readDate', () => {
  it('finish a draft: its excerpt collapsed and cut of its widget tail, a review with no text and a date that does not exist reported', () => {
    const state = stateOf('a\nb\nc');
    const draft = newReview(0, 1);
    draft.excerpt.push('Bold  and', 'sure. Expand');
    readDate(state, draft, null, 'Feb 30, 2013', 1);
    draft.last = 1;
    pushReview(state, draft);
    pushReview(state, newReview(2, 2));
    expect(state.reviews.map(({ index, excerpt, dateText, span }) => [index, excerpt, dateText, span.start.line, span.end.line])).toStrictEqual([
      [1, 'Bold and sure.', 'Feb 30, 2013', 1, 2],
      [2, '', null, 3, 3],
    ]);
    expect(state.report.diagnostics.map(({ code, span }) => `${code}@${span.start.line}`)).toStrictEqual(['invalid-date@2', 'review-without-text@3']);
  });
});
