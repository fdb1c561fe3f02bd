/**
 * OpenCritic (opencritic.com): its review lists (`<Title> Reviews`, the
 * percentile sentence, then blocks of outlet, critic, `Top Critic`, mark,
 * date, quote and `Read full review`) and its game pages (`<Title>`, the
 * `Top Critic Average` and `Critics Recommend` labels, `Critic Reviews for
 * <Title>`, one quote a line).
 *
 * @module
 */
import type { Site, SiteInput, SiteResult } from '../../parse/site.js';
import { ANY_KIND, compileReaders, runRefiners } from '../../parse/engine/index.js';
import { readDetail, readFigureLabel, readPercentile, readReviewsHeading, readSectionHeading, readTier, readTitle, repeatsTitle } from './readers/header.js';
import { readQuoteLine } from './readers/quote-line.js';
import { opensReviewBlock, readReviewBlock } from './readers/review-block.js';
import { readUnplaced } from './readers/unplaced.js';
import { recogniseDate } from '../../parse/text/dates.js';
import { headTexts } from '../shared/head.js';
import { recogniseMark, recognisePercentile, type OpenCriticValues } from './lines.js';
import { REFINERS } from './refiners.js';
import { furnish, lineAt, stateOf, type OpenCriticState } from './state.js';

/** opencritic.com's host in a URL. */
const HOST = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:[^/?#]*\.)?opencritic\.com(?:[:/?#]|$)/iu;

/** The OpenCritic Rating's tiers, as a page prints the one it has under its figures. */
const TIER = /^(?:Mighty|Strong|Fair|Weak)$/u;

/** The readers, tried in order on each line: each opens on its kinds, in its state, and returns the first line it did not take. */
const READERS = /* @__PURE__ */ compileReaders<OpenCriticValues, OpenCriticState>([
  { name: 'percentile', opens: ['percentile'], read: (_tokens, at, state) => readPercentile(state, at) },
  { name: 'figure label', opens: ['figure-label'], read: (_tokens, at, state) => readFigureLabel(state, at) },
  { name: 'reviews heading', opens: ['reviews-heading'], read: (_tokens, at, state) => readReviewsHeading(state, at) },
  {
    // A game's facts over its reviews (a review list's or a game page's): above the first review; below it, a name or a quote.
    name: 'detail',
    opens: ['detail'],
    when: (state) => state.draft.reviews.length === 0,
    read: (_tokens, at, state) => readDetail(state, at),
  },
  {
    name: 'section heading',
    opens: ['section-heading'],
    when: (state) => state.phase !== 'header',
    read: (_tokens, at, state) => readSectionHeading(state, at),
  },
  {
    // The page's first line is its title: `<Title> Reviews` on a review list, even where a review's head follows it
    // (and a game called "Critic" is `Critic Reviews`).
    name: 'title',
    opens: ['text', 'section-heading'],
    when: (state, tokens, at) => state.phase === 'header' && (!opensReviewBlock(state, at) || tokens.text(at).endsWith(' Reviews')),
    read: (_tokens, at, state) => readTitle(state, at),
  },
  {
    // The title again under the reviews (`Elden Ring Reviews`, or a game page's `Elden Ring`): a second page joined in one text.
    name: 'title again',
    opens: ['text', 'section-heading'],
    when: (state, _tokens, at) => state.phase !== 'header' && repeatsTitle(state, at),
    read: (_tokens, at, state) => (state.draft.openCopy(), readTitle(state, at)),
  },
  {
    // `Mighty` above the first review, after the title: the tier. Elsewhere a tier word is a name ("Strong") or a quote.
    name: 'tier',
    opens: ['text'],
    when: (state, tokens, at) => state.phase === 'list' && state.draft.reviews.length === 0 && TIER.test(tokens.text(at)),
    read: (_tokens, at, state) => readTier(state, at),
  },
  {
    name: 'review block',
    opens: ['text', 'top-critic', 'mark', 'date'],
    when: (state, tokens, at) => !tokens.is(at, 'text') || state.phase !== 'quotes' || opensReviewBlock(state, at),
    read: (_tokens, at, state) => readReviewBlock(state, at),
  },
  { name: 'quote line', opens: ['text'], read: (_tokens, at, state) => readQuoteLine(state, at) },
  { name: 'link', opens: ['link'], read: (_tokens, at, state) => (furnish(state, lineAt(state, at)), at + 1) },
  { name: 'unplaced', opens: ANY_KIND, read: (_tokens, at, state) => readUnplaced(state, at) },
]);

/** Reads an OpenCritic page. */
function readOpenCritic(input: SiteInput): SiteResult {
  const state = stateOf(input);
  READERS.read(state.tokens, state);
  runRefiners(state, REFINERS);
  // OpenCritic scores games alone: a page that does not say so (no percentile sentence) is a game's, unless the caller says otherwise.
  if (state.draft.media === null && input.media === undefined) state.draft.media = 'game';
  return state.draft.finish(input.media);
}

/** `9 / 10.0`, `4.5 / 5`, `Unscored`: a mark only OpenCritic prints so (a fraction spaced around its slash, or the word). */
const OPENCRITIC_MARK = /^(?:\d{1,3}(?:\.\d{1,2})? \/ \d{1,3}(?:\.\d{1,2})?|unscored)$/iu;

/**
 * 3 for a page on opencritic.com, or one whose first lines hold the
 * percentile sentence or the `Top Critic Average` / `Critics Recommend`
 * labels; 2 for one whose first lines hold a mark of OpenCritic's form
 * (`9 / 10.0`, `Unscored`) right above a date; 0 otherwise.
 */
function claimOpenCritic(input: SiteInput): number {
  if (input.url !== undefined && HOST.test(input.url)) return 3;
  const texts = headTexts(input.lines);
  let claim = 0;
  for (const [at, text] of texts.entries()) {
    if (text === 'Top Critic Average' || text === 'Critics Recommend' || recognisePercentile(text) !== undefined) return 3;
    if (OPENCRITIC_MARK.test(text) && recogniseMark(text) && recogniseDate(texts[at + 1] ?? '') !== undefined) claim = 2;
  }
  return claim;
}

/**
 * The OpenCritic site: review lists and game pages of opencritic.com, with
 * `source: 'opencritic'`, each review's outlet, critic, `topCritic`, mark
 * (its `score` by `normalizeScore`), date and quote.
 *
 * @example
 * ```ts
 * import { parse } from 'critic-consensus';
 * import { opencritic } from 'critic-consensus/sites';
 *
 * const { page } = parse('Hades II Reviews\n\nHades II is ranked in the 100th percentile of games scored on OpenCritic.\nIGN\nTop Critic\n9 / 10\nSep 24, 2025\n\nSuperb.\n\nRead full review\n', { sites: [opencritic] });
 * [page.source, page.percentile, page.reviews[0]?.publication, page.reviews[0]?.mark, page.reviews[0]?.score]; //=> ['opencritic', 100, 'IGN', '9 / 10', 90]
 * ```
 */
export const opencritic: Site = { name: 'opencritic', claim: claimOpenCritic, read: readOpenCritic };
