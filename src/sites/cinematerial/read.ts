/**
 * cinematerial.com's page of a title's Rotten Tomatoes reviews, read on the
 * engine: `[<Title> <Year>` / `Critics score:` / `<NN> / 100]` / `Reviews
 * provided by RottenTomatoes`, then one line a review, `<Critic>,
 * <Publication>: <quote> Read more` or `<Publication>: <quote> Read more`,
 * blank lines between or not.
 *
 * @module
 */
import { ANY_KIND, classifyLines, compileReaders, type TokenList } from '../../parse/engine/index.js';
import type { SiteInput, SiteResult } from '../../parse/site.js';
import { newReview, ReviewsDraft } from '../shared/draft.js';
import { criticOf } from '../shared/page.js';
import { endsWithoutLineBreak } from '../../parse/text/strings.js';
import type { Line } from '../shared/lines.js';
import type { CinematerialValues } from './lines.js';
import { CINEMATERIAL_LINES } from './lines.js';

/** The state of one page's reading. */
interface CinematerialState {
  readonly draft: ReviewsDraft;
  readonly last: number;
  /** True when the text ends with no line break: its last line may be cut short. */
  readonly cut: boolean;
  /** Review lines follow "Reviews provided by RottenTomatoes"; above it, a title may hold a colon. */
  listed: boolean;
  /** The title's line as printed (`Casablanca 1943`), once read. */
  titleLine: string | undefined;
}

function lineOf(tokens: TokenList<CinematerialValues>, at: number): Line {
  return { index: at, text: tokens.text(at) };
}

/** `Casablanca 1943`: the title, and its year as a detail; under the list, the title again begins a second copy of the page. */
function readTitle(tokens: TokenList<CinematerialValues>, at: number, state: CinematerialState): number {
  const line = lineOf(tokens, at);
  const match = /^(\S.*) (\d{4})$/u.exec(line.text);
  if (state.listed) state.draft.openCopy();
  state.listed = false;
  state.titleLine = line.text;
  state.draft.setFact('title', match?.[1] ?? line.text, line);
  if (match?.[2] !== undefined) state.draft.addDetail('Year', match[2], line);
  return at + 1;
}

/** `Critics score:` over `97 / 100` (the Tomatometer), or `Audience score:` over `91 / 100` (the audience's percent); over `N/A`, no figure (the audience block, as a label alone makes it, with no score). */
function readScore(tokens: TokenList<CinematerialValues>, at: number, state: CinematerialState): number {
  const next = tokens.nextNonBlank(at + 1);
  const none = next < tokens.count && tokens.is(next, 'no-score');
  if (none || (next < tokens.count && tokens.is(next, 'score'))) {
    const score = none ? undefined : tokens.valueOf(next, 'score');
    if (tokens.is(at, 'audience-label')) {
      state.draft.setUsers(score === undefined ? {} : { score }, lineOf(tokens, at));
      state.draft.setUsers({}, lineOf(tokens, next));
    } else if (score === undefined) state.draft.addFurniture(lineOf(tokens, at), lineOf(tokens, next));
    else state.draft.setFact('tomatometer', score, lineOf(tokens, at), lineOf(tokens, next));
    return next + 1;
  }
  state.draft.unplaced(lineOf(tokens, at));
  return at + 1;
}

/** One review line: the byline (critic and publication, or the publication alone) and the quote. */
function readReview(tokens: TokenList<CinematerialValues>, at: number, state: CinematerialState): number {
  const read = tokens.valueOf(at, 'review');
  // `Rob Vaux, Mania.com:` as the cut last line: no quote began (nor its `Read more`), so no review, as a byline cut short is none.
  if (at === state.last && state.cut && !read.linked && read.quote === '') {
    state.draft.cutShort(lineOf(tokens, at), "a review's line");
    return at + 1;
  }
  const review = newReview(lineOf(tokens, at));
  const comma = read.byline.indexOf(', ');
  if (comma > 0) {
    review.critic = criticOf(read.byline.slice(0, comma));
    review.publication = read.byline.slice(comma + 2).trim();
  } else review.publication = read.byline;
  review.excerpt.push(read.quote);
  state.draft.pushReview(review);
  return at + 1;
}

const READERS = /* @__PURE__ */ compileReaders<CinematerialValues, CinematerialState>([
  {
    name: 'provided by',
    opens: ['provided-by'],
    read: (tokens, at, state) => {
      state.draft.addFurniture(lineOf(tokens, at));
      state.listed = true;
      return at + 1;
    },
  },
  { name: 'score', opens: ['score-label', 'audience-label'], read: readScore },
  {
    // A link under the list carries no data, and is never a byline cut short (the page's own last line is often one).
    name: 'link',
    opens: ['link'],
    read: (tokens, at, state) => (state.draft.addFurniture(lineOf(tokens, at)), at + 1),
  },
  {
    // The title line again under the list (`Casablanca 1943`): a second page joined in one text, whose scores and list follow.
    name: 'title',
    opens: ANY_KIND,
    when: (state, tokens, at) => (state.listed ? tokens.text(at) === state.titleLine : !state.draft.has('title')),
    read: readTitle,
  },
  { name: 'review', opens: ['review'], when: (state) => state.listed, read: readReview },
  {
    name: 'unrecognised',
    opens: ANY_KIND,
    read: (tokens, at, state) => {
      if (at === state.last) state.draft.cutShort(lineOf(tokens, at), "a review's byline");
      else state.draft.unplaced(lineOf(tokens, at));
      return at + 1;
    },
  },
]);

/** Reads a cinematerial page. */
export function readCinematerialPage(input: SiteInput): SiteResult {
  const tokens = classifyLines(input.lines, CINEMATERIAL_LINES);
  const state: CinematerialState = {
    draft: new ReviewsDraft(input.lines, 'rottentomatoes'),
    last: input.lines.previousNonBlank(input.lines.count - 1),
    cut: endsWithoutLineBreak(input.text),
    listed: false,
    titleLine: undefined,
  };
  READERS.read(tokens, state);
  return state.draft.finish(input.media);
}
