/**
 * flixster.com's critic list, read on the engine: `<Title>` / `critic Reviews` /
 * `, <NN>% Rotten|Fresh Tomatometer Score` / `  • <consensus>` (unlabelled) /
 * per review `  • , Fresh|Rotten Tomatometer Score` / `<Critic><Publication>`
 * (glued) / `<quote>` / `[blank]` / `Read full article`.
 *
 * @module
 */
import { ANY_KIND, classifyLines, compileReaders, type TokenList } from '../../parse/engine/index.js';
import type { SiteInput, SiteResult } from '../../parse/site.js';
import { isNoConsensus } from '../shared/consensus.js';
import { newReview, ReviewsDraft } from '../shared/draft.js';
import { withPageBullets } from '../shared/lines.js';
import { splitGluedNames } from '../shared/names.js';
import { clip, collapse } from '../shared/page.js';
import { FLIXSTER_LINES, isCutTomatometerScore, recogniseArticleLink, type FlixsterValues } from './lines.js';

/** The state of one page's reading. */
interface FlixsterState {
  readonly draft: ReviewsDraft;
  /** The page's last non-blank line. */
  readonly last: number;
  /** True under the page's score, until its consensus or first review: where the unlabelled consensus stands. */
  awaitingConsensus: boolean;
}

/** The line `at` as the draft takes it. */
function lineOf(tokens: TokenList<FlixsterValues>, at: number): { index: number; text: string } {
  return { index: at, text: tokens.text(at) };
}

/** True when line `at` is the page's title again, as the second of two pages joined in one text prints it. */
function repeatsTitle(tokens: TokenList<FlixsterValues>, at: number, state: FlixsterState): boolean {
  return tokens.text(at) === state.draft.facts.title?.value;
}

/** A review: its freshness bullet, the glued byline, the quote lines, and the link. */
function readReview(tokens: TokenList<FlixsterValues>, at: number, state: FlixsterState): number {
  const { draft } = state;
  state.awaitingConsensus = false;
  const review = newReview(lineOf(tokens, at));
  review.freshness = tokens.valueOf(at, 'review-score');
  let next = at + 1;
  let bylineRead = false;
  for (; next < tokens.count; next++) {
    if (tokens.is(next, 'blank')) continue;
    const line = lineOf(tokens, next);
    if (tokens.is(next, 'link') || (next === state.last && recogniseArticleLink(line.text, true))) {
      review.last = line;
      next++;
      break;
    }
    // Inside a review, a line like a widget's (`Awesome!`) is its byline or its quote; the title again begins a second page.
    if ((!tokens.is(next, 'text') && !tokens.is(next, 'furniture')) || (bylineRead && repeatsTitle(tokens, next, state))) break;
    if (!bylineRead) {
      bylineRead = true;
      const split = splitGluedNames(line.text, 'critic-first');
      if (next === state.last && split.publication === null) {
        // The page's last line, and no publication glued to it: a name cut short ("Janet Mas"), not a byline.
        draft.cutShort(line, "a review's byline");
        next++;
        break;
      }
      review.critic = split.critic;
      review.publication = split.publication;
      if (!split.settled)
        draft.reportLine(
          'unsplit-glued-text',
          `The byline "${clip(line.text)}" glues names the text does not settle how to split; it is kept whole as the publication.`,
          line,
        );
    } else review.excerpt.push(line.text);
    review.last = line;
  }
  draft.pushReview(review);
  return next;
}

const READERS = /* @__PURE__ */ compileReaders<FlixsterValues, FlixsterState>([
  { name: 'heading', opens: ['heading'], read: (tokens, at, state) => (state.draft.addFurniture(lineOf(tokens, at)), at + 1) },
  {
    name: 'page score',
    opens: ['page-score'],
    read: (tokens, at, state) => {
      state.draft.setFact('tomatometer', tokens.valueOf(at, 'page-score'), lineOf(tokens, at));
      state.awaitingConsensus = true;
      return at + 1;
    },
  },
  { name: 'review', opens: ['review-score'], read: readReview },
  { name: 'furniture', opens: ['furniture'], read: (tokens, at, state) => (state.draft.addFurniture(lineOf(tokens, at)), at + 1) },
  {
    name: 'title',
    opens: ['text'],
    when: (state) => !state.draft.has('title') && !state.draft.has('tomatometer') && state.draft.reviews.length === 0,
    read: (tokens, at, state) => (state.draft.setFact('title', tokens.text(at), lineOf(tokens, at)), at + 1),
  },
  {
    // The title again, under the reviews: a second page joined in one text, whose figures and consensus repeat.
    name: 'title again',
    opens: ['text'],
    when: (state, tokens, at) => state.draft.reviews.length > 0 && repeatsTitle(tokens, at, state),
    read: (tokens, at, state) => (state.draft.openCopy(), state.draft.addFurniture(lineOf(tokens, at)), at + 1),
  },
  {
    name: 'consensus',
    opens: ['bullet', 'text'],
    when: (state) => state.awaitingConsensus,
    read: (tokens, at, state) => {
      state.awaitingConsensus = false;
      const text = tokens.text(at);
      const consensus = collapse(text.startsWith('• ') ? text.slice(2) : text);
      // "No consensus yet." is Rotten Tomatoes' placeholder: no consensus.
      if (isNoConsensus(consensus)) state.draft.addFurniture(lineOf(tokens, at));
      else state.draft.setFact('consensus', consensus, lineOf(tokens, at));
      return at + 1;
    },
  },
  {
    name: 'cut score line',
    opens: ANY_KIND,
    when: (state, tokens, at) => at === state.last && isCutTomatometerScore(tokens.text(at)),
    read: (tokens, at, state) => (state.draft.cutShort(lineOf(tokens, at), "a review's Tomatometer Score line"), at + 1),
  },
  { name: 'unrecognised', opens: ANY_KIND, read: (tokens, at, state) => (state.draft.unplaced(lineOf(tokens, at)), at + 1) },
]);

/** Reads a flixster critic list. */
export function readFlixsterPage(page: SiteInput): SiteResult {
  const input = withPageBullets(page);
  const tokens = classifyLines(input.lines, FLIXSTER_LINES);
  const state: FlixsterState = {
    draft: new ReviewsDraft(input.lines, 'rottentomatoes'),
    last: input.lines.previousNonBlank(input.lines.count - 1),
    awaitingConsensus: false,
  };
  READERS.read(tokens, state);
  return state.draft.finish(input.media);
}
