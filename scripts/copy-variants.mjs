// The ways people copy a page, as transformations of a crawled page's text
// (the corpus's form: indented, numbered "12. ", bulleted "• "): a browser's
// copy drops the three markers (and every partial removal of them is a copy
// seen too), other tools write markers of their own, double line breaks, add
// trailing whitespace or CRLF, or leave a page partly indented.
// One place for them: scripts/corpus-copied.mjs and the tests read this file.

const INDENT = /^[ \t\u00a0]+/u;
const NUMBER = /^(\s*)\d{1,4}\. /u;
const BULLET = /^(\s*)• ?/u;

/** A line with the markers in `drop` ("indent", "number", "bullet") removed, as a browser's copy removes them. */
export function dropMarkers(line, drop) {
  let out = line;
  if (drop.includes('indent')) out = out.replace(INDENT, '');
  if (drop.includes('number')) out = out.replace(NUMBER, '$1');
  if (drop.includes('bullet')) out = out.replace(BULLET, '$1');
  return out;
}

const lines = (text) => text.split('\n');

/** Every non-empty subset of the three markers: the full browser copy and each partial removal. */
const REMOVALS = [['indent', 'number', 'bullet'], ['indent'], ['number'], ['bullet'], ['indent', 'number'], ['indent', 'bullet'], ['number', 'bullet']];

/**
 * The copies of a page, by name. `browser` is the copy of
 * ../shared/tools/copy-as-browser.mjs (all three markers dropped).
 */
export const COPY_VARIANTS = {
  ...Object.fromEntries(
    REMOVALS.map((drop) => [
      drop.length === 3 ? 'browser' : `no-${drop.join('-')}`,
      (text) =>
        lines(text)
          .map((line) => dropMarkers(line, drop))
          .join('\n'),
    ]),
  ),
  // Firefox's plain-text copy: "* " for a bullet, "N. " kept, its own indentation (two spaces a level, as deep as the crawl's).
  firefox: (text) =>
    lines(text)
      .map((line) => line.replace(BULLET, (_, space) => `${space}* `))
      .join('\n'),
  // Editors' list markers: "- " and "◦ " for bullets, "N) " for numbers, with no indentation.
  'dash-paren': (text) =>
    lines(text)
      .map((line) =>
        line
          .replace(INDENT, '')
          .replace(/^(\d{1,4})\. /u, '$1) ')
          .replace(/^• ?/u, '- '),
      )
      .join('\n'),
  circle: (text) =>
    lines(text)
      .map((line) => line.replace(INDENT, '').replace(/^• ?/u, '◦ '))
      .join('\n'),
  // A browser's copy through a path that doubles every line break, adds trailing spaces and tabs, and ends lines with CRLF.
  'doubled-crlf-trailing': (text) =>
    lines(text)
      .map((line, index) => `${dropMarkers(line, ['indent', 'number', 'bullet'])}${index % 2 === 0 ? '  ' : '\t'}`)
      .join('\r\n\r\n'),
  // A page partly indented: the first half of its lines as crawled, the rest as a browser copies them.
  'partly-indented': (text) => {
    const all = lines(text);
    const half = Math.floor(all.length / 2);
    return all.map((line, index) => (index < half ? line : dropMarkers(line, ['indent', 'number', 'bullet']))).join('\n');
  },
};
