import type { Language } from '../types';
import type { ImportedCode, ParseResult, SdkKind } from './types';

/** Longer files are not error lists (the biggest real one is well under 200 KB). */
export const MAX_FILE_CHARS = 2 * 1024 * 1024;
export const MAX_CODES_PER_FILE = 5000;
export const MAX_DESCRIPTION = 500;
const CODE = /^[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+){0,3}$/;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

export function languageOf(description: string): Language {
  return CJK.test(description) ? 'zh-CN' : 'en';
}

export function isImportableCode(code: string): boolean {
  return code.length <= 128 && CODE.test(code);
}

/** `v20170312` → `2017-03-12`, or null. */
export function versionFromPackage(segment: string): string | null {
  const m = /^v(\d{4})(\d{2})(\d{2})$/.exec(segment);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** Product and version from the last `<product>/v<YYYYMMDD>/` pair of a path (either separator). */
export function productAndVersion(path: string): { product: string; version: string } | null {
  const parts = path.split(/[\\/]+/);
  for (let i = parts.length - 2; i >= 1; i--) {
    const version = versionFromPackage(parts[i]);
    // The Go module cache names each product folder with its module version: `cvm@v1.0.1100`.
    const product = parts[i - 1].replace(/@v[0-9][^\\/]*$/, '');
    if (version && /^[a-z][a-z0-9]{0,29}$/.test(product)) return { product, version };
  }
  return null;
}

/** One-line description: comment text joined, whitespace folded, cut to a sane length. */
export function cleanDescription(lines: string[]): string {
  const text = lines.join(' ').replace(/\s+/g, ' ').trim();
  return text.length > MAX_DESCRIPTION ? `${text.slice(0, MAX_DESCRIPTION - 1)}…` : text;
}

/**
 * The shape all three SDKs share: a run of comment lines right above a `NAME = "Code"` line (blank lines end
 * a run, so license headers and section titles never become descriptions). `comment` strips a comment
 * marker or returns null; `constant` returns the code of a constant line or null.
 */
export function parseCommentedConstants(
  text: string,
  path: string,
  sdk: SdkKind,
  comment: (line: string) => string | null,
  constant: (line: string) => string | null,
): ParseResult {
  const problems: string[] = [];
  if (typeof text !== 'string') return { codes: [], problems: ['not text'] };
  if (text.length > MAX_FILE_CHARS) return { codes: [], problems: [`${path}: larger than ${MAX_FILE_CHARS} characters, skipped`] };
  const where = productAndVersion(path);
  if (!where) return { codes: [], problems: [`${path}: no <product>/v<YYYYMMDD>/ folder in the path, skipped`] };
  const codes: ImportedCode[] = [];
  const seen = new Set<string>();
  let pending: string[] = [];
  for (const rawLine of text.split(/\r\n|\r|\n/)) {
    const line = rawLine.trim();
    if (line === '') {
      pending = [];
      continue;
    }
    const note = comment(line);
    if (note !== null) {
      pending.push(note);
      continue;
    }
    const code = constant(line);
    if (code !== null) {
      if (!isImportableCode(code)) problems.push(`${path}: '${code.slice(0, 80)}' is not an error code, skipped`);
      else if (!seen.has(code)) {
        seen.add(code);
        const description = cleanDescription(pending);
        codes.push({ ...where, code, description, language: languageOf(description), sdk });
        if (codes.length >= MAX_CODES_PER_FILE) {
          problems.push(`${path}: more than ${MAX_CODES_PER_FILE} codes, the rest skipped`);
          break;
        }
      }
    }
    pending = [];
  }
  return { codes, problems };
}
