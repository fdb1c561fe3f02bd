import type { Span } from './source.js';

/**
 * The kind of work a title page is about. Pages say it only in places (TV
 * bullets such as `• Network: NBC`, a profile's "Average Movie review score");
 * elsewhere the caller's `media` option supplies it.
 *
 * @example
 * ```ts
 * const media: MediaType = 'game';
 * ```
 */
export type MediaType = 'movie' | 'tv' | 'music' | 'game';

/**
 * What a page is about: one title (`film`, whatever its media), one critic's
 * profile, or one publication's profile.
 *
 * @example
 * ```ts
 * const kind: PageKind = 'film';
 * ```
 */
export type PageKind = 'film' | 'critic' | 'publication';

/**
 * The class of one review's score: Metacritic's green, yellow and red.
 *
 * @example
 * ```ts
 * classifyScore(80); //=> 'positive'
 * ```
 */
export type Sentiment = 'positive' | 'mixed' | 'negative';

/**
 * The verdict of an overall score, in Metacritic's canonical wording.
 *
 * @example
 * ```ts
 * const verdict: Verdict = 'Generally favorable reviews';
 * ```
 */
export type Verdict =
  | 'Universal acclaim'
  | 'Generally favorable reviews'
  | 'Mixed or average reviews'
  | 'Generally unfavorable reviews'
  | 'Overwhelming dislike';

/**
 * A score distribution as printed ("1. Positive: 9 out of 11"). A key is `null`
 * when its line is absent from the page, which is not the same as zero.
 *
 * @example
 * ```ts
 * const seed: Distribution = { positive: 9, mixed: null, negative: 0 };
 * ```
 */
export interface Distribution {
  readonly positive: number | null;
  readonly mixed: number | null;
  readonly negative: number | null;
}

/**
 * A critic as printed on a review.
 *
 * `name` is whitespace-normalised with any "[Not Credited]" mark removed;
 * `credited` is false for "Staff [Not Credited]"; `raw` is the text as printed.
 *
 * @example
 * ```ts
 * const staff: Critic = { name: 'Staff', credited: false, raw: 'Staff [Not Credited]' };
 * ```
 */
export interface Critic {
  readonly name: string;
  readonly credited: boolean;
  readonly raw: string;
}

/**
 * The reviewed title's Metascore beside a review on a profile page: a number,
 * `'tbd'` when the title has none yet, or `null` when none is printed.
 *
 * @example
 * ```ts
 * const pending: TitleMetascore = 'tbd';
 * ```
 */
export type TitleMetascore = number | 'tbd' | null;

/**
 * Whose figures a page shows: Metacritic's (metacritic.com of any era, and the
 * sites that print its data: IMDb, Fandango, movies.com, tv.com, moviefone),
 * Rotten Tomatoes' (rottentomatoes.com, its mirrors, and the sites that print
 * its data) or OpenCritic's.
 *
 * @example
 * ```ts
 * const source: DataSource = 'rottentomatoes';
 * ```
 */
export type DataSource = 'metacritic' | 'rottentomatoes' | 'opencritic';

/**
 * A Rotten Tomatoes review's own verdict, where the page prints it.
 *
 * @example
 * ```ts
 * const freshness: Freshness = 'fresh';
 * ```
 */
export type Freshness = 'fresh' | 'rotten';

/**
 * One critic review, in document order.
 *
 * @example
 * ```ts
 * const { page } = parse('Generally favorable reviews - based on 2 Critics\n' +
 *   '  1. Reviewed by: Noel Murray\n    Jul 15, 2013\n    A nail-biter.\n  2. 80\n    Each film can stand on its own.\n');
 * page.reviews[1];
 * //=> { index: 2, critic: null, publication: null, score: 80, mark: null, freshness: null, topCritic: null,
 * //     date: null, dateText: null, metascore: null, excerpt: 'Each film can stand on its own.',
 * //     span: { start: { line: 5, column: 3, offset: 116 }, end: { line: 6, column: 36, offset: 157 } } }
 * ```
 */
