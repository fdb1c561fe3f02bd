/**
 * Reading a Metacritic page: its lines classified by the Metacritic table,
 * read by its readers (as if the page ended before a truncated last line),
 * finished by its refiners, and made into the page.
 *
 * @module
 */
import { classifyLines } from '../../engine/classify.js';
import { runRefiners } from '../../engine/refine.js';
import type { SiteInput, SiteResult } from '../../site.js';
import { normaliseListMarkers } from './copied-lines.js';
import { isHtml, readHtml } from './html.js';
import { METACRITIC_KINDS } from './kinds.js';
import { pageOf } from './page.js';
import { METACRITIC_READERS } from './readers/index.js';
import { findTruncatedLine, METACRITIC_REFINERS, reportTruncatedLine } from './refiners/index.js';
import { newState } from './state.js';
import { reportCutName } from '../page-draft.js';

/** Reads a Metacritic page. */
export function readMetacriticPage(input: SiteInput): SiteResult {
  if (isHtml(input.text)) return readHtml(input);
  const tokens = classifyLines(normaliseListMarkers(input.lines), METACRITIC_KINDS);
  const state = newState(tokens, input.media);
  const cut = findTruncatedLine(tokens);
  if (cut < 0) {
    METACRITIC_READERS.read(tokens, state);
  } else {
    // The state's tokens end there too: a reader that looks ahead through them reads no line past the cut.
    state.tokens = tokens.upTo(cut);
    METACRITIC_READERS.read(state.tokens, state);
    state.tokens = tokens;
    reportTruncatedLine(state, cut);
    METACRITIC_READERS.read(tokens, state, cut + 1);
  }
  runRefiners(state, METACRITIC_REFINERS);
  const page = pageOf(state);
  reportCutName(page, state.report);
  return { page, diagnostics: state.report.sortedDiagnostics(), furniture: state.report.furniture };
}
