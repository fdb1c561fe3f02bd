/**
 * `toJsonLd`: the schema.org shape of title and profile pages, the
 * properties Google's rich-result guidelines require, checked on every
 * corpus case and on generated pages, and the caller's mistakes.
 */
import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { jsonLdScript, toJsonLd } from '../../src/formats/index.js';
import type { JsonLdDocument, JsonLdReview, ToJsonLdOptions } from '../../src/formats/index.js';
import { parse } from '../../src/parse/index.js';
import type { Page, Review } from '../../src/types/page.js';
import { pageArb } from './arbitraries.js';
import { CORPUS } from './helpers.js';

type Json = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * What schema.org and Google's review-snippet guidelines require of each
 * object, as a list of what is missing (empty when nothing is):
 * - every object has an `@type`;
 * - a Review has an `author` (a Person or Organization with a name) and is
 *   nested under the item it reviews; a `reviewRating` has a `ratingValue`
 *   within its `worstRating`..`bestRating`;
 * - an AggregateRating has a `ratingValue` and a `ratingCount` or `reviewCount`;
 * - the reviewed item has a `name`.
 * Profile pages' reviews are listed in an ItemList without `itemReviewed`
 * (the page prints no titles): that is by design, and not counted here.
 */
function guidelineProblems(document: JsonLdDocument, { anonymous = false } = {}): string[] {
  const problems: string[] = [];
  const context: unknown = document['@context'];
  if (context !== 'https://schema.org') problems.push('@context is not https://schema.org');
  const walk = (value: unknown, path: string, parent: string | undefined): void => {
    if (Array.isArray(value)) {
      value.forEach((item, at) => {
        walk(item, `${path}[${at}]`, parent);
      });
      return;
    }
    if (!isObject(value)) return;
    const type = value['@type'];
    if (typeof type !== 'string') problems.push(`${path} has no @type`);
    const has = (key: string): boolean => value[key] !== undefined;
    switch (type) {
      case 'Movie':
      case 'TVSeries':
      case 'MusicAlbum':
      case 'VideoGame':
        if (typeof value['name'] !== 'string' || value['name'] === '') problems.push(`${path} (${type}) has no name`);
        break;
      case 'Review': {
        const author = value['author'];
        if (
          !anonymous &&
          !(
            isObject(author) &&
            (author['@type'] === 'Person' || author['@type'] === 'Organization') &&
            typeof author['name'] === 'string' &&
            author['name'] !== ''
          )
        ) {
          problems.push(`${path} (Review) has no author with a name`);
        }
        if (parent !== 'Movie' && parent !== 'TVSeries' && parent !== 'MusicAlbum' && parent !== 'VideoGame' && parent !== 'ListItem' && !has('itemReviewed')) {
          problems.push(`${path} (Review) is neither nested under its item nor names it`);
        }
        break;
      }
      case 'Rating':
      case 'AggregateRating': {
        const rating = value['ratingValue'];
        if (typeof rating !== 'number') problems.push(`${path} (${type}) has no ratingValue`);
        else if (rating < Number(value['worstRating'] ?? 1) || rating > Number(value['bestRating'] ?? 5))
          problems.push(`${path} (${type}) is out of its scale`);
        if (type === 'AggregateRating' && !has('ratingCount') && !has('reviewCount'))
          problems.push(`${path} (AggregateRating) has no ratingCount or reviewCount`);
        break;
      }
      case 'Person':
      case 'Organization':
        if (typeof value['name'] !== 'string' || value['name'] === '') problems.push(`${path} (${type}) has no name`);
        break;
      default:
        break;
    }
    for (const [key, member] of Object.entries(value)) walk(member, `${path}.${key}`, typeof type === 'string' ? type : parent);
  };
  walk(document, '$', undefined);
  return problems;
}

/** The reviews of a document, in order, wherever it lists them. */
function reviewsOf(document: JsonLdDocument): readonly JsonLdReview[] {
  return document['@type'] === 'ItemList' ? document.itemListElement.map((entry) => entry.item) : (document.review ?? []);
}

