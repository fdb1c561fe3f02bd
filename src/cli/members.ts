/**
 * The command's fast path for gzip crawl files of one member per record (as
 * Common Crawl publishes them): the main thread only cuts the file into
 * batches of whole members; the thread that renders a batch (a worker, with
 * --jobs above 1) inflates it with Node's zlib, member by member. A member
 * whose record the URL filter rejects is inflated only as far as its header.
 * A member that is not one whole record (no WARC header, a trailer size that
 * is not the record's, data that does not inflate) sends the rest of its
 * batch to the core's reader, which finds its way past damage.
 */
import { constants, gunzipSync } from 'node:zlib';
import { inflateHeader } from './inflate-header.js';
import { decompressGzip, isMemberHeader, MIN_MEMBER } from '../crawl/gzip.js';
import { MAX_HEADER_BYTES, nonEmpty, readHeaderFields, readWarcBlocks, targetOf } from '../crawl/warc.js';
import type { CommandOptions } from './args.js';
import { EXIT_USAGE } from './exit.js';

/** A batch of whole gzip members of a crawl file, for one thread to read and render. */
export interface MembersTask {
  readonly file: string;
  /** The members' bytes (their own buffer, which can be handed to a worker). */
  readonly members: Uint8Array;
  /** Offset in the file of the batch's first byte. */
  readonly offset: number;
}

/** A page a batch holds: the record's URL and its block. */
export interface MemberPage {
  readonly url: string;
  readonly block: Uint8Array;
}

/** What a batch of members holds: its pages, how many records, whether any is a WARC response record, and its problems' lines. */
export interface MembersContent {
  readonly pages: MemberPage[];
  records: number;
  responses: boolean;
  readonly problems: { readonly message: string; readonly exit: number }[];
}

/** Compressed bytes inflated to read a member's header, in turn until it is whole: a WET header is some 400 bytes, a few hundred compressed. */
const HEAD_BYTES: readonly number[] = [512, 4096, 65_536];
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** The pages (after the URL filter) and problems of a batch of members, in file order. */
export async function readMembers(options: CommandOptions, task: MembersTask): Promise<MembersContent> {
  const content: MembersContent = { pages: [], records: 0, responses: false, problems: [] };
  const { members } = task;
  const buffer = Buffer.from(members.buffer, members.byteOffset, members.length);
  let start = 0;
  while (start < members.length) {
    const next = nextMemberStart(buffer, start + MIN_MEMBER);
    const end = next < 0 ? members.length : next;
    if (!readWholeRecordMember(options, task.file, task.offset + start, members.subarray(start, end), content)) {
      // Not one whole record: the rest of the batch goes to the core's reader.
      await readIrregular(options, task, start, content);
      return content;
    }
    start = end;
  }
  return content;
}

/** A member header's first three bytes: gzip's magic and deflate. */
const MEMBER_MAGIC = Buffer.from([0x1f, 0x8b, 0x08]);

/** The first place from `from` where a member header begins, or -1: findMemberStart's answer, found by Node's substring search for its first three bytes (findMemberStart stops at every 1f byte, one in 256 of compressed data). */
function nextMemberStart(members: Buffer, from: number): number {
  for (let at = members.indexOf(MEMBER_MAGIC, from); at >= 0; at = members.indexOf(MEMBER_MAGIC, at + 1)) {
    if (isMemberHeader(members, at)) return at;
  }
  return -1;
}

/** What the first bytes of gzip data inflate to (as far as they go); throws for data that is not gzip. */
export function inflateHead(bytes: Uint8Array): Buffer {
  return gunzipSync(bytes, { finishFlush: constants.Z_SYNC_FLUSH });
}

