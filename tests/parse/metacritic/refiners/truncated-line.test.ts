import { describe, expect, it } from 'vitest';
import { findTruncatedLine, reportTruncatedLine } from '../../../../src/parse/sites/metacritic/refiners/truncated-line.js';
import { stateOf, tokensOf } from '../reading.js';

const CRITICS = 'Generally favorable reviews - based on 11 Critics\n';

describe('findTruncatedLine', () => {
  it.each([
    [`${CRITICS}  1. Positive: 9 out of`, 1],
    [`${CRITICS}  1. Positive: 9 out of 11\n  2. Neg`, 2],
    ['4 tv reviews\n    • 63 Met', 1],
    ['4 tv reviews\n    • 63 Met\nWatch On\n\n', 1],
    [`${CRITICS}  1. Fine.\n  2.`, 2],
    [`${CRITICS}Critic score distribution:\n  1`, 2],
    [`${CRITICS}Critic Reviews\n\n  1`, 3],
    [`${CRITICS}  1. Positive: 9 out of 11\nWatch On\n\nBuy Now\n9`, 5],
    [`${CRITICS}  1. Reviewed by: Glenn Kenny\n    Jun 3, 20`, 2],
    [`${CRITICS}  1. Reviewed by: Glenn Kenny\n    Jun 3,`, 2],
    ['User Score\n  1. JaneR.\n    Fine.\n  2. September 1', 3],
    // As a browser copies `  3. 8`: a bare score where an item opens, at the page's end.
    [`${CRITICS}80\nA marvel.\n8`, 3],
    [`${CRITICS}80\nA marvel.\nWatch On\n10`, 4],
    [`${CRITICS}Critic score distribution:\nPositive: 9 out of 11\n10`, 3],
    ['User Score\nNov 20, 2006\nA great game.\n8', 3],
    ['4 tv reviews\nAn excerpt.\n9', 2],
    // A list number alone as deep as the numbered item above it: the next item, cut to its number.
    ['User Score\n  1. JaneD.\n    Fine.\n  2.', 3],
    // Deeper than a distribution's line, which is no item: the list's first item, cut to its number.
    [`${CRITICS}3. Negative: 0 out of 11\n  2.`, 2],
    // Cut parts longer than a template's cut (a run of spaces in them) end with a digit or a comma: found all the same.
    [`${CRITICS}  1. Reviewed by: Glenn Kenny\n    Jun${' '.repeat(60)}3, 20`, 2],
    [`${CRITICS}  1. Reviewed by: Glenn Kenny\n    Jun${' '.repeat(60)}3,`, 2],
    [`${CRITICS}  1. Fine.\n  2.${' '.repeat(60)}8`, 2],
  ])('finds the last line of %j cut short: line %i', (text, line) => {
    expect(findTruncatedLine(tokensOf(text))).toBe(line);
  });

  it.each([
    `${CRITICS}  1. Positive: 9 out of 11`,
    `${CRITICS}  1. Reviewed by: Ann Hornaday\n    80`,
    `${CRITICS}  1. Fine.\nMetascore\n7`,
    'User Score\n8',
    'User Score\nWatch On\n8',
    `${CRITICS}  1. Positive: 0 out of\n  2. Mixed: 0 out of`,
    `${CRITICS}  1. Reviewed by: Glenn Kenny\n    Jun 3, 2016`,
    `${CRITICS}  1. Juniper 3, 20`,
    `${CRITICS}80\nA marvel.\n8\n`,
    `${CRITICS}  1. 80\n    A marvel.\n    8`,
    'User Score\nJohnD.\nNov 21, 2006\n8',
    `${CRITICS}Reviewed by: Ann Hornaday\n8`,
    'Rate this:\n10\n9\n8',
    'An excerpt.\nUser Score\n9',
    // A list number alone deeper than its item's number, or `0.` (no item's number), is a review's text, cut there or not.
    'User Score\n  1. JaneD.\n    Fine.\n  2. BobK.\n    Jul 2, 2021\n    0.',
    'User Score\n  1. JaneD.\n    Fine.\n  2. BobK.\n    Jul 2, 2021\n    6\n    3.',
    'User Score\nJaneD.\nJul 1, 2021\n7\nFine.\nBobK.\nJul 2, 2021\n0.',
    'User Score\n1. JaneD.\nJul 1, 2021\n7\nFine.\n2. BobK.\nJul 2, 2021\n0.',
    '',
    // A line too long to be cut short, whatever it holds.
    `${CRITICS}  1. 80\n    A marvel of a film that ends with a number: so it is, on the page as a whole, 1`,
    `${CRITICS}  1. 80\n    ${'Positive: 9 out of'.padEnd(60, ' ')} x`,
  ])('finds no line cut short in %j', (text) => {
    expect(findTruncatedLine(tokensOf(text))).toBe(-1);
  });
});

describe('reportTruncatedLine', () => {
  it('reports the line as truncated-line, its text in the message', () => {
    const state = stateOf(`${CRITICS}  1. Positive: 9 out of`);
    reportTruncatedLine(state, 1);
    expect(state.report.diagnostics.map(({ code, message, span }) => [code, message, span.start.line, span.start.column])).toStrictEqual([
      ['truncated-line', 'The page ends inside a line: "1. Positive: 9 out of" is cut short of a page part, and is not read.', 2, 3],
    ]);
  });

  it("says that a list number alone is an item's number cut short of its item", () => {
    const state = stateOf(`${CRITICS}  1. Fine.\n  2.`);
    reportTruncatedLine(state, 2);
    expect(state.report.diagnostics.map(({ message }) => message)).toStrictEqual([
      'The page ends inside a line: "2." is an item\'s number cut short of its item, and is not read.',
    ]);
  });
});
