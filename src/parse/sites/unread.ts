/**
 * The last reader of a site: a line no other reader takes at its place is reported with its text,
 * never dropped.
 *
 * @module
 */
import { ANY_KIND, type Reader, type Report } from '../engine/index.js';

/** A reader that reports the line it opens on as one that fits no part of the page there. */
export function unreadReader<V, S extends { readonly report: Report }>(): Reader<V, S> {
  return {
    name: 'unread',
    opens: ANY_KIND,
    read: (tokens, at, state) => {
      state.report.reportLine('unrecognised-line', `The line "${tokens.text(at).slice(0, 80)}" fits no part of a review page at this place.`, at);
      return at + 1;
    },
  };
}
