/**
 * metacritic.com's critic-reviews pages of 2019-2022, as crawls flatten them (mc-2021-flat, and
 * mc-2021-pipes with the table's pipes left in): no numbers, no indentation; `100` / `METASCORE`,
 * `Universal acclaim based on 32 Critic Reviews`, `Positive:` / `31`, then each review as a bare
 * score line, a glued `<Publication><Critic>` line and the excerpt.
 *
 * @module
 */
import type { Site, SiteInput } from '../../site.js';
import { classifyLines, Report } from '../../engine/index.js';
import { finishDraft, reportIfNoPage } from '../page-draft.js';
import { LINE_KINDS, recogniseDistribution, recogniseHeading, recogniseSeason, recogniseVerdict } from './lines.js';
import { READERS } from './readers/index.js';
import { newState } from './state.js';

/** How many lines from the top a claim looks at. */
const CLAIM_LINES = 40;

/**
 * How surely `input` is a page of this layout: 2 (above a metacritic.com URL's 1) when one of its
 * first lines is this era's own (`CRITIC SCORE DISTRIBUTION`, `METASCORE` in capitals, a verdict
 * line with no dash, a `Positive:` label alone, `Season 3 Review:`); 0 otherwise.
 */
function claim(input: SiteInput): number {
  const { lines } = input;
  const end = Math.min(lines.count, CLAIM_LINES);
  for (let at = 0; at < end; at++) {
    const text = lines.text(at);
    const own =
      text === 'METASCORE' ||
      recogniseHeading(text) !== undefined ||
      recogniseVerdict(text) !== undefined ||
      recogniseSeason(text) !== undefined ||
      recogniseDistribution(text)?.count === null;
    if (own) return 2;
  }
  return 0;
}

/** Reads a page of this layout. */
function read(input: SiteInput): ReturnType<Site['read']> {
  const tokens = classifyLines(input.lines, LINE_KINDS);
  const report = new Report(input.lines);
  const state = newState(report);
  READERS.read(tokens, state);
  reportIfNoPage(state.draft, report, tokens);
  return finishDraft(state.draft, report, input.media);
}

/**
 * The site of metacritic.com's 2019-2022 critic-reviews pages.
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
