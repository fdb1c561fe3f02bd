/**
 * Text from pages, file names and URLs, made safe to print on a terminal: a
 * title holding `ESC ] 0 ; ... BEL` must not retitle the terminal, nor
 * `ESC [ 2 J` clear it. Used for the readable summary and every message on
 * standard error; `--json` and `--csv` are data and keep the text as it is.
 */

/**
 * Control characters (C0 but for the tab, DEL, C1) and the characters that
 * reorder or break lines on a terminal (U+2028, U+2029, the bidirectional
 * overrides and isolates): what {@link escapeControls} writes as escapes.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/**
 * `text` with every control character written as an escape: `\x1b` for one
 * below U+0100 (a line break too: the text is one line of a summary or a
 * message), `\u2028` above.
 */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, (character) => {
    const code = character.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
