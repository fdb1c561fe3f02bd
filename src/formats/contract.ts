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
import { isRecord, MEDIA_TYPES, ownValue, typeMisuse } from '../shared/checks.js';

type Guard<T> = (value: unknown) => value is T;
type Fields = Readonly<Record<string, unknown>>;

const isString: Guard<string> = (value): value is string => typeof value === 'string';
const isNumber: Guard<number> = (value): value is number => typeof value === 'number';
const isBoolean: Guard<boolean> = (value): value is boolean => typeof value === 'boolean';
const isList: Guard<readonly unknown[]> = (value): value is readonly unknown[] => Array.isArray(value);
function isOneOf<T extends string>(values: readonly T[]): Guard<T> {
  return (value): value is T => (values as readonly unknown[]).includes(value);
}

const SOURCES: readonly DataSource[] = ['metacritic', 'rottentomatoes', 'opencritic'];
const FRESHNESS: readonly Freshness[] = ['fresh', 'rotten'];

/** Where a text begins: a page built by hand has no spans, and the writers read none. */
const NO_SPAN: Span = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

/** Reads the fields of one record of a page, naming each by its path in the page (`reviews[0].excerpt`) in an error. */
class FieldReader {
  constructor(
    private readonly fn: string,
    private readonly values: Fields,
    private readonly path: string,
  ) {}

  private name(key: string): string {
    return this.path === '' ? key : `${this.path}.${key}`;
  }

  /** The field, or null when it is absent or null; a TypeError when it is something else than `accepted`. */
  nullable<T>(key: string, guard: Guard<T>, accepted: string): T | null {
    const value = ownValue(this.values, key);
    if (value === undefined || value === null) return null;
    if (!guard(value)) throw typeMisuse(this.fn, this.name(key), `${accepted} or null`, value);
    return value;
  }

  /** The field, which must be there and be `accepted`. */
  required<T>(key: string, guard: Guard<T>, accepted: string): T {
    const value = ownValue(this.values, key);
    if (!guard(value)) throw typeMisuse(this.fn, this.name(key), accepted, value);
    return value;
  }

  string(key: string): string | null {
    return this.nullable(key, isString, 'a string');
  }

  number(key: string): number | null {
    return this.nullable(key, isNumber, 'a number');
  }

  /** A nested record, or null; `read` makes its value from a reader of its fields. */
  object<T>(key: string, read: (fields: FieldReader) => T): T | null {
    const value = this.nullable(key, isRecord, 'an object');
    return value === null ? null : read(new FieldReader(this.fn, value, this.name(key)));
  }

  /** A list (empty when absent), each item a record made by `read`. */
  list<T>(key: string, read: (fields: FieldReader) => T): T[] {
    const items = this.nullable(key, isList, 'an array') ?? [];
    return items.map((item, at) => {
      const path = `${this.name(key)}[${at}]`;
      if (!isRecord(item)) throw typeMisuse(this.fn, path, 'an object', item);
      return read(new FieldReader(this.fn, item, path));
    });
  }
}

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
  const fields = new FieldReader(fn, page as unknown as Fields, '');
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