export interface Review {
  /** The printed item number ("2."), or `null` for an unnumbered item. */
  readonly index: number | null;
  /** The printed critic, or `null` when none is printed. */
  readonly critic: Critic | null;
  /** The printed publication; on a publication's profile, that publication. */
  readonly publication: string | null;
  /**
   * The review's own score on the 0-100 scale: a printed 0-100 score, a mark out
   * of 100 ("88 / 100", "95%"), or Metacritic's conversion of a mark on another
   * scale ("3.5/4" is 88); `null` when none is printed or the mark is a word.
   */
  readonly score: number | null;
  /**
   * The mark as printed when it is not a bare 0-100 score ("3.5/4", "C+",
   * "8 / 10.0", "Essential"), without "Rating:" or "Original Score:"; `null`
   * when there is none (Metacritic's own pages print scores, not marks).
   */
  readonly mark: string | null;
  /** Rotten Tomatoes: the review's "fresh" or "rotten" where the page prints it; otherwise `null`. */
  readonly freshness: Freshness | null;
  /**
   * `true` where the page marks the review "Top Critic", `false` for the others
   * on a page that marks some, `null` where the layout never shows it.
   */
  readonly topCritic: boolean | null;
  /** The date of a standalone date line as `YYYY-MM-DD`; never a print citation inside the text. */
  readonly date: string | null;
  /** The date line as printed ("Jul 15, 2013"), or `null`. */
  readonly dateText: string | null;
  /** Profile pages: the reviewed title's Metascore. `null` on title pages. */
  readonly metascore: TitleMetascore;
  /** The review's text, whitespace-normalised, without widget tails ("Full Review »", "Expand"). */
  readonly excerpt: string;
  /** The lines the review was read from. */
  readonly span: Span;
}

/**
 * One user review from a page's user-score block.
 *
 * @example
 * ```ts
 * const { page } = parse('Oni\n\nUser Score\n8.6\nGenerally favorable reviews- based on 59 Ratings\n' +
 *   'User Reviews\n  1. DavidS.\n    Jan 29, 2008\n    A timeless take on the genre.\n');
 * const review: UserReview | undefined = page.users?.reviews[0];
 * review;
 * //=> { index: 1, user: 'DavidS.', date: '2008-01-29', dateText: 'Jan 29, 2008', score: null,
 * //     excerpt: 'A timeless take on the genre.', span: { start: { line: 7, column: 3, offset: 84 }, end: { line: 9, column: 34, offset: 145 } } }
 * ```
 */
export interface UserReview {
  /** The printed item number, or `null` for an unnumbered item. */
  readonly index: number | null;
  /** The printed user name ("DavidS."), or `null` when none is printed. */
  readonly user: string | null;
  /** The review's date as `YYYY-MM-DD`, or `null`. */
  readonly date: string | null;
  /** The date line as printed, or `null`. */
  readonly dateText: string | null;
  /** The user's own score on the 0-10 scale, or `null` when not printed. */
  readonly score: number | null;
  /** The review's text, whitespace-normalised, without widget tails. */
  readonly excerpt: string;
  /** The lines the review was read from. */
  readonly span: Span;
}

/**
 * The user-score block of a title page ("User Score", "8.6",
 * "Generally favorable reviews- based on 59 Ratings", its distribution and reviews).
 *
 * @example
 * ```ts
 * const onigame = 'Oni\n\nUser Score\n8.6\nGenerally favorable reviews- based on 59 Ratings\n' +
 *   'User score distribution:\n  1. Positive: 16 out of 59\n  2. Negative: 0 out of 59\n';
 * parse(onigame).page.users;
 * //=> { verdict: 'Generally favorable reviews', ratingCount: 59, score: 8.6,
 * //     distribution: { positive: 16, mixed: null, negative: 0 }, reviews: [],
 * //     span: { start: { line: 3, column: 1, offset: 5 }, end: { line: 8, column: 27, offset: 148 } } }
 * ```
 */
