/**
 * One review: `[Season <k> Review:]` / `[<score>]` / `[<Publication><Critic>]` / `<excerpt>` /
 * `[Read full review]`, with any furniture between them (`Watch Now`) passed over. The excerpt is one line, as the crawl flattens it; a name line is told from
 * it by what follows (an excerpt) and by its form (short, with no sentence's end).
 *
 * @module
 */
import type { Critic } from '../../../../types/page.js';
import { splitGluedNames } from '../../glued-names.js';
import { addReview, scoreOn } from '../../page-draft.js';
import type { Reader } from '../../../engine/index.js';
import type { Values } from '../lines.js';
import type { State } from '../state.js';
import { furnishBetween, nextPastFurniture as after } from './furniture.js';

/**
 * `VarietyPeter Debruge`, `The GuardianStaff (Not Credited)`, `Chicago Tribune`: at most 60
 * characters and 8 words, starting with a capital or a digit, ending with a letter or ")".
 */
export function isNameLine(text: string): boolean {
  return text.length <= 60 && text.split(' ').length <= 8 && /^[A-Z0-9].*[A-Za-z)]$/u.test(text);
}

export const reviewReader: Reader<Values, State> = {
  name: 'review',
  opens: ['season', 'number', 'text'],
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
    if (number !== undefined) {
      score = scoreOn(report, number, line);
      last = line;
      line = after(tokens, line);
    }
    let critic: Critic | null = null;
    let publication: string | null = null;
    let text = '';
    if (tokens.is(line, 'text')) {
      const second = after(tokens, line);
      if (tokens.is(second, 'text') && isNameLine(tokens.text(line))) {
        const names = splitGluedNames(tokens.text(line));
        if (names.ambiguous) {
          report.reportLine(
            'unsplit-glued-text',
            `The names "${tokens.text(line)}" are glued with more than one place to cut them; the line is kept whole as the publication.`,
            line,
          );
        }
        ({ critic, publication } = names);
        line = second;
      }
      text = tokens.text(line);
      last = line;
      line = after(tokens, line);
    }
    if (tokens.is(line, 'tail')) last = line;
    furnishBetween(tokens, state, at, last);
    const span = tokens.lines.span(at, last);
    addReview(draft, report, { critic, publication, score, text, span });
    return last + 1;
  },
};
