/**
 * The kinds of line of metacritic.com's title pages of 2001-2010
 * (mc-2008-video-title): the score table's own lines, the details' labels,
 * the critics' heading and items. A line no row accepts is `text` (the site
 * menu, the title, the distributor, a synopsis, a review's name line or
 * excerpt).
 *
 * @module
 */
import type { MediaType } from '../../../types/page.js';
import { readCount, recogniseBareNumber } from '../../text/numbers.js';
import { ANY_FIRST, defineLineKinds, DIGITS, type LineKindRow, type LineExamples, type LineKinds } from '../../engine/index.js';

/** A detail's label and value, as printed ("MPAA RATING: R", "Starring Marlon Brando, ..."). */
export interface Detail {
  readonly label: string;
  readonly value: string;
}

/** A user comment's opening line: its user and the 0-10 score given (`MikeW. gave it a 10:`). */
export interface UserComment {
  readonly user: string;
  readonly score: number;
}

//   MikeW. gave it a 10: (the user's name, then the score; the comment's text on the lines under it)
const USER_COMMENT = /^(\S.{0,59}?) gave it an? (\d{1,3}):$/u;

/** `MikeW. gave it a 10:`: the user and the score of a user comment. */
export function recogniseUserComment(text: string): UserComment | undefined {
  const match = USER_COMMENT.exec(text);
  return match ? { user: match[1] as string, score: Number(match[2]) } : undefined;
}

/**
 * True when `text` is a user comment's opening cut short before its `:` (`MikeW. gave it a 1`,
 * `MikeW. gave`), as the last line of a truncated page is.
 *
 * @example
 * ```ts
 * isCutUserComment('MikeW. gave it a 1'); //=> true
 * isCutUserComment('MikeW. gave it a 10:'); //=> false
 * ```
 */
export function isCutUserComment(text: string): boolean {
  return /^\S.{0,59}? gave(?: it(?: an?(?: \d{1,3})?)?)?$/u.test(text);
}

/** The value each kind of line gives. */
export interface Values {
  readonly metascore: number | null;
  readonly userScoreLabel: true;
  readonly userScore: number | null;
  readonly criticCount: number;
  readonly voteCount: number;
  readonly rateThis: MediaType | null;
  readonly link: true;
  readonly titleReviews: string;
  readonly detail: Detail;
  readonly criticsHeading: true;
  readonly usersHeading: true;
  readonly userComment: UserComment;
  readonly number: number;
  readonly tail: true;
  readonly text: string;
}

//   Metascore: 100 Metascore out of 100 (the image's alt text between the number and "out of 100")
const METASCORE = /^metascore:\s*(\d{1,3}|tbd|xx)(?:\s+metascore)?(?:\s+out of 100)?$/iu;

/** `Metascore: 100 Metascore out of 100`, `Metascore: tbd` (null: no score yet) */
export function recogniseMetascore(text: string): number | null | undefined {
  const match = METASCORE.exec(text);
  return match ? (recogniseBareNumber(match[1] as string) ?? null) : undefined;
}

//   8.1 out of 10 | tbd out of 10
const USER_SCORE = /^(\d{1,2}(?:\.\d)?|tbd) out of 10$/iu;

