/**
 * A title's header bullets, and a profile's media filter:
 * ```
 * • Network: NBC
 * • Summary: A long value that goes on
 *     in lines indented deeper than its bullet, up to its Expand
 * • Movies                              (on a profile: its media filter)
 * ```
 * A detail's label can say the page's media ("Network", "Platform").
 *
 * @module
 */
import type { MediaType } from '../../../../types/page.js';
import { endsWithWidgetTail, stripWidgetTail } from '../recognise.js';
import { mediaFromDetail, mediaFromWord } from '../text.js';
import { clip, collapse } from '../../../text/strings.js';
import { ensureProfile, reportLine, type MetacriticReader } from '../state.js';
import { readContinuation } from './items.js';

/** Reads a `• Label: value` detail, and the lines its value goes on in. */
export const detailReader: MetacriticReader = {
  name: 'detail',
  opens: ['detail', 'bareDetail'],
  read(tokens, at, state) {
    // A copy of the page can drop the bullet ("Network: NBC").
    const detail = tokens.value(at, 'detail') ?? tokens.valueOf(at, 'bareDetail');
    // A long value ("• Summary: ...") can go on in lines indented deeper than its bullet, up to its "Expand".
    const parts = [detail.value];
    let last = at;
    let ended = endsWithWidgetTail(detail.value);
    const next = readContinuation(
      tokens,
      at + 1,
      tokens.indent(at) + 1,
      (piece) => {
        parts.push(piece.text);
        last = piece.line;
        ended = endsWithWidgetTail(piece.text);
      },
      { stopsAt: () => ended, nestedParts: false },
    );
    state.details.push({ label: detail.label, value: stripWidgetTail(collapse(parts.join(' '))), span: tokens.lines.span(at, last) });
    state.media ??= mediaFromDetail(detail.label);
    return next;
  },
};

/**
 * Reads a profile's media filter (`• Movies`), on a profile or before any part of a page: its row
 * of one medium says the profile's media; a row of several (`• Movies` / `• TV` / `• Games` /
 * `• Music`) lists the media the profile has, not the one the page shows, and says none.
 */
export const mediaFilterReader: MetacriticReader = {
  name: 'media filter',
  opens: ['mediaFilter', 'bareMediaFilter'],
  when: (state) => state.phase === 'profile' || state.profile !== undefined || state.phase === 'start',
  read(tokens, at, state) {
    const profile = ensureProfile(state, at);
    let media: MediaType | null | undefined;
    // A copy of the page can drop the bullet ("Movies").
    for (
      let line = at, word;
      (word = tokens.value(line, 'mediaFilter') ?? tokens.value(line, 'bareMediaFilter')) !== undefined;
      line = tokens.nextNonBlank(line + 1)
    ) {
      const medium = mediaFromWord(word);
      media = media === undefined || media === medium ? medium : null;
      profile.last = line;
    }
    profile.mediaFilter ??= media ?? null;
    state.phase = 'profile';
    return profile.last + 1;
  },
};

/** Reports a bullet that opens no part of a page here (`• Q Magazine` with no block above it, `• Movies` off a profile). */
export const unplacedBulletReader: MetacriticReader = {
  name: 'unplaced bullet',
  opens: ['bullet', 'mediaFilter'],
  read(tokens, at, state) {
    const bullet = tokens.value(at, 'bullet') ?? tokens.valueOf(at, 'mediaFilter');
    reportLine(state, 'unrecognised-line', `The bullet "${clip(bullet)}" fits no part of a review page at this place.`, at);
    return at + 1;
  },
};
