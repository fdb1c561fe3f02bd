import { describe, expect, it } from 'vitest';
import { classifyLines, defineLineKinds, DIGITS, type TokenList } from '../../../src/parse/engine/classify.js';
import { cutLines } from '../../../src/parse/engine/lines.js';
import { ANY_KIND, compileReaders, ReaderError, type Reader } from '../../../src/parse/engine/read.js';

interface Values {
  readonly score: number;
  readonly text: string;
}
const KINDS = defineLineKinds<Values>(
  [{ kind: 'score', first: DIGITS, recognise: (text) => (/^\d+$/u.test(text) ? Number(text) : undefined), endsItem: true }],
  'text',
);

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
const TITLE: Reader<Values, State> = {
  name: 'title',
  opens: ['text'],
  when: (state) => state.phase === 'header',
  read: (tokens, at, state) => (state.titles.push(tokens.text(at)), at + 1),
};
const UNREAD: Reader<Values, State> = { name: 'unread', opens: ANY_KIND, read: (_, at, state) => (state.unread.push(at), at + 1) };

function tokensOf(text: string): TokenList<Values> {
  return classifyLines(cutLines(text), KINDS);
}

describe('compileReaders', () => {
  it('gives each non-blank line to the first reader that opens on its kind in the state, and goes on from the line it returns', () => {
    const state = newState();
    compileReaders([ITEM, TITLE, UNREAD]).read(tokensOf('Title\n\n80\nBold.\n\nBrave.\n90\n'), state);
    expect(state).toStrictEqual({
      phase: 'items',
      items: [
        { score: 80, text: ['Bold.', 'Brave.'] },
        { score: 90, text: [] },
      ],
      titles: ['Title'],
      unread: [],
    });
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

  it("picks each line's readers by its own table's rows when one reader set reads the tokens of two tables", () => {
    // A second table, in which `score` is row 1 where KINDS has it as row 0.
    interface Other {
      readonly title: string;
      readonly score: number;
      readonly text: string;
    }
    const other = defineLineKinds<Other>(
      [
        { kind: 'title', first: 'T', recognise: (text) => (text.startsWith('Title') ? text : undefined), endsItem: true },
        { kind: 'score', first: DIGITS, recognise: (text) => (/^\d+$/u.test(text) ? Number(text) : undefined), endsItem: true },
      ],
      'text',
    );
    const seen: string[] = [];
    const readers = compileReaders<Values & Other, string[]>([
      { name: 'score', opens: ['score'], read: (tokens, at, state) => (state.push(`score ${tokens.text(at)}`), at + 1) },
      { name: 'rest', opens: ANY_KIND, read: (tokens, at, state) => (state.push(`rest ${tokens.text(at)}`), at + 1) },
    ]);
    readers.read(classifyLines(cutLines('Title\n80'), other), seen);
    readers.read(classifyLines(cutLines('Title\n80'), KINDS) as unknown as TokenList<Values & Other>, seen);
    expect(seen).toStrictEqual(['rest Title', 'score 80', 'rest Title', 'score 80']);
  });

  it('throws a ReaderError naming the reader when it makes no progress, never moving on by itself', () => {
    const stuck: Reader<Values, State> = { name: 'stuck', opens: ['score'], read: (_, at) => at };
    const run = (): void => {
      compileReaders([stuck, UNREAD]).read(tokensOf('Title\n80\n'), newState());
    };
    expect(run).toThrow(ReaderError);
    expect(run).toThrow('Reader "stuck" made no progress at line 2: returned line 2.');
  });

  it('throws a ReaderError when no reader opens on a line', () => {
    const run = (): void => {
      compileReaders([ITEM]).read(tokensOf('Title\n80'), newState());
    };
    expect(run).toThrow('No reader opens on line 1: no reader takes a line of kind "text" in this state.');
    try {
      run();
    } catch (error) {
      expect(error instanceof ReaderError ? [error.reader, error.line] : error).toStrictEqual([null, 0]);
    }
  });
});
