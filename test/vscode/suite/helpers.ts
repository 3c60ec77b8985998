// Shared by the extension-host tests. Runs inside VS Code's extension host, next to the installed extension.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'tcerr.tcerr';
export const SOURCE = 'tcerr';

// mocha is loaded by index.ts from the harness at run time (external in the build); the root package has no
// @types/mocha, so these typed wrappers stand for mocha's BDD globals, which mocha sets before each file loads.
type Body = () => void | Promise<void>;
interface Bdd {
  describe(title: string, fn: () => void): void;
  it(title: string, fn: Body): void;
  before(fn: Body): void;
  after(fn: Body): void;
  afterEach(fn: Body): void;
}
const bdd = (): Bdd => globalThis as unknown as Bdd;
export const describe = (title: string, fn: () => void): void => bdd().describe(title, fn);
export const it = (title: string, fn: Body): void => bdd().it(title, fn);
export const before = (fn: Body): void => bdd().before(fn);
export const after = (fn: Body): void => bdd().after(fn);
export const afterEach = (fn: Body): void => bdd().afterEach(fn);

/** Polls until `fn` returns something truthy; fails with `what` after `ms`. No fixed sleeps. */
export async function waitFor<T>(what: string, fn: () => T | undefined | null | false | Promise<T | undefined | null | false>, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function activeExtension(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed in this VS Code`);
  await ext.activate();
  return ext;
}

export function fixtureUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder: the runner must open the fixture workspace');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function openFixture(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(fixtureUri(name));
  await vscode.window.showTextDocument(doc, { preview: false });
  return doc;
}

/** Position of the `nth` occurrence of `needle`, `into` characters in. */
export function positionOf(doc: vscode.TextDocument, needle: string, into = 2, nth = 0): vscode.Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = doc.getText().indexOf(needle, at + 1);
    if (at < 0) throw new Error(`${JSON.stringify(needle)} (#${nth}) not in ${doc.uri.toString()}`);
  }
  return doc.positionAt(at + into);
}

export function rangeOf(doc: vscode.TextDocument, needle: string, nth = 0): vscode.Range {
  const start = positionOf(doc, needle, 0, nth);
  return new vscode.Range(start, start.translate(0, needle.length));
}

/** Hover Markdown escapes every ASCII punctuation character; this gives back the text a user reads. */
export function unescapeMarkdown(md: string): string {
  return md.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

export function tcerrDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

export async function hoverTexts(uri: vscode.Uri, position: vscode.Position): Promise<string[]> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)));
}

/** The hover that tcerr contributed (its first line names the code in bold), unescaped. */
export function tcerrHover(texts: string[]): string | undefined {
  return texts.map(unescapeMarkdown).find((t) => /^\*\*[^*]+\*\*/.test(t));
}

/** The catalog's one-line meaning of `code`, read from the repo's src/catalog, or undefined if not there. */
export function catalogTitle(code: string): string | undefined {
  const dir = catalogDir();
  if (!dir) return undefined;
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json') && !f.includes('schema')).sort()) {
    let data: unknown;
    try {
      data = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    } catch {
      continue;
    }
    const entries = (data as { entries?: unknown }).entries;
    if (!Array.isArray(entries)) continue;
    for (const e of entries as { code?: string; product?: string; text?: { en?: { title?: string } } }[]) {
      if (e.code === code && !e.product && e.text?.en?.title) return e.text.en.title;
    }
  }
  return undefined;
}

function catalogDir(): string | undefined {
  const fromEnv = process.env.TCERR_CATALOG_DIR;
  if (fromEnv && fs.existsSync(fromEnv)) return fromEnv;
  // dist-test/vscode[/suite]/ -> the repository root that holds src/catalog.
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'src', 'catalog');
    if (fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** Closes every editor without saving (dirty ones are reverted first), so one test's documents do not leak into the next. */
export async function closeAllEditors(): Promise<void> {
  for (const group of vscode.window.tabGroups.all) {
    for (const tab of group.tabs) {
      if (!tab.isDirty || !(tab.input instanceof vscode.TabInputText)) continue;
      await vscode.window.showTextDocument(tab.input.uri, { viewColumn: group.viewColumn, preview: false });
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
