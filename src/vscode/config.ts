import * as vscode from 'vscode';
import { normalizeSettings, resolveLanguage, type TcerrSettings } from '../engine/settings';
import type { Language } from '../engine/types';
import { SETTING_KEYS } from './settings';

/** The settings for a document's scope (folder settings apply), normalised: never undefined, never ill-typed. */
export function readSettings(scope?: vscode.ConfigurationScope): TcerrSettings {
  const config = vscode.workspace.getConfiguration(undefined, scope);
  // Every key of the table, so a new setting cannot be forgotten here.
  const raw: Record<string, unknown> = {};
  for (const [name, key] of Object.entries(SETTING_KEYS)) raw[name] = config.get<unknown>(key);
  return normalizeSettings(raw);
}

/** The language explanations are shown in, from `tcerr.language` and the UI language. */
export function explanationLanguage(): Language {
  return resolveLanguage(readSettings().language, vscode.env.language);
}