export interface UserBlock {
  /** The user verdict label as printed before "- based on K Ratings", or `null`. */
  readonly verdict: string | null;
  /** K on the user verdict line, or `null`. */
  readonly ratingCount: number | null;
  /** The printed 0-10 user score, or `null`. */
  readonly score: number | null;
  /** The user score distribution as printed, or `null` when there is no list. */
  readonly distribution: Distribution | null;
  readonly reviews: readonly UserReview[];
  /** From the block's first line to its last. */
  readonly span: Span;
}

/**
 * A score with the title it was given to, as in "Highest review score: 98 Grand Theft Auto V".
 *
 * @example
 * ```ts
 * const highest: TitledScore = { score: 98, title: 'Grand Theft Auto V' };
 * ```
 */
export interface TitledScore {
  readonly score: number;
  readonly title: string;
}

/**
 * The printed statistics of a critic's or a publication's profile page.
 * Every field is `null` when its line is absent.
 *
 * @example
 * ```ts
 * const sheriLinden = 'For 2 reviews, this critic has graded:\n  • 50% higher than the average critic\n' +
 *   '  • 0% same as the average critic\n  • 50% lower than the average critic\n' +
 *   'On average, this critic grades 5.5 points higher than other critics. (0-100 point scale)\n\n' +
 *   "Sheri Linden's Scores\n\nAverage review score: 85\nHighest review score: 90 Nightingale: Season 1\n" +
 *   'Lowest review score: 80 Spielberg\n2 tv reviews\n' +
 *   '    • 72 Metascore\n    • 80 Sheri Linden\n    A revealing spark.\n' +
 *   '    • 67 Metascore\n    • 90 Sheri Linden\n    Grim and gripping.\n';
 * parse(sheriLinden).page.profile;
 * //=> { name: 'Sheri Linden', reviewsGraded: 2, percentHigher: 50, percentSame: 0, percentLower: 50,
 * //     pointsVsAverage: 5.5, averageScore: 85, highest: { score: 90, title: 'Nightingale: Season 1' },
 * //     lowest: { score: 80, title: 'Spielberg' }, distribution: null, listedCount: 2,
 * //     span: { start: { line: 1, column: 1, offset: 0 }, end: { line: 12, column: 13, offset: 381 } } }
 * ```
 */
export interface Profile {
  /** From the "<Name>'s Scores" heading, or `null` when the page has none. */
  readonly name: string | null;
  /** N in "For N reviews, this critic has graded:". */
  readonly reviewsGraded: number | null;
  readonly percentHigher: number | null;
  readonly percentSame: number | null;
  readonly percentLower: number | null;
  /** Signed: "grades 7.9 points lower than other critics" is -7.9. */
  readonly pointsVsAverage: number | null;
  readonly averageScore: number | null;
  readonly highest: TitledScore | null;
  readonly lowest: TitledScore | null;
  /** The profile's score distribution; `null` when its list is empty or absent. */
  readonly distribution: Distribution | null;
  /** N in the "N movie reviews" line above the list. */
  readonly listedCount: number | null;
  /** From the profile's first statistic line to its last. */
  readonly span: Span;
}

/**
 * A labelled detail from a title page's bullets ("• Network: NBC",
 * "• Release Date: Feb 21, 2020"), in document order.
 *
 * @example
 * ```ts
 * const { page } = parse('Zoey\'s Extraordinary Playlist: Season 1\n• Network: NBC\n• Release Date: Feb 16, 2020\n' +
 *   'Generally favorable reviews - based on 1 Critics\n  1. 80\n    Charming.\n');
 * const network: PageDetail | undefined = page.details[0];
 * network;
 * //=> { label: 'Network', value: 'NBC', span: { start: { line: 2, column: 1, offset: 40 }, end: { line: 2, column: 15, offset: 54 } } }
 * ```
 */
export interface PageDetail {
  readonly label: string;
  readonly value: string;
  readonly span: Span;
}

/**
 * Where the page's own single-line facts were read from; `null` where absent.
 *
 * @example
 * ```ts
 * parse('Pusher\n\nGenerally favorable reviews - based on 11 Critics\n').page.spans;
 * //=> { title: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 7, offset: 6 } },
 * //     metascore: null,
 * //     verdict: { start: { line: 3, column: 1, offset: 8 }, end: { line: 3, column: 50, offset: 57 } },
 * //     distribution: null }
 * ```
 */
