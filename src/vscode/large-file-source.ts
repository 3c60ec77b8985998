// Desktop: a file on disk as a byte stream, so a multi-gigabyte log is scanned in bounded memory.
// The web build swaps this module for large-file-source.web.ts (scripts/build.mjs), which has no `fs`.
import { createReadStream } from 'node:fs';
import type * as vscode from 'vscode';

export const READ_CHUNK_BYTES = 256 * 1024;

/** A byte stream of the file, or null when this host cannot stream it (not a local file). */
export function openByteStream(uri: vscode.Uri): AsyncIterable<Uint8Array> | null {
  if (uri.scheme !== 'file') return null;
  return createReadStream(uri.fsPath, { highWaterMark: READ_CHUNK_BYTES });
}
