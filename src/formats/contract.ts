/**
 * A page as the writers read it, from any page the JSON contract allows: a
 * page `parse` returned, or one built by hand or read from JSON with only the
 * contract's fields. A nullable field may be absent (it is read as null, a
 * list as empty); a field the contract says is always there (a review's
 * `excerpt`, a critic's `name`) and every field of the wrong type is a
 * TypeError naming it, never a crash inside a writer.
 *
 * @module
 */
import type {
  Critic,
  DataSource,
  Distribution,
  Freshness,
  MediaType,
  Page,
  PageDetail,
  Profile,
  Review,
  TitledScore,
  TitleMetascore,
  UserBlock,
  UserReview,
} from '../types/page.js';
import type { Span } from '../types/source.js';
import { MEDIA_TYPES } from '../shared/checks.js';
import { FieldReader, isBoolean, isNumber, isOneOf, isString } from '../shared/fields.js';

const SOURCES: readonly DataSource[] = ['metacritic', 'rottentomatoes', 'opencritic'];
const FRESHNESS: readonly Freshness[] = ['fresh', 'rotten'];

/** Where a text begins: a page built by hand has no spans, and the writers read none. */
const NO_SPAN: Span = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

function distributionOf(fields: FieldReader): Distribution {
  return { positive: fields.number('positive'), mixed: fields.number('mixed'), negative: fields.number('negative') };
}

/** A critic: its name, credited unless it says otherwise, printed as its name when the page kept no raw text. */
function criticOf(fields: FieldReader): Critic {
  const name = fields.required('name', isString, 'a string');
  const credited = fields.nullable('credited', isBoolean, 'a boolean') ?? true;
  return { name, credited, raw: fields.string('raw') ?? (credited ? name : `${name} [Not Credited]`) };
}

function reviewOf(fields: FieldReader): Review {
  return {
    index: fields.number('index'),
    critic: fields.object('critic', criticOf),
    publication: fields.string('publication'),
    score: fields.number('score'),
    mark: fields.string('mark'),
    freshness: fields.nullable('freshness', isOneOf(FRESHNESS), '"fresh" or "rotten"'),
    topCritic: fields.nullable('topCritic', isBoolean, 'a boolean'),
    date: fields.string('date'),
    dateText: fields.string('dateText'),
    metascore: fields.nullable<Exclude<TitleMetascore, null>>('metascore', (value) => isNumber(value) || value === 'tbd', 'a number or "tbd"'),
    excerpt: fields.required('excerpt', isString, 'a string'),
    span: NO_SPAN,
  };
}

function userReviewOf(fields: FieldReader): UserReview {
  return {
    index: fields.number('index'),
    user: fields.string('user'),
    date: fields.string('date'),
    dateText: fields.string('dateText'),
    score: fields.number('score'),
    excerpt: fields.required('excerpt', isString, 'a string'),
    span: NO_SPAN,
  };
}

function usersOf(fields: FieldReader): UserBlock {
  return {
    verdict: fields.string('verdict'),
    ratingCount: fields.number('ratingCount'),
    score: fields.number('score'),
    distribution: fields.object('distribution', distributionOf),
    reviews: fields.list('reviews', userReviewOf),
    span: NO_SPAN,
  };
}

function titledScoreOf(fields: FieldReader): TitledScore {
  return { score: fields.required('score', isNumber, 'a number'), title: fields.required('title', isString, 'a string') };
}

function profileOf(fields: FieldReader): Profile {
  return {
    name: fields.string('name'),
    reviewsGraded: fields.number('reviewsGraded'),
    percentHigher: fields.number('percentHigher'),
    percentSame: fields.number('percentSame'),
    percentLower: fields.number('percentLower'),
    pointsVsAverage: fields.number('pointsVsAverage'),
    averageScore: fields.number('averageScore'),
    highest: fields.object('highest', titledScoreOf),
    lowest: fields.object('lowest', titledScoreOf),
    distribution: fields.object('distribution', distributionOf),
    listedCount: fields.number('listedCount'),
    span: NO_SPAN,
  };
}

function detailOf(fields: FieldReader): PageDetail {
  return { label: fields.required('label', isString, 'a string'), value: fields.required('value', isString, 'a string'), span: NO_SPAN };
}

/**
 * The page `page` (whose `kind` and `reviews` list the caller checked) with
 * every field the writers read: absent nullable fields as null, absent lists
 * empty, `source` "metacritic" when absent; a TypeError naming the first field
 * that is missing where the contract always has it, or of the wrong type.
 */
export function contractPage(fn: string, page: Page): Page {
  const fields = new FieldReader(fn, page as unknown as Readonly<Record<string, unknown>>, '');
  const base = {
    source: fields.nullable('source', isOneOf(SOURCES), 'one of "metacritic", "rottentomatoes", "opencritic"') ?? 'metacritic',
    media: fields.nullable<MediaType>('media', isOneOf(MEDIA_TYPES), 'one of "movie", "tv", "music", "game"'),
    title: fields.string('title'),
    metascore: fields.number('metascore'),
    verdict: fields.string('verdict'),
    criticCount: fields.number('criticCount'),
    distribution: fields.object('distribution', distributionOf),
    reviews: fields.list('reviews', reviewOf),
    tomatometer: fields.number('tomatometer'),
    topCriticCount: fields.number('topCriticCount'),
    consensus: fields.string('consensus'),
    percentile: fields.number('percentile'),
    users: fields.object('users', usersOf),
    details: fields.list('details', detailOf),
    spans: { title: null, metascore: null, verdict: null, distribution: null },
  };
  if (page.kind === 'film') return { ...base, kind: 'film', profile: null };
  return { ...base, kind: page.kind, profile: fields.object('profile', profileOf) ?? profileOf(new FieldReader(fn, {}, 'profile')) };
}
