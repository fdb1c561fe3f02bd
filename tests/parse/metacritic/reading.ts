/**
 * What the tests of the Metacritic readers and refiners share: a page's
 * tokens and a fresh state, one reader run on one line, and the reader loop
 * run with a reader made to stall.
 */
import { classifyLines } from '../../../src/parse/engine/classify.js';
import { cutLines } from '../../../src/parse/engine/lines.js';
import { compileReaders, ReaderError } from '../../../src/parse/engine/read.js';
import { normaliseListMarkers } from '../../../src/parse/sites/metacritic/copied-lines.js';
import { METACRITIC_KINDS, type MetacriticTokens } from '../../../src/parse/sites/metacritic/kinds.js';
import { unrecognisedReader } from '../../../src/parse/sites/metacritic/readers/unrecognised.js';
import { type MetacriticReader, type MetacriticState, newState } from '../../../src/parse/sites/metacritic/state.js';
import type { MediaType } from '../../../src/types/page.js';

/** The tokens of `text`, as the Metacritic site classifies them. */
export function tokensOf(text: string): MetacriticTokens {
  return classifyLines(normaliseListMarkers(cutLines(text)), METACRITIC_KINDS);
}

/** A fresh state for `text`, changed by `prepare` (a phase, a part read before). */
export function stateOf(text: string, prepare: (state: MetacriticState) => void = () => undefined, media?: MediaType): MetacriticState {
  const state = newState(tokensOf(text), media);
  prepare(state);
  return state;
}

/** What one reader did on one line: the line it returned, the state, and its diagnostics as `code@line` (1-based). */
export interface Reading {
  readonly next: number;
  readonly state: MetacriticState;
  readonly diagnostics: readonly string[];
  readonly furniture: readonly number[];
}

/**
 * Runs `reader` on line `at` (0-based) of `text`, as the loop would: only when
 * it opens on the line's kind and its `when` holds in the state `prepare`
 * leaves (else it throws, so a test cannot pass on a reader that would never
 * run there).
 */
export function readLine(reader: MetacriticReader, text: string, at = 0, prepare?: (state: MetacriticState) => void): Reading {
  const state = stateOf(text, prepare);
  const { tokens } = state;
  const kind = tokens.kind(at);
  if (reader.opens !== '*' && !reader.opens.includes(kind as never)) throw new Error(`${reader.name} does not open on a ${String(kind)} line.`);
  if (reader.when !== undefined && !reader.when(state, tokens, at)) throw new Error(`${reader.name} does not open on line ${at + 1} in this state.`);
  const next = reader.read(tokens, at, state);
  return {
    next,
    state,
    diagnostics: state.report.diagnostics.map(({ code, span }) => `${code}@${span.start.line}`),
    furniture: state.report.furniture.map((span) => span.start.line),
  };
}

/** True when `reader` opens on line `at` of `text` in the state `prepare` leaves. */
export function opensOn(reader: MetacriticReader, text: string, at = 0, prepare?: (state: MetacriticState) => void): boolean {
  const state = stateOf(text, prepare);
  const kind = state.tokens.kind(at);
  return (reader.opens === '*' || reader.opens.includes(kind as never)) && (reader.when === undefined || reader.when(state, state.tokens, at));
}

/**
 * The error the reader loop throws when `reader`, made to return the line it
 * opened on (as a reader that makes no progress does), reads `text`: the loop
 * must throw a ReaderError naming it, never move on by itself.
 */
export function stalledOnTheLoop(reader: MetacriticReader, text: string, prepare?: (state: MetacriticState) => void): unknown {
  const stalled: MetacriticReader = { ...reader, read: (tokens, at, state) => (reader.read(tokens, at, state), at) };
  try {
    compileReaders([stalled, unrecognisedReader]).read(tokensOf(text), stateOf(text, prepare));
  } catch (error) {
    return error instanceof ReaderError ? { reader: error.reader, line: error.line, message: error.message } : error;
  }
  return undefined;
}

/** A verdict line, line 0 of the pages of the critics' list tests. */
export const VERDICT_LINE = 'Universal acclaim - based on 3 Critics\n';

/** The state after {@link VERDICT_LINE}: in the critics' list, its verdict read. */
export function afterVerdictLine(state: MetacriticState): void {
  state.phase = 'critic';
  state.verdict = { label: 'Universal acclaim', count: 3, line: 0 };
}
