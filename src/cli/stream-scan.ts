// Feeds a byte stream (a file or stdin) through the chunk stitcher, decoding incrementally so a character
// split between reads is decoded once: UTF-8, or UTF-16 when a BOM says so. The BOM is dropped, as editors
// do, so columns match what the user sees.

import { encodingOf, looksBinary, type TextEncodingName } from '../engine/text-encoding';
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
  const stitcher = new ChunkStitcher(options.scan, options.stitch ?? DEFAULT_STITCH_OPTIONS);
  // The first bytes tell the encoding (a UTF-16 BOM) and whether the input is binary; nothing is scanned before.
  let head: Uint8Array[] | null = [];
  let headLength = 0;
  let decoder: ChunkDecoder | null = null;

  const feed = async (text: string) => {
    if (text.length === 0) return;
    const found = stitcher.push(text);
    if (found.length > 0) await options.onFindings(found);
  };
  /** Decides on the held first bytes; false when the input is binary and to be skipped. */
  const start = async (): Promise<boolean> => {
    const joined = concat(head ?? []);
    head = null;
    if (options.skipBinary && looksBinary(joined, BINARY_SNIFF_BYTES)) return false;
    decoder = decoderFor(encodingOf(joined));
    await feed(decoder.decode(joined));
    return true;
  };

  for await (const chunk of chunks) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    if (head) {
      head.push(bytes.slice()); // held past the next read: the reader may refill its buffer
      headLength += bytes.length;
      if (headLength < BINARY_SNIFF_BYTES) continue;
      if (!(await start())) return 'binary';
      continue;
    }
    await feed(decoder!.decode(bytes));
  }
  if (head && !(await start())) return 'binary';
  await feed(decoder!.end());
  const rest = stitcher.end();
  if (rest.length > 0) await options.onFindings(rest);
  return 'scanned';
}

interface ChunkDecoder {
  decode(bytes: Uint8Array): string;
  end(): string;
}

function decoderFor(encoding: TextEncodingName): ChunkDecoder {
  if (encoding === 'utf-8') return new StreamingUtf8Decoder(true);
  // TextDecoder drops the BOM and keeps a code unit cut between reads for the next one.
  const decoder = new TextDecoder(encoding);
  return { decode: (bytes) => decoder.decode(bytes, { stream: true }), end: () => decoder.decode() };
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
