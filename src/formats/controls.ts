/**
 * Text from pages, file names and URLs, made safe to show on a terminal: a
 * title holding `ESC ] 0 ; ... BEL` must not retitle the terminal, nor
 * `ESC [ 2 J` clear it, nor U+202E show a name backwards. The command's
 * summary and its messages on standard error use it, its `--csv` on a
 * terminal too (the CSV writers' `controls: 'escape'`); written to a file or
 * a pipe, JSON and CSV are data and keep the text as it is.
 */

/**
 * Control characters (C0 but for the tab, DEL, C1), the characters that
 * reorder or break lines on a terminal (U+2028, U+2029, the bidirectional
 * embeddings, overrides and isolates) and lone surrogates (which no UTF-8
 * can carry: a terminal would get U+FFFD): what {@link escapeControls}
 * writes as escapes. In `u` mode a surrogate range matches lone surrogates
 * only, never half of a pair.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]/gu;

/**
 * `text` with every control character written as an escape: `\x1b` for one
 * below U+0100 (a line break too: the text is one line of a summary or a
 * message), `\u2028` above.
 */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}

/** A lone surrogate: half of a pair without its other half (`u` mode never matches half of a whole pair). */
const LONE_SURROGATE = /[\ud800-\udfff]/gu;

/**
 * `text` with each lone surrogate written as its escape (`\ud83d`), the rest
 * as it is: what a writer of UTF-8 data does with the one character UTF-8
 * cannot carry (an encoder would put U+FFFD in its place, losing which it
 * was), in the form JSON writes it (`JSON.stringify`) and the summary shows it.
 */
export function escapeLoneSurrogates(text: string): string {
  return text.replace(LONE_SURROGATE, escapeOne);
}

/** One character's escape: `\x1b` below U+0100, `\u2028` above. */
function escapeOne(character: string): string {
  const code = character.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
