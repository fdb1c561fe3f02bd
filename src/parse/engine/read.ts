/**
 * The reader loop: small readers, each opening on a token kind in a state
 * and consuming at least one line.
 *
 * A reader has a `name`, the token kinds it `opens` on ({@link ANY_KIND} for
 * any: a site's last reader, which reports what no other reader took), an
 * optional `when` (the state it opens in), and `read`, which takes the line it
 * opens on and the lines that belong with it, updates the state, and returns
 * the first line it did not take. The loop skips blank lines, and gives each
 * other line to the first reader (in list order) that opens on its kind in
 * the current state.
 *
 * A reader that returns a line at or before the one it opened on made no
 * progress: that is a bug in the reader, and the loop throws a
 * {@link ReaderError} naming it (the fuzz finds such bugs); it never forces
 * progress. A line no reader opens on throws the same error: a site's readers
 * must cover every kind.
 *
 * **The state convention.** A site keeps everything its readers learn in one
 * typed value, made fresh for each page: the page's drafts, and where the
 * reading is (a phase as a string union, such as `'header' | 'critic'`), with
 * no sentinel values and no flags that every reader sets. Readers change the
 * state; refiners ({@link ./refine.ts}) finish it.
 *
 * @example
 * ```ts
 * interface Values { readonly score: number; readonly text: string }
 * const kinds = defineLineKinds<Values>(
 *   [{ kind: 'score', first: DIGITS, recognise: (text) => (/^\d{1,3}$/u.test(text) ? Number(text) : undefined), endsItem: true }],
 *   'text',
 * );
 * interface State { readonly scores: { score: number; text: string[] }[]; readonly unread: number[] }
 * const readers = compileReaders<Values, State>([
 *   {
 *     name: 'scored item',
 *     opens: ['score'],
 *     read: (tokens, at, state) => {
 *       const item = { score: tokens.value(at, 'score') as number, text: [] as string[] };
 *       let next = tokens.nextNonBlank(at + 1);
 *       for (; tokens.is(next, 'text'); next = tokens.nextNonBlank(next + 1)) item.text.push(tokens.text(next));
 *       state.scores.push(item);
 *       return next;
 *     },
 *   },
 *   { name: 'unread', opens: ANY_KIND, read: (_, at, state) => (state.unread.push(at), at + 1) },
 * ]);
 * const state: State = { scores: [], unread: [] };
 * readers.read(classifyLines(cutLines('Intro\n80\nBold.\n\nBrave.\n90\n'), kinds), state);
 * state; //=> { scores: [{ score: 80, text: ['Bold.', 'Brave.'] }, { score: 90, text: [] }], unread: [0] }
 * ```
 *
 * @module
 */
import { BLANK, type LineKinds, type TokenKind, type TokenList } from './classify.js';

/** `opens` for a reader that opens on a line of any kind. */
export const ANY_KIND = '*';

/** A reader of one part of a page, over the token values `V` and the site's state `S`. */
export interface Reader<V, S> {
  /** The reader's name, as errors give it ("critic items"). */
  readonly name: string;
  /** The token kinds it opens on, or {@link ANY_KIND}. */
  readonly opens: readonly TokenKind<V>[] | typeof ANY_KIND;
  /** The state it opens in (default: any); a reader whose `when` is false is passed over for the next. */
  readonly when?: (state: S, tokens: TokenList<V>, at: number) => boolean;
  /** Reads the part that starts at line `at` into `state`; returns the first line not taken, after `at`. */
  read(tokens: TokenList<V>, at: number, state: S): number;
}

/**
 * An internal error of the reader loop: a reader made no progress, or no
 * reader opened on a line. Always a bug in the site's readers, never the
 * input's fault.
 *
 * @example
 * ```ts
 * new ReaderError('verdict', 3, 'returned line 3').message; //=> 'Reader "verdict" made no progress at line 4: returned line 3.'
 * ```
 */
export class ReaderError extends Error {
  override readonly name = 'ReaderError';
  /** The reader at fault, or `null` when no reader opened on the line. */
  readonly reader: string | null;
  /** The 0-based line the reader opened on. */
  readonly line: number;

  constructor(reader: string | null, line: number, detail: string) {
    super(reader === null ? `No reader opens on line ${line + 1}: ${detail}.` : `Reader "${reader}" made no progress at line ${line + 1}: ${detail}.`);
    this.reader = reader;
    this.line = line;
  }
}

/** A site's readers, compiled: each kind's readers found once. */
export interface ReaderSet<V, S> {
  readonly readers: readonly Reader<V, S>[];
  /**
   * Reads `tokens` from line `from` (default 0) to their end into `state`.
   *
   * @throws ReaderError when a reader makes no progress or no reader opens on a line.
   */
  read(tokens: TokenList<V>, state: S, from?: number): void;
}

/**
 * Compiles a site's readers into the loop that reads a page: the pipeline's
 * third step.
 *
 * @param readers - The readers, in the order they are tried on each line.
 * @returns The {@link ReaderSet}.
 *
 * @example
 * ```ts
 * const readers = compileReaders<{ readonly text: string }, string[]>([{ name: 'all', opens: ANY_KIND, read: (tokens, at, state) => (state.push(tokens.text(at)), at + 1) }]);
 * const state: string[] = [];
 * readers.read(classifyLines(cutLines('a\n\nb'), defineLineKinds<{ readonly text: string }>([], 'text')), state);
 * state; //=> ['a', 'b']
 * ```
 */
export function compileReaders<V, S>(readers: readonly Reader<V, S>[]): ReaderSet<V, S> {
  const any = readers.filter((reader) => reader.opens === ANY_KIND);
  const byKind = new Map<string, readonly Reader<V, S>[]>();
  for (const reader of readers) {
    if (reader.opens === ANY_KIND) continue;
    for (const kind of reader.opens) {
      if (!byKind.has(kind))
        byKind.set(
          kind,
          readers.filter((other) => other.opens === ANY_KIND || other.opens.includes(kind)),
        );
    }
  }
  // The readers of each row of the last table read (by index, as `LineKinds.rowOf` numbers them):
  // the loop picks a line's readers by an integer, with no name looked up per line.
  let table: LineKinds<V> | undefined;
  let byRow: (readonly Reader<V, S>[])[] = [];
  return {
    readers,
    read(tokens: TokenList<V>, state: S, from = 0): void {
      const { kinds } = tokens;
      if (kinds !== table) {
        table = kinds;
        byRow = [];
        for (let row = 0; row <= kinds.rows.length; row++) byRow.push(byKind.get(kinds.kindAt(row)) ?? any);
      }
      const blank = kinds.rowOf(BLANK);
      let at = from;
      while (at < tokens.count) {
        const row = tokens.rowAt(at);
        if (row === blank) {
          at++;
          continue;
        }
        const candidates = byRow[row] ?? any;
        let chosen: Reader<V, S> | undefined;
        for (let i = 0; i < candidates.length; i++) {
          const reader = candidates[i] as Reader<V, S>;
          if (reader.when === undefined || reader.when(state, tokens, at)) {
            chosen = reader;
            break;
          }
        }
        if (chosen === undefined) throw new ReaderError(null, at, `no reader takes a line of kind "${String(tokens.kind(at))}" in this state`);
        const next = chosen.read(tokens, at, state);
        if (!(next > at)) throw new ReaderError(chosen.name, at, `returned line ${next + 1}`);
        at = next;
      }
    },
  };
}
