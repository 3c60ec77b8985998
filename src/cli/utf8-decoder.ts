// Streaming UTF-8 decoding, fast on logs. V8 decodes UTF-8 at about 300 MB/s, a third of the CLI's time on a
// big log, while Latin-1 (byte = character, the same string for ASCII) is ten times faster. Real logs are
// ASCII but for a few lines (a Chinese message, an emoji), and a single one of them made a whole read go the
// slow way; so a read is split in halves at character starts until each part is either ASCII or small.

import { isAscii } from 'node:buffer';

/** Parts with non-ASCII bytes this small or smaller are decoded whole (splitting further costs more). */
const SMALL_PART = 16 * 1024;
const EMPTY = new Uint8Array(0);
const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

export class StreamingUtf8Decoder {
  private readonly decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  /** The first bytes of a character that the last read cut off (copied: callers reuse their read buffer). */
  private carry: Uint8Array = EMPTY;
  /** The first bytes, held until there are enough to tell whether they are a BOM; null once decided. */
  private head: Uint8Array | null;

  /** `dropBom`: drop a byte order mark at the very start (a file's start, not a range in its middle). */
  constructor(dropBom: boolean) {
    this.head = dropBom ? EMPTY : null;
  }

  decode(bytes: Uint8Array): string {
    let input = bytes;
    if (this.head) {
      input = concatBytes(this.head, input);
      if (input.length < BOM.length && BOM.subarray(0, input.length).every((b, i) => input[i] === b)) {
        this.head = input.slice();
        return '';
      }
      this.head = null;
      if (BOM.every((b, i) => input[i] === b)) input = input.subarray(BOM.length);
    }
    if (this.carry.length > 0) {
      input = concatBytes(this.carry, input);
      this.carry = EMPTY;
    }
    const complete = completeLength(input);
    if (complete < input.length) this.carry = input.slice(complete);
    return this.decodeComplete(input.subarray(0, complete));
  }

  end(): string {
    const held = concatBytes(this.head ?? EMPTY, this.carry);
    this.head = null;
    this.carry = EMPTY;
    // A character cut off by the end of the input decodes to U+FFFD, as a whole-file decode would.
    return held.length > 0 ? this.decoder.decode(held) : '';
  }

  /**
   * Bytes that end at a character boundary. Cutting before a byte that is not a continuation byte never changes
   * how UTF-8 decodes (an unfinished sequence ends there either way), so the parts decode to the whole's text.
   */
  private decodeComplete(bytes: Uint8Array): string {
    if (bytes.length === 0) return '';
    if (isAscii(bytes)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    if (bytes.length <= SMALL_PART) return this.decoder.decode(bytes);
    let mid = bytes.length >>> 1;
    while (mid < bytes.length && (bytes[mid] & 0xc0) === 0x80) mid++;
    if (mid === bytes.length) return this.decoder.decode(bytes);
    return this.decodeComplete(bytes.subarray(0, mid)) + this.decodeComplete(bytes.subarray(mid));
  }
}

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** How many leading bytes to decode now: all but the start of a multi-byte character the bytes do not finish. */
export function completeLength(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(4, bytes.length); back++) {
    const b = bytes[bytes.length - back];
    if (b < 0x80) return bytes.length;
    if (b >= 0xc0) {
      const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      return length > back ? bytes.length - back : bytes.length;
    }
  }
  return bytes.length;
}
