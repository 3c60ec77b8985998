import type { Language } from './types';

export type LanguageSetting = 'auto' | Language;

/** The extension's settings after normalisation: always complete and well-typed. */
export interface TcerrSettings {
  /** Document language ids that get hovers and diagnostics. */
  languages: string[];
  diagnosticsEnabled: boolean;
  language: LanguageSetting;
}

export const DEFAULT_LANGUAGES: readonly string[] = ['json', 'jsonc', 'log', 'plaintext'];
export const DEFAULT_DIAGNOSTICS_ENABLED = true;
export const DEFAULT_LANGUAGE_SETTING: LanguageSetting = 'auto';

export function defaultSettings(): TcerrSettings {
  return { languages: [...DEFAULT_LANGUAGES], diagnosticsEnabled: DEFAULT_DIAGNOSTICS_ENABLED, language: DEFAULT_LANGUAGE_SETTING };
}

/** Raw values as read from the configuration store; anything may be missing or of the wrong type. */
export interface RawSettings {
  languages?: unknown;
  diagnosticsEnabled?: unknown;
  language?: unknown;
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
  };
}

/** `auto` follows the UI language (`vscode.env.language`, e.g. "zh-cn", "zh-tw", "en"). */
export function resolveLanguage(setting: LanguageSetting, uiLanguage: string | undefined): Language {
  if (setting === 'en' || setting === 'zh-CN') return setting;
  return typeof uiLanguage === 'string' && uiLanguage.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
