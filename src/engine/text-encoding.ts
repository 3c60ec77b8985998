// Which encoding a log file's bytes are in, by its byte order mark. Windows PowerShell 5 writes `>` redirections as
// UTF-16 with a BOM, and VS Code opens such files as text; without this they looked binary (NUL bytes) to tcerr.
// Without a BOM a file is read as UTF-8, as editors assume. (Callers decode: TextDecoder is a host API.)

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

/** The encoding the first bytes announce; 'utf-8' when they announce none. */
export function encodingOf(head: Uint8Array): TextEncodingName {
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/**
 * Whether bytes look binary: a NUL in the first `sniff` bytes. UTF-16 text is full of NULs, so a file that
 * announces UTF-16 is text.
 */
export function looksBinary(bytes: Uint8Array, sniff: number): boolean {
  return encodingOf(bytes) === 'utf-8' && bytes.subarray(0, sniff).includes(0);
}
