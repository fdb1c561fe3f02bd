/**
 * The header of a crawl record's gzip member, inflated in JavaScript: the
 * command reads the header of every record to choose by URL, and most
 * records are then passed over. zlib (`gunzipSync`) spends some 20 µs a
 * call setting up and freeing its state, and its memory outside the heap
 * makes the collector run often; this reads the few hundred bytes a header
 * takes and stops, allocating nothing but its output.
 *
 * It decodes DEFLATE (RFC 1951) in full (stored, fixed and dynamic Huffman
 * blocks) but checks nothing it need not: data it cannot decode gives
 * `undefined`, and the caller asks zlib, which says what is wrong.
 */

/** gzip's header flags (RFC 1952). */
const FHCRC = 2;
const FEXTRA = 4;
const FNAME = 8;
const FCOMMENT = 16;

/** Bits looked up at once in a Huffman table; longer codes are decoded bit by bit. */
const FAST_BITS = 9;
const FAST_SIZE = 1 << FAST_BITS;
const MAX_BITS = 15;

/** Base lengths and extra bits of length codes 257-285, and base distances and extra bits of distance codes 0-29. */
const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DISTANCE_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
];
const DISTANCE_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
/** The order in which a dynamic block gives the lengths of the code-length code. */
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** Each FAST_BITS-bit value with its bits in reverse order. */
const REVERSED = new Uint16Array(FAST_SIZE).map((_, value) => {
  let reversed = 0;
  for (let bit = 0; bit < FAST_BITS; bit++) reversed |= ((value >> bit) & 1) << (FAST_BITS - 1 - bit);
  return reversed;
});

const EMPTY = new Uint8Array(0);

/** Stands for data this reader does not decode (invalid, or cut short): the caller asks zlib. */
class Undecodable extends Error {}

/**
 * A canonical Huffman code: a table of the codes of up to {@link FAST_BITS}
 * bits (indexed by the next bits of input, each entry `symbol << 4 | length`,
 * 0 for a longer code), and the counts and symbols by length for the rest.
 */
class Huffman {
  readonly fast = new Int32Array(FAST_SIZE);
  readonly counts = new Uint16Array(MAX_BITS + 1);
  readonly symbols: Uint16Array;
  private readonly next = new Uint16Array(MAX_BITS + 2);

  constructor(size: number) {
    this.symbols = new Uint16Array(size);
  }

  /** Builds the code of symbols `0 .. count - 1` from their code lengths (0 for a symbol not used). */
  build(lengths: Uint8Array, count: number): void {
    const { counts, next, symbols, fast } = this;
    counts.fill(0);
    for (let symbol = 0; symbol < count; symbol++) {
      const length = lengths[symbol] as number;
      counts[length] = (counts[length] as number) + 1;
    }
    counts[0] = 0;
    // An over-subscribed code cannot be decoded (an incomplete one can: zlib allows a single distance code).
    let left = 1;
    for (let length = 1; length <= MAX_BITS; length++) {
      left = (left << 1) - (counts[length] as number);
      if (left < 0) throw new Undecodable();
    }
    next[1] = 0;
    for (let length = 1; length <= MAX_BITS; length++) next[length + 1] = (next[length] as number) + (counts[length] as number);
    for (let symbol = 0; symbol < count; symbol++) {
      const length = lengths[symbol] as number;
      if (length === 0) continue;
      const at = next[length] as number;
      symbols[at] = symbol;
      next[length] = at + 1;
    }
    // The fast table: each code of up to FAST_BITS bits, reversed (deflate sends a code's high bit first), at every index it begins.
    fast.fill(0);
    let code = 0;
    let index = 0;
    for (let length = 1; length <= FAST_BITS; length++) {
      const many = counts[length] as number;
      for (let k = 0; k < many; k++) {
        const reversed = REVERSED[code << (FAST_BITS - length)] as number;
        const entry = ((symbols[index] as number) << 4) | length;
        for (let at = reversed; at < FAST_SIZE; at += 1 << length) fast[at] = entry;
        code += 1;
        index += 1;
      }
      code <<= 1;
    }
  }
}

/** The reader's state: input, bit buffer, output, and its Huffman codes (kept between calls: nothing is allocated per member but the output). */
class HeaderInflater {
  private input: Uint8Array = EMPTY;
  private at = 0;
  private bits = 0;
  private count = 0;
  private readonly literals = new Huffman(288);
  private readonly distances = new Huffman(32);
  private readonly codeLengths = new Huffman(19);
  private readonly lengths = new Uint8Array(288 + 32);
  private readonly fixedLiterals = new Huffman(288);
  private readonly fixedDistances = new Huffman(32);
  /** The output, reused; what is returned is a copy. */
  private output = new Uint8Array(0);