/** Reads a member that holds one whole record, its header first; false (nothing done) when it is not one. */
function readWholeRecordMember(options: CommandOptions, file: string, offset: number, member: Uint8Array, content: MembersContent): boolean {
  if (member.length < MIN_MEMBER) return false;
  const head = readHead(member);
  if (head === undefined) return false;
  const headerEnd = head.indexOf('\r\n\r\n');
  if (headerEnd < 0) return false;
  const headerLength = headerEnd + 4;
  const headers = readHeaderFields(decoder.decode(head.subarray(0, headerEnd)));
  const declared = headers['content-length'];
  if (declared === undefined || !/^\d{1,15}$/u.test(declared)) return false;
  const contentLength = Number(declared);
  // The trailer's ISIZE (the output's size mod 2^32): the header, the block and its closing line breaks.
  const size = new DataView(member.buffer, member.byteOffset + member.length - 4, 4).getUint32(0, true);
  const rest = (size - ((headerLength + contentLength) % 2 ** 32) + 2 ** 32) % 2 ** 32;
  if (rest > 4) return false;
  const type = nonEmpty(headers['warc-type']);
  const url = targetOf(headers);
  content.records += 1;
  if (type === 'response') content.responses = true;
  if (type !== 'conversion' || url === null || (options.url !== undefined && !url.includes(options.url))) return true;
  // A record is one page: --max-page-mb is its limit too.
  if (contentLength > options.maxPageBytes) {
    content.problems.push({
      message: `${file}: byte ${offset.toLocaleString('en-US')}: ${url}: The record block of ${contentLength.toLocaleString('en-US')} bytes is longer than the ${options.maxPageBytes.toLocaleString('en-US')} bytes read; it is skipped.`,
      exit: EXIT_USAGE,
    });
    return true;
  }
  let whole: Buffer;
  try {
    whole = gunzipSync(member, { maxOutputLength: headerLength + contentLength + 4 });
  } catch {
    content.records -= 1;
    return false;
  }
  // The header read in JavaScript is zlib's too (a check that costs nothing: few records are taken).
  if (whole.length < headerLength + contentLength || !whole.subarray(0, headerLength).equals(head.subarray(0, headerLength))) {
    content.records -= 1;
    return false;
  }
  content.pages.push({ url, block: new Uint8Array(whole.buffer, whole.byteOffset + headerLength, contentLength) });
  return true;
}

const WARC_LINE = Buffer.from('WARC/');

/**
 * What a member's data inflates to as far as its header's end (a WET header
 * is some 400 bytes, a few hundred compressed), in JavaScript where it can
 * (inflateHeader), else with zlib on its first bytes, more only when they do
 * not hold the header; `undefined` when it is not gzip or does not begin with
 * `WARC/`.
 */
function readHead(member: Uint8Array): Buffer | undefined {
  const fast = inflateHeader(member, MAX_HEADER_BYTES);
  if (fast !== undefined) {
    const head = Buffer.from(fast.buffer, fast.byteOffset, fast.length);
    return startsWithWarcLine(head) ? head : undefined;
  }
  let head: Buffer | undefined;
  for (const take of HEAD_BYTES) {
    try {
      head = inflateHead(member.subarray(0, Math.min(member.length, take)));
    } catch {
      return undefined;
    }
    if (!startsWithWarcLine(head)) return undefined;
    if (head.includes('\r\n\r\n') || take >= member.length) break;
  }
  return head;
}

function startsWithWarcLine(head: Buffer): boolean {
  return head.subarray(0, 5).equals(WARC_LINE.subarray(0, Math.min(5, head.length)));
}

/** The members from `start` on, read by the core's reader (which reports and skips damage). */
async function readIrregular(options: CommandOptions, task: MembersTask, start: number, content: MembersContent): Promise<void> {
  const bytes = task.members.subarray(start);
  const base = task.offset + start;
  let records = 0;
  for await (const item of readWarcBlocks(decompressGzip(once(bytes), 'auto', base), { maxRecordBytes: options.maxPageBytes })) {
    if (item.kind === 'problem') {
      // Damage before any record: the record lost is the first member's, named by its header when that inflates.
      const url = item.url ?? (records === 0 ? urlOfMember(bytes) : null);
      // Where the members before were not all inflated, the file's byte where this reading began says where.
      content.problems.push({
        message: `${task.file}: byte ${base.toLocaleString('en-US')}${url === null ? '' : `: ${url}`}: ${item.message}`,
        exit: EXIT_USAGE,
      });
      continue;
    }
    records += 1;
    content.records += 1;
    if (item.type === 'response') content.responses = true;
    if (item.type !== 'conversion' || item.url === null) continue;
    if (options.url !== undefined && !item.url.includes(options.url)) continue;
    content.pages.push({ url: item.url, block: item.block });
  }
}

/** The `WARC-Target-URI` of the record whose header a member's first bytes inflate to; `null` when they do not. */
function urlOfMember(member: Uint8Array): string | null {
  const head = readHead(member);
  const end = head?.indexOf('\r\n\r\n') ?? -1;
  return head === undefined || end < 0 ? null : targetOf(readHeaderFields(decoder.decode(head.subarray(0, end))));
}

// Written as a generator the reader can iterate, the bytes in hand made a stream of one chunk.
// eslint-disable-next-line @typescript-eslint/require-await
async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array, void, undefined> {
  yield bytes;
}
