// Team catalog files (`.tcerr/catalog.json` and `tcerr.catalog.teamFiles`): a team's own hints, runbook links
// and wording for codes it meets. The file is workspace data, possibly from an untrusted repository: it is
// validated here, every text is shown escaped, and the only links kept are plain https URLs.
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { safeHttpsUrl } from './render-markdown';
import type { Category, Language, RetryAdvice } from './types';

export type LocalText = Partial<Record<Language, string>>;
export type LocalList = Partial<Record<Language, string[]>>;

export interface TeamEntry {
  code: string;
  product?: string;
  title?: LocalText;
  explanation?: LocalText;
  remediation?: LocalList;
  notes?: LocalList;
  runbook?: string;
  docs?: string;
  retry?: RetryAdvice;
  category?: Category;
  /** The file the entry came from, as the caller named it (shown escaped). */
  file: string;
}

export interface TeamProblem {
  message: string;
  /** Offsets into the file text; a problem about the whole file spans its first character. */
  start: number;
  end: number;
  severity: 'error' | 'warning';
}

export interface TeamCatalogResult {
  entries: TeamEntry[];
  problems: TeamProblem[];
}

export const MAX_TEAM_FILE_CHARS = 1024 * 1024;
export const MAX_TEAM_ENTRIES = 2000;
const MAX_TITLE = 200;
const MAX_TEXT = 2000;
const MAX_ITEMS = 10;
const MAX_ITEM = 500;
const CODE = /^[A-Za-z0-9][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+){0,3}$/;
const PRODUCT = /^[a-z][a-z0-9]{0,29}$/;
const RETRY: ReadonlySet<string> = new Set(['retry-backoff', 'fix-first', 'poll-then-retry', 'not-an-error']);
const CATEGORY: ReadonlySet<string> = new Set(['auth', 'permission', 'parameter', 'resource', 'limit', 'quota', 'server', 'operation', 'client', 'legacy', 'dryrun', 'unknown']);
const ENTRY_KEYS: ReadonlySet<string> = new Set(['code', 'product', 'title', 'explanation', 'remediation', 'notes', 'runbook', 'docs', 'retry', 'category']);

/** Parses and validates a team catalog. Invalid entries are dropped with a problem each; never throws. */
export function parseTeamCatalog(text: string, file: string): TeamCatalogResult {
  const problems: TeamProblem[] = [];
  const entries: TeamEntry[] = [];
  const fail = (message: string, node?: Node, severity: TeamProblem['severity'] = 'error') =>
    problems.push({ message, start: node?.offset ?? 0, end: node ? node.offset + Math.max(1, node.length) : Math.min(1, text.length), severity });
  try {
    if (typeof text !== 'string') return { entries, problems: [{ message: 'The team catalog is not text.', start: 0, end: 0, severity: 'error' }] };
    if (text.length > MAX_TEAM_FILE_CHARS) {
      fail(`The team catalog is larger than ${MAX_TEAM_FILE_CHARS / 1024} KB; tcerr ignores it.`);
      return { entries, problems };
    }
    const errors: ParseError[] = [];
    const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
    for (const e of errors.slice(0, 20)) problems.push({ message: `JSON syntax: ${printParseErrorCode(e.error)}.`, start: e.offset, end: e.offset + Math.max(1, e.length), severity: 'error' });
    if (!root || errors.length > 0) {
      return { entries: [], problems: problems.length > 0 ? problems : [{ message: 'The team catalog is empty.', start: 0, end: 0, severity: 'error' }] };
    }
    if (root.type !== 'object') {
      fail('A team catalog is an object with an "entries" array.', root);
      return { entries, problems };
    }
    const list = property(root, 'entries');
    if (!list || list.type !== 'array') {
      fail('Missing "entries": a team catalog is an object with an "entries" array.', list ?? root);
      return { entries, problems };
    }
    for (const key of keysOf(root)) if (key.name !== 'entries' && key.name !== '$schema' && key.name !== 'description') fail(`Unknown property "${key.name}" (ignored).`, key.node, 'warning');
    const items = list.children ?? [];
    if (items.length > MAX_TEAM_ENTRIES) fail(`More than ${MAX_TEAM_ENTRIES} entries; the rest are ignored.`, list, 'warning');
    for (const item of items.slice(0, MAX_TEAM_ENTRIES)) {
      const entry = readEntry(item, file, fail);
      if (entry) entries.push(entry);
    }
  } catch {
    fail('The team catalog could not be read.');
  }
  return { entries, problems };
}

type Fail = (message: string, node?: Node, severity?: TeamProblem['severity']) => void;

