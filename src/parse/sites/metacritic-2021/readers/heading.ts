/**
 * The distribution widget's header line: `Paramount Pictures | Release Date: May 28, 1958 CRITIC SCORE
 * DISTRIBUTION` gives the title's distributor and release date as details (the release date is no
 * review's date); `CRITIC SCORE DISTRIBUTION | ||` alone is furniture. `USER SCORE DISTRIBUTION`
 * says the page's parts are the users'. A second heading begins a second copy of the page (a
 * title's critic and user pages joined in one text): its details that repeat the first copy's are
 * furniture.
 *
 * @module
 */
import type { Reader } from '../../../engine/index.js';
import { openCopy } from '../../page-draft.js';
import type { Values } from '../lines.js';
import type { State } from '../state.js';

export const headingReader: Reader<Values, State> = {
  name: 'heading',
  opens: ['heading'],
  read: (tokens, at, state) => {
    const { block, distributor, releaseDate } = tokens.valueOf(at, 'heading');
    state.block = block;
    if (state.headed) openCopy(state.draft);
    state.headed = true;
    const span = tokens.lines.span(at);
    if (distributor !== null) state.draft.details.push({ label: 'Distributor', value: distributor, span });
    if (releaseDate !== null) state.draft.details.push({ label: 'Release Date', value: releaseDate, span });
    if (distributor === null && releaseDate === null) state.report.furnish(at);
    state.started = true;
    return at + 1;
  },
};
