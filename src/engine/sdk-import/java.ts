import { parseCommentedConstants } from './common';
import type { ParseResult } from './types';

// tencentcloud-sdk-java `com/tencentcloudapi/<product>/v<YYYYMMDD>/<Product>ErrorCode.java`: an enum of
// `// description` + `NAME("Code"),`. The enum's own members (`private String value;`...) match neither.
const CONSTANT = /^[A-Z][A-Z0-9_]*\s*\(\s*"([^"\\]{1,200})"\s*\)\s*[,;]?$/;

export function parseJavaErrorCodes(text: string, path: string): ParseResult {
  return parseCommentedConstants(
    text,
    path,
    'java',
    (line) => (line.startsWith('//') ? line.slice(2).trim() : null),
    (line) => CONSTANT.exec(line)?.[1] ?? null,
  );
}
