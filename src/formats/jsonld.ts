/**
 * schema.org JSON-LD for a parsed page: the reviewed title with its critic
 * reviews, or a profile's reviews as a list.
 */
import type { MediaType, Page, Review } from '../types/page.js';
import { rangeMisuse } from '../shared/checks.js';
import { checkChoice, checkMediaOption, checkOptions, checkPage, describeInput } from './check.js';

/**
 * The schema.org type of a reviewed title, by its media: `Movie`,
 * `TVSeries`, `MusicAlbum` or `VideoGame`.
 *
 * @example
 * ```ts
 * const type: JsonLdWorkType = 'VideoGame';
 * ```
 */
export type JsonLdWorkType = 'Movie' | 'TVSeries' | 'MusicAlbum' | 'VideoGame';

/**
 * A schema.org `Person`: a credited critic.
 *
 * @example
 * ```ts
 * const critic: JsonLdPerson = { '@type': 'Person', name: 'Noel Murray' };
 * ```
 */
export interface JsonLdPerson {
  readonly '@type': 'Person';
  readonly name: string;
}

/**
 * A schema.org `Organization`: a publication.
 *
 * @example
 * ```ts
 * const publication: JsonLdOrganization = { '@type': 'Organization', name: 'Boston Globe' };
 * ```
 */
export interface JsonLdOrganization {
  readonly '@type': 'Organization';
  readonly name: string;
}

/**
 * A schema.org `Rating`: one review's score on the 0-100 scale.
 *
 * @example
 * ```ts
 * const rating: JsonLdRating = { '@type': 'Rating', ratingValue: 80, bestRating: 100, worstRating: 0 };
 * ```
 */
export interface JsonLdRating {
  readonly '@type': 'Rating';
  readonly ratingValue: number;
  readonly bestRating: 100;
  readonly worstRating: 0;
}

/**
 * A schema.org `AggregateRating`: the printed Metascore and the number of
 * critics it is based on.
 *
 * @example
 * ```ts
 * const metascore: JsonLdAggregateRating = {
 *   '@type': 'AggregateRating', ratingValue: 73, bestRating: 100, worstRating: 0, ratingCount: 29, reviewCount: 29,
 * };
 * ```
 */
export interface JsonLdAggregateRating {
  readonly '@type': 'AggregateRating';
  /** `'Tomatometer'` on a Rotten Tomatoes page, whose rating is the percent of Fresh reviews; absent for a Metascore. */
  readonly name?: 'Tomatometer';
  readonly ratingValue: number;
  readonly bestRating: 100;
  readonly worstRating: 0;
  readonly ratingCount: number;
  readonly reviewCount: number;
}

/**
 * A schema.org `Review`: one critic review. Properties the page does not
 * give are absent, never invented.
 *
 * @example
 * ```ts
 * const review: JsonLdReview = {
 *   '@type': 'Review',
 *   author: { '@type': 'Person', name: 'Noel Murray' },
 *   datePublished: '2013-07-15',
 *   reviewBody: 'As Refn counts down the days ...',
 * };
 * ```
 */
export interface JsonLdReview {
  readonly '@type': 'Review';
  /** The credited critic; otherwise the publication (see {@link toJsonLd}). */
  readonly author?: JsonLdPerson | JsonLdOrganization;
  /** The publication. */
  readonly publisher?: JsonLdOrganization;
  /** The review's own score; absent when the page prints none. */
  readonly reviewRating?: JsonLdRating;
  /** `YYYY-MM-DD`. */
  readonly datePublished?: string;
  /** The excerpt. */
  readonly reviewBody?: string;
}

/**
 * The JSON-LD of a title page: the reviewed work, its Metascore and its
 * critic reviews nested under it.
 *
 * @example
 * ```ts
 * const work: JsonLdWork = { '@context': 'https://schema.org', '@type': 'Movie', name: 'Pusher' };
 * ```
 */
export interface JsonLdWork {
  readonly '@context': 'https://schema.org';
  readonly '@type': JsonLdWorkType;
  /** The page's title, or the `name` option; absent when neither is given. */
  readonly name?: string;
  /** Only where the page prints a Metascore and its critic count. */
  readonly aggregateRating?: JsonLdAggregateRating;
  /** Absent when there is no review to list. */
  readonly review?: readonly JsonLdReview[];
}

