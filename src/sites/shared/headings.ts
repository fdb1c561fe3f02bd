/**
 * Lines the sites print around their lists that are never a review, a
 * critic or a publication: the headings over their own users' reviews (a
 * site reads what follows one as the users' part of the page, never as
 * critics), and the lists' links ("See All Critic Reviews", "Load More").
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

/** The lines the row of {@link usersHeadingRow} accepts, for the examples of each table that has it. */
export const USERS_HEADING_EXAMPLES: readonly [string, ...string[]] = ['User Reviews', 'Fan Reviews', 'User Reviews (1,024)'];

/** The line table's row of a users' heading, for a site whose values name the kind `users-heading`. */
export function usersHeadingRow<V extends { readonly 'users-heading': true }>(): LineKindRow<V> {
  return {
    kind: 'users-heading',
    recognise: (text: string) => (recogniseUsersHeading(text) ? true : undefined),
    first: ANY_FIRST,
    endsItem: false,
  } as LineKindRow<V>;
}

//   (?:see|view|read) all(?: \d[\d,]*)?                  "See all", "View All 120"
//   (?: (?:critic|user|audience|fan))? reviews?         "Critic Reviews", "reviews"
//   (?: (?:on|at) \S.*)?                                "on Metacritic.com"
//   | (?:see|view) all | (?:view|load|show|see) more | back to top
const LIST_LINK =
  /^(?:(?:see|view|read) all(?: \d[\d,]*)?(?: (?:critic|user|audience|fan))? reviews?(?: (?:on|at) \S.*)?|(?:see|view) all|(?:view|load|show|see) more|back to top)$/iu;

/**
 * True for a list's link: `See All Critic Reviews`, `See all 22 reviews on
 * Metacritic.com`, `View All`, `View All 120 Reviews`, `Load More`, `Back to top`.
 */
export function recogniseListLink(text: string): boolean {
  return text.length < 200 && LIST_LINK.test(text);
}