/** What a Review says of its source review's facts (author aside), with absent properties as `undefined`. */
function reviewFacts(review: JsonLdReview): unknown {
  return { publisher: review.publisher?.name, score: review.reviewRating?.ratingValue, date: review.datePublished, excerpt: review.reviewBody };
}

function sourceFacts(review: Review): unknown {
  return {
    publisher: review.publication ?? undefined,
    score: review.score ?? undefined,
    date: review.date ?? undefined,
    excerpt: review.excerpt === '' ? undefined : review.excerpt,
  };
}

/** Checks a page's document: the guidelines, JSON-serialisable, and every review's facts in order. */
function checkDocument(page: Page, options: ToJsonLdOptions = {}): void {
  const document = toJsonLd(page, { ...options, anonymousReviews: 'include' });
  expect(JSON.parse(JSON.stringify(document))).toStrictEqual(document);
  expect(reviewsOf(document).map(reviewFacts)).toStrictEqual(page.reviews.map(sourceFacts));
  expect(guidelineProblems(document, { anonymous: true })).toStrictEqual([]);

  const kept = toJsonLd(page, options);
  expect(guidelineProblems(kept)).toStrictEqual([]);
  expect(reviewsOf(kept)).toStrictEqual(reviewsOf(document).filter((review) => review.author !== undefined));
  const rated = reviewsOf(document).filter((review) => review.reviewRating !== undefined).length;
  expect(rated).toStrictEqual(page.reviews.filter((review) => review.score !== null).length);
}

const SEED = parse(
  'Pusher\n\nMetascore\n81\n\nGenerally favorable reviews - based on 11 Critics\n' +
    'Critic score distribution:\n  1. Positive: 9 out of 11\n  2. Negative: 0 out of 11\n' +
    '  1. Reviewed by: Noel Murray\n    Jul 15, 2013\n    80\n    Variety\n    Pusher shifts from a sketch to a nail-biter.\n' +
    '  2. Reviewed by: Staff [Not Credited]\n    A promising debut.\n',
).page;