  constructor() {
    const lengths = new Uint8Array(288);
    lengths.fill(8, 0, 144);
    lengths.fill(9, 144, 256);
    lengths.fill(7, 256, 280);
    lengths.fill(8, 280, 288);
    this.fixedLiterals.build(lengths, 288);
    this.fixedDistances.build(new Uint8Array(30).fill(5), 30);
  }

  /**
   * The member's output up to and including the first blank line (CR LF CR
   * LF), or its first `limit` bytes, or all of it when shorter;
   * `undefined` for data it does not decode.
   */
  inflate(member: Uint8Array, limit: number): Uint8Array | undefined {
    const start = gzipDataStart(member);
    if (start < 0) return undefined;
    this.input = member;
    this.at = start;
    this.bits = 0;
    this.count = 0;
    if (this.output.length < limit) this.output = new Uint8Array(limit);
    try {
      const length = this.blocks(this.output, limit);
      return this.output.slice(0, length);
    } catch (error) {
      if (error instanceof Undecodable) return undefined;
      throw error;
    } finally {
      this.input = EMPTY;
    }
  }

  /** Decodes blocks into `output` until a blank line, `end` bytes or the last block's end; returns the bytes written. */
  private blocks(output: Uint8Array, end: number): number {
    let written = 0;
    for (;;) {
      const last = this.take(1);
      const type = this.take(2);
      if (type === 0) written = this.stored(output, written, end);
      else if (type === 1) written = this.codes(output, written, end, this.fixedLiterals, this.fixedDistances);
      else if (type === 2) {
        this.readDynamicCodes();
        written = this.codes(output, written, end, this.literals, this.distances);
      } else throw new Undecodable();
      if (written < 0) return -written;
      if (last === 1 || written === end) return written;
    }
  }

  /** A stored block; returns the bytes written, negated when the output is done. */
  private stored(output: Uint8Array, written: number, end: number): number {
    // To the next byte: the bits left of this one are dropped, whole bytes read ahead given back.
    this.at -= this.count >> 3;
    this.bits = 0;
    this.count = 0;
    const { input } = this;
    if (this.at + 4 > input.length) throw new Undecodable();
    const length = (input[this.at] as number) | ((input[this.at + 1] as number) << 8);
    const check = (input[this.at + 2] as number) | ((input[this.at + 3] as number) << 8);
    if ((length ^ 0xffff) !== check) throw new Undecodable();
    this.at += 4;
    if (this.at + length > input.length) throw new Undecodable();
    let at = written;
    for (let i = 0; i < length && at < end; i++) {
      const byte = input[this.at + i] as number;
      output[at++] = byte;
      if (byte === 10 && endsHeader(output, at)) return -at;
    }
    this.at += length;
    return at === end ? -at : at;
  }

  /** The code lengths of a dynamic block, and its two codes built from them. */
  private readDynamicCodes(): void {
    const literalCount = this.take(5) + 257;
    const distanceCount = this.take(5) + 1;
    const codeLengthCount = this.take(4) + 4;
    if (literalCount > 286 || distanceCount > 30) throw new Undecodable();
    const { lengths } = this;
    lengths.fill(0, 0, 19);
    for (let i = 0; i < codeLengthCount; i++) lengths[CODE_LENGTH_ORDER[i] as number] = this.take(3);
    this.codeLengths.build(lengths, 19);
    const total = literalCount + distanceCount;
    let i = 0;
    while (i < total) {
      const symbol = this.decode(this.codeLengths);
      if (symbol < 16) {
        lengths[i++] = symbol;
        continue;
      }
      let repeat: number;
      let value = 0;
      if (symbol === 16) {
        if (i === 0) throw new Undecodable();
        value = lengths[i - 1] as number;
        repeat = 3 + this.take(2);
      } else if (symbol === 17) repeat = 3 + this.take(3);
      else repeat = 11 + this.take(7);
      if (i + repeat > total) throw new Undecodable();
      lengths.fill(value, i, i + repeat);
      i += repeat;
    }
    // A block must be able to end.
    if (lengths[256] === 0) throw new Undecodable();
    this.literals.build(lengths, literalCount);
    this.distances.build(lengths.subarray(literalCount, total), distanceCount);
  }

