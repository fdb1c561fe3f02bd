/**
 * Review pages out of a crawl: the WET records of a WARC stream, chosen by
 * their address, each parsed as a page.
 */
import { parse, type ParseResult } from '../parse/index.js';
import type { MediaType } from '../types/page.js';
import { checkMediaOption, checkOptions, describeValue } from '../shared/checks.js';
import type { ByteSource } from './source.js';
import { mediaFromUrl } from './media.js';
import { readWarcRecords, type WarcProblem } from './warc.js';

/**
 * Options of {@link parseWarc}.
 *
 * @example
 * ```ts
 * const options: ParseWarcOptions = { url: 'metacritic.com/movie/', media: 'movie' };
 * ```
 */
export interface ParseWarcOptions {
  /** Only records whose `WARC-Target-URI` contains this text (case-sensitive); every record when absent. */
  readonly url?: string;
  /** The media of pages that do not say theirs and whose URL does not name it ({@link mediaFromUrl}), as {@link parse}'s option `media`. */
  readonly media?: MediaType;
  /** The longest record block read, as {@link readWarcRecords}' option of that name (default 32 MiB). */
  readonly maxRecordBytes?: number;
  /** Also yield a {@link WarcSkipped} item for each record passed over (default `false`: they are passed over in silence). */
  readonly reportSkipped?: boolean;
}

/**
 * A review page read from a crawl: the record's address and the parse of its text.
 *
 * @example
 * ```ts
 * const text = 'Universal acclaim - based on 1 Critics\n  1. 90\n    A marvel.\n';
 * const wet = `WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://www.metacritic.com/movie/pusher\r\nContent-Length: ${text.length}\r\n\r\n${text}`;
 * for await (const item of parseWarc([new TextEncoder().encode(wet)])) {
 *   if (item.kind === 'page') {
 *     const page: WarcPage = item;
 *     [page.url, page.offset, page.result.page.reviews.length];
 *     //=> ['https://www.metacritic.com/movie/pusher', 0, 1]
 *   }
 * }
 * ```
 */
export interface WarcPage {
  readonly kind: 'page';
  /** The record's `WARC-Target-URI`. */
  readonly url: string;
  /** Offset of the record in the decompressed stream. */
  readonly offset: number;
  /** What {@link parse} returns for the record's text. */
  readonly result: ParseResult;
}

/**
 * Why {@link parseWarc} passed a record over:
 * `record-type` for a record that holds no page text (anything but a WET `conversion` record, such as `warcinfo`),
 * `url` for an address that does not contain the `url` option,
 * `not-a-review-page` for text that {@link parse} finds empty or not a review page.
 *
 * @example
 * ```ts
 * const reason: WarcSkipReason = 'not-a-review-page';
 * ```
 */
export type WarcSkipReason = 'record-type' | 'url' | 'not-a-review-page';

/**
 * A record {@link parseWarc} passed over, yielded only with `reportSkipped`.
 *
 * @example
 * ```ts
 * const item: WarcSkipped = { kind: 'skipped', url: 'https://www.metacritic.com/news/', offset: 9120, reason: 'not-a-review-page' };
 * ```
 */
export interface WarcSkipped {
  readonly kind: 'skipped';
  readonly url: string | null;
  readonly offset: number;
  readonly reason: WarcSkipReason;
}

/**
 * What {@link parseWarc} yields: a page, a problem of the stream (such as a
 * record cut short), or, on request, a record passed over.
 *
 * @example
 * ```ts
 * const item: WarcPageItem = { kind: 'problem', code: 'truncated-record', message: '...', url: null, offset: 0 };
 * ```
 */
export type WarcPageItem = WarcPage | WarcProblem | WarcSkipped;

const OPTION_KEYS: readonly string[] = ['url', 'media', 'maxRecordBytes', 'reportSkipped'];

/** What is said, once, of a crawl file that holds WARC response records (by parseWarc and by the command, after the file's name). */
export const RESPONSE_RECORDS: string = 'holds WARC response records (HTML); this reads WET conversion records (the .warc.wet.gz files of a crawl)';