/**
 * One entry of a profile's {@link JsonLdReviewList}.
 *
 * @example
 * ```ts
 * const entry: JsonLdListItem = { '@type': 'ListItem', position: 1, item: { '@type': 'Review', reviewBody: '...' } };
 * ```
 */
export interface JsonLdListItem {
  readonly '@type': 'ListItem';
  /** 1-based, in document order. */
  readonly position: number;
  readonly item: JsonLdReview;
}

/**
 * The JSON-LD of a critic's or a publication's profile: an `ItemList` of
 * its reviews.
 *
 * @example
 * ```ts
 * const list: JsonLdReviewList = {
 *   '@context': 'https://schema.org', '@type': 'ItemList', name: 'Sheri Linden', numberOfItems: 0, itemListElement: [],
 * };
 * ```
 */
export interface JsonLdReviewList {
  readonly '@context': 'https://schema.org';
  readonly '@type': 'ItemList';
  /** The profile's name, else the page's title, else the `name` option; absent when none is given. */
  readonly name?: string;
  readonly numberOfItems: number;
  readonly itemListElement: readonly JsonLdListItem[];
}

/**
 * What {@link toJsonLd} returns: a work for a title page, a list for a profile.
 *
 * @example
 * ```ts
 * const { page } = parse('Pusher\n\nGenerally favorable reviews - based on 1 Critics\n' +
 *   '  1. Reviewed by: Noel Murray\n    Variety\n    80\n    A nail-biter.\n');
 * const doc: JsonLdDocument = toJsonLd(page);
 * doc['@type'] === 'ItemList' ? doc.numberOfItems : doc.review?.length;
 * //=> 1
 * ```
 */
export type JsonLdDocument = JsonLdWork | JsonLdReviewList;

/**
 * Options of {@link toJsonLd}.
 *
 * @example
 * ```ts
 * const options: ToJsonLdOptions = { media: 'game', name: 'Oni', anonymousReviews: 'include' };
 * ```
 */
export interface ToJsonLdOptions {
  /** The media of a title page that does not say it (its `media` is `null`); `'movie'` when not given. What the page says wins. */
  readonly media?: MediaType;
  /** The name of the work (or of the profile) when the page prints none. */
  readonly name?: string;
  /**
   * Reviews that name neither a credited critic nor a publication have no
   * author: `'omit'` (the default) leaves them out, as Google's review
   * snippets require an author; `'include'` keeps them without one.
   */
  readonly anonymousReviews?: 'omit' | 'include';
}

const WORK_TYPES: Readonly<Record<MediaType, JsonLdWorkType>> = { movie: 'Movie', tv: 'TVSeries', music: 'MusicAlbum', game: 'VideoGame' };
const OPTION_KEYS: readonly string[] = ['media', 'name', 'anonymousReviews'];
const CONTEXT = 'https://schema.org';

