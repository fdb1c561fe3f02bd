/**
 * Headings that the sites print over their own users' reviews, which are no
 * critic reviews: a site reads what follows one as the users' part of the
 * page, never as critics.
 *
 * @module
 */

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
