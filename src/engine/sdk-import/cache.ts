// The import cache: what `tcerr catalog import` and the extension's import command write, and what every
// later run reads back. The file lives in the user's data folder, but it is still read as untrusted input.
import type { Language } from '../types';
import { isImportableCode, languageOf, MAX_DESCRIPTION } from './common';
import type { ImportedCode, SdkKind } from './types';

export const CACHE_VERSION = 1;
export const CACHE_FILE_NAME = 'sdk-codes.json';
/** A cache bigger than every SDK's lists together (about 20,000 codes per language) is not ours. */
const MAX_CACHED_CODES = 200_000;
const SDKS: ReadonlySet<string> = new Set(['go', 'python', 'java']);

export interface ImportSummary {
  products: number;
  codes: number;
  files: number;
  languages: Record<Language, number>;
  sdks: Partial<Record<SdkKind, number>>;
}

/** Drops repeats of one (product, version, code, language): the same list read from two SDKs or two copies. */
export function dedupeCodes(codes: readonly ImportedCode[]): ImportedCode[] {
  const seen = new Set<string>();
  const out: ImportedCode[] = [];
  for (const c of codes) {
    const key = `${c.product}\u0000${c.version}\u0000${c.code}\u0000${c.language}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
  }
  return out;
}

export function summarize(codes: readonly ImportedCode[], files: number): ImportSummary {
  const products = new Set<string>();
  const distinct = new Set<string>();
  const languages: Record<Language, number> = { en: 0, 'zh-CN': 0 };
  const sdks: Partial<Record<SdkKind, number>> = {};
  for (const c of codes) {
    products.add(c.product);
    distinct.add(`${c.product}\u0000${c.code}`);
    languages[c.language]++;
    sdks[c.sdk] = (sdks[c.sdk] ?? 0) + 1;
  }
  return { products: products.size, codes: distinct.size, files, languages, sdks };
}

export function serializeCache(codes: readonly ImportedCode[], roots: readonly string[], files: number, createdAt: string): string {
  const body = { version: CACHE_VERSION, createdAt, roots: [...roots], files, codes: dedupeCodes(codes) };
  return JSON.stringify(body) + '\n';
}

export interface CacheContents {
  codes: ImportedCode[];
  roots: string[];
  createdAt: string | null;
  problems: string[];
}

/** Reads a cache file's text; anything malformed is dropped with a problem. Never throws. */
export function readCache(text: string): CacheContents {
  const empty = (problem: string): CacheContents => ({ codes: [], roots: [], createdAt: null, problems: [problem] });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return empty('the import cache is not valid JSON; run the import again');
  }
  if (typeof data !== 'object' || data === null) return empty('the import cache is not an object');
  const obj = data as Record<string, unknown>;
  if (obj.version !== CACHE_VERSION) return empty(`the import cache has version ${String(obj.version)}, expected ${CACHE_VERSION}; run the import again`);
  const raw = Array.isArray(obj.codes) ? obj.codes.slice(0, MAX_CACHED_CODES) : [];
  const codes: ImportedCode[] = [];
  let dropped = 0;
  for (const item of raw) {
    const c = validCode(item);
    if (c) codes.push(c);
    else dropped++;
  }
  const roots = Array.isArray(obj.roots) ? obj.roots.filter((r): r is string => typeof r === 'string') : [];
  const createdAt = typeof obj.createdAt === 'string' ? obj.createdAt : null;
  return { codes, roots, createdAt, problems: dropped > 0 ? [`${dropped} malformed entries in the import cache were ignored`] : [] };
}

function validCode(item: unknown): ImportedCode | null {
  if (typeof item !== 'object' || item === null) return null;
  const c = item as Record<string, unknown>;
  if (typeof c.code !== 'string' || !isImportableCode(c.code)) return null;
  if (typeof c.product !== 'string' || !/^[a-z][a-z0-9]{0,29}$/.test(c.product)) return null;
  if (typeof c.version !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(c.version)) return null;
  if (typeof c.description !== 'string' || typeof c.sdk !== 'string' || !SDKS.has(c.sdk)) return null;
  const description = c.description.slice(0, MAX_DESCRIPTION);
  const language: Language = c.language === 'en' || c.language === 'zh-CN' ? c.language : languageOf(description);
  return { code: c.code, product: c.product, version: c.version, description, language, sdk: c.sdk as SdkKind };
}