/**
 * Describes a parsed page in schema.org JSON-LD: plain, JSON-serialisable
 * data. To put it in an HTML page, use {@link jsonLdScript}, which writes the
 * whole `<script type="application/ld+json">` element with the characters that
 * could end it escaped: `JSON.stringify` of this document inside a script
 * element is not safe, as a review excerpt holding `</script>` would end the
 * element and run what follows.
 *
 * **A title page** gives its work: a `Movie`, `TVSeries`, `MusicAlbum` or
 * `VideoGame` by the page's media (else the `media` option, else `Movie`),
 * named by the page's title or the `name` option. A page with neither has
 * no `name`: Google's rich results require one, so pass `name` for such
 * pages. `aggregateRating` is the printed Metascore as an `AggregateRating`
 * (0-100, with `ratingCount` and `reviewCount` both the verdict line's critic
 * count); a page that prints no Metascore, or no critic count, gets none. On
 * a Rotten Tomatoes page (`source` "rottentomatoes") it is the printed
 * Tomatometer instead, named `'Tomatometer'`, with the page's critic count.
 * The user score is not described. Each critic review is a `Review` nested
 * under the work (`review`), so it needs no `itemReviewed`.
 *
 * **A profile page** gives an `ItemList` of its reviews (`ListItem`s with
 * 1-based `position`s), named by the profile. Its reviews have no
 * `itemReviewed`: the page does not print the reviewed titles, so they are
 * not eligible for review snippets. Neither the titles' Metascores (printed
 * without a count, so not a valid `AggregateRating`) nor the profile's
 * statistics are described.
 *
 * **A review** has `author`: the critic as a `Person` when credited; on a
 * critic's profile, a review that prints no critic is the profile's critic's;
 * otherwise the publication as an `Organization` (so an uncredited "Staff"
 * review is authored by its publication). A review with none of these has
 * no author, and is left out unless `anonymousReviews` is `'include'`.
 * `publisher` is the publication as an `Organization`; `reviewRating` is
 * the review's score as a `Rating` (0-100) and is absent when the page
 * prints no score; `datePublished` is the date line's `YYYY-MM-DD`;
 * `reviewBody` the excerpt. Absent facts are absent properties, never nulls.
 *
 * @param page - A page as `parse` returns it.
 * @param options - `media` and `name` for pages that do not print them, and what to do with `anonymousReviews`.
 * @returns A JSON-LD document with `@context` `https://schema.org`.
 * @throws TypeError when `page` is not a parsed page, or an option is unknown or of the wrong type.
 * @throws RangeError when `media` or `anonymousReviews` is not one of its values, `name` is empty, or a review's score is outside 0-100.
 *
 * @example
 * ```ts
 * const { page } = parse(
 *   'Pusher\n\nMetascore\n81\n\nGenerally favorable reviews - based on 11 Critics\n' +
 *   'Critic score distribution:\n  1. Positive: 9 out of 11\n  2. Negative: 0 out of 11\n' +
 *   '  1. Reviewed by: Noel Murray\n    Jul 15, 2013\n    80\n    Variety\n    Pusher shifts from a sketch to a nail-biter.\n' +
 *   '  2. Reviewed by: Staff [Not Credited]\n    A promising debut.\n',
 * );
 * toJsonLd(page);
 * //=> {
 * //     '@context': 'https://schema.org',
 * //     '@type': 'Movie',
 * //     name: 'Pusher',
 * //     aggregateRating: { '@type': 'AggregateRating', ratingValue: 81, bestRating: 100, worstRating: 0, ratingCount: 11, reviewCount: 11 },
 * //     review: [{
 * //       '@type': 'Review',
 * //       author: { '@type': 'Person', name: 'Noel Murray' },
 * //       publisher: { '@type': 'Organization', name: 'Variety' },
 * //       reviewRating: { '@type': 'Rating', ratingValue: 80, bestRating: 100, worstRating: 0 },
 * //       datePublished: '2013-07-15',
 * //       reviewBody: 'Pusher shifts from a sketch to a nail-biter.',
 * //     }],
 * //   }
 * // (the uncredited review, with no publication, has no author and is left out)
 * ```
 */
export function toJsonLd(page: Page, options?: ToJsonLdOptions): JsonLdDocument {
  return describePage('toJsonLd', page, options);
}

/**
 * The characters escaped in a script element's JSON: `<`, `>` and `&` (so
 * the text can neither end the element, `</script>`, nor open a comment,
 * `<!--`), and U+2028 and U+2029 (line breaks to older JavaScript parsers).
 */
const SCRIPT_UNSAFE = /[<>&\u2028\u2029]/gu;

/**
 * The page's schema.org JSON-LD ({@link toJsonLd}) as a whole
 * `<script type="application/ld+json">` element, safe to put in an HTML
 * page: inside the JSON, `<`, `>`, `&`, U+2028 and U+2029 are written as
 * `\u003c`, `\u003e`, `\u0026`, `\u2028` and `\u2029`, which JSON reads as
 * the same characters, so no text of the page (a review excerpt holding
 * `</script><script>...`) can close the element or open a comment.
 *
 * @param page - A page as `parse` returns it.
 * @param options - As {@link toJsonLd} takes them.
 * @returns The script element, on one line.
 * @throws TypeError and RangeError as {@link toJsonLd} does, naming `jsonLdScript`.
 *
 * @example
 * ```ts
 * const { page } = parse('Hostile\n\nMixed or average reviews - based on 4 Critics\n  1. Reviewed by: Ann Lee\n    50\n    </script><script>alert(1)</script> & more\n');
 * jsonLdScript(page);
 * //=> '<script type="application/ld+json">{"@context":"https://schema.org","@type":"Movie","name":"Hostile",' +
 * //   '"review":[{"@type":"Review","author":{"@type":"Person","name":"Ann Lee"},' +
 * //   '"reviewRating":{"@type":"Rating","ratingValue":50,"bestRating":100,"worstRating":0},' +
 * //   '"reviewBody":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 more"}]}</script>'
 * ```
 */
