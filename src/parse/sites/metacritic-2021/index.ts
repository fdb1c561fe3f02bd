/**
 * metacritic.com's critic-reviews pages of 2019-2022, as crawls flatten them (mc-2021-flat, and
 * mc-2021-pipes with the table's pipes left in): no numbers, no indentation; `100` / `METASCORE`,
 * `Universal acclaim based on 32 Critic Reviews`, `Positive:` / `31`, then each review as a bare
 * score line, a glued `<Publication><Critic>` line and the excerpt. Its user-reviews pages print
 * the users' block alike (`8.5` / `USER SCORE`, `... based on 1,234 Ratings`), then each user
 * review as the user's name, the date, the 0-10 score and the text.
 *
 * @module
 */
import { hasOpeningLine, type LineGate, lineGate, type Site, type SiteInput } from '../../site.js';
import { ANY_FIRST, classifyLines, LETTERS, Report } from '../../engine/index.js';
import { finishDraft, reportIfNoPage } from '../page-draft.js';
import { LINE_KINDS, recogniseDistribution, recogniseHeading, recogniseSeason, recogniseVerdict } from './lines.js';
import { READERS } from './readers/index.js';
import { newState, type Tokens } from './state.js';
import { recogniseCutDate } from '../../text/dates.js';
import { clip, endsWithoutLineBreak } from '../../text/strings.js';

/** How many lines from the top a claim looks at. */
const CLAIM_LINES = 40;

// The era's own kinds of line, each a bit of a claim's gate: `METASCORE`; the heading (its `N`, or
// a pipe after it); a verdict (a letter, then `critic`, `critics`, `critic review(s)` or
// `rating(s)`, in either case, and the `ſ` and Kelvin sign that the case-blind `[a-z]` and `s` of
// its pattern take too); `Season 3 Review:`; `Positive:`, `Mixed:`, `Negative:`; `USER SCORE`.
const METASCORE = 1;
const HEADING = 2;
const VERDICT = 4;
const SEASON = 8;
const DISTRIBUTION = 16;
const USER_SCORE = 32;
const GATE: LineGate = lineGate([
  { first: 'M', last: 'E' },
  { first: ANY_FIRST, last: 'N|' },
  { first: `${LETTERS}\u017f\u212a`, last: 'cCsS\u017fwWgG' },
  { first: 'Ss\u017f', last: ':' },
  { first: 'PpMmNn', last: ':' },
  { first: 'U', last: 'E' },
]);

/** True when `text` is a line of one of the era's own kinds among `kinds` (their bits): only their recognisers are asked. */
function isOwnLineOf(text: string, kinds: number): boolean {
  return (
    ((kinds & METASCORE) !== 0 && text === 'METASCORE') ||
    ((kinds & HEADING) !== 0 && recogniseHeading(text) !== undefined) ||
    ((kinds & VERDICT) !== 0 && recogniseVerdict(text) !== undefined) ||
    ((kinds & SEASON) !== 0 && recogniseSeason(text) !== undefined) ||
    ((kinds & DISTRIBUTION) !== 0 && recogniseDistribution(text)?.count === null) ||
    ((kinds & USER_SCORE) !== 0 && text === 'USER SCORE')
  );
}

/**
 * True when `text` is a line of this era's own: `CRITIC SCORE DISTRIBUTION` (or `USER SCORE
 * DISTRIBUTION`), `METASCORE` or `USER SCORE` in capitals, a verdict line with no dash, a
 * `Positive:` label alone, `Season 3 Review:`.
 *
 * @example
 * ```ts
 * isOwnLine('USER SCORE'); //=> true
 * isOwnLine('User Score'); //=> false
 * ```
 */
export function isOwnLine(text: string): boolean {
  return isOwnLineOf(text, METASCORE | HEADING | VERDICT | SEASON | DISTRIBUTION | USER_SCORE);
}

/**
 * How surely `input` is a page of this layout: 2 (above a metacritic.com URL's 1) when one of its
 * first lines is this era's own ({@link isOwnLine}); 0 otherwise.
 */
function claim(input: SiteInput): number {
  return hasOpeningLine(input.lines, CLAIM_LINES, GATE, isOwnLineOf) ? 2 : 0;
}

/**
 * The page's last line when the page ends inside it, with no line break, and it is a date cut short
 * (`Apr 2`, `Apr 2, 20`: a user review's, which its user's name right above opens); -1 when it is not.
 */
function cutDateLine(tokens: Tokens, input: SiteInput): number {
  const last = tokens.previousNonBlank(tokens.count - 1);
  return last >= 0 && endsWithoutLineBreak(input.text) && recogniseCutDate(tokens.text(last)) ? last : -1;
}

/** Reads a page of this layout: up to a last line cut inside a date, which is reported and not read. */
function read(input: SiteInput): ReturnType<Site['read']> {
  const tokens = classifyLines(input.lines, LINE_KINDS);
  const report = new Report(input.lines);
  const state = newState(report);
  const cut = cutDateLine(tokens, input);
  READERS.read(cut < 0 ? tokens : tokens.upTo(cut), state);
  if (cut >= 0) report.reportLine('truncated-line', `The page ends inside a line: "${clip(tokens.text(cut))}" is a date cut short, and is not read.`, cut);
  reportIfNoPage(state.draft, report, tokens);
  return finishDraft(state.draft, report, input.media);
}

/**
 * The site of metacritic.com's 2019-2022 critic-reviews and user-reviews pages (docs/layouts.md, H and H2).
 *
 * @example
 * ```ts
 * import { parse } from 'critic-consensus';
 *
 * const { page } = parse('100\nMETASCORE\nUniversal acclaim based on 32 Critic Reviews\n100\nVarietyPeter Debruge\nA marvel.\n');
 * [page.metascore, page.verdict, page.criticCount]; //=> [100, 'Universal acclaim', 32]
 * page.reviews[0]?.publication; //=> 'Variety'
 * ```
 */
export const metacritic2021: Site = { name: 'metacritic-2021', claim, read };
