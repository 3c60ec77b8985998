/** Half-open range of UTF-16 offsets into the scanned text: [start, end). */
export interface Span {
  start: number;
  end: number;
}

export type FindingKind = 'error' | 'success';

/** Who produced the code: the API server, the SDK on the client side, or the legacy API 2.0. */
export type Origin = 'server' | 'client' | 'legacy';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** Which textual shape a finding was recognised in. Stable ids: they appear in CLI JSON output. */
export type FormatId =
  | 'json-envelope'
  | 'json-envelope-escaped'
  | 'object-dump'
  | 'go-sdk'
  | 'python-sdk'
  | 'java-sdk'
  | 'java-sdk-legacy'
  | 'node-sdk'
  | 'php-sdk'
  | 'dotnet-sdk'
  | 'cpp-sdk'
  | 'terraform-legacy'
  | 'code-message'
  | 'code-colon-message'
  | 'legacy-api2'
  | 'cos-xml'
  | 'cos-python-sdk'
  | 'cos-go-sdk'
  | 'cos-java-sdk';

export interface Finding {
  kind: FindingKind;
  /** Null for an SDK exception whose text carries no code (e.g. a Node dump cut before its props block). */
  code: string | null;
  message: string | null;
  requestId: string | null;
  origin: Origin;
  format: FormatId;
  /** The whole recognised occurrence. */
  span: Span;
  /** The code token; null when there is no code. */
  codeSpan: Span | null;
  messageSpan: Span | null;
  requestIdSpan: Span | null;
  /** Product short name (e.g. "cvm") when the context says it, else null. */
  product: string | null;
}

export interface ScanOptions {
  /** Stop after this many findings; the result says it was truncated. */
  maxFindings?: number;
  /** Lines longer than this are only partly examined (keeps one huge line from freezing the editor). */
  maxLineLength?: number;
}

export interface ScanResult {
  findings: Finding[];
  /** True when maxFindings cut the list short. */
  truncated: boolean;
}

export type Category =
  | 'auth'
  | 'permission'
  | 'parameter'
  | 'resource'
  | 'limit'
  | 'quota'
  | 'server'
  | 'operation'
  | 'client'
  | 'legacy'
  | 'dryrun'
  | 'unknown';

export type RetryAdvice = 'retry-backoff' | 'fix-first' | 'poll-then-retry' | 'not-an-error';

export type Language = 'en' | 'zh-CN';

export interface EntryText {
  /** One line: what the error means. */
  title: string;
  /** Why it happens. */
  explanation: string;
  /** Concrete steps, most likely fix first. */
  remediation: string[];
}

export interface CatalogEntry {
  code: string;
  /** Product short name; absent for common (cross-product) and SDK-side codes. */
  product?: string;
  /** API version of the product, e.g. "2019-01-03". */
  version?: string;
  origin: Origin;
  category: Category;
  retry: RetryAdvice;
  /** https links to the most useful documentation page, per language (en is required, zh-CN falls back to it). */
  docs: DocLinks;
  text: { en: EntryText; 'zh-CN'?: EntryText };
}

/** Documentation links by language: the English page (tencentcloud.com) and the Chinese one (cloud.tencent.com). */
export interface DocLinks {
  en: string;
  'zh-CN'?: string;
}

/**
 * Where an explanation's text comes from: the bundled catalog, its generic family text, the official code lists
 * imported from the user's SDK sources (`sdk-import`), or a team catalog file (`team`).
 */
export type ExplanationSource = 'catalog' | 'fallback' | 'sdk-import' | 'team';

/** What the catalog says about a code, resolved for one language. */
export interface Explanation {
  code: string;
  /** The catalog code the text comes from (the code itself, or its first segment for a fallback). */
  matchedCode: string;
  source: ExplanationSource;
  /** Readable form of the part of the code the catalog does not know, e.g. "instance not found" (English text only). */
  detail: string | null;
  title: string;
  explanation: string;
  remediation: string[];
  retry: RetryAdvice;
  category: Category;
  origin: Origin;
  docs: string;
  language: Language;
  /** For `sdk-import` and `team` text: which list or file it came from (file data: shown escaped). */
  provenance?: string | null;
  /** A team runbook link (https only). */
  runbook?: string | null;
  /** Team hints shown after the remediation (file data: shown escaped). */
  notes?: string[];
  /**
   * Products whose own entries define this exact code, when the context names no product and the text shown is
   * therefore the family's (sorted short names; absent or empty otherwise).
   */
  definedBy?: string[];
}
