import { parseCommentedConstants } from './common';
import type { ParseResult } from './types';

// tencentcloud-sdk-go `tencentcloud/<product>/v<YYYYMMDD>/errors.go`: a const block of `// description` + `NAME = "Code"`.
const CONSTANT = /^[A-Z][A-Z0-9_]*\s*=\s*"([^"\\]{1,200})"$/;

export function parseGoErrors(text: string, path: string): ParseResult {
  return parseCommentedConstants(
    text,
    path,
    'go',
    (line) => (line.startsWith('//') ? line.slice(2).trim() : null),
    (line) => CONSTANT.exec(line)?.[1] ?? null,
  );
}
