/**
 * One review: `[Season <k> Review:]` / `[<score>]` / `[<Publication><Critic>]` / `<excerpt>` /
 * `[Read full review]`, with any furniture between them (`Watch Now`) passed over. (A user review,
 * a name over a date, is the users' reader's.) The excerpt is one line, as the crawl flattens it; a name line is told from
 * it by what follows (an excerpt) and by its form (short, with no sentence's end).
 *
 * @module
 */
import type { Critic } from '../../../../types/page.js';
import { splitGluedNames } from '../../glued-names.js';
import { clip, endsWithoutLineBreak } from '../../../text/strings.js';
import { addReview, isCutScore, scoreOn } from '../../page-draft.js';
import type { Reader } from '../../../engine/index.js';
import { isVerdictCutShort, type Values } from '../lines.js';
import type { State, Tokens } from '../state.js';
import { furnishBetween, nextPastFurniture as after } from './furniture.js';
import { reportUnsettled } from './block.js';

//   a name line's end: a letter ("Libé" too), ")", or a name's last word ending in a period, a
//   suffix or an initial ("Ed Gonzalez Jr.", "Sam C.")
const NAME_END = /(?:[\p{L})]|(?:^|[\s.])(?:Jr|Sr|\p{Lu})\.)$/u;

/**
 * `VarietyPeter Debruge`, `The GuardianStaff (Not Credited)`, `Chicago Tribune`, `Channel 4`, `Slant
 * MagazineEd Gonzalez Jr.`, `Ça m'intéresse`: at most 60 characters and 8 words, starting with a capital or a digit
 * (or in lower case, gluing names: `musicOMHJohn Murphy`), with a name's end ({@link NAME_END}, or a
 * number after a capitalised word).
 */
export function isNameLine(text: string): boolean {
  const words = text.split(' ');
  if (text.length > 60 || words.length > 8) return false;
  const endsAsName = NAME_END.test(text) || (/^\d+$/u.test(words.at(-1) ?? '') && /^\p{Lu}/u.test(words.at(-2) ?? ''));
  return endsAsName && (/^[\p{Lu}\d]/u.test(text) || gluesInLowerCase(text));
}

/**
 * True when `text`, in lower case at its start, glues a publication with capitals in it to a critic
 * of capitalised names (`musicOMHJohn Murphy`; not `iTunes Ruined Music`, `eBay sellers Hate It`).
 */
function gluesInLowerCase(text: string): boolean {
  if (!/^\p{Ll}/u.test(text)) return false;
  const { publication, critic } = splitGluedNames(text);
  return critic !== null && /\p{Lu}/u.test(publication ?? '') && isNamesOnly(critic.name);
}

/**
 * `Chicago Tribune`, `Cahiers du Cinéma`, `Time Out (London)`, `A Masterpiece`: a name line whose
 * every word opens with a capital or a digit, or a parenthesis and a capital, or is a short joining word
 * ("du", "of"); `The whole season feels like` is none.
 */
function isNamesOnly(text: string): boolean {
  return text.split(' ').every((word) => word.length <= 3 || /^(?:\(\p{Lu}|[\p{Lu}\d])/u.test(word));
}

/** True when a line glues names: a name line with a place to cut it (`VarietyPeter Debruge`, `IndieWireEric Kohn`). */
function gluesNames(text: string): boolean {
  return isNameLine(text) && splitGluedNames(text).critic !== null;
}

/**
 * True when the line at `line` glues no names while the line `second` (the next past furniture)
 * does and has a line of text under it: `line` is then a review's text, not its names.
 */
function isTextOverGluedNames(tokens: Tokens, line: number, second: number): boolean {
  return tokens.is(second, 'text') && !gluesNames(tokens.text(line)) && gluesNames(tokens.text(second)) && tokens.is(after(tokens, second), 'text');
}

export const reviewReader: Reader<Values, State> = {
  name: 'review',
  opens: ['season', 'number', 'text'],
  // Under the users' heading every review is a name over a date (the users' reader's): a line there
  // that opens none is no review.
  when: (state) => state.block !== 'user',
  read: (tokens, at, state) => {
    const { draft, report } = state;
    state.started = true;
    let line = at;
    let last = at;
    if (tokens.is(line, 'season')) {
      draft.media = 'tv';
      line = after(tokens, line);
    }
    let score: number | null = null;
    const number = tokens.value(line, 'number');
    // A last line cut short that is not read: the reader still moves past it.
    let cut = -1;
    if (number !== undefined && isCutScore(tokens, report, number, line)) cut = line;
    else if (number !== undefined) {
      score = scoreOn(report, number, line);
      last = line;
      line = after(tokens, line);
    }
    let critic: Critic | null = null;
    let publication: string | null = null;
    let text = '';
    if (cut < 0 && tokens.is(line, 'text')) {
      const second = after(tokens, line);
      const name = isNameLine(tokens.text(line));
      // A name-like line that glues no names, over one that does and its text, is a review's text of its own
      // ("Simply Magnificent Television" over "The GuardianLucy Mangan": a review with no score and no names).
      const names = name && !isTextOverGluedNames(tokens, line, second) ? splitGluedNames(tokens.text(line)) : undefined;
      const glued = names !== undefined && names.critic !== null;
      // A line over the review's text is its names when it glues them or holds names only ("Chicago
      // Tribune"; "Great fun for everyone" is a short quote). A line of glued names with no text under
      // it is the names of a review with no text: at the page's end ("VarietyOwen Gleiberman": the page
      // was cut after it), or over the next review's label or score, or over its own tail.
      const takesNames =
        names !== undefined &&
        ((tokens.is(second, 'text') && (glued || isNamesOnly(tokens.text(line)))) ||
          (glued && (second >= tokens.count || tokens.is(second, 'season') || tokens.is(second, 'number') || tokens.is(second, 'tail'))));
      if (names !== undefined && takesNames) {
        ({ critic, publication } = names);
        last = line;
        line = second;
      } else if (
        second >= tokens.count &&
        endsWithoutLineBreak(tokens.lines.input) &&
        (names === undefined ? isVerdictCutShort(tokens.text(line)) : isNamesOnly(tokens.text(line)))
      ) {
        // On a page that ends with no line break (furniture after it aside), a last line with no glued names is a name or a short
        // quote, either cut; one that opens as a verdict and stops before its "Critic Reviews" is the verdict, cut.
        report.reportLine(
          'truncated-line',
          names === undefined
            ? `The page ends inside a line: "${clip(tokens.text(line))}" is a verdict line cut short, and is not read.`
            : `The page ends inside a line: "${clip(tokens.text(line))}" may be a name cut short of its review's text or a quote, and is not read.`,
          line,
        );
        cut = line;
        line = second;
      }
      if (tokens.is(line, 'text')) {
        text = tokens.text(line);
        last = line;
        line = after(tokens, line);
      }
    }
    if (tokens.is(line, 'tail')) last = line;
    if (cut === at) return cut + 1;
    // The furniture passed over up to the line cut short too ("Critic Reviews" between a score and it).
    furnishBetween(tokens, state, at, Math.max(last, cut));
    const span = tokens.lines.span(at, last);
    // A score above a user's 10 says the review is a critic's, and so the page's part; any other may be a user's.
    if (score === null || score <= 10) reportUnsettled(state, 'this review', span);
    else state.block ??= 'critic';
    addReview(draft, report, { critic, publication, score, text, span });
    return Math.max(last, cut) + 1;
  },
};
