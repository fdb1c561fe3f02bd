/**
 * critic-consensus: read critic-review pages into typed data and say what
 * their numbers mean. This is the core: the page contract, `parse`, Metacritic's
 * bands and `aggregate`. Built on it, as subpath modules:
 * `critic-consensus/stats` (critics and publications across pages),
 * `critic-consensus/scoring` (normalised marks, aggregator profiles, small
 * samples, weights), `critic-consensus/formats` (JSON-LD, CSV, page text) and
 * `critic-consensus/crawl` (web-crawl WARC/WET files).
 *
 * @packageDocumentation
 */
export { parse, parseStrict, PageParseError } from './parse/index.js';
export type { LineTable, ParseOptions, ParseResult, Site, SiteInput, SiteResult } from './parse/index.js';
export { DIAGNOSTIC_CODES } from './types/diagnostic.js';
export type { Diagnostic, DiagnosticCode, DiagnosticCodeInfo, Severity } from './types/diagnostic.js';
export * from './classify/index.js';
export * from './aggregate/index.js';
export type { Point, Span } from './types/source.js';
export type {
  Critic,
  DataSource,
  Distribution,
  Film,
  Freshness,
  MediaType,
  Page,
  PageDetail,
  PageKind,
  PageSpans,
  Profile,
  ProfilePage,
  Review,
  Sentiment,
  TitledScore,
  TitleMetascore,
  UserBlock,
  UserReview,
  Verdict,
} from './types/page.js';