/**
 * Reads the review pages of a crawl file: each WET `conversion` record of a
 * WARC stream (plain or gzip) whose address contains `url` is parsed with
 * {@link parse}, with the media its URL names when the page does not say it
 * ({@link mediaFromUrl}); records that are not review pages are passed over. Streams
 * record by record, so memory stays bounded however large the file; problems
 * of the stream (a record cut short, gzip data cut short) come as items, in
 * order, and never throw. A WARC file of `response` records (HTML) given
 * instead of its WET file is said once, as a `response-records` problem at
 * its first such record.
 *
 * @param source - The file's bytes: an (async) iterable of `Uint8Array` chunks or a web `ReadableStream`.
 * @param options - `url` to choose records, `media` for pages that do not say theirs, `maxRecordBytes`, `reportSkipped`.
 * @returns The pages (and problems, and skipped records when asked), in stream order.
 * @throws TypeError when `source` is not a byte source or an option is unknown or of the wrong type.
 * @throws RangeError when `media` is not one of movie, tv, music, game.
 *
 * @example
 * ```ts
 * // One WET record as a web stream (`(await fetch(url)).body` of a crawl file works as well).
 * const text = 'Universal acclaim - based on 1 Critics\n  1. 90\n    A marvel.\n';
 * const wet = 'WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://www.metacritic.com/movie/pusher/critic-reviews\r\n' +
 *   `Content-Length: ${text.length}\r\n\r\n${text}\r\n\r\n`;
 * const read: unknown[] = [];
 * for await (const item of parseWarc(new Blob([wet]).stream(), { url: 'metacritic.com/movie/' })) {
 *   read.push(item.kind === 'page' ? [item.url, item.result.page.verdict] : item.message);
 * }
 * read;
 * //=> [['https://www.metacritic.com/movie/pusher/critic-reviews', 'Universal acclaim']]
 * ```
 */
export async function* parseWarc(source: ByteSource, options?: ParseWarcOptions): AsyncGenerator<WarcPageItem, void, undefined> {
  const { url, media, maxRecordBytes, reportSkipped } = readOptions(options);
  const records = readWarcRecords(source, maxRecordBytes === undefined ? undefined : { maxRecordBytes });
  let responses = false;
  for await (const item of records) {
    if (item.kind === 'problem') {
      yield item;
      continue;
    }
    if (item.type === 'response' && !responses) {
      // A WARC file given for a WET file: said once, where its first response record is.
      responses = true;
      yield { kind: 'problem', code: 'response-records', message: `The file ${RESPONSE_RECORDS}.`, url: item.url, offset: item.offset };
    }
    let reason: WarcSkipReason | undefined;
    if (item.type !== 'conversion' || item.url === null) reason = 'record-type';
    else if (url !== undefined && !item.url.includes(url)) reason = 'url';
    if (reason === undefined && item.url !== null) {
      // The page's own word wins; then its URL's; then the option's.
      const recordMedia = mediaFromUrl(item.url) ?? media;
      const result = parse(item.content, recordMedia === undefined ? undefined : { media: recordMedia });
      if (isReviewPage(result)) {
        yield { kind: 'page', url: item.url, offset: item.offset, result };
        continue;
      }
      reason = 'not-a-review-page';
    }
    if (reportSkipped && reason !== undefined) yield { kind: 'skipped', url: item.url, offset: item.offset, reason };
  }
}

/** Whether a parse found a review page: not empty, and not text with none of a review page's parts. */
export function isReviewPage(result: ParseResult): boolean {
  return !result.diagnostics.some((diagnostic) => diagnostic.code === 'not-a-review-page' || diagnostic.code === 'empty-input');
}

function readOptions(options: ParseWarcOptions | undefined): {
  url: string | undefined;
  media: MediaType | undefined;
  maxRecordBytes: number | undefined;
  reportSkipped: boolean;
} {
  const fn = 'parseWarc';
  const { url, media, maxRecordBytes, reportSkipped } = checkOptions(fn, options, OPTION_KEYS);
  if (url !== undefined && typeof url !== 'string') throw new TypeError(`${fn}: option url must be a string; got ${describeValue(url)}.`);
  if (reportSkipped !== undefined && typeof reportSkipped !== 'boolean') {
    throw new TypeError(`${fn}: option reportSkipped must be a boolean; got ${describeValue(reportSkipped)}.`);
  }
  // `maxRecordBytes` is checked where it is used, by readWarcRecords.
  return {
    url,
    media: checkMediaOption(fn, media),
    maxRecordBytes: maxRecordBytes as number | undefined,
    reportSkipped: reportSkipped === true,
  };
}
