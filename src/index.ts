/**
 * critic-consensus: read critic-review pages into typed data and say what
 * their numbers mean.
 *
 * @packageDocumentation
 */
export { parse, parseStrict, PageParseError } from './parse/index.js';
export type { ParseOptions, ParseResult } from './parse/index.js';
export { DIAGNOSTIC_CODES } from './types/diagnostic.js';
export type { Diagnostic, DiagnosticCode, DiagnosticCodeInfo, Severity } from './types/diagnostic.js';
export * from './classify/index.js';
export * from './aggregate/index.js';
export * from './stats/index.js';
export * from './scoring/index.js';
export * from './formats/index.js';
export type { Point, Span } from './types/source.js';
export type {
  Critic,
  Distribution,
  Film,
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
