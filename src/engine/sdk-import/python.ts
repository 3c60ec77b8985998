import { parseCommentedConstants } from './common';
import type { ParseResult } from './types';

// tencentcloud-sdk-python `tencentcloud/<product>/v<YYYYMMDD>/errorcodes.py`: `# description` + `NAME = 'Code'`.
const CONSTANT = /^[A-Z][A-Z0-9_]*\s*=\s*(['"])([^'"\\]{1,200})\1$/;

export function parsePythonErrorCodes(text: string, path: string): ParseResult {
  return parseCommentedConstants(
    text,
    path,
    'python',
    // `# -*- coding: utf8 -*-` is a comment too, but a blank line always follows it, so it never reaches a code.
    (line) => (line.startsWith('#') ? line.slice(1).trim() : null),
    (line) => CONSTANT.exec(line)?.[2] ?? null,
  );
}