function readEntry(node: Node, file: string, fail: Fail): TeamEntry | null {
  if (node.type !== 'object') {
    fail('Each entry is an object with at least "code".', node);
    return null;
  }
  const codeNode = property(node, 'code');
  const code = codeNode?.type === 'string' ? String(codeNode.value) : null;
  if (code === null || !CODE.test(code) || code.length > 128) {
    fail('"code" must be an error code such as "ResourceNotFound.InstanceNotFound".', codeNode ?? node);
    return null;
  }
  const entry: TeamEntry = { code, file };
  for (const { name, node: keyNode, value } of keysOf(node)) {
    if (!ENTRY_KEYS.has(name)) {
      fail(`Unknown property "${name}" (ignored).`, keyNode, 'warning');
      continue;
    }
    switch (name) {
      case 'code':
        break;
      case 'product':
        if (value?.type === 'string' && PRODUCT.test(String(value.value))) entry.product = String(value.value);
        else fail('"product" is a product short name in lower case, such as "cvm".', value ?? keyNode);
        break;
      case 'title':
      case 'explanation': {
        const text = localText(value, name === 'title' ? MAX_TITLE : MAX_TEXT);
        if (text) entry[name] = text;
        else fail(`"${name}" is a string, or an object with "en" and/or "zh-CN" strings (at most ${name === 'title' ? MAX_TITLE : MAX_TEXT} characters).`, value ?? keyNode);
        break;
      }
      case 'remediation':
      case 'notes': {
        const list = localList(value);
        if (list) entry[name] = list;
        else fail(`"${name}" is a list of strings, or an object with "en" and/or "zh-CN" lists (at most ${MAX_ITEMS} items of ${MAX_ITEM} characters).`, value ?? keyNode);
        break;
      }
      case 'runbook':
      case 'docs': {
        const url = value?.type === 'string' ? safeHttpsUrl(String(value.value)) : null;
        if (url) entry[name] = url;
        else fail(`"${name}" must be a plain https:// URL (other links are never shown).`, value ?? keyNode);
        break;
      }
      case 'retry':
        if (value?.type === 'string' && RETRY.has(String(value.value))) entry.retry = value.value as RetryAdvice;
        else fail(`"retry" is one of ${[...RETRY].join(', ')}.`, value ?? keyNode);
        break;
      case 'category':
        if (value?.type === 'string' && CATEGORY.has(String(value.value))) entry.category = value.value as Category;
        else fail(`"category" is one of ${[...CATEGORY].join(', ')}.`, value ?? keyNode);
        break;
    }
  }
  // A bad field drops only that field (with its own problem); the entry stays if something usable is left.
  const usable = entry.title || entry.explanation || entry.remediation || entry.notes || entry.runbook || entry.docs || entry.retry || entry.category;
  if (!usable) {
    fail(`Entry "${code}" sets nothing tcerr can show (title, explanation, remediation, notes, runbook, docs, retry or category).`, node, 'warning');
    return null;
  }
  return entry;
}

function property(node: Node, name: string): Node | undefined {
  for (const p of node.children ?? []) {
    if (p.type === 'property' && p.children?.[0]?.value === name) return p.children[1];
  }
  return undefined;
}

function keysOf(node: Node): { name: string; node: Node; value: Node | undefined }[] {
  return (node.children ?? [])
    .filter((p) => p.type === 'property' && p.children?.[0])
    .map((p) => ({ name: String(p.children![0].value), node: p.children![0], value: p.children![1] }));
}

function cleanText(value: unknown, max: number): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return text.length > 0 && text.length <= max ? text : null;
}

function localText(node: Node | undefined, max: number): LocalText | null {
  if (!node) return null;
  if (node.type === 'string') {
    const text = cleanText(node.value, max);
    return text ? { en: text, 'zh-CN': text } : null;
  }
  if (node.type !== 'object') return null;
  const out: LocalText = {};
  for (const { name, value } of keysOf(node)) {
    if (name !== 'en' && name !== 'zh-CN') return null;
    const text = cleanText(value?.value, max);
    if (!text) return null;
    out[name] = text;
  }
  return Object.keys(out).length > 0 ? out : null;
}

function list(node: Node | undefined): string[] | null {
  if (!node || node.type !== 'array') return null;
  const items = node.children ?? [];
  if (items.length === 0 || items.length > MAX_ITEMS) return null;
  const out: string[] = [];
  for (const item of items) {
    const text = cleanText(item.value, MAX_ITEM);
    if (!text || item.type !== 'string') return null;
    out.push(text);
  }
  return out;
}

function localList(node: Node | undefined): LocalList | null {
  if (!node) return null;
  if (node.type === 'array') {
    const items = list(node);
    return items ? { en: items, 'zh-CN': items } : null;
  }
  if (node.type !== 'object') return null;
  const out: LocalList = {};
  for (const { name, value } of keysOf(node)) {
    if (name !== 'en' && name !== 'zh-CN') return null;
    const items = list(value);
    if (!items) return null;
    out[name] = items;
  }
  return Object.keys(out).length > 0 ? out : null;
}
