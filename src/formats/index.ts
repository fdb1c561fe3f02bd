/**
 * Standard formats: a parsed page as schema.org JSON-LD, its reviews as
 * RFC 4180 CSV, and the page written back as text in its layout.
 *
 * @module
 */
export { jsonLdScript, toJsonLd } from './jsonld.js';
export type {
  JsonLdAggregateRating,
  JsonLdDocument,
  JsonLdListItem,
  JsonLdOrganization,
  JsonLdPerson,
  JsonLdRating,
  JsonLdReview,
  JsonLdReviewList,
  JsonLdWork,
  JsonLdWorkType,
  ToJsonLdOptions,
} from './jsonld.js';
export { CSV_COLUMNS, formatCsvHeader, formatCsvRows, iterateCsvRows, toCsv } from './csv.js';
export type { CsvColumn, CsvOptions, CsvSource } from './csv.js';
export { formatPage } from './format.js';