describe('toJsonLd', () => {
  it('returns the work of its example', () => {
    expect(toJsonLd(SEED)).toStrictEqual({
      '@context': 'https://schema.org',
      '@type': 'Movie',
      name: 'Pusher',
      aggregateRating: { '@type': 'AggregateRating', ratingValue: 81, bestRating: 100, worstRating: 0, ratingCount: 11, reviewCount: 11 },
      review: [
        {
          '@type': 'Review',
          author: { '@type': 'Person', name: 'Noel Murray' },
          publisher: { '@type': 'Organization', name: 'Variety' },
          reviewRating: { '@type': 'Rating', ratingValue: 80, bestRating: 100, worstRating: 0 },
          datePublished: '2013-07-15',
          reviewBody: 'Pusher shifts from a sketch to a nail-biter.',
        },
      ],
    });
  });

  it('returns a review with no author when anonymousReviews is "include" and it names no credited critic or publication', () => {
    expect(toJsonLd(SEED, { anonymousReviews: 'include' })).toMatchObject({
      review: [{ author: { name: 'Noel Murray' } }, { '@type': 'Review', reviewBody: 'A promising debut.' }],
    });
    const document = toJsonLd(SEED, { anonymousReviews: 'include' });
    expect(document['@type'] === 'ItemList' ? undefined : document.review?.[1]).toStrictEqual({
      '@type': 'Review',
      reviewBody: 'A promising debut.',
    });
  });

  it('returns the publication as the author when the critic is uncredited staff', () => {
    const { page } = parse('Critic score distribution:\n  1. Reviewed by: Staff [Not Credited]\n    Empire\n    A promising debut.\n');
    expect(toJsonLd(page)).toStrictEqual({
      '@context': 'https://schema.org',
      '@type': 'Movie',
      review: [
        {
          '@type': 'Review',
          author: { '@type': 'Organization', name: 'Empire' },
          publisher: { '@type': 'Organization', name: 'Empire' },
          reviewBody: 'A promising debut.',
        },
      ],
    });
  });

  it('returns the type of the page’s media, else of the media option, else Movie', () => {
    const typeOf = (text: string, options?: ToJsonLdOptions): string => toJsonLd(parse(text).page, options)['@type'];
    const verdict = 'Mixed or average reviews - based on 3 Critics\n';
    expect(typeOf(verdict)).toStrictEqual('Movie');
    expect(typeOf(verdict, { media: 'game' })).toStrictEqual('VideoGame');
    expect(typeOf(verdict, { media: 'music' })).toStrictEqual('MusicAlbum');
    expect(typeOf(`  • Network: NBC\n${verdict}`, { media: 'game' })).toStrictEqual('TVSeries');
    expect(toJsonLd(parse(verdict, { media: 'tv' }).page)['@type']).toStrictEqual('TVSeries');
  });

  it('returns the name option when the page prints no title, and no name when there is neither', () => {
    const { page } = parse('Mixed or average reviews - based on 3 Critics\n');
    expect(toJsonLd(page, { name: 'Oni' })).toStrictEqual({ '@context': 'https://schema.org', '@type': 'Movie', name: 'Oni' });
    expect(toJsonLd(page)).toStrictEqual({ '@context': 'https://schema.org', '@type': 'Movie' });
    expect(toJsonLd(SEED, { name: 'Other' })).toMatchObject({ name: 'Pusher' });
  });

  it('returns no aggregateRating when the page prints a Metascore without a critic count', () => {
    const { page } = parse('Metascore\n73\n\nCritic score distribution:\n  1. Positive: 15 out of 29\n');
    expect(toJsonLd(page)).toStrictEqual({ '@context': 'https://schema.org', '@type': 'Movie' });
  });

  it('returns an ItemList of reviews by the profile’s critic when the page is a critic’s profile', () => {
    const [sheri] = CORPUS.filter((entry) => entry.file.startsWith('031-'));
    const document = toJsonLd((sheri as (typeof CORPUS)[number]).page);
    expect(document).toMatchObject({ '@context': 'https://schema.org', '@type': 'ItemList', name: 'Sheri Linden', numberOfItems: 4 });
    expect(document['@type'] === 'ItemList' ? document.itemListElement[3] : undefined).toStrictEqual({
      '@type': 'ListItem',
      position: 4,
      item: {
        '@type': 'Review',
        author: { '@type': 'Person', name: 'Sheri Linden' },
        reviewRating: { '@type': 'Rating', ratingValue: 80, bestRating: 100, worstRating: 0 },
        reviewBody:
          '40 minutes is all the film needs to cover the fundamentals--a society run by matriarchs, bonds that last a lifetime, a shameful record of abuse--briskly and clearly, making a compact primer and a strong call to act.',
      },
    });
  });

  it('returns reviews authored by the publication when the page is a publication’s profile and the critic is not printed', () => {
    const { page } = parse(
      "Empire's Scores\n  • Movies\nScore distribution:\n    • 71 Metascore\n    • 80 Critic Score\n    Nerve-shredding and layered.\n  1. Much like Maximus.\n",
    );
    expect(toJsonLd(page)).toStrictEqual({
      '@context': 'https://schema.org',
      '@type': 'ItemList',
      name: 'Empire',
      numberOfItems: 2,
      itemListElement: [
        {
          '@type': 'ListItem',
          position: 1,
          item: {
            '@type': 'Review',
            author: { '@type': 'Organization', name: 'Empire' },
            publisher: { '@type': 'Organization', name: 'Empire' },
            reviewRating: { '@type': 'Rating', ratingValue: 80, bestRating: 100, worstRating: 0 },
            reviewBody: 'Nerve-shredding and layered.',
          },
        },
        {
          '@type': 'ListItem',
          position: 2,
          item: {
            '@type': 'Review',
            author: { '@type': 'Organization', name: 'Empire' },
            publisher: { '@type': 'Organization', name: 'Empire' },
            reviewBody: 'Much like Maximus.',
          },
        },
      ],
    });
  });

  it('throws a TypeError when the page is not a parsed page or an option is unknown or of the wrong type', () => {
    expect(() => toJsonLd(null as unknown as Page)).toThrow(
      new TypeError('toJsonLd: page must be a parsed page (an object with kind "film", "critic" or "publication" and a reviews list); got null.'),
    );
    expect(() => toJsonLd(SEED, { type: 'Movie' } as unknown as ToJsonLdOptions)).toThrow(
      new TypeError('toJsonLd: each option must be one of media, name, anonymousReviews; got "type".'),
    );
    expect(() => toJsonLd(SEED, { name: 3 } as unknown as ToJsonLdOptions)).toThrow(new TypeError('toJsonLd: option name must be a string; got 3.'));
  });

  it('throws a RangeError when media or anonymousReviews is not one of its values, or name is empty', () => {
    expect(() => toJsonLd(SEED, { media: 'book' } as unknown as ToJsonLdOptions)).toThrow(
      new RangeError('toJsonLd: option media must be one of "movie", "tv", "music", "game"; got "book".'),
    );
    expect(() => toJsonLd(SEED, { anonymousReviews: 'keep' } as unknown as ToJsonLdOptions)).toThrow(RangeError);
    expect(() => toJsonLd(SEED, { name: ' ' })).toThrow(new RangeError('toJsonLd: option name must be a name, not empty; got " ".'));
  });

  it('throws a RangeError naming the review when a score is outside 0-100, as no page can hold it', () => {
    const tooHigh = { ...SEED, reviews: [{ ...SEED.reviews[0], score: 500 }] } as Page;
    expect(() => toJsonLd(tooHigh)).toThrow(new RangeError('toJsonLd: page.reviews[0].score must be from 0 to 100 or null; got 500.'));
  });
});

