// Web: no file streams. The large-file scan falls back to workspace.fs.readFile (the whole file at once).
import type * as vscode from 'vscode';

export const READ_CHUNK_BYTES = 256 * 1024;

export function openByteStream(_uri: vscode.Uri): AsyncIterable<Uint8Array> | null {
  return null;
}
