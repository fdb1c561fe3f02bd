/**
 * HTML is not a page's text: a saved page's source (`<!DOCTYPE html>`,
 * `<html>`, `<body>`, `<li>` ...) is one error that says what to pass
 * instead, and nothing is read from it.
 *
 * @module
 */
import { classifyLines } from '../../engine/classify.js';
import type { SiteInput, SiteResult } from '../../site.js';
import { METACRITIC_KINDS } from './kinds.js';
import { pageOf } from './page.js';
import { newState } from './state.js';

/**
 * The start of a saved page's HTML: a doctype, or an `<html>`, `<head>`,
 * `<body>`, list or paragraph tag opening a line.
 *   ^[ \t]*<         a tag at a line's start
 *   (?:!doctype\b|(?:html|head|body|ul|ol|li|div|p)\b)   the tags a saved page opens with
 */
const HTML_TAG = /^[ \t]*<(?:!doctype\b|(?:html|head|body|ul|ol|li|div|p)[\s>/])/imu;

/**
 * True when `text` is HTML (a saved page's source) rather than a page's
 * text: a doctype or one of a page's tags opens one of its lines.
 *
 * @example
 * ```ts
 * isHtml('<!DOCTYPE html>\n<html>'); //=> true
 * isHtml('Universal acclaim - based on 16 Critics'); //=> false
 * ```
 */
export function isHtml(text: string): boolean {
  return text.includes('<') && HTML_TAG.test(text);
}

/** The result of reading HTML: an empty page, and one `html-input` error over the whole text. */
export function readHtml(input: SiteInput): SiteResult {
  const tokens = classifyLines(input.lines, METACRITIC_KINDS);
  const state = newState(tokens, input.media);
  const first = tokens.nextNonBlank(0);
  state.report.reportLine(
    'html-input',
    "The text is HTML, a saved page's source, not a page's text: pass the page's text instead, as a browser copies it (select the page, copy, paste) or as a crawl's WET file holds it.",
    first,
    tokens.previousNonBlank(tokens.count - 1),
  );
  return { page: pageOf(state), diagnostics: state.report.sortedDiagnostics(), furniture: [] };
}
