/**
 * The Metascore, as newer pages print it: a heading, and the number on the
 * next non-blank line.
 * ```
 * Metascore
 * 81
 * ```
 * A heading with no number under it, or with "tbd", carries no data: both
 * are furniture.
 *
 * @module
 */
import { isWord } from '../recognise.js';
import { recogniseBareNumber } from '../../../text/numbers.js';
import { reportRepeated, startPage, type MetacriticReader } from '../state.js';

/** Reads a "Metascore" heading and the number under it. */
export const metascoreReader: MetacriticReader = {
  name: 'metascore',
  opens: ['metascoreHeading'],
  read(tokens, at, state) {
    startPage(state);
    const valueAt = tokens.nextNonBlank(at + 1);
    const valueText = tokens.text(valueAt);
    const value = valueAt < tokens.count ? recogniseBareNumber(valueText) : undefined;
    if (value === undefined) {
      state.report.furnish(at);
      if (valueAt >= tokens.count || !isWord(valueText, 'tbd')) return at + 1;
      state.report.furnish(valueAt);
      return valueAt + 1;
    }
    if (value > 100) {
      state.report.report('score-out-of-range', `The Metascore ${value} is outside the 0-100 scale.`, tokens.lines.span(at, valueAt));
    } else if (state.metascore) {
      reportRepeated(state, 'Metascore', tokens.lines.span(at, valueAt));
    } else {
      state.metascore = { value, first: at, last: valueAt };
    }
    return valueAt + 1;
  },
};
