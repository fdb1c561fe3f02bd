/**
 * Headings that the sites print over their own users' reviews, which are no
 * critic reviews: a site reads what follows one as the users' part of the
 * page, never as critics.
 *
 * @module
 */
import { ANY_FIRST, type LineKindRow } from '../../parse/engine/index.js';

//   (?:user|fan|audience|member|reader)s?'?   whose reviews: "User", "Fan", "Audience", "Members'", "Readers'"
//    reviews                                  the word
//   (?: for \S.*)?                            an optional title: "Audience Reviews for Alien"
//   (?: \(\d[\d,]*\))?                        an optional count: "User Reviews (1,024)"
const USERS_HEADING = /^(?:user|fan|audience|member|reader)s?'? reviews(?: for \S.*)?(?: \(\d[\d,]*\))?$/iu;

/**
 * True for a heading of users' reviews: `User Reviews`, `Fan Reviews`,
 * `Audience Reviews for Alien`, `Members' Reviews`, `User Reviews (1,024)`.
 */
export function recogniseUsersHeading(text: string): boolean {
  return text.length < 200 && USERS_HEADING.test(text);
}

/** The line table's row of a users' heading, for a site whose values name the kind `users-heading`. */
export function usersHeadingRow<V extends { readonly 'users-heading': true }>(): LineKindRow<V> {
  return {
    kind: 'users-heading',
    recognise: (text: string) => (recogniseUsersHeading(text) ? true : undefined),
    examples: ['User Reviews', 'Fan Reviews', 'User Reviews (1,024)'],
    first: ANY_FIRST,
    endsItem: false,
  } as LineKindRow<V>;
}
