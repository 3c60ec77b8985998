// Noise control for `tcerr scan`, the same settings as the extension's: `.tcerr.json` (the nearest one above
// the first scanned path, else above the current folder; or --config) merged with --exclude-code and
// --severity flags (flags win).

import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { parse, type ParseError } from 'jsonc-parser';
import { isFileExcluded, judgeFinding, normalizeNoise, normalizeSeverityLevel, type NoiseSettings } from '../engine/noise';
import { severityOf } from '../engine/severity';
import type { CliSeverity, Explainer } from './explain';
import { toJsonFinding, type JsonFinding } from './report';
import type { LocatedFinding } from './stitch';

export const CONFIG_FILE_NAME = '.tcerr.json';

export interface NoiseFlags {
  excludeCodes: string[];
  /** `key=level` as given. */
  severity: string[];
  /** --config path; null: search; false: --no-config. */
  config: string | null | false;
}

export function emptyNoiseFlags(): NoiseFlags {
  return { excludeCodes: [], severity: [], config: null };
}

export interface CliNoise {
  noise: NoiseSettings;
  /** The config file used, if any. */
  configPath: string | null;
  /** exclude.files globs are relative to this folder (the config file's, else the current one). */
  base: string;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The nearest `.tcerr.json` in `start` or its ancestors. */
export function findConfig(start: string): Promise<string | null> {
  return findUp(start, CONFIG_FILE_NAME);
}

/** The nearest file `name` (a relative path) in `start` or its ancestors, as git finds its folder. */
export async function findUp(start: string, name: string): Promise<string | null> {
  let dir = resolve(start);
  for (;;) {
    const candidate = resolve(dir, name);
    if (await isFile(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** Where a run's project files are looked for: the folder of the first path scanned (a file's own folder), else `cwd`. */
export async function projectStart(paths: readonly (string | null)[], cwd: string): Promise<string> {
  const first = paths.find((p): p is string => typeof p === 'string' && p !== '-');
  if (first === undefined) return cwd;
  const abs = resolve(cwd, first);
  return (await isFile(abs)) ? dirname(abs) : abs;
}

/** A setting from a config object: the VS Code key (`tcerr.exclude.codes`), without the prefix, or nested. */
function pick(config: Record<string, unknown>, dotted: string): unknown {
  if (`tcerr.${dotted}` in config) return config[`tcerr.${dotted}`];
  if (dotted in config) return config[dotted];
  let at: unknown = config;
  for (const part of dotted.split('.')) at = typeof at === 'object' && at !== null ? (at as Record<string, unknown>)[part] : undefined;
  return at;
}

/**
 * Parses `.tcerr.json` text (comments and trailing commas allowed). Throws a readable message on bad JSON or a
 * value of the wrong shape: the same mistake as a flag stops the scan, so in the file it must not pass silently.
 */
export function parseConfig(text: string): { severity: unknown; excludeCodes: unknown; excludeFiles: unknown } {
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true });
  if (errors.length > 0 || typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not a JSON object');
  const config = value as Record<string, unknown>;
  const raw = { severity: pick(config, 'diagnostics.severity'), excludeCodes: pick(config, 'exclude.codes'), excludeFiles: pick(config, 'exclude.files') };
  const problem = shapeProblem(raw);
  if (problem) throw new Error(problem);
  return raw;
}

function shapeProblem(raw: { severity: unknown; excludeCodes: unknown; excludeFiles: unknown }): string | null {
  const { severity } = raw;
  if (severity !== undefined) {
    if (typeof severity !== 'object' || severity === null || Array.isArray(severity)) {
      return '"diagnostics.severity" must be an object of key: level pairs';
    }
    for (const [key, level] of Object.entries(severity)) {
      if (normalizeSeverityLevel(level) === null) {
        return `"diagnostics.severity": ${JSON.stringify(key)} has level ${JSON.stringify(level)}; use error, warning, information, hint or off`;
      }
    }
  }
  for (const [name, list] of [['exclude.codes', raw.excludeCodes], ['exclude.files', raw.excludeFiles]] as const) {
    if (list !== undefined && !(Array.isArray(list) && list.every((item) => typeof item === 'string'))) {
      return `"${name}" must be a list of strings, such as ["ResourceNotFound.*"]`;
    }
  }
  return null;
}

/** Resolves the noise settings of a scan; rejects with a message for an unreadable or invalid config or flag. */
export async function loadCliNoise(flags: NoiseFlags, paths: readonly string[], cwd: string): Promise<CliNoise> {
  let configPath: string | null = null;
  if (typeof flags.config === 'string') {
    configPath = resolve(cwd, flags.config);
  } else if (flags.config === null) {
    configPath = (await findConfig(await projectStart(paths, cwd))) ?? (await findConfig(cwd));
  }
  let raw: ReturnType<typeof parseConfig> = { severity: undefined, excludeCodes: undefined, excludeFiles: undefined };
  if (configPath !== null) {
    let text: string;
    try {
      text = await readFile(configPath, 'utf8');
    } catch {
      throw new Error(`cannot read config file ${configPath}`);
    }
    try {
      raw = parseConfig(text);
    } catch (err) {
      throw new Error(`${configPath}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  const fromFile = normalizeNoise(raw);
  const severity: Record<string, unknown> = { ...fromFile.severity };
  for (const pair of flags.severity) {
    const eq = pair.indexOf('=');
    const key = eq > 0 ? pair.slice(0, eq).trim() : '';
    const level = eq > 0 ? normalizeSeverityLevel(pair.slice(eq + 1)) : null;
    if (key === '' || level === null) throw new Error(`--severity needs key=level (level: error, warning, information, hint or off), got '${pair}'`);
    severity[key] = level;
  }
  const noise = normalizeNoise({ severity, excludeCodes: [...fromFile.excludeCodes, ...flags.excludeCodes], excludeFiles: fromFile.excludeFiles });
  return { noise, configPath, base: configPath ? dirname(configPath) : cwd };
}

/** The path as exclude.files sees it: relative to the base, `/`-separated; null outside the base (or stdin). */
export function relativeToBase(path: string, base: string, isStdin: boolean): string | null {
  if (isStdin) return null;
  const rel = relative(base, resolve(base, path));
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
  return rel.split(sep).join('/');
}

/** The findings of one batch after noise control, as records (severity as configured; `hint` shown as information). */
export function judgeLocated(located: readonly LocatedFinding[], explain: Explainer, cli: CliNoise, relativePath: string | null): { kept: LocatedFinding[]; records: JsonFinding[] } {
  if (isFileExcluded(relativePath, cli.noise)) return { kept: [], records: [] };
  const kept: LocatedFinding[] = [];
  const records: JsonFinding[] = [];
  for (const l of located) {
    const record = toJsonFinding(l, explain);
    if (l.finding.kind === 'error') {
      const meaning = explain(l.finding);
      const severity = judgeFinding(l.finding, meaning.explanation, severityOf(l.finding), cli.noise);
      if (severity === null) continue;
      record.severity = (severity === 'hint' ? 'information' : severity) as CliSeverity;
    }
    kept.push(l);
    records.push(record);
  }
  return { kept, records };
}