export interface PageSpans {
  readonly title: Span | null;
  readonly metascore: Span | null;
  readonly verdict: Span | null;
  readonly distribution: Span | null;
  /** Where the critic count was read when it has a line of its own ("Total Count: 117"); absent on Metacritic's layouts, whose count is on the verdict line. */
  readonly criticCount?: Span | null;
  /** Rotten Tomatoes: the Tomatometer's lines ("99%" / "TOMATOMETER"). */
  readonly tomatometer?: Span | null;
  /** Rotten Tomatoes: the line of "Top Critics (35)". */
  readonly topCriticCount?: Span | null;
  /** Rotten Tomatoes: the critics consensus, with its heading. */
  readonly consensus?: Span | null;
}

/** The fields every parsed page has, whatever its kind. */
interface PageBase {
  /** Whose figures the page shows; `'metacritic'` for every page of metacritic.com. */
  readonly source: DataSource;
  /** What the page says of its media, or the caller's `media` option; `null` when neither. */
  readonly media: MediaType | null;
  /** A title line above the verdict, when the page has one. */
  readonly title: string | null;
  /** The printed Metascore heading the page ("Metascore" then "81"). */
  readonly metascore: number | null;
  /** The critic verdict label as printed before " - based on N Critics". */
  readonly verdict: string | null;
  /** N on the critic verdict line. */
  readonly criticCount: number | null;
  /** The critic score distribution as printed. */
  readonly distribution: Distribution | null;
  /** The critic reviews in document order. */
  readonly reviews: readonly Review[];
  /** Rotten Tomatoes: the printed Tomatometer percent; otherwise `null`. */
  readonly tomatometer: number | null;
  /** Rotten Tomatoes: the printed number of top critics ("Top Critics (35)"); otherwise `null`. */
  readonly topCriticCount: number | null;
  /** Rotten Tomatoes: the critics consensus, whitespace-normalised; otherwise `null`. */
  readonly consensus: string | null;
  /** OpenCritic: the printed percentile ("ranked in the 100th percentile"); otherwise `null`. */
  readonly percentile: number | null;
  /**
   * The user-score block, or `null` when the page has none; on a Rotten
   * Tomatoes page, its audience block (`score` the audience percent).
   */
  readonly users: UserBlock | null;
  /** Labelled bullets of the page header. */
  readonly details: readonly PageDetail[];
  readonly spans: PageSpans;
}

/**
 * A title page: one film, show, album or game, with its critic reviews
 * (layouts A to E of the corpus README).
 *
 * @example
 * ```ts
 * const { page } = parse('Generally favorable reviews - based on 11 Critics\n  1. 80\n    Taut and alive.\n');
 * if (page.kind === 'film') page.criticCount; //=> 11
 * ```
 */
export interface Film extends PageBase {
  readonly kind: 'film';
  readonly profile: null;
}

/**
 * A critic's or a publication's profile page (layouts F and G): printed
 * statistics in `profile` and reviews that carry their title's `metascore`.
 *
 * @example
 * ```ts
 * const { page } = parse("Sheri Linden's Scores\n\nAverage review score: 77\n" +
 *   '1 tv reviews\n    • 72 Metascore\n    • 77 Sheri Linden\n    A revealing spark.\n');
 * if (page.kind !== 'film') page.profile.averageScore; //=> 77
 * ```
 */
export interface ProfilePage extends PageBase {
  readonly kind: 'critic' | 'publication';
  readonly profile: Profile;
}

/**
 * A parsed page of any kind; narrow it on `kind`.
 *
 * @example
 * ```ts
 * const { page } = parse('Generally favorable reviews - based on 11 Critics\n');
 * page.kind === 'film' ? page.verdict : page.profile.name;
 * //=> 'Generally favorable reviews'
 * ```
 */
export type Page = Film | ProfilePage;
