// Feeds a byte stream (a file or stdin) through the chunk stitcher, decoding UTF-8 incrementally so a
// multi-byte character split between reads is decoded once. The BOM is dropped, as editors do, so
// columns match what the user sees.

import { StreamingUtf8Decoder } from './utf8-decoder';
import { ChunkStitcher, type LocatedFinding, type ScanFn, type StitchOptions, DEFAULT_STITCH_OPTIONS } from './stitch';

export const BINARY_SNIFF_BYTES = 8192;

export type StreamScanOutcome = 'scanned' | 'binary';

export interface StreamScanOptions {
  scan: ScanFn;
  stitch?: StitchOptions;
  /** Give up on input with a NUL byte in its first 8 KB (files found by walking a folder). */
  skipBinary?: boolean;
  /** Receives findings in input order as soon as they are final; awaited (output back-pressure). */
  onFindings: (findings: LocatedFinding[]) => void | Promise<void>;
}

/** Scans a stream; read errors are thrown to the caller after the findings before them were delivered. */
export async function scanStream(
  chunks: AsyncIterable<Uint8Array | string>,
  options: StreamScanOptions,
): Promise<StreamScanOutcome> {
  const decoder = new StreamingUtf8Decoder(true);
  const stitcher = new ChunkStitcher(options.scan, options.stitch ?? DEFAULT_STITCH_OPTIONS);
  let head: Uint8Array[] | null = options.skipBinary ? [] : null;
  let headLength = 0;

  const feed = async (text: string) => {
    if (text.length === 0) return;
    const found = stitcher.push(text);
    if (found.length > 0) await options.onFindings(found);
  };

  for await (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    if (head) {
      head.push(bytes.slice()); // held past the next read: the reader may refill its buffer
      headLength += bytes.length;
      if (headLength < BINARY_SNIFF_BYTES) continue;
      const joined = concat(head);
      head = null;
      if (hasNul(joined)) return 'binary';
      await feed(decoder.decode(joined));
      continue;
    }
    await feed(decoder.decode(bytes));
  }
  if (head) {
    const joined = concat(head);
    if (hasNul(joined)) return 'binary';
    await feed(decoder.decode(joined));
  }
  await feed(decoder.end());
  const rest = stitcher.end();
  if (rest.length > 0) await options.onFindings(rest);
  return 'scanned';
}

function hasNul(bytes: Uint8Array): boolean {
  return bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0);
}

export function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
  const total = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
