// Every setting tcerr contributes. test/unit/manifest.test.ts keeps this table and package.json equal.
// No `vscode` import here: the unit tests load this file outside VS Code.
import type { TcerrSettings } from '../engine/settings';

export const SETTINGS_SECTION = 'tcerr';

export const SETTING_KEYS = {
  languages: 'tcerr.languages',
  diagnosticsEnabled: 'tcerr.diagnostics.enabled',
  language: 'tcerr.language',
  diagnosticsTrigger: 'tcerr.diagnostics.trigger',
  diagnosticsSeverity: 'tcerr.diagnostics.severity',
  excludeCodes: 'tcerr.exclude.codes',
  excludeFiles: 'tcerr.exclude.files',
  inlineAnnotations: 'tcerr.inlineAnnotations.enabled',
  decodePreview: 'tcerr.decode.preview',
  scanMaxFileSizeMB: 'tcerr.workspaceScan.maxFileSizeMB',
  catalogSdkPaths: 'tcerr.catalog.sdkPaths',
  catalogTeamFiles: 'tcerr.catalog.teamFiles',
  credentialsWarn: 'tcerr.credentials.warn',
} as const satisfies Record<keyof TcerrSettings, `tcerr.${string}`>;

export type SettingKey = (typeof SETTING_KEYS)[keyof typeof SETTING_KEYS];
