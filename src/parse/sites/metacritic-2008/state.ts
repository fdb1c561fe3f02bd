/**
 * What the readers of a 2001-2010 title page learn, in one value.
 *
 * @module
 */
import type { Report, TokenList } from '../../engine/index.js';
import { emptyDraft, type PageDraft } from '../page-draft.js';
import type { Values } from './lines.js';

/** The page's tokens, by this site's table. */
export type Tokens = TokenList<Values>;

/**
 * Where the reading is: in the site menu above the title, in the score table and details, in the
 * critics' list under "What The Critics Said", or in the users' comments (`<Name> gave it a 10:`).
 */
export type Phase = 'menu' | 'title' | 'critics' | 'users';

/** The reading of one page. */
export interface State {
  readonly draft: PageDraft;
  readonly report: Report;
  phase: Phase;
  /** The title's line (found before reading: the line above `<Title> reviews`), or -1. */
  readonly titleAt: number;
  /** The first line after the site menu: the title's, or the first of the score table, a section's heading or a user comment. */
  readonly bodyAt: number;
}

/**
 * The kinds of line that end the menu where no title is found: the score table's, and a section's
 * heading or a user comment's opening (a page of the users' comments alone, copied without the
 * title's heading or the table).
 */
const BODY: readonly string[] = ['metascore', 'userScoreLabel', 'userScore', 'criticCount', 'voteCount', 'criticsHeading', 'usersHeading', 'userComment'];

/** How many lines above `<Title> reviews` the title can be: the title, then up to two lines of credits. */
const TITLE_REACH = 3;

/** The line at most {@link TITLE_REACH} non-blank lines above `at` whose text is `title`, or -1. */
function titleAbove(tokens: Tokens, at: number, title: string): number {
  let line = at;
  for (let step = 0; step < TITLE_REACH; step++) {
    line = tokens.previousNonBlank(line - 1);
    if (line < 0) return -1;
    if (tokens.text(line) === title) return line;
  }
  return -1;
}

/**
 * A fresh state for one page: the title is the line that `<Title> reviews` repeats, a few lines
 * above it (the credits between); the menu is everything above the title, or, on a page with no
 * such line, above the score table, a section's heading or a user comment, whichever comes first.
 */
export function newState(tokens: Tokens, report: Report): State {
  let titleAt = -1;
  let bodyAt = tokens.count;
  for (let at = 0; at < tokens.count && titleAt < 0 && bodyAt === tokens.count; at++) {
    const repeated = tokens.value(at, 'titleReviews');
    if (repeated !== undefined) titleAt = titleAbove(tokens, at, repeated);
    if (BODY.includes(tokens.kind(at) ?? '')) bodyAt = at;
  }
  return { draft: emptyDraft(), report, phase: 'menu', titleAt, bodyAt: titleAt >= 0 ? titleAt : bodyAt };
}