//   MPAA RATING: R | GENRE(S): Drama | RELEASE DATE: DVD: October 9, 2001 (a label in capitals)
const DETAIL = /^([A-Z][A-Z()/#&. -]{1,30}):(.*)$/u;

// The words after "Rate this", and the media each names.
const MEDIA: Readonly<Record<string, MediaType>> = {
  movie: 'movie',
  film: 'movie',
  dvd: 'movie',
  video: 'movie',
  game: 'game',
  album: 'music',
  show: 'tv',
  series: 'tv',
};

// The score table's links and the menu's help, which carry no data.
const LINKS = new Set(['critic score', 'read critic reviews', 'how did we calculate this?', 'read user comments', 'read all user comments', 'write a review']);

/** The table, in the order rows are tried. */
export const ROWS: readonly LineKindRow<Values>[] = [
  {
    kind: 'metascore',
    first: 'Mm',
    recognise: recogniseMetascore,
    endsItem: true,
  },
  { kind: 'userScoreLabel', first: 'Uu', recognise: (text) => (/^user score$/iu.test(text) ? true : undefined), endsItem: true },
  {
    kind: 'userScore',
    first: `${DIGITS}tT`,
    recognise: (text) => {
      const match = USER_SCORE.exec(text);
      return match ? (match[1] === undefined || /t/iu.test(match[1]) ? null : Number(match[1])) : undefined;
    },
    endsItem: true,
  },
  {
    kind: 'criticCount',
    first: 'bB',
    recognise: (text) => {
      const match = /^based on (\d[\d,]*) (?:critic )?reviews?$/iu.exec(text);
      return match ? readCount(match[1] as string) : undefined;
    },
    endsItem: true,
  },
  {
    kind: 'voteCount',
    first: 'bB',
    recognise: (text) => {
      const match = /^based on (\d[\d,]*) (?:user )?(?:votes?|ratings?)$/iu.exec(text);
      return match ? readCount(match[1] as string) : undefined;
    },
    endsItem: true,
  },
  {
    kind: 'rateThis',
    first: 'Rr',
    recognise: (text) => {
      const match = /^rate this ([a-z]+)$/iu.exec(text);
      return match ? (MEDIA[(match[1] as string).toLowerCase()] ?? null) : undefined;
    },
    endsItem: true,
  },
  {
    kind: 'link',
    first: ANY_FIRST,
    recognise: (text) => (LINKS.has(text.toLowerCase()) ? true : undefined),
    endsItem: true,
  },
  {
    kind: 'criticsHeading',
    first: 'Ww',
    recognise: (text) => (/^what the critics said$/iu.test(text) ? true : undefined),
    endsItem: true,
  },
  {
    kind: 'usersHeading',
    first: 'WwUu',
    recognise: (text) => (/^(?:what our users said|user comments)$/iu.test(text) ? true : undefined),
    endsItem: true,
  },
  { kind: 'userComment', first: ANY_FIRST, last: ':', recognise: recogniseUserComment, endsItem: true },
  {
    kind: 'tail',
    first: 'Rr',
    recognise: (text) => (/^read (?:the )?full review$/iu.test(text) ? true : undefined),
    endsItem: true,
  },
  {
    kind: 'titleReviews',
    first: ANY_FIRST,
    recognise: (text) => (text.length > 8 && text.endsWith(' reviews') ? text.slice(0, -8) : undefined),
    endsItem: true,
  },
  {
    kind: 'detail',
    first: ANY_FIRST,
    recognise: (text) => {
      const match = DETAIL.exec(text);
      if (match) return { label: (match[1] as string).trim(), value: (match[2] as string).trim() };
      return text.startsWith('Starring ') ? { label: 'Starring', value: text.slice(9) } : undefined;
    },
    endsItem: true,
  },
  { kind: 'number', first: DIGITS, recognise: recogniseBareNumber, endsItem: true },
];

/** The compiled table; a line no row accepts is `text`. */
export const LINE_KINDS: LineKinds<Values> = defineLineKinds<Values>(ROWS, 'text');

/**
 * The lines each row of {@link LINE_KINDS} accepts, by its kind: what the tests, the
 * fuzz vocabulary and the docs read the table's lines from (each classifies as
 * its row's kind). The parser never reads them, so a bundle drops them.
 */
export const LINE_EXAMPLES: LineExamples<Values, 'text'> = {
  metascore: ['Metascore: 100 Metascore out of 100', 'Metascore: 74 out of 100'],
  userScoreLabel: ['User Score'],
  userScore: ['8.1 out of 10', 'tbd out of 10'],
  criticCount: ['based on 14 reviews'],
  voteCount: ['based on 251 votes'],
  rateThis: ['Rate this movie', 'Rate this game'],
  link: ['Critic Score', 'Read critic reviews', 'How did we calculate this?', 'Read user comments'],
  criticsHeading: ['What The Critics Said'],
  usersHeading: ['What Our Users Said', 'User Comments'],
  userComment: ['MikeW. gave it a 10:', 'Ann gave it an 8:'],
  tail: ['Read full review', 'Read the full review'],
  titleReviews: ['Godfather, The reviews'],
  detail: ['MPAA RATING: R', 'GENRE(S): Drama', 'RELEASE DATE: DVD: October 9, 2001', 'Starring Marlon Brando, Al Pacino'],
  number: ['100', '75'],
};