describe('toJsonLd on the corpus of real pages', () => {
  for (const { file, page } of CORPUS) {
    it(`returns JSON data with every property the guidelines require and every review's facts for ${file}`, () => {
      checkDocument(page, { name: 'A title' });
    });
  }

  it('returns no name for the pages that print no title when no name option is given', () => {
    const unnamed = CORPUS.filter(({ page }) => page.kind === 'film' && page.title === null);
    expect(unnamed.length).toBeGreaterThan(0);
    for (const { page } of unnamed) expect(toJsonLd(page)).not.toHaveProperty('name');
  });
});

describe('toJsonLd over generated pages', () => {
  test.prop([pageArb])('returns JSON data with every property the guidelines require and every review’s facts', (page) => {
    checkDocument(page, { name: 'A title' });
  });
});

describe('jsonLdScript', () => {
  const hostile = "</script><script>document.title='pwned'</script> <!-- & \u2028\u2029 >";
  const parsed = parse('Hostile\n\nMixed or average reviews - based on 4 Critics\n  1. Reviewed by: Ann Lee\n    50\n    A review.\n').page;
  // The excerpt as a page could hold it (the parser turns U+2028 into a space, a caller's page need not).
  const page = { ...parsed, reviews: parsed.reviews.map((review) => ({ ...review, excerpt: hostile })) } as Page;

  it('returns the whole script element, its JSON the document toJsonLd gives', () => {
    const element = jsonLdScript(page, { media: 'tv' });
    const match = /^<script type="application\/ld\+json">(.*)<\/script>$/su.exec(element);
    expect(match).not.toBeNull();
    expect(JSON.parse(match?.[1] ?? '')).toStrictEqual(toJsonLd(page, { media: 'tv' }));
    expect((JSON.parse(match?.[1] ?? '') as { review: { reviewBody: string }[] }).review[0]?.reviewBody).toBe(hostile);
  });

  it('escapes <, >, &, U+2028 and U+2029 inside the JSON, so no text can close the element or open a comment', () => {
    const inner = jsonLdScript(page).slice('<script type="application/ld+json">'.length, -'</script>'.length);
    expect(inner).not.toMatch(/[<>&\u2028\u2029]/u);
    expect(inner).toContain('\\u003c/script\\u003e\\u003cscript\\u003e');
    expect(inner).toContain('\\u003c!-- \\u0026 \\u2028\\u2029 \\u003e');
  });

  it('names itself in its errors', () => {
    expect(() => jsonLdScript({} as Page)).toThrow(/^jsonLdScript/u);
    expect(() => jsonLdScript(page, { name: 1 } as unknown as ToJsonLdOptions)).toThrow(/^jsonLdScript: option name/u);
  });
});
