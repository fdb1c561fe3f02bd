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
  firefox: firefoxCopy,
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
  // Each of those alone: a browser's copy with its line breaks doubled, with CRLF, with trailing spaces and tabs.
  doubled: (text) => doubled(browserCopy(text)),
  crlf: (text) => lines(browserCopy(text)).join('\r\n'),
  trailing: (text) =>
    lines(browserCopy(text))
      .map((line, index) => `${line}${index % 2 === 0 ? ' ' : ' \t'}`)
      .join('\n'),
  // The crawled page, markers kept, its line breaks doubled.
  'doubled-marked': doubled,
  // The crawled page indented with tabs, as an editor keeps it: a tab for two spaces.
  tabs: (text) =>
    lines(text)
      .map((line) => line.replace(/^(?: {2})+/u, (spaces) => '\t'.repeat(spaces.length / 2)))
      .join('\n'),
  // Firefox's copy at a depth of its own (four spaces a level), and with its line breaks doubled.
  'firefox-deep': (text) =>
    lines(firefoxCopy(text))
      .map((line) => line.replace(/^ +/u, (spaces) => spaces + spaces))
      .join('\n'),
  'firefox-doubled': (text) => doubled(firefoxCopy(text)),
  // Editors' markers ("- ", "N) ") with the crawl's indentation kept.
  'dash-paren-indented': (text) =>
    lines(text)
      .map((line) => line.replace(/^(\s*)(\d{1,4})\. /u, '$1$2) ').replace(BULLET, (_, space) => `${space}- `))
      .join('\n'),
  // Indentation copied as non-breaking spaces.
  nbsp: (text) =>
    lines(text)
      .map((line) => line.replace(/^ +/u, (spaces) => '\u00a0'.repeat(spaces.length)))
      .join('\n'),
  // A page partly indented: the first half of its lines as crawled, the rest as a browser copies them.
  'partly-indented': (text) => partlyIndented(lines(text), Math.floor(lines(text).length / 2)),
  // A page partly indented inside its user list: as crawled down to the date line of its first user
  // review (the first indented date under a "based on K Ratings" line), as a browser copies it after.
  // A page with no user review stays as crawled.
  'partly-indented-users': (text) => {
    const all = lines(text);
    const ratings = all.findIndex((line) => RATINGS.test(line));
    const date = ratings < 0 ? -1 : all.findIndex((line, index) => index > ratings && INDENTED_DATE.test(line));
    return partlyIndented(all, date < 0 ? all.length : date + 1);
  },
};

/** A browser's copy of a crawled page: its three markers dropped from every line. */
function browserCopy(text) {
  return lines(text)
    .map((line) => dropMarkers(line, ['indent', 'number', 'bullet']))
    .join('\n');
}

/** Firefox's plain-text copy: "* " for a bullet, "N. " kept, its own indentation (two spaces a level, as deep as the crawl's). */
function firefoxCopy(text) {
  return lines(text)
    .map((line) => line.replace(BULLET, (_, space) => `${space}* `))
    .join('\n');
}

/** `text` with every line break doubled, as some copy paths write them. */
function doubled(text) {
  return lines(text).join('\n\n');
}

/** A user verdict line: `Universal acclaim- based on 26 Ratings`. */
const RATINGS = /based on [\d,]+ Ratings/u;
/** An indented date line, with or without its item's number: `    Jan 29, 2008`, `  1. Mar 29, 2020`. */
const INDENTED_DATE = /^[ \t]+(?:\d{1,4}\. )?[A-Z][a-z]{2,8} \d{1,2}, \d{4}\s*$/u;

/** The lines `all` as crawled up to line `from`, and as a browser copies them from there on. */
function partlyIndented(all, from) {
  return all.map((line, index) => (index < from ? line : dropMarkers(line, ['indent', 'number', 'bullet']))).join('\n');
}
