import { normalizeSeverityMap, normalizePatterns, normalizeTrigger, DEFAULT_TRIGGER, type DiagnosticsTrigger, type SeverityLevel } from './noise';
import type { Language } from './types';

export type LanguageSetting = 'auto' | Language;

/** The extension's settings after normalisation: always complete and well-typed. */
export interface TcerrSettings {
  /** Document language ids that get hovers and diagnostics. */
  languages: string[];
  diagnosticsEnabled: boolean;
  language: LanguageSetting;
  /** When documents are scanned for the Problems panel, view and status bar. */
  diagnosticsTrigger: DiagnosticsTrigger;
  /** Category or code pattern → level (see noise.ts). */
  diagnosticsSeverity: Record<string, SeverityLevel>;
  excludeCodes: string[];
  excludeFiles: string[];
  inlineAnnotations: boolean;
  decodePreview: boolean;
  /** Files larger than this are skipped by the workspace scan. */
  scanMaxFileSizeMB: number;
  /** Folders of SDK sources offered by the import command (besides the usual locations). */
  catalogSdkPaths: string[];
  /** More team catalog files besides each folder's `.tcerr/catalog.json`. */
  catalogTeamFiles: string[];
  /** Warn about Tencent Cloud credentials (SecretId, SecretKey, tokens) exposed in open documents. */
  credentialsWarn: boolean;
}

export const DEFAULT_LANGUAGES: readonly string[] = ['json', 'jsonc', 'log', 'plaintext', 'xml'];
export const DEFAULT_DIAGNOSTICS_ENABLED = true;
export const DEFAULT_LANGUAGE_SETTING: LanguageSetting = 'auto';
export const DEFAULT_SCAN_MAX_FILE_SIZE_MB = 10;
export const MAX_SCAN_MAX_FILE_SIZE_MB = 1024;

export const DEFAULT_CREDENTIALS_WARN = true;

export function defaultSettings(): TcerrSettings {
  return {
    languages: [...DEFAULT_LANGUAGES],
    diagnosticsEnabled: DEFAULT_DIAGNOSTICS_ENABLED,
    language: DEFAULT_LANGUAGE_SETTING,
    diagnosticsTrigger: DEFAULT_TRIGGER,
    diagnosticsSeverity: {},
    excludeCodes: [],
    excludeFiles: [],
    inlineAnnotations: false,
    decodePreview: false,
    scanMaxFileSizeMB: DEFAULT_SCAN_MAX_FILE_SIZE_MB,
    catalogSdkPaths: [],
    catalogTeamFiles: [],
    credentialsWarn: DEFAULT_CREDENTIALS_WARN,
  };
}

/** Raw values as read from the configuration store; anything may be missing or of the wrong type. */
export interface RawSettings {
  languages?: unknown;
  diagnosticsEnabled?: unknown;
  language?: unknown;
  diagnosticsTrigger?: unknown;
  diagnosticsSeverity?: unknown;
  excludeCodes?: unknown;
  excludeFiles?: unknown;
  inlineAnnotations?: unknown;
  decodePreview?: unknown;
  scanMaxFileSizeMB?: unknown;
  catalogSdkPaths?: unknown;
  catalogTeamFiles?: unknown;
  credentialsWarn?: unknown;
}

const LANGUAGE_ID = /^[A-Za-z0-9][A-Za-z0-9_.+-]{0,63}$/;

function normalizeLanguages(value: unknown): string[] {
  // A hand-edited settings.json may hold anything; a bad value must not silently switch tcerr off.
  if (!Array.isArray(value)) return [...DEFAULT_LANGUAGES];
  const ids: string[] = [];
  for (const item of value) {
    if (typeof item !== 'string') continue;
    const id = item.trim();
    if (LANGUAGE_ID.test(id) && !ids.includes(id)) ids.push(id);
  }
  // An explicit empty list is a deliberate "nowhere"; a list of only garbage is a mistake.
  if (ids.length === 0 && value.length > 0) return [...DEFAULT_LANGUAGES];
  return ids;
}

export function normalizeSettings(raw: RawSettings): TcerrSettings {
  const language = raw.language;
  return {
    languages: normalizeLanguages(raw.languages),
    diagnosticsEnabled: typeof raw.diagnosticsEnabled === 'boolean' ? raw.diagnosticsEnabled : DEFAULT_DIAGNOSTICS_ENABLED,
    language: language === 'auto' || language === 'en' || language === 'zh-CN' ? language : DEFAULT_LANGUAGE_SETTING,
    diagnosticsTrigger: normalizeTrigger(raw.diagnosticsTrigger),
    diagnosticsSeverity: normalizeSeverityMap(raw.diagnosticsSeverity),
    excludeCodes: normalizePatterns(raw.excludeCodes),
    excludeFiles: normalizePatterns(raw.excludeFiles),
    inlineAnnotations: typeof raw.inlineAnnotations === 'boolean' ? raw.inlineAnnotations : false,
    decodePreview: typeof raw.decodePreview === 'boolean' ? raw.decodePreview : false,
    scanMaxFileSizeMB: normalizeSizeMB(raw.scanMaxFileSizeMB),
    catalogSdkPaths: normalizePaths(raw.catalogSdkPaths),
    catalogTeamFiles: normalizePaths(raw.catalogTeamFiles),
    credentialsWarn: typeof raw.credentialsWarn === 'boolean' ? raw.credentialsWarn : DEFAULT_CREDENTIALS_WARN,
  };
}

/** Folder and file paths: strings, trimmed, no repeats, a sane number and length. */
function normalizePaths(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const out: string[] = [];
  for (const item of value) {
    if (typeof item !== 'string') continue;
    const path = item.trim();
    if (path !== '' && path.length <= 1024 && !path.includes('\u0000') && !out.includes(path)) out.push(path);
    if (out.length >= 50) break;
  }
  return out;
}

function normalizeSizeMB(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return DEFAULT_SCAN_MAX_FILE_SIZE_MB;
  return Math.min(value, MAX_SCAN_MAX_FILE_SIZE_MB);
}

/** `auto` follows the UI language (`vscode.env.language`, e.g. "zh-cn", "zh-tw", "en"). */
export function resolveLanguage(setting: LanguageSetting, uiLanguage: string | undefined): Language {
  if (setting === 'en' || setting === 'zh-CN') return setting;
  return typeof uiLanguage === 'string' && uiLanguage.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