  /** A Huffman-coded block; returns the bytes written, negated when the output is done. */
  private codes(output: Uint8Array, written: number, end: number, literals: Huffman, distances: Huffman): number {
    let at = written;
    for (;;) {
      const symbol = this.decode(literals);
      if (symbol < 256) {
        output[at++] = symbol;
        if ((symbol === 10 && endsHeader(output, at)) || at === end) return -at;
        continue;
      }
      if (symbol === 256) return at;
      const code = symbol - 257;
      if (code >= 29) throw new Undecodable();
      const length = (LENGTH_BASE[code] as number) + this.take(LENGTH_EXTRA[code] as number);
      const distanceCode = this.decode(distances);
      if (distanceCode >= 30) throw new Undecodable();
      const distance = (DISTANCE_BASE[distanceCode] as number) + this.take(DISTANCE_EXTRA[distanceCode] as number);
      if (distance > at) throw new Undecodable();
      const copyEnd = Math.min(end, at + length);
      const from = at;
      for (; at < copyEnd; at++) output[at] = output[at - distance] as number;
      if (at === end) return -at;
      for (let check = Math.max(from, 4); check <= at; check++) if (output[check - 1] === 10 && endsHeader(output, check)) return -check;
    }
  }

  /** The next `need` bits (0-16), least significant first. */
  private take(need: number): number {
    while (this.count < need) {
      if (this.at >= this.input.length) throw new Undecodable();
      this.bits |= (this.input[this.at++] as number) << this.count;
      this.count += 8;
    }
    const value = this.bits & ((1 << need) - 1);
    this.bits >>>= need;
    this.count -= need;
    return value;
  }

  /** The next symbol of `code`. */
  private decode(code: Huffman): number {
    // Fill up to 24 bits where the input allows: enough for any code.
    while (this.count <= 16 && this.at < this.input.length) {
      this.bits |= (this.input[this.at++] as number) << this.count;
      this.count += 8;
    }
    const entry = code.fast[this.bits & (FAST_SIZE - 1)] as number;
    if (entry !== 0) {
      const length = entry & 15;
      if (length > this.count) throw new Undecodable();
      this.bits >>>= length;
      this.count -= length;
      return entry >> 4;
    }
    // A code longer than the table's: bit by bit, high bit first (puff.c's canonical decoding).
    let value = 0;
    let first = 0;
    let index = 0;
    for (let length = 1; length <= MAX_BITS; length++) {
      if (length > this.count) throw new Undecodable();
      value |= (this.bits >>> (length - 1)) & 1;
      const many = code.counts[length] as number;
      if (value - first < many) {
        this.bits >>>= length;
        this.count -= length;
        return code.symbols[index + value - first] as number;
      }
      index += many;
      first = (first + many) << 1;
      value <<= 1;
    }
    throw new Undecodable();
  }
}

/** Whether the output's first `length` bytes end with CR LF CR LF. */
function endsHeader(output: Uint8Array, length: number): boolean {
  return length >= 4 && output[length - 2] === 13 && output[length - 3] === 10 && output[length - 4] === 13;
}

/** Where a gzip member's deflate data begins, after its header and optional fields (RFC 1952); -1 when the header is not whole or not deflate. */
function gzipDataStart(member: Uint8Array): number {
  if (member.length < 18 || member[0] !== 0x1f || member[1] !== 0x8b || member[2] !== 8) return -1;
  const flags = member[3] as number;
  if ((flags & 0xe0) !== 0) return -1;
  let at = 10;
  if ((flags & FEXTRA) !== 0) {
    if (at + 2 > member.length) return -1;
    at += 2 + ((member[at] as number) | ((member[at + 1] as number) << 8));
  }
  for (const flag of [FNAME, FCOMMENT]) {
    if ((flags & flag) === 0) continue;
    while (at < member.length && member[at] !== 0) at++;
    at += 1;
  }
  if ((flags & FHCRC) !== 0) at += 2;
  return at < member.length ? at : -1;
}

let inflater: HeaderInflater | undefined;

/**
 * A gzip member's output up to and including its first blank line (CR LF CR
 * LF: where a WARC header ends), or its first `limit` bytes, or all of it
 * when it is shorter; `undefined` when the data is not gzip that this decodes
 * (then zlib says what it is).
 *
 * @example
 * ```ts
 * new TextDecoder().decode(inflateHeader(gzipSync('WARC/1.0\r\nContent-Length: 2\r\n\r\nhi\r\n\r\n'), 1024));
 * //=> 'WARC/1.0\r\nContent-Length: 2\r\n\r\n'
 * ```
 */
export function inflateHeader(member: Uint8Array, limit: number): Uint8Array | undefined {
  inflater ??= new HeaderInflater();
  return inflater.inflate(member, limit);
}
