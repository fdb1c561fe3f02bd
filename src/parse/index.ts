export { parse, parseStrict, PageParseError } from './parse.js';
export type { ParseOptions, ParseResult } from './parse.js';
