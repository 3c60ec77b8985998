import type { Language } from '../types';

export type SdkKind = 'go' | 'python' | 'java';

/** One code as an official SDK's error list states it. The description is file data: shown escaped, never trusted. */
export interface ImportedCode {
  product: string;
  /** API version, `YYYY-MM-DD`. */
  version: string;
  code: string;
  description: string;
  /** Chinese when the description has CJK characters (the mainland SDKs), else English (the -intl-en SDKs). */
  language: Language;
  sdk: SdkKind;
}

export interface ParseResult {
  codes: ImportedCode[];
  /** Human-readable reasons for what was skipped; never thrown. */
  problems: string[];
}
