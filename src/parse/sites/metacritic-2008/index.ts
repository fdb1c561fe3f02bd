/**
 * metacritic.com's title pages of 2001-2010 (mc-2008-video-title): a site menu, the title, the
 * score table flattened across its columns (`Metascore: 100 Metascore out of 100`, `User Score` /
 * `8.1 out of 10`, `based on 14 reviews`, `based on 251 votes`), details, then `What The Critics
 * Said`.
 *
 * @module
 */
import { hasOpeningLine, type LineGate, lineGate, type Site, type SiteInput } from '../../site.js';
import { ANY_FIRST, classifyLines, DIGITS, Report } from '../../engine/index.js';
import { finishDraft, isCutLine, reportIfNoPage } from '../page-draft.js';
import { isCutUserComment, LINE_KINDS, recogniseMetascore, recogniseUserComment } from './lines.js';
import { READERS } from './readers/index.js';
import { newState } from './state.js';

/** How many lines from the top a claim looks at: the site menu takes about thirty. */
const CLAIM_LINES = 60;

/** The menu's slogan, on every page of the era. */
const SLOGAN = 'Metacritic.com: We Deal With Criticism';

/**
 * True when `text` is the menu's slogan, the score table's `Metascore: <M> ...` line or a user
 * comment's opening (`MikeW. gave it a 10:`, which a page of the users' comments alone begins with).
 *
 * @example
 * ```ts
 * isOwnLine('Metascore: 100 Metascore out of 100'); //=> true
 * isOwnLine('AlexB. gave it a 8:'); //=> true
 * isOwnLine('Metascore'); //=> false
 * ```
 */
export function isOwnLine(text: string): boolean {
  return text === SLOGAN || recogniseMetascore(text) !== undefined || recogniseUserComment(text) !== undefined;
}

/**
 * The slogan and the score line begin with an `m`; the slogan ends with one, the score line with a
 * digit, `tbd`'s `d`, `xx`'s `x` or `Metascore`'s `e`; a user comment's opening ends with a colon.
 */
const GATE: LineGate = lineGate([
  { first: 'Mm', last: `mMdDxXeE${DIGITS}` },
  { first: ANY_FIRST, last: ':' },
]);

/**
 * How surely `input` is a page of this layout: 2 (above a metacritic.com URL's 1) when one of its
 * first lines is the menu's slogan, the score table's `Metascore: <M> ...` or a user comment's
 * opening ({@link isOwnLine}); 0 otherwise.
 */
function claim(input: SiteInput): number {
  return hasOpeningLine(input.lines, CLAIM_LINES, GATE, isOwnLine) ? 2 : 0;
}

/** Reads a page of this layout. */
function read(input: SiteInput): ReturnType<Site['read']> {
  const tokens = classifyLines(input.lines, LINE_KINDS);
  const report = new Report(input.lines);
  const state = newState(tokens, report);
  // A page cut inside a user comment's opening: read as if it ended before that line.
  const last = tokens.count - 1;
  READERS.read(isCutLine(tokens, report, last, isCutUserComment(tokens.text(last))) ? tokens.upTo(last) : tokens, state);
  reportIfNoPage(state.draft, report, tokens);
  return finishDraft(state.draft, report, input.media);
}

/**
 * The site of metacritic.com's 2001-2010 title pages.
 *
 * @example
 * ```ts
 * import { parse } from 'critic-consensus';
 *
 * const { page } = parse('Metascore: 100 Metascore out of 100\nUser Score\n8.1 out of 10\nbased on 14 reviews\nbased on 251 votes\n');
 * [page.metascore, page.criticCount, page.users?.score, page.users?.ratingCount]; //=> [100, 14, 8.1, 251]
 * ```
 */
export const metacritic2008: Site = { name: 'metacritic-2008', claim, read };
