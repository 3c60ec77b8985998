// Parsers for the official error-code lists in the SDK sources a user already has. Pure: text in, codes out.
import { parseGoErrors } from './go';
import { parseJavaErrorCodes } from './java';
import { parsePythonErrorCodes } from './python';
import type { ParseResult, SdkKind } from './types';

export type { ImportedCode, ParseResult, SdkKind } from './types';
export { productAndVersion, MAX_FILE_CHARS } from './common';
export { CACHE_FILE_NAME, CACHE_VERSION, dedupeCodes, readCache, serializeCache, summarize } from './cache';
export type { CacheContents, ImportSummary } from './cache';
export { parseGoErrors, parseJavaErrorCodes, parsePythonErrorCodes };

/** Which SDK's error list a file is, by its name and folder; null for any other file. */
export function sdkFileKind(path: string): SdkKind | null {
  const name = path.split(/[\\/]/).pop() ?? '';
  if (name === 'errors.go' && /[\\/]v\d{8}[\\/]errors\.go$/.test(path)) return 'go';
  if (name === 'errorcodes.py' && /[\\/]v\d{8}[\\/]errorcodes\.py$/.test(path)) return 'python';
  if (/^[A-Z][A-Za-z0-9]*ErrorCode\.java$/.test(name) && /[\\/]v\d{8}[\\/][^\\/]+$/.test(path)) return 'java';
  return null;
}

/** Parses one file; null when it is not an SDK error list. Never throws. */
export function parseSdkFile(path: string, text: string): ParseResult | null {
  try {
    switch (sdkFileKind(path)) {
      case 'go':
        return parseGoErrors(text, path);
      case 'python':
        return parsePythonErrorCodes(text, path);
      case 'java':
        return parseJavaErrorCodes(text, path);
      default:
        return null;
    }
  } catch (err) {
    return { codes: [], problems: [`${path}: ${err instanceof Error ? err.message : String(err)}`] };
  }
}
