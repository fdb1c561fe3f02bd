/**
 * The command's exit statuses. When several things go wrong in one run, the
 * command exits with the highest of their statuses; every file is still read.
 */
export const EXIT_OK = 0;
/** --strict, and a page has an error diagnostic. */
export const EXIT_STRICT = 1;
/** A bad argument, or a file that cannot be read (permission, I/O error, a crawl record cut short). */
export const EXIT_USAGE = 2;
/** A file that does not exist. */
export const EXIT_NO_FILE = 3;
/** A directory where a file was expected. */
export const EXIT_DIRECTORY = 4;
/** A binary file, not text. */
export const EXIT_BINARY = 5;
/** An empty input: an empty file or standard input, or only whitespace. */
export const EXIT_EMPTY = 6;
/** A text that is not a review page, HTML rather than a page's text, or crawl files with no review page among their records. */
export const EXIT_NOT_A_PAGE = 7;
/** The library failed on a page: a bug to report (the other pages are still printed). */
export const EXIT_INTERNAL = 70;
