/**
 * critic-consensus/crawl: web-crawl files (WARC/1.0 and WET "conversion"
 * records, plain or gzip) read record by record from any async iterable of
 * bytes, and each review page in them parsed. No Node.js API: gzip is read
 * with the web-standard DecompressionStream.
 *
 * @module
 */
export { readWarcRecords } from './warc.js';
export type { ReadWarcOptions, WarcProblem, WarcProblemCode, WarcRecord } from './warc.js';
export { parseWarc } from './parse-warc.js';
export { mediaFromUrl } from './media.js';
export type { ParseWarcOptions, WarcPage, WarcPageItem, WarcSkipped, WarcSkipReason } from './parse-warc.js';
export type { ByteSource, ByteStream, ByteStreamReader } from './source.js';