export function jsonLdScript(page: Page, options?: ToJsonLdOptions): string {
  const json = JSON.stringify(describePage('jsonLdScript', page, options));
  const escaped = json.replace(SCRIPT_UNSAFE, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `<script type="application/ld+json">${escaped}</script>`;
}

/** {@link toJsonLd}'s work, with errors naming `fn`, the function called. */
function describePage(fn: string, page: Page, options: ToJsonLdOptions | undefined): JsonLdDocument {
  checkPage(fn, page);
  const checked = checkOptions(fn, options, OPTION_KEYS);
  const media = checkMediaOption(fn, checked['media']) ?? 'movie';
  const anonymous = checkChoice(fn, 'anonymousReviews', checked['anonymousReviews'], ['omit', 'include'] as const) ?? 'omit';
  const givenName = checkName(fn, checked['name']);

  const reviews = page.reviews.map((review) => describeReview(page, review)).filter((review) => anonymous === 'include' || review.author !== undefined);
  if (page.kind === 'film') {
    const name = page.title ?? givenName;
    const rating = ratingOf(page);
    return {
      '@context': CONTEXT,
      '@type': WORK_TYPES[page.media ?? media],
      ...(name === undefined ? {} : { name }),
      ...(rating === undefined ? {} : { aggregateRating: rating }),
      ...(reviews.length === 0 ? {} : { review: reviews }),
    };
  }
  const name = page.profile.name ?? page.title ?? givenName;
  return {
    '@context': CONTEXT,
    '@type': 'ItemList',
    ...(name === undefined ? {} : { name }),
    numberOfItems: reviews.length,
    itemListElement: reviews.map((item, at) => ({ '@type': 'ListItem', position: at + 1, item })),
  };
}

function checkName(fn: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new TypeError(`${fn}: option name must be a string; got ${describeInput(value)}.`);
  if (value.trim() === '') throw rangeMisuse(fn, 'option name', 'a name, not empty', value);
  return value;
}

/** The page's own rating: the Tomatometer on a Rotten Tomatoes page, the Metascore elsewhere; each with its critic count. */
function ratingOf(page: Page): JsonLdAggregateRating | undefined {
  if (page.criticCount === null) return undefined;
  const count = page.criticCount;
  if (page.source === 'rottentomatoes') {
    return page.tomatometer === null
      ? undefined
      : {
          '@type': 'AggregateRating',
          name: 'Tomatometer',
          ratingValue: page.tomatometer,
          bestRating: 100,
          worstRating: 0,
          ratingCount: count,
          reviewCount: count,
        };
  }
  return page.metascore === null
    ? undefined
    : { '@type': 'AggregateRating', ratingValue: page.metascore, bestRating: 100, worstRating: 0, ratingCount: count, reviewCount: count };
}

function describeReview(page: Page, review: Review): JsonLdReview {
  const author = authorOf(page, review);
  return {
    '@type': 'Review',
    ...(author === undefined ? {} : { author }),
    ...(review.publication === null ? {} : { publisher: { '@type': 'Organization', name: review.publication } }),
    ...(review.score === null ? {} : { reviewRating: { '@type': 'Rating', ratingValue: review.score, bestRating: 100, worstRating: 0 } }),
    ...(review.date === null ? {} : { datePublished: review.date }),
    ...(review.excerpt === '' ? {} : { reviewBody: review.excerpt }),
  };
}

/** The credited critic; on a critic's profile, the profile's critic when none is printed; else the publication. */
function authorOf(page: Page, review: Review): JsonLdPerson | JsonLdOrganization | undefined {
  const { critic } = review;
  if (critic?.credited === true && critic.name !== '') return { '@type': 'Person', name: critic.name };
  if (critic === null && page.kind === 'critic' && page.profile.name !== null) return { '@type': 'Person', name: page.profile.name };
  if (review.publication !== null) return { '@type': 'Organization', name: review.publication };
  return undefined;
}
