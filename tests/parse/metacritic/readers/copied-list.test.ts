import { describe, expect, it } from 'vitest';
import {
  copiedList,
  copiedNumbersDropped,
  copiedTailStart,
  endItem,
  endsCopiedItem,
  numberItem,
  opensCopiedItem,
  reportOpenBoundary,
} from '../../../../src/parse/sites/metacritic/readers/copied-list.js';
import { afterVerdictLine, stateOf, tokensOf, VERDICT_LINE } from '../reading.js';

describe('opensCopiedItem', () => {
  it("opens a section's first unnumbered item where it stands unindented, in that section only", () => {
    // A page that keeps its numbers (two numbered lines to one unnumbered under the verdict).
    const state = stateOf(`${VERDICT_LINE}Variety\n  Indented\n1. Numbered\n2. Numbered`, afterVerdictLine);
    expect([1, 2, 3].map((line) => opensCopiedItem(state, state.tokens, line, 'critic'))).toStrictEqual([true, false, false]);
    expect(opensCopiedItem(state, state.tokens, 1, 'user')).toBe(false);
  });
});

describe('copiedList and numberItem', () => {
  it("open the section's list once, and number its items in turn only where the copy dropped the numbers", () => {
    // Numbers the page keeps below say that its unnumbered lines had none (with none, a line of text under the verdict says they were dropped).
    const kept = stateOf(`${VERDICT_LINE}Variety\nBold.\n1. Kept.\n2. Kept.`, afterVerdictLine);
    const list = copiedList(kept, kept.tokens, 'critic', 1);
    expect(copiedList(kept, kept.tokens, 'critic', 1)).toBe(list);
    expect([list.section, list.start, list.numbersDropped, numberItem(list, kept.tokens, 1)]).toStrictEqual(['critic', 0, false, null]);
    const dropped = stateOf(`${VERDICT_LINE}Variety\nBold.\n72 Metascore`, afterVerdictLine);
    const numbered = copiedList(dropped, dropped.tokens, 'critic', 1);
    expect([numberItem(numbered, dropped.tokens, 1), numberItem(numbered, dropped.tokens, 2), numbered.indent]).toStrictEqual([1, 2, 0]);
  });
});

describe('endItem, endsCopiedItem and reportOpenBoundary', () => {
  it('keep where the last item ended, tell the lines that end an item, and report two text lines in a row', () => {
    const state = stateOf(`${VERDICT_LINE}Bold.\nFine.`, afterVerdictLine);
    const list = copiedList(state, state.tokens, 'critic', 1);
    endItem(list, 1, true);
    expect([list.lastEnd, list.lastText]).toStrictEqual([1, 1]);
    const tokens = tokensOf('Text.\n1. Item\n• Bullet\n80 Critic Score\nWatch On\nExpand\nUniversal acclaim - based on 3 Critics');
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((line) => endsCopiedItem(tokens, line))).toStrictEqual([false, true, true, true, true, false, true, true]);
    reportOpenBoundary(state, 1, 2);
    expect(state.report.diagnostics.map(({ code, span }) => [code, span.start.line, span.end.line])).toStrictEqual([['copied-boundary-open', 2, 3]]);
  });
});

describe('copiedTailStart', () => {
  it('finds the line right under the last indented one, where two lines or more of the tail are not furniture', () => {
    const tail = (text: string): number => copiedTailStart(stateOf(`${VERDICT_LINE}${text}`, afterVerdictLine));
    expect(tail('  1. 80\n    Bold.\nFine.\nWatch On\nA marvel.')).toBe(3);
    expect(tail('  1. 80\n    Bold.\nFan Theories Corner\nWatch On')).toBe(5);
    expect(tail('  1. 80\n    Bold.\n\nFine.\nA marvel.')).toBe(6);
    expect(tail('1. 80\nBold.\nFine.')).toBe(4);
    expect(tail('Bold.\nFine.')).toBe(3);
  });

  it('finds a tail that keeps its numbers or bullets, and one under a blank line only where it holds a review’s field', () => {
    const tail = (text: string): number => copiedTailStart(stateOf(`${VERDICT_LINE}${text}`, afterVerdictLine));
    expect(tail('  1. 80\n    Bold.\n2. 70\nFine.')).toBe(3);
    expect(tail('  1. 80\n    Bold.\n• 72 Metascore\n• 80 Critic Score')).toBe(3);
    expect(tail('  1. 80\n    Bold.\n\nFine, all told.\nJul 15, 2013')).toBe(3);
    expect(tail('  1. 80\n    Bold.\n\nFine, all told.\nA marvel of a film.')).toBe(6);
    expect(tail('  1. 80\n    Bold.\nA marvel of a film, all told.')).toBe(4);
  });
});

describe('copiedNumbersDropped', () => {
  it('weighs a page with a distribution by its numbered lines alone, whatever its other lines say', () => {
    const dropped = (text: string): boolean => copiedNumbersDropped(stateOf(`${VERDICT_LINE}${text}`, afterVerdictLine));
    // Bare part lines outnumber the bullets, and a byline stands bare: on a page with no distribution either says a copy.
    const bare = '72 Metascore\n80 Critic Score\nReviewed by: Ann Lee\nBold.';
    expect(dropped(bare)).toBe(true);
    // With a distribution, only its lines and the numbered items count: here they keep their numbers.
    expect(dropped(`1. Positive: 2 out of 3\n2. Negative: 1 out of 3\n${bare}`)).toBe(false);
    expect(dropped(`Positive: 2 out of 3\n2. Negative: 1 out of 3\n${bare}`)).toBe(false);
    // The unnumbered distribution lines outnumber the numbered lines, items among them.
    expect(dropped('Positive: 2 out of 3\nNegative: 1 out of 3\n1. Bold.')).toBe(true);
    expect(dropped('Positive: 2 out of 3\nNegative: 1 out of 3\n1. Bold.\n2. Fine.')).toBe(false);
  });

  it('weighs a page with no distribution by its unnumbered lines, and an unmarked one by its fields', () => {
    const dropped = (text: string): boolean => copiedNumbersDropped(stateOf(`${VERDICT_LINE}${text}`, afterVerdictLine));
    // A byline standing bare on a page with no line numbered or indented; not on a page that numbers its items.
    expect(dropped('Bold.\nReviewed by: Ann Lee\nFine.')).toBe(true);
    expect(dropped('Bold.\nReviewed by: Ann Lee\nFine.\n1. Good.\n2. Fine.')).toBe(false);
    // With no verdict over it (no line of text under one), the byline alone says it.
    expect(copiedNumbersDropped(stateOf('Reviewed by: Ann Lee\nBold.'))).toBe(true);
    expect(copiedNumbersDropped(stateOf('Ann Lee\nBold.'))).toBe(false);
    // Indented, a byline counts where it stands over its deeper body: one such against one numbered item.
    expect(dropped('  1. Bold.\n  Reviewed by: Ann Lee\n    Fine.')).toBe(true);
    expect(dropped('  1. Bold.\n  Reviewed by: Ann Lee\n  Fine.')).toBe(false);
    // Scored blocks on an unmarked page; the same blocks under a numbered item.
    expect(dropped('72 Metascore\n• 80 Critic Score\nBold.')).toBe(true);
    expect(dropped('• 72 Metascore\n• 80 Critic Score\nBold.')).toBe(true);
    expect(dropped('1. Bold.\n• 72 Metascore\n• 80 Critic Score\nFine.')).toBe(false);
  });
});
