export { parse, parseStrict, PageParseError } from './parse.js';
export type { ParseOptions, ParseResult } from './parse.js';
export type { Site, SiteInput, SiteResult } from './site.js';
export type { LineTable } from './engine/lines.js';
