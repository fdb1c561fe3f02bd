import { describe, expect, it } from 'vitest';
import { classifyLines, defineLineKinds, DIGITS, type TokenList } from '../../../src/parse/engine/classify.js';
import { cutLines } from '../../../src/parse/engine/lines.js';
import { ANY_KIND, compileReaders, ReaderError, type Reader } from '../../../src/parse/engine/read.js';
import { runRefiners } from '../../../src/parse/engine/refine.js';
import { Report } from '../../../src/parse/engine/report.js';

interface Values {
  readonly score: number;
  readonly text: string;
}
const KINDS = defineLineKinds<Values>([{ kind: 'score', first: DIGITS, recognise: (text) => (/^\d+$/u.test(text) ? Number(text) : undefined), examples: ['80'], endsItem: true }], 'text');

interface State {
  phase: 'header' | 'items';
  readonly items: { score: number; text: string[] }[];
  readonly titles: string[];
  readonly unread: number[];
}

const newState = (): State => ({ phase: 'header', items: [], titles: [], unread: [] });

const ITEM: Reader<Values, State> = {
  name: 'item',
  opens: ['score'],
  read: (tokens, at, state) => {
    state.phase = 'items';
    const item = { score: tokens.value(at, 'score') as number, text: [] as string[] };
    let next = at + 1;
    for (let line = tokens.nextNonBlank(next); line < tokens.count && !tokens.endsItem(line); line = tokens.nextNonBlank(next)) {
      item.text.push(tokens.text(line));
      next = line + 1;
    }
    state.items.push(item);
    return next;
  },
};
const TITLE: Reader<Values, State> = { name: 'title', opens: ['text'], when: (state) => state.phase === 'header', read: (tokens, at, state) => (state.titles.push(tokens.text(at)), at + 1) };
const UNREAD: Reader<Values, State> = { name: 'unread', opens: ANY_KIND, read: (_, at, state) => (state.unread.push(at), at + 1) };

function tokensOf(text: string): TokenList<Values> {
  return classifyLines(cutLines(text), KINDS);
}

describe('compileReaders', () => {
  it('gives each non-blank line to the first reader that opens on its kind in the state, and goes on from the line it returns', () => {
    const state = newState();
    compileReaders([ITEM, TITLE, UNREAD]).read(tokensOf('Title\n\n80\nBold.\n\nBrave.\n90\n'), state);
    expect(state).toStrictEqual({ phase: 'items', items: [{ score: 80, text: ['Bold.', 'Brave.'] }, { score: 90, text: [] }], titles: ['Title'], unread: [] });
  });

  it('passes over a reader whose state does not fit, to the next that opens on the kind', () => {
    const state = newState();
    compileReaders([ITEM, TITLE, UNREAD]).read(tokensOf('80\n\n9x\n').upTo(1), state);
    compileReaders([TITLE, UNREAD]).read(tokensOf('Intro\nMore'), state);
    expect([state.titles, state.unread]).toStrictEqual([[], [0, 1]]);
  });

  it('reads from a given line, and only the lines of a view', () => {
    const state = newState();
    compileReaders([ITEM, TITLE, UNREAD]).read(tokensOf('Title\n80\nBold.\nCut').upTo(3), state, 1);
    expect([state.titles, state.items]).toStrictEqual([[], [{ score: 80, text: ['Bold.'] }]]);
  });

  it('throws a ReaderError naming the reader when it makes no progress, never moving on by itself', () => {
    const stuck: Reader<Values, State> = { name: 'stuck', opens: ['score'], read: (_, at) => at };
    const run = (): void => { compileReaders([stuck, UNREAD]).read(tokensOf('Title\n80\n'), newState()); };
    expect(run).toThrow(ReaderError);
    expect(run).toThrow('Reader "stuck" made no progress at line 2: returned line 2.');
  });

  it('throws a ReaderError when no reader opens on a line', () => {
    const run = (): void => { compileReaders([ITEM]).read(tokensOf('Title\n80'), newState()); };
    expect(run).toThrow('No reader opens on line 1: no reader takes a line of kind "text" in this state.');
    try {
      run();
    } catch (error) {
      expect(error instanceof ReaderError ? [error.reader, error.line] : error).toStrictEqual([null, 0]);
    }
  });
});

describe('runRefiners', () => {
  it('runs each refiner over the state, in order', () => {
    const state = newState();
    compileReaders([ITEM, TITLE, UNREAD]).read(tokensOf('80\nBold.\n90'), state);
    runRefiners(state, [
      { name: 'no empty items', refine: (s) => { s.items.forEach((item) => item.text.length === 0 && item.text.push('(no text)')); } },
      { name: 'title', refine: (s) => s.titles.push(`${s.items.length} items`) },
    ]);
    expect([state.items[1]?.text, state.titles]).toStrictEqual([['(no text)'], ['2 items']]);
  });
});

describe('Report', () => {
  it('returns diagnostics with the catalogue severity, sorted by start then end, and furniture spans in order', () => {
    const report = new Report(cutLines('Watch On\n  ??\nabc'));
    report.reportLine('unrecognised-line', 'late', 2);
    report.reportLine('repeated-block', 'wide', 1, 2);
    report.reportLine('unknown-verdict', 'narrow', 1);
    report.furnish(0);
    expect(report.sortedDiagnostics().map((d) => [d.code, d.severity, d.span.start.offset, d.span.end.offset])).toStrictEqual([
      ['unknown-verdict', 'warning', 11, 13],
      ['repeated-block', 'warning', 11, 17],
      ['unrecognised-line', 'warning', 14, 17],
    ]);
    expect(report.furniture).toStrictEqual([{ start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 9, offset: 8 } }]);
  });

  it('keeps furniture in document order, each line once, when readers furnish lines again or out of order', () => {
    const lines = cutLines('Watch On\nBuy Now\nExpand\nYour Score\n');
    const report = new Report(lines);
    report.furnish(2);
    report.furnish(0);
    report.furnish(2);
    report.furnishSpan(lines.span(1, 2));
    report.furnish(3);
    report.furnish(0);
    expect(report.furniture.map((span) => [span.start.offset, span.end.offset])).toStrictEqual([
      [0, 8],
      [9, 23],
      [24, 34],
    ]);
  });
});
