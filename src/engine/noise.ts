// Noise control shared by every surface (hover, diagnostics, view, status bar, CLI): which findings are shown
// and how loudly. Settings arrive hand-edited and may hold anything: normalisation keeps what is usable and
// drops the rest, never throws.

import type { Category, Explanation, Finding, Severity } from './types';

export type DiagnosticsTrigger = 'onOpenAndSave' | 'onType' | 'off';
export type SeverityLevel = Severity | 'off';

export const TRIGGERS: readonly DiagnosticsTrigger[] = ['onOpenAndSave', 'onType', 'off'];
export const DEFAULT_TRIGGER: DiagnosticsTrigger = 'onType';
export const SEVERITY_LEVELS: readonly SeverityLevel[] = ['error', 'warning', 'information', 'hint', 'off'];

/** Keys of `tcerr.diagnostics.severity` that name a category (or an origin: `client`, `legacy`) rather than a code. */
export const SEVERITY_CATEGORIES: readonly Category[] = [
  'auth',
  'permission',
  'parameter',
  'resource',
  'limit',
  'quota',
  'server',
  'operation',
  'client',
  'legacy',
  'dryrun',
  'unknown',
];

export interface NoiseSettings {
  /** Category or code pattern → level. Code patterns are globs where `*` stands for any run of characters. */
  severity: Readonly<Record<string, SeverityLevel>>;
  /** Code patterns whose findings are never shown. */
  excludeCodes: readonly string[];
  /** Globs over the workspace-relative path (`/` separators) of files tcerr leaves alone. */
  excludeFiles: readonly string[];
}

export function defaultNoise(): NoiseSettings {
  return { severity: {}, excludeCodes: [], excludeFiles: [] };
}

const MAX_PATTERN_LENGTH = 256;
const MAX_PATTERNS = 500;

export function normalizeTrigger(value: unknown): DiagnosticsTrigger {
  return typeof value === 'string' && (TRIGGERS as readonly string[]).includes(value) ? (value as DiagnosticsTrigger) : DEFAULT_TRIGGER;
}

/** A list of non-empty pattern strings, trimmed and de-duplicated; anything else is dropped. */
export function normalizePatterns(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const out: string[] = [];
  for (const item of value) {
    if (typeof item !== 'string') continue;
    const p = item.trim();
    if (p === '' || p.length > MAX_PATTERN_LENGTH || out.includes(p)) continue;
    out.push(p);
    if (out.length >= MAX_PATTERNS) break;
  }
  return out;
}

export function normalizeSeverityLevel(value: unknown): SeverityLevel | null {
  if (typeof value !== 'string') return null;
  const v = value.trim().toLowerCase();
  if (v === 'info') return 'information';
  return (SEVERITY_LEVELS as readonly string[]).includes(v) ? (v as SeverityLevel) : null;
}

/** `{ "auth": "warning", "InvalidParameter*": "off" }`; bad keys and values are dropped, a non-object is `{}`. */
export function normalizeSeverityMap(value: unknown): Record<string, SeverityLevel> {
  const out: Record<string, SeverityLevel> = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return out;
  let n = 0;
  for (const [rawKey, rawLevel] of Object.entries(value as Record<string, unknown>)) {
    const key = rawKey.trim();
    const level = normalizeSeverityLevel(rawLevel);
    if (key === '' || key.length > MAX_PATTERN_LENGTH || /\s/.test(key) || level === null) continue;
    // An own property named like an Object.prototype member must not shadow anything.
    Object.defineProperty(out, key, { value: level, enumerable: true, writable: true, configurable: true });
    if (++n >= MAX_PATTERNS) break;
  }
  return out;
}

export function normalizeNoise(raw: { severity?: unknown; excludeCodes?: unknown; excludeFiles?: unknown }): NoiseSettings {
  const r = typeof raw === 'object' && raw !== null ? raw : {};
  return {
    severity: normalizeSeverityMap(r.severity),
    excludeCodes: normalizePatterns(r.excludeCodes),
    excludeFiles: normalizePatterns(r.excludeFiles),
  };
}

const REGEX_SPECIAL = /[.+?^${}()|[\]\\]/g;

/** Whether an error code matches a pattern: exact, or a glob where `*` is any run of characters. Case-insensitive. */
export function codeMatches(pattern: string, code: string): boolean {
  if (typeof pattern !== 'string' || typeof code !== 'string') return false;
  if (!pattern.includes('*')) return pattern.toLowerCase() === code.toLowerCase();
  const source = pattern.split('*').map((part) => part.replace(REGEX_SPECIAL, '\\$&')).join('.*');
  return new RegExp(`^${source}$`, 'is').test(code);
}

export function isCodeExcluded(code: string | null, noise: NoiseSettings): boolean {
  return code !== null && noise.excludeCodes.some((p) => codeMatches(p, code));
}

/**
 * A VS Code style glob as a regular expression over a `/`-separated relative path: `**` any number of
 * folders, `*` anything but `/`, `?` one character but `/`, `{a,b}` alternatives, `[...]` a character class.
 */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let depth = 0;
  const g = glob.replace(/\\/g, '/').replace(/^\.\//, '');
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === '*') {
      if (g[i + 1] === '*') {
        // `**/` matches zero or more whole folders; a trailing or inner `**` matches anything.
        const slash = g[i + 2] === '/';
        re += slash ? '(?:[^/]*/)*' : '.*';
        i += slash ? 2 : 1;
      } else {
        re += '[^/]*';
      }
    } else if (c === '?') {
      re += '[^/]';
    } else if (c === '{') {
      depth++;
      re += '(?:';
    } else if (c === '}' && depth > 0) {
      depth--;
      re += ')';
    } else if (c === ',' && depth > 0) {
      re += '|';
    } else if (c === '[') {
      const close = g.indexOf(']', i + 1);
      if (close > i + 1) {
        const body = g.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        re += `[${body}]`;
        i = close;
      } else {
        re += '\\[';
      }
    } else {
      re += c.replace(REGEX_SPECIAL, '\\$&');
    }
  }
  while (depth-- > 0) re += ')';
  try {
    return new RegExp(`^${re}$`);
  } catch {
    return /(?!)/;
  }
}

/** Whether a workspace-relative path (either separator) matches one of the globs. A folder glob covers what is inside. */
export function pathMatchesAny(relativePath: string, globs: readonly string[]): boolean {
  if (typeof relativePath !== 'string' || relativePath === '') return false;
  const path = relativePath.replace(/\\/g, '/').replace(/^\.\//, '');
  for (const glob of globs) {
    const re = globToRegExp(glob);
    if (re.test(path)) return true;
    // `logs/archive` or `**/archive` excludes every file under that folder, as in files.exclude.
    const parts = path.split('/');
    for (let n = parts.length - 1; n >= 1; n--) if (re.test(parts.slice(0, n).join('/'))) return true;
  }
  return false;
}

export function isFileExcluded(relativePath: string | null, noise: NoiseSettings): boolean {
  return relativePath !== null && pathMatchesAny(relativePath, noise.excludeFiles);
}

/** Fixed-character count of a pattern: the more a pattern spells out, the more specific it is. */
function specificity(pattern: string): number {
  return pattern.replace(/\*/g, '').length;
}

/**
 * The level `tcerr.diagnostics.severity` gives a finding, or null when no key applies. Precedence: an exact code,
 * then the most specific code glob, then the finding's category, then its origin (`client`, `legacy`).
 */
export function configuredLevel(finding: Pick<Finding, 'code' | 'origin'>, category: Category | null, noise: NoiseSettings): SeverityLevel | null {
  const rules = noise.severity;
  const keys = Object.keys(rules);
  if (finding.code !== null) {
    let best: { key: string; score: number } | null = null;
    for (const key of keys) {
      if ((SEVERITY_CATEGORIES as readonly string[]).includes(key)) continue;
      if (!codeMatches(key, finding.code)) continue;
      const score = key.includes('*') ? specificity(key) : Number.MAX_SAFE_INTEGER;
      if (!best || score > best.score) best = { key, score };
    }
    if (best) return rules[best.key];
  }
  if (category !== null && Object.prototype.hasOwnProperty.call(rules, category)) return rules[category];
  if ((finding.origin === 'client' || finding.origin === 'legacy') && Object.prototype.hasOwnProperty.call(rules, finding.origin)) return rules[finding.origin];
  return null;
}

/**
 * How loudly to report an error finding after noise control, or null when it is not shown at all (excluded
 * code, or a level of `off`). `fallback` is the built-in severity.
 */
export function judgeFinding(
  finding: Pick<Finding, 'code' | 'origin'>,
  explanation: Pick<Explanation, 'category'> | null,
  fallback: Severity,
  noise: NoiseSettings,
): Severity | null {
  if (isCodeExcluded(finding.code, noise)) return null;
  const level = configuredLevel(finding, explanation?.category ?? null, noise);
  if (level === 'off') return null;
  return level ?? fallback;
}

/** The noise part of the extension's normalised settings. */
export function noiseOf(settings: { diagnosticsSeverity: Record<string, SeverityLevel>; excludeCodes: string[]; excludeFiles: string[] }): NoiseSettings {
  return { severity: settings.diagnosticsSeverity, excludeCodes: settings.excludeCodes, excludeFiles: settings.excludeFiles };
}
